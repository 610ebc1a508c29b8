"""A package's listing going on in a sentence of its own ("There are also two protocols on ..."), and the
United Nations' charter named beside the pair's talks (a document of all members, none of the pair)."""
from __future__ import annotations

from extracting import facts, signed_docs as docs

PAIR = ("GHA", "LAO")


def test_there_are_also_after_a_package_list_names_more_of_its_documents():
    f = facts("Ghana and Laos signed nine cooperation documents in Accra on Monday. "
              "The documents include a memorandum on health and a memorandum on education. "
              "There are also two protocols on quarantine requirements for exported fruit.")
    assert (PAIR, "protocol") in docs(f)


def test_the_un_charter_respected_by_the_pair_is_no_document_of_theirs():
    f = facts("The presidents of Ghana and Laos also exchanged views on regional issues of mutual interest, "
              "reaffirming their respect for international law and the United Nations Charter. "
              "The two sides then signed a memorandum on fisheries.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_programmes_in_the_topic_of_memoranda_joined_by_and_are_no_plan():
    f = facts("Ghana and Laos signed memoranda of understanding on television and radio programmes on Monday.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_one_sides_own_programme_or_national_plan_is_no_document_of_the_pair():
    f = facts("Ghana and Laos signed a memorandum on fisheries on Monday. Ghana will support Laos in its "
              "vaccination program, and backs Laos in carrying out the national anti-drug action plan.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_there_were_also_talks_on_a_deal_lists_no_document():
    f = facts("Ghana and Laos signed two memoranda on health and education on Monday. "
              "There were also discussions on a free trade deal, which will be negotiated next year.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_finalising_the_text_of_an_agreement_signs_no_document_yet():
    f = facts("The presidents of Ghana and Laos welcomed the finalization of the text of the agreement on "
              "seasonal workers, and officials will work to finalise the text of the treaty on fisheries.")
    assert docs(f) == []


def test_a_soon_to_be_inked_deal_is_no_signed_document():
    f = facts("Ghana and Laos discussed a soon-to-be-inked comprehensive deal and a yet-to-be-signed treaty on trade.")
    assert docs(f) == []


def test_to_deal_with_issues_is_a_verb_and_no_deal():
    f = facts("The president of Ghana said he was keen to work with the leaders of Laos to deal with any "
              "outstanding issues, as both sides signed a memorandum on fisheries.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_agreements_among_the_issues_discussed_are_no_signed_documents():
    f = facts("The foreign ministers of Ghana and Laos discussed a number of issues, including border agreements, "
              "labour issues and trade.")
    assert docs(f) == []


def test_a_counted_package_after_and_is_no_topic_of_the_document_before():
    f = facts("Ghana and Laos signed a memorandum on fisheries and three other agreements on Monday.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum")]
