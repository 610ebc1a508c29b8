"""A deal one side of the pair makes with a bloc ("back Peru in its talks on a free trade agreement with the EU")
is no field nor document of the pair. Our own fixtures."""
from __future__ import annotations

from extracting import facts, signed_docs, tops

_TALKS = "Peru and Spain held talks in Lima. "


def test_a_free_trade_agreement_with_the_bloc_is_not_the_pairs():
    f = facts(_TALKS + "Spain will also back Peru in its negotiations on a Free Trade Agreement (FTA) with the EU.")
    assert (("ESP", "PER"), "trade") not in tops(f)
    assert not [a for a in f.agreements if a.pair == ("ESP", "PER")]


def test_the_pairs_own_free_trade_agreement_still_counts():
    f = facts(_TALKS + "Spain and Peru signed a free trade agreement on Monday.")
    assert (("ESP", "PER"), "trade") in tops(f)
    assert (("ESP", "PER"), "agreement") in signed_docs(f)
