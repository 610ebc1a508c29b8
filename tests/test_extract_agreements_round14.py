"""Agreement constructions of the fourteenth round: programmes told by what they do or whom they belong to,
and a multilateral declaration named beside the pair."""
from __future__ import annotations

from extracting import facts, signed_docs

PAIR = ("GHA", "KEN")


def test_a_training_programme_described_after_a_signed_mou_is_no_document():
    f = facts("Ghana and Kenya on Monday signed a memorandum of understanding on vocational education. "
              "Under it, up to 50 Kenyan teachers will join a refresher course in Accra, and the sending of "
              "Ghanaian instructors to Nairobi for the training programme will follow.")
    assert signed_docs(f) == [(PAIR, "memorandum")]


def test_one_leaders_own_programme_praised_in_talks_is_no_document():
    f = facts("Ghana and Kenya signed an agreement on air services on Monday. "
              "The Kenyan president praised Mahama's program for free school meals, which aims to reach "
              "two million pupils by 2028.")
    assert signed_docs(f) == [(PAIR, "agreement")]


def test_the_declaration_on_the_conduct_of_parties_is_no_document_of_the_pair():
    f = facts("Vietnam and Japan signed a memorandum on port security on Monday. The two sides stressed the need "
              "to fully implement the Declaration on the Conduct of Parties in the East Sea.")
    assert signed_docs(f) == [(("JPN", "VNM"), "memorandum")]
