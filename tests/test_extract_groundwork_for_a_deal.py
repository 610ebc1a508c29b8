"""A deal the pair only laid the groundwork for ("early groundwork for a deal to ...", "laid the groundwork for a
new trade agreement") is not yet signed; one signed "after months of preparations" is. Our own sentences."""
from __future__ import annotations

from extracting import facts

_STORY = "Kenya and Oman upgraded their ties to a strategic partnership on Monday. "


def _signed(text: str) -> list:
    got = facts(_STORY + text, "2025-06-01", title="Notes")
    return [(a.pair, a.type) for a in got.agreements if a.status == "signed"]


def test_groundwork_for_a_deal_is_no_signed_document():
    assert _signed("The Kenyan leader's stop in Oman this week marked warmer ties, with promises made and early "
                   "groundwork for a deal to expand the grain terminals of Mombasa.") == []


def test_laying_the_groundwork_for_an_agreement_is_no_signed_document():
    assert _signed("The talks laid the groundwork for a new trade agreement.") == []


def test_an_agreement_signed_after_preparations_is_signed():
    assert _signed("They signed a trade agreement after months of preparations.") == [(("KEN", "OMN"), "agreement")]
