"""A package of documents told over several sentences: its members named in turn ("the first MoU ...",
"the second MoU ..."), its topics given by a later sentence ("the agreements were on A; B; C",
"among the agreements were those related to ..."), and field words real briefings use."""
from __future__ import annotations

import pytest
from extracting import facts, tops

PAIR = ("CHL", "PER")


def docs(f):
    return sorted(((a.pair, a.type) for a in f.agreements), key=str)


def test_members_named_by_ordinal_are_documents_of_their_own():
    f = facts("Chile and Peru signed three memoranda of understanding in Lima on Monday. "
              "The first MoU is on cooperation in fisheries. "
              "The second MoU between the Government of Chile and the Government of Peru covers mining. "
              "The third MoU between the Government of Chile and the Government of Peru is on tourism.")
    assert docs(f) == [(PAIR, "memorandum")] * 3
    assert {(PAIR, "agriculture"), (PAIR, "mining"), (PAIR, "culture")} <= tops(f)


@pytest.mark.parametrize("text", [
    # no ordinal: the memorandum again
    "Chile and Peru signed a memorandum of understanding on fisheries on Monday. "
    "The memorandum was signed by the two fisheries ministers.",
    # a definite document of the same field: the memorandum again
    "Chile and Peru signed a memorandum on mining on 3 May. The mining agreement will create jobs.",
])
def test_a_definite_document_refers_back_to_the_memorandum(text):
    assert docs(facts(text)) == [(PAIR, "memorandum")]


def test_an_exchange_of_note_in_the_singular_is_a_document():
    f = facts("Chile and Peru signed an exchange of note on visa waivers on Monday.")
    assert docs(f) == [(PAIR, "other")]


def test_a_later_sentence_gives_a_package_its_topics_with_related_to():
    f = facts("Chile and Peru have signed six cooperation agreements. Among the agreements signed were "
              "those related to the avoidance of double taxation, agriculture, tourism and investment promotion.")
    assert [a.count for a in f.agreements] == [6]
    assert {(PAIR, "agriculture"), (PAIR, "culture"), (PAIR, "investment")} <= tops(f)


def test_topics_listed_over_semicolons_all_belong_to_the_package():
    f = facts("Chile and Peru on Friday signed cooperation agreements. The agreements were on trade; "
              "mining; tourism, arts and culture; and health.")
    assert {(PAIR, "trade"), (PAIR, "mining"), (PAIR, "culture"), (PAIR, "health")} <= tops(f)


def test_a_list_in_the_areas_of_runs_on_over_semicolons():
    f = facts("Chile and Peru agreed to cooperate in the areas of trade; mining; tourism; and health.")
    assert {(PAIR, "trade"), (PAIR, "mining"), (PAIR, "culture"), (PAIR, "health")} <= tops(f)


def test_a_semicolon_clause_with_its_own_verb_ends_the_list():
    f = facts("Chile and Peru agreed to cooperate in the areas of trade; the rest of the talks covered "
              "Bolivia and mining.")
    assert tops(f) == {(PAIR, "trade")}


def test_field_words_of_briefings():
    f = facts("Chile and Peru signed a power trade agreement, an air services agreement and a protocol on "
              "wildlife conservation on Monday.")
    assert tops(f) == {(PAIR, "energy"), (PAIR, "connectivity"), (PAIR, "environment")}
    assert (PAIR, "education") in tops(facts("Chile and Peru agreed to build a school in Tacna together."))
    assert (PAIR, "agriculture") in tops(facts("Chile and Peru signed a deal on the supply of urea."))


def test_a_counted_package_told_again_as_memoranda_of_the_same_count_is_one_package():
    told = ["Chile and Peru signed two agreements during the visit of the Peruvian president.",
            "The presidents witnessed the exchange of two memoranda of understanding between the governments.",
            "The MoU between the Andres Bello Academy of Chile and the Peruvian Diplomatic Academy was signed by the vice ministers.",
            "Similarly, the MoU on Cooperation in Youth Development was signed by the ambassadors."]
    assert docs(facts(" ".join(told))) == [(PAIR, "memorandum")] * 2


def test_a_document_to_finalise_another_leaves_the_other_unsigned():
    f = facts("Chile and Peru on Tuesday signed an MoU to finalise an interim agreement on sharing the waters of the Lauca.")
    assert [(a.type, a.status) for a in f.agreements if a.status == "signed"] == [("memorandum", "signed")]


def test_hydrocarbons_and_skills_development_are_fields():
    f = facts("Chile and Peru signed agreements on hydrocarbons and skills development on Monday.")
    assert tops(f) == {(PAIR, "energy"), (PAIR, "education")}


def test_a_definite_document_of_other_fields_is_another_document_with_its_own_year():
    f = facts("Chile and Peru signed the memorandum on mining on 3 May, while the defence agreement was signed in 2021.")
    got = sorted((a.type, a.fields, a.date and a.date.isoformat(), a.year) for a in f.agreements)
    assert got == [("agreement", ("defence-security",), None, 2021), ("memorandum", ("mining",), "2025-05-03", None)]


def test_a_tripartite_document_is_no_bilateral_agreement():
    f = facts("Chile and Peru, along with Bolivia, also signed a tripartite agreement to build a port at Arica. "
              "Chile and Peru signed a trade agreement and a trilateral MoU with Bolivia on water.")
    assert docs(f) == [(PAIR, "agreement")]


def test_grant_assistance_and_international_development_are_humanitarian():
    f = facts("Chile and Peru signed an agreement to facilitate Chilean grant assistance to southern Peru.")
    assert tops(f) == {(PAIR, "humanitarian")}
    f = facts("Chile and Peru signed an MoU on cooperation in international development.")
    assert tops(f) == {(PAIR, "humanitarian")}


def test_members_worded_as_an_agreement_and_another_are_of_the_package_type():
    f = facts("Chile and Peru on Monday signed two memoranda of understanding to strengthen defence cooperation.\n\n"
              "The two MoUs include an agreement on sharing fishing data and another on cooperation in hydrography.\n\n"
              "\"The signing of the two MoUs will deepen our defence ties,\" the Chilean minister said.")
    assert docs(f) == [(PAIR, "memorandum")] * 2
    assert (PAIR, "defence-security") in tops(f)


def test_a_bare_definite_memorandum_after_a_counted_package_is_the_package_again():
    f = facts("Chile and Peru signed three memoranda of understanding on Monday. "
              "The MoU was signed by the two foreign ministers.")
    assert [(a.type, a.count) for a in f.agreements] == [("memorandum", 3)]


def test_each_document_of_a_sentence_takes_the_time_of_its_own_clause():
    f = facts("Chile and Peru met in Lima. On Monday the two signed a memorandum on fisheries, "
              "and in 2019 they had signed a treaty on borders.")
    got = sorted((a.type, a.date and a.date.isoformat(), a.year) for a in f.agreements)
    assert got == [("memorandum", "2025-06-09", None), ("treaty", None, 2019)]
    f = facts("Chile and Peru signed a memorandum on fisheries on Monday and a treaty on borders.")
    assert {a.date.isoformat() for a in f.agreements} == {"2025-06-09"}


def test_a_deal_that_was_between_two_airlines_is_no_agreement_of_the_pair():
    f = facts("Chile and Peru signed seven agreements. The air services agreement was between Andes Airways and Inca Airlines.")
    assert [(a.type, a.count) for a in f.agreements] == [("agreement", 7)]
    assert (PAIR, "connectivity") in tops(f)  # company deals are still cooperation


def test_an_agreement_whose_eventual_signing_a_memorandum_envisages_is_not_signed():
    f = facts("Chile and Peru signed an MoU on degrees, which envisages the eventual signing of a mutual "
              "recognition agreement between the two education ministries.")
    assert [(a.type, a.status) for a in f.agreements if a.status == "signed"] == [("memorandum", "signed")]


def test_a_count_before_a_singular_memorandum_makes_a_counted_package():
    f = facts("Chile and Peru have signed seven memorandum of understanding (MoUs) on cooperation in trade and fisheries.")
    assert [(a.type, a.count) for a in f.agreements] == [("memorandum", 7)]
    assert [a.count for a in facts("Chile and Peru signed one memorandum on trade.").agreements] == [None]
