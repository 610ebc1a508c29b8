"""Definite documents listed side by side, the minutes of a numbered meeting, an agreement looked for, a
document on the programme it sets up, and a party congress that is no parliament."""
from __future__ import annotations

from extracting import facts
from kg.extract.lexicon import lexicon

PAIR = ("MNG", "NPL")


def tops_of(field_id):
    return lexicon().fields[field_id].top


def docs(f, status="signed"):
    return sorted(((a.pair, a.type) for a in f.agreements if a.status == status), key=str)


def test_definite_documents_on_other_topics_listed_in_one_sentence_are_several():
    f = facts("Mongolia and Nepal held talks in Kathmandu on Monday.\n"
              "The two ministers signed the agreement on tourism and the agreement on the transfer of prisoners.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "agreement")]
    f = facts("Mongolia and Nepal held talks in Kathmandu on Monday.\n"
              "The two ministers signed an agreement on tourism, and the agreement on tourism takes effect in May.")
    assert docs(f) == [(PAIR, "agreement")]


def test_the_minutes_of_a_numbered_meeting_are_one_document():
    f = facts("Mongolia and Nepal held talks in Kathmandu on Monday.\n"
              "Afterwards they signed the agreement on tourism, the minutes of the ninth session of the joint "
              "commission and a memorandum of understanding on trade.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum"), (PAIR, "other")]


def test_seeking_agreement_names_no_document():
    f = facts("Mongolia and Nepal held talks in Kathmandu on Monday.\n"
              "“Our strength lies in frequent talks, seeking agreement on all issues and building economic ties,” "
              "the Nepalese minister said.")
    assert docs(f) == []


def test_an_agreement_for_a_programme_is_one_document():
    f = facts("Mongolia and Nepal held talks in Kathmandu on Monday.\n"
              "An agreement for an executive programme of cooperation in investment was also signed.")
    assert docs(f) == [(PAIR, "agreement")]


def test_a_party_national_congress_brings_in_no_third_country():
    f = facts("Nepalese Prime Minister was received by Chinese President Xi Jinping in Beijing on Thursday.\n"
              "He is the first foreign leader China has received after the 20th National Congress of the Communist "
              "Party of China.\n"
              "The talks concluded with the signing of cooperation documents covering trade and investment.")
    assert {a.pair for a in f.agreements} == {("CHN", "NPL")}


def test_one_document_opening_a_line_after_a_counted_package_is_one_of_it_again():
    f = facts("Mongolia and Nepal signed three agreements on Sunday, including an agreement on a joint fund.\n"
              "An agreement on customs was also signed.\n"
              "Finally, an agreement on protecting the environment was signed.\n"
              "2. One agreement set up a fund of $2 billion for the new city")
    assert docs(f) == [(PAIR, "agreement")] * 3


def test_a_definite_document_dated_in_another_year_is_an_earlier_one():
    f = facts("Mongolia and Nepal signed the Declaration of Ulaanbaatar on Friday.\n"
              "The leaders recalled the commitments of the Joint Declaration signed in Kathmandu on March 3, 2015.",
              published="2017-07-09")
    assert docs(f) == [(PAIR, "joint-declaration")] * 2


def test_a_single_document_opening_its_sentence_after_members_named_is_one_more_member():
    f = facts("Mongolia and Nepal signed five memoranda of understanding on Monday.\n"
              "Among them is an MoU on cooperation between the two diplomatic academies.\n"
              "Another MoU covers public administration.\n"
              "Moreover, an MoU on youth affairs aims to bring young people together.\n"
              "The signing of an MoU on sports cooperation was welcomed by both sides.")
    assert docs(f) == [(PAIR, "memorandum")] * 4


def test_a_single_document_opening_its_sentence_with_no_documents_before_is_none():
    f = facts("Mongolia and Nepal held talks in Kathmandu on Monday.\n"
              "A memorandum of understanding on tourism would help both sides.")
    assert docs(f) == []


def test_what_documents_are_aimed_at_gives_their_fields():
    f = facts("Mongolia and Nepal held talks in Kathmandu on Monday.\n"
              "The two governments signed a number of documents aimed at the development of a transport corridor, "
              "on technical cooperation and on investment.")
    assert docs(f) == [(PAIR, "agreement")]
    assert {"connectivity", "investment"} <= {tops_of(x) for x in f.agreements[0].fields}


def test_a_joint_stock_company_memorandum_is_no_document_of_the_pair():
    f = facts("Mongolia and Nepal signed an agreement on trade on Monday.\n"
              "In addition, JSC Mongol Media inked a cooperation memorandum with Nepal's national broadcaster.")
    assert docs(f) == [(PAIR, "agreement")]


def test_definite_documents_on_fields_of_their_own_signed_as_well_are_more_documents():
    f = facts("Mongolia and Nepal held talks in Kathmandu on Monday.\n"
              "The two governments signed a number of documents on trade.\n"
              "The agreements establishing twin-city relations between Ulaanbaatar and Pokhara were inked as well.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "agreement")]
    f = facts("Mongolia and Nepal held talks in Kathmandu on Monday.\n"
              "The two governments signed a number of documents on trade.\n"
              "The agreements cover health as well.")
    assert docs(f) == [(PAIR, "agreement")]


def test_an_agreement_between_a_firm_and_a_producers_association_is_no_document_of_the_pair():
    f = facts("Mongolia and Nepal signed an agreement on trade on Monday.\n"
              "They noted the Agreement between Mongol Fertiliser of Mongolia and the Fertiliser Producers and "
              "Suppliers Association of Nepal to invest in fertiliser production.")
    assert docs(f) == [(PAIR, "agreement")]


def test_a_bare_joint_declaration_told_twice_is_one():
    f = facts("“We have accepted a declaration of bilateral cooperation with the Nepalese Prime Minister,” the "
              "Mongolian Prime Minister said after the consultations.\n"
              "“I am glad that we have adopted a joint declaration, signed a moment ago, on bilateral cooperation,” "
              "he added.")
    assert docs(f) == [(PAIR, "joint-declaration")]


def test_the_package_told_again_with_as_well_as_stays_one_package():
    f = facts("Mongolia and Nepal signed a number of memoranda of understanding on media and culture on Monday.\n"
              "The memoranda aim to enhance cooperation in the scientific and cultural fields as well as to exchange "
              "research.")
    assert docs(f) == [(PAIR, "memorandum")]
