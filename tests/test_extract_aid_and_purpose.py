"""Aid phrased as help, fronted purpose clauses, "a similar pact" agreed by the pair itself, and a
document "between" two ministries of two countries. Our own sentences."""
from __future__ import annotations

import pytest

from extracting import facts, tops


@pytest.mark.parametrize("text, pair", [
    ("Norway will provide technical and financial support to the new harbour project in Ghana.", ("GHA", "NOR")),
    ("The minister said South Korea would help Laos to develop its rice farming.", ("KOR", "LAO")),
    ("Kenya and India held talks. India has long backed Kenya's growth, helping it improve its water supply.",
     ("IND", "KEN")),
])
def test_help_to_develop_the_other_side_is_aid(text, pair):
    assert (pair, "humanitarian") in tops(facts(text))


def test_technical_and_financial_support_is_neither_technology_nor_finance():
    got = tops(facts("Norway will provide technical and financial support to the new harbour project in Ghana."))
    assert (("GHA", "NOR"), "science-technology") not in got
    assert (("GHA", "NOR"), "finance") not in got


def test_helping_each_other_is_no_aid():
    got = tops(facts("Peru and Chile pledged to help each other develop their fisheries."))
    assert (("CHL", "PER"), "humanitarian") not in got


def test_fronted_purpose_gives_the_documents_field():
    f = facts("To protect mutual investments, Oman and Belgium agreed a new pact.")
    assert [(g.pair, g.type, g.fields) for g in f.agreements] == [(("BEL", "OMN"), "agreement", ("investment",))]
    assert (("BEL", "OMN"), "investment") in tops(f)


def test_fronted_purpose_gives_cooperation_with_a_document_of_the_main_clause():
    f = facts("Saudi Arabia and Chile signed a deal. Saudi Arabia also hosted Peru. To encourage direct investments, "
              "the Investment Ministry was given permission to enter into an agreement with Belgium.")
    assert (("BEL", "SAU"), "investment") in tops(f)


def test_a_similar_pact_agreed_by_the_pair_is_theirs():
    f = facts("Oman and Belgium signed a tax treaty. Oman and Chile agreed a similar pact.")
    assert (("CHL", "OMN"), "agreement") in {(g.pair, g.type) for g in f.agreements}


def test_similar_deals_with_other_countries_stay_out():
    f = facts("Oman and Belgium signed a tax treaty. Oman has agreed similar pacts with many other countries.")
    assert {g.pair for g in f.agreements} == {("BEL", "OMN")}


def test_a_memorandum_between_two_ministries_is_their_countries():
    text = ("The Saudi cabinet met on Tuesday and reaffirmed its support for the Palestinian people. It approved a "
            "memorandum on consultations between the Foreign Ministry of Saudi Arabia and the Foreign Ministry of Peru.")
    f = facts(text)
    assert {(g.pair, g.type) for g in f.agreements} == {(("PER", "SAU"), "memorandum")}


def test_a_binational_project_is_the_pairs_cooperation_in_its_field():
    got = tops(facts("The Peruvian president spoke of joint plans with Chile and the bi-national hydroelectric dam."))
    assert (("CHL", "PER"), "energy") in got


def test_a_letter_of_intent_for_a_project_is_a_document():
    f = facts("Peru and Chile signed a letter of intent for a joint defence project.")
    assert [(g.type, g.fields) for g in f.agreements] == [("other", ("defence-security",))]


def test_ammunition_supplied_by_one_side_to_the_other_is_military_aid():
    got = tops(facts("Peru and Chile met as Lima supplied Santiago with packages of ammunition."))
    assert (("CHL", "PER"), "defence-security") in got


def test_firms_moving_their_production_to_the_other_side_is_investment():
    got = tops(facts("Peru and Chile upgraded ties. More Chilean companies are moving their factories from Argentina to Peru."))
    assert (("CHL", "PER"), "investment") in got


def test_help_in_search_and_rescue_is_humanitarian():
    got = tops(facts("Peru thanked Chile for its assistance in the search and rescue operations after the flood."))
    assert (("CHL", "PER"), "humanitarian") in got
