"""A document the two announce ("announced a new energy agreement") is made, and so is the treaty their
relations started with; a purchase deal announced
stays no agreement. Our own text."""
from __future__ import annotations

from extracting import facts


def _docs(text: str) -> list:
    got = facts(text, "2025-06-01", title="t")
    return sorted((a.pair, a.type) for a in got.agreements)


def test_an_announced_cooperation_agreement_is_an_agreement():
    assert _docs("Chile and Peru announced a new cooperation agreement on energy during the visit.\n") == [
        (("CHL", "PER"), "agreement")]


def test_an_announced_declaration_is_a_document_too():
    assert _docs("Ghana and Kenya announced a joint declaration on ocean governance on Friday.\n") == [
        (("GHA", "KEN"), "joint-declaration")]


def test_an_announced_purchase_deal_is_no_agreement():
    assert _docs("In Lima, the Chilean minister announced a 2 billion dollar arms deal for the purchase of patrol "
                 "boats by Peru.\n") == []


def test_the_treaty_relations_started_with_is_an_earlier_document():
    text = "Peru and Chile held talks in Lima.\n\nTheir ties began in 1910 with a border treaty.\n"
    assert _docs(text) == [(("CHL", "PER"), "treaty")]


def test_ties_that_began_with_a_visit_name_no_document():
    assert _docs("Peru and Chile held talks in Lima.\n\nTheir ties began with a visit by the king.\n") == []
