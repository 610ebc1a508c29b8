""""Clinched government agreements and economic deals": the economic (business) deals are the firms', told apart
from the states' documents, and no agreement of the pair."""
from __future__ import annotations

from extracting import facts, signed_docs

PAIR = ("CHL", "PER")


def test_economic_deals_beside_government_agreements_are_no_document():
    f = facts("Chile and Peru on Monday signed a cooperation agreement on fisheries and clinched several economic "
              "deals in Lima.")
    assert signed_docs(f) == [(PAIR, "agreement")]


def test_business_deals_alone_are_no_document():
    assert not signed_docs(facts("Chile and Peru inked business deals during the visit."))
