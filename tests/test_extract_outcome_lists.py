"""Official "List of Outcomes" pages: a heading line names the visit, the lines below it name the
documents with no verb of their own; and a plan noun inside a document's topic ("an MoU on the
youth exchange programme") is that topic, not a second document."""
from __future__ import annotations

from extracting import facts


def docs(f):
    return sorted(((a.pair, a.type, a.fields) for a in f.agreements), key=str)


def test_documents_listed_under_an_outcomes_heading_are_the_pairs_agreements():
    f = facts("List of Outcomes: State visit of the President of Senegal to Brazil\n\n"
              "1. Memorandum of Understanding on cooperation in fisheries\n\n"
              "2. Agreement on the waiver of visas for holders of official passports")
    assert docs(f) == [(("BRA", "SEN"), "agreement", ()), (("BRA", "SEN"), "memorandum", ("fisheries",))]


def test_a_prose_sentence_that_begins_with_outcomes_heads_no_list():
    f = facts("Outcomes of the talks between Senegal and Brazil remain unclear.\n\n"
              "1. Memorandum of Understanding on cooperation in fisheries")
    assert not f.agreements


def test_a_programme_in_the_topic_of_a_memorandum_is_no_document_of_its_own():
    f = facts("Senegal and Brazil signed an MoU on the youth exchange programme on Tuesday.")
    assert docs(f) == [(("BRA", "SEN"), "memorandum", ("youth",))]


def test_a_programme_joined_by_and_is_its_own_document():
    f = facts("Senegal and Brazil signed an MoU on fisheries and a cultural exchange programme on Tuesday.")
    assert [a.type for a in sorted(f.agreements, key=lambda a: a.type)] == ["memorandum", "plan"]


def test_a_singular_document_noun_after_following_and_before_a_colon_heads_a_list():
    f = facts("Senegal and Brazil signed following Memorandum of Understanding (MoU) :\n\n"
              "MoU for setting up of a clinic in Thies.\n\n"
              "MoU for building a fish market in Mbour.")
    assert [a.type for a in f.agreements] == ["memorandum", "memorandum"]
    assert all(a.name for a in f.agreements)


def test_a_dollar_amount_in_a_list_item_is_money_not_a_third_country():
    f = facts("Senegal and Brazil signed following MoUs :\n\n"
              "MoU for setting up of a clinic at a cost of US$ 12 million.\n\n"
              "MoU for building a fish market at a cost of US$1 million.")
    assert [a.pair for a in f.agreements] == [("BRA", "SEN"), ("BRA", "SEN")]


def test_a_package_signed_then_listed_after_as_follows_is_its_listed_documents():
    f = facts("Senegal and Brazil signed agreements which would boost ties. Some agreements are as follow :\n\n"
              "Agreement on legal cooperation in civil matters\n\n"
              "Agreement on mutual visa exemption for holders of diplomatic passports")
    assert [a.type for a in f.agreements] == ["agreement", "agreement"]
    assert all(a.name for a in f.agreements)
