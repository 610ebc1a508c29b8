"""Items under a head that says which areas a package covers, a count of the documents already in force,
documents that firms or associations sign, and a single document told with "a" in a sentence that adds
one more."""
from __future__ import annotations

from extracting import facts

PAIR = ("GHA", "SEN")


def docs(f, status="signed"):
    return sorted(((a.pair, a.type) for a in f.agreements if a.status == status), key=str)


def test_titled_items_under_a_head_naming_the_areas_are_fields_of_the_one_package():
    f = facts("Ghana and Senegal signed three new memoranda of understanding in Accra on Monday.\n"
              "The newly signed memoranda cover a broad range of areas, including:\n"
              "- Fisheries – To manage the shared stocks along the coast.\n"
              "- Tourism – Joint marketing of the two countries' beaches.\n"
              "- Mining – To fight the smuggling of gold across the border.\n")
    assert docs(f) == [(PAIR, "memorandum")]
    assert [a.count for a in f.agreements] == [3]


def test_titled_items_under_a_head_naming_the_documents_stay_documents():
    f = facts("Ghana and Senegal signed new memoranda of understanding in Accra on Monday.\n"
              "The memoranda signed include:\n"
              "- Fisheries Cooperation – To manage the shared stocks along the coast.\n"
              "- Mining Cooperation – To fight the smuggling of gold across the border.\n")
    assert docs(f) == [(PAIR, "memorandum")] * 2


def test_a_count_of_existing_agreements_is_no_package_signed_now():
    f = facts("Ghana and Senegal signed four memoranda of understanding on Monday, adding to 21 existing "
              "agreements that cover trade and security.")
    assert docs(f) == [(PAIR, "memorandum")]
    assert [a.count for a in f.agreements] == [4]


def test_an_association_agreement_is_still_a_document_of_the_pair():
    f = facts("Ghana and Senegal signed the Strategic Association Agreement in 2015.")
    assert docs(f) == [(PAIR, "agreement")]


def test_memoranda_a_car_maker_or_two_associations_sign_are_no_documents_of_the_pair():
    f = facts("Ghana and Senegal on Monday signed eight memorandums of understanding on trade and energy.\n"
              "Toyota Motor signed two MOUs on electric buses with the Senegalese government.\n"
              "A Ghanaian software service provider also signed an MOU with the Dakar port authority.\n"
              "The agreement between the Ghanaian cocoa association and a Senegalese traders' association "
              "calls for joint marketing.")
    assert docs(f) == [(PAIR, "memorandum")]
    assert [a.count for a in f.agreements] == [8]


def test_a_second_memorandum_told_with_a_and_also_is_one_more_document():
    f = facts("Ghana and Senegal held talks in Accra on Monday.\n"
              "A memorandum of understanding was signed between the two science academies on research.\n"
              "A memorandum of understanding was also signed between the two ministries in the field of digital "
              "technology.")
    assert docs(f) == [(PAIR, "memorandum")] * 2


def test_a_bare_memorandum_of_a_package_told_later_with_also_is_the_same_one():
    f = facts("Ghana and Senegal signed two agreements and a memorandum of understanding on Monday.\n"
              "The leaders witnessed the signing of an agreement on trade and an agreement on investment. "
              "They also witnessed the signing of a memorandum of understanding on legal cooperation.")
    assert docs(f) == [(PAIR, "agreement")] * 2 + [(PAIR, "memorandum")]


def test_single_documents_told_by_what_they_will_do_after_a_count_are_its_members():
    f = facts("Ghana and Senegal signed two memoranda of understanding in Accra on Monday.\n"
              "An MoU on fisheries will set up joint patrols of the shared waters.\n"
              "Meanwhile, an MoU on tourism will promote visits between the two countries.")
    assert docs(f) == [(PAIR, "memorandum")] * 2
    assert not any(a.count for a in f.agreements)


def test_a_document_still_to_be_signed_after_a_count_is_no_member():
    f = facts("Ghana and Senegal signed two memoranda of understanding on fisheries and tourism on Monday.\n"
              "An MoU on health will be signed during the next visit.")
    assert docs(f) == [(PAIR, "memorandum")]
    assert [a.count for a in f.agreements if a.status == "signed"] == [2]


def test_a_count_that_starts_telling_its_members_is_the_documents_named_after_it():
    f = facts("Ghana and Senegal on Monday signed six pacts, including one to expand cooperation in fisheries.\n"
              "Ghana and Senegal also signed an MoU on a credit line for the purchase of patrol boats.\n"
              "Both countries also signed an agreement on mutual assistance in customs matters.\n"
              "An MoU was also signed between the two agriculture ministries on animal health.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum"), (PAIR, "memorandum")]
    assert not any(a.count for a in f.agreements)


def test_a_document_of_a_list_told_again_in_the_same_words_with_in_addition_is_the_same_one():
    f = facts("Ghana and Senegal on Sunday signed a series of documents, including two memoranda of understanding "
              "and a cultural exchange programme.\n"
              "In addition, a cultural exchange programme was signed to bring the two peoples closer.")
    assert docs(f) == [(PAIR, "memorandum"), (PAIR, "plan")]


def test_documents_told_as_more_on_other_fields_than_a_counted_package_are_more_documents():
    f = facts("Ghana and Senegal signed two MoUs on fisheries and tourism on Monday. "
              "They also signed an MoU on health and an MoU on mining.")
    assert docs(f) == [(PAIR, "memorandum")] * 3
    assert sorted(a.count or 1 for a in f.agreements) == [1, 1, 2]


def test_a_package_told_again_by_its_count_and_by_talk_of_its_range_after_its_member_is_named_adds_nothing():
    f = facts("Ghana and Senegal on Monday signed a record 12 MoUs and agreements.\n"
              "The agreements included a programme of cooperation in defence for the next five years.\n"
              "\"A record number of 12 MoUs or agreements were concluded,\" the minister said, adding that the "
              "\"agreements were government-to-government.\"\n"
              "\"The range of agreements and MoUs signed today shows how broad our ties are,\" he said.")
    assert docs(f) == [(PAIR, "plan")]


def test_three_more_agreements_of_the_same_count_stay_more_documents():
    f = facts("Ghana and Senegal on Monday signed three MoUs.\n"
              "The MoUs included a programme of cooperation in defence.\n"
              "Later the ministers signed three more MoUs on trade.")
    assert (PAIR, "memorandum") in docs(f)
