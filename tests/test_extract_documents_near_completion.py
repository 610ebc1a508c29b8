"""A document still being finished ("is nearing completion", "is edging towards completion", ", expected to be
finalised next month", "are expected to discuss ... a new agreement") is not yet signed: no agreement fact; one
signed before, whose implementation is to be discussed, stands. Our own sentences."""
from __future__ import annotations

from extracting import facts


def _signed(text: str) -> list:
    got = facts(text, "2025-03-12", title="Notes")
    return [(a.pair, a.type) for a in got.agreements if a.status == "signed"]


def test_a_document_nearing_completion_is_not_signed():
    assert _signed("The defence agreement between Ghana and Chile is nearing completion.") == []


def test_a_document_edging_towards_completion_is_not_signed():
    assert _signed("Ghana and Chile will review a new fisheries agreement that is edging towards completion.") == []


def test_a_document_expected_to_be_finalised_is_not_signed():
    assert _signed("The agreement between Ghana and Chile, expected to be finalised next month, covers mining.") == []


def test_a_document_the_pair_is_expected_to_discuss_is_not_signed():
    assert _signed("Ghana and Chile are expected to discuss their plans for a new defence agreement.") == []


def test_a_signed_document_beside_one_nearing_completion_stands():
    got = _signed("Ghana and Chile signed a trade agreement on Monday, and a defence pact is nearing completion.")
    assert got == [(("CHL", "GHA"), "agreement")]


def test_discussing_the_implementation_of_a_signed_document_keeps_it_signed():
    got = _signed("Ghana and Chile are expected to discuss the implementation of the trade agreement they signed in 2019.")
    assert got == [(("CHL", "GHA"), "agreement")]
