"""Packages and lists the signing reports leave loose: an uncounted "series of documents", statements
signed in number, numbered items under a package, and list items each their own."""
from __future__ import annotations

from extracting import facts

PAIR = ("ETH", "KEN")


def docs(f):
    return sorted(((a.pair, a.type) for a in f.agreements if a.status == "signed"), key=str)


def test_a_series_of_documents_beside_a_joint_statement_is_a_package_of_its_own():
    f = facts("The leaders of Kenya and Ethiopia met in Nairobi on Monday, where they signed a series of "
              "cooperation documents and issued a joint statement on their relations.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "joint-statement")]


def test_several_documents_whose_members_are_named_later_are_only_those():
    f = facts("Kenya and Ethiopia exchanged several documents in Addis Ababa on Monday. "
              "They exchanged several documents, including a memorandum of understanding on trade.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_statements_the_pair_signed_in_number_are_a_joint_statement():
    f = facts("Kenya and Ethiopia signed agreements on roads and energy in Nairobi on Monday. "
              "The two sides also signed two statements summing up the visit.")
    assert (PAIR, "joint-statement") in docs(f)


def test_a_statement_said_to_the_press_stays_no_document():
    f = facts("Kenya and Ethiopia signed an agreement on roads on Monday. "
              "The Kenyan ministry said in two statements that the talks went well.")
    assert docs(f) == [(PAIR, "agreement")]


def test_numbered_items_under_a_package_are_each_a_document():
    f = facts("Kenya and Ethiopia signed five memoranda of understanding in Nairobi on Monday.\n"
              "Highlights of the visit:\n"
              "1. The MoU was signed to finalise an interim agreement on sharing the waters of a border river.\n"
              "2. An MoU on scientific cooperation was signed between the two research councils.\n"
              "3. An MoU on railways was signed by the two transport ministries.")
    assert docs(f) == [(PAIR, "memorandum")] * 3


def test_a_clause_wrapped_onto_a_new_line_stays_one_sentence():
    f = facts("Kenya and Ethiopia signed a trade agreement in Nairobi on Monday. The two sides also inked an MoU\n"
              "on veterinary matters along with a separate agreement on a cultural exchange programme.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "agreement"), (PAIR, "memorandum")]


def test_a_headline_without_a_full_stop_still_ends_at_its_line():
    from kg.extract.sentences import sentences
    texts = [s.text for s in sentences("Kenya and Ethiopia sign trade deal\nThe two leaders met on Monday.")]
    assert texts == ["Kenya and Ethiopia sign trade deal", "The two leaders met on Monday."]


def test_a_numbered_list_goes_on_after_a_caption_line():
    f = facts("Kenya and Ethiopia signed new memoranda of understanding in Nairobi on Monday.\n"
              "The memoranda of understanding include:\n"
              "1. Tourism Cooperation – promoting visits between the two countries.\n"
              "2. Fisheries – a framework for lake fisheries.\n"
              "The two presidents greet the delegations at State House. Press Unit Photo\n"
              "3. Standards Cooperation – linking the two standards bureaus.\n"
              "4. Investment Promotion – a framework for investors.")
    assert docs(f) == [(PAIR, "memorandum")] * 4


def test_a_numbered_list_elsewhere_does_not_resume_a_broken_one():
    f = facts("Kenya and Ethiopia signed new memoranda of understanding in Nairobi on Monday.\n"
              "The memoranda of understanding include:\n"
              "1. Tourism Cooperation – promoting visits between the two countries.\n"
              "2. Fisheries – a framework for lake fisheries.\n"
              "The two presidents then spoke to reporters about the region.\n"
              "1. Standards Cooperation remains a goal for later.")
    assert docs(f) == [(PAIR, "memorandum")] * 2


def test_a_programme_an_agreement_is_signed_to_implement_is_its_topic():
    f = facts("Kenya and Ethiopia signed an agreement to implement a cultural exchange programme on Monday.")
    assert docs(f) == [(PAIR, "agreement")]


def test_a_programme_signed_beside_an_agreement_stays_a_plan():
    f = facts("Kenya and Ethiopia signed an agreement on trade and a cultural exchange programme on Monday.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "plan")]


def test_talk_of_the_signing_of_agreements_after_the_documents_is_no_new_one():
    f = facts("Kenya and Ethiopia signed a memorandum of understanding on trade in Nairobi on Monday. "
              "The Kenyan president said the signing of agreements would further strengthen ties between the two nations.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_the_signing_of_agreements_told_first_is_a_package():
    f = facts("Kenya and Ethiopia witnessed the signing of agreements on trade and energy in Nairobi on Monday.")
    assert docs(f) == [(PAIR, "agreement")]


def test_a_package_told_by_its_topics_stays_beside_the_one_document_named():
    f = facts("Kenya and Ethiopia signed four agreements in Nairobi on Monday. "
              "The agreements signed included waiving visas for diplomats, cooperation in customs matters and "
              "cultural exchange, and a memorandum of understanding on farming.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum")]


def test_a_package_whose_documents_are_all_named_is_only_those():
    f = facts("Kenya and Ethiopia signed two agreements in Nairobi on Monday. "
              "The agreements signed included a memorandum of understanding on farming and a treaty on extradition.")
    assert docs(f) == [(PAIR, "memorandum"), (PAIR, "treaty")]


def test_a_council_approving_the_proceeding_of_an_mou_has_not_signed_it():
    f = facts("Kenya's security council on Tuesday approved the proceeding of a memorandum of understanding "
              "on security cooperation between the Kenyan interior ministry and Ethiopia.")
    assert docs(f) == []


def test_a_statement_the_leaders_of_three_countries_issued_is_no_pair_document():
    f = facts("Kenya and Ethiopia signed an agreement on roads in Nairobi on Monday. Kenya, Ethiopia and Somalia "
              "held a summit last year. The leaders of all three countries issued a joint statement after the meeting.")
    assert docs(f) == [(PAIR, "agreement")]


def test_a_document_word_modifying_commitments_names_no_document():
    f = facts("Kenya and Ethiopia signed a memorandum of understanding on fisheries on Monday, after the "
              "ministers exchanged agreement commitments with their counterparts.")
    assert docs(f) == [(PAIR, "memorandum")]
