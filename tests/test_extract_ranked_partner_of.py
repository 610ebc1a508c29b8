"""A partner ranked by an ordinal ("the third comprehensive strategic partner of Peru", "Peru's third ... partner,
following A and B") and the joiner of a ranked roll with "only" before the rank ("is only the second country after
A with which B has ..."): the owner holds the level with the joiner and with each earlier partner, never the
earlier partners with the joiner. Our own sentences."""
from __future__ import annotations

from extracting import facts

_CSP = "comprehensive strategic partnership"


def _levels(text: str) -> set:
    got = facts(text, "2025-06-01", title="Notes")
    return {(p.pair, p.level) for p in got.partnerships}


def test_an_ordinal_partner_of_a_country_holds_the_level_with_it():
    assert _levels("Ghana is the third comprehensive strategic partner of Peru.") == {(("GHA", "PER"), _CSP)}


def test_an_ordinal_partner_of_a_country_after_earlier_ones_gives_each_earlier_one_the_owner():
    got = _levels("Ghana is now the third comprehensive strategic partner of Peru after Chile and Norway.")
    assert got == {(("GHA", "PER"), _CSP), (("CHL", "PER"), _CSP), (("NOR", "PER"), _CSP)}


def test_a_possessive_ordinal_partner_following_a_list_gives_the_listed_ones_the_owner():
    got = _levels("Ghana became Peru's third comprehensive strategic partner, following Chile and Norway.")
    assert got == {(("GHA", "PER"), _CSP), (("CHL", "PER"), _CSP), (("NOR", "PER"), _CSP)}


def test_only_before_the_rank_still_makes_the_country_before_it_the_joiner():
    got = _levels("Officials said Peru is only the second country after Chile with which Ghana has established "
                  "a Comprehensive Strategic Partnership.")
    assert got == {(("GHA", "PER"), _CSP), (("CHL", "GHA"), _CSP)}


def test_an_ordinal_trading_partner_is_no_designation():
    assert _levels("Ghana is the second trading partner of Peru.") == set()
