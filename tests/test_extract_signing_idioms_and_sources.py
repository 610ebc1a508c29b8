"""Signing told by an idiom ("put pen to paper on a protocol"), documents a meeting resulted in ("resulting in
nine memoranda of understanding worth $1 billion, covering ..."), a letter of cooperation as a document of its own,
radio frequencies as telecommunications, scholarships given to the other's nationals named by their demonym, and
one side being the other's source of investment. Our own text."""
from __future__ import annotations

from tests.extracting import facts, signed_docs, tops


def test_put_pen_to_paper_on_a_protocol_is_signing_it():
    f = facts("Ghana and Peru held talks on Monday. Officials also put pen to paper on a protocol to protect "
              "migratory birds.\n")
    assert (("GHA", "PER"), "protocol") in signed_docs(f)


def test_memoranda_a_meeting_resulted_in_are_signed_with_their_fields():
    f = facts("The Ghanaian president met Peruvian officials and business leaders, resulting in nine memoranda "
              "of understanding worth $1 billion, covering fisheries and energy.\n")
    assert signed_docs(f) == [(("GHA", "PER"), "memorandum")]
    assert (("GHA", "PER"), "energy") in tops(f) and (("GHA", "PER"), "agriculture") in tops(f)


def test_a_letter_of_cooperation_is_a_document_of_its_own_kind():
    f = facts("Chile and Kenya held talks. The two countries also signed a letter of cooperation in the field "
              "of mining.\n")
    assert (("CHL", "KEN"), "other") in signed_docs(f)


def test_an_agreement_on_radio_frequencies_is_telecommunications():
    f = facts("Chile and Peru signed an agreement on coordinating radio frequencies in their border areas.\n")
    assert (("CHL", "PER"), "science-technology") in tops(f)


def test_scholarships_given_to_the_others_nationals_are_education():
    f = facts("Peru and Chile marked 30 years of ties. The Peruvian government grants scholarships to 25 "
              "Chileans each year, the minister said.\n")
    assert (("CHL", "PER"), "education") in tops(f)


def test_one_side_as_the_others_source_of_investment_is_investment():
    f = facts("Chile and Peru have long ties.\nMain partner: Chile is the largest source of investment and "
              "machinery.\n")
    assert (("CHL", "PER"), "investment") in tops(f)


def test_a_source_of_revenue_for_one_side_alone_is_no_cooperation():
    f = facts("Chile and Peru held talks. Chile said copper exports were a main source of revenue for its "
              "budget.\n")
    assert (("CHL", "PER"), "investment") not in tops(f)
