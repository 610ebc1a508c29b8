"""Agreement constructions: one counted or plural package worded with several
document nouns, and a statement named by its vision."""
from __future__ import annotations

from extracting import facts, signed_docs

PAIR = ("GHA", "KEN")


def test_a_counted_package_of_nouns_joined_by_a_slash_is_one_entry():
    f = facts("Ghana and Kenya on Monday signed 12 agreements/MoUs in sectors such as energy and fisheries.")
    assert signed_docs(f) == [(PAIR, "agreement")]
    assert f.agreements[0].count == 12


def test_a_slash_package_in_the_other_order_is_one_entry_too():
    f = facts("Ghana and Kenya on Monday signed 12 MoUs/Agreements in sectors such as energy and fisheries.")
    assert signed_docs(f) == [(PAIR, "agreement")]


def test_agreements_protocols_and_other_documents_are_one_package():
    f = facts("Over the years Ghana and Kenya have signed more than 40 agreements, protocols and other documents.")
    assert signed_docs(f) == [(PAIR, "agreement")]


def test_a_plural_list_of_document_kinds_in_a_history_is_one_entry():
    f = facts("Agreements, protocols and declarations of friendship were signed by Ghana and Kenya in 1961, "
              "1975 and 1990.")
    assert signed_docs(f) == [(PAIR, "agreement")]


def test_documents_each_with_a_topic_of_their_own_stay_apart():
    f = facts("Ghana and Kenya on Monday signed agreements on trade, MoUs on health and a protocol on visas.")
    assert signed_docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum"), (PAIR, "protocol")]


def test_a_statement_of_joint_vision_is_one_joint_statement():
    f = facts("Ghana and Kenya adopted a statement of joint vision for their relations on Monday.")
    assert signed_docs(f) == [(PAIR, "joint-statement")]


def test_a_vague_package_stays_beside_a_joint_statement_told_after_it():
    f = facts("Ghana and Kenya signed a number of intergovernmental documents on Monday. "
              "The presidents also signed a joint statement on the plan for their economic cooperation until 2030.")
    assert signed_docs(f) == [(PAIR, "agreement"), (PAIR, "joint-statement")]


def test_a_vague_package_is_still_the_documents_named_after_it():
    f = facts("Ghana and Kenya signed a number of documents on Monday. "
              "Among them was a memorandum of understanding on fisheries.")
    assert signed_docs(f) == [(PAIR, "memorandum")]


def test_a_sentence_case_title_told_again_is_one_document():
    f = facts("The Agreement on friendly relations and cooperation between Ghana and Kenya signed on March 3, 1994, "
              "laid the legal basis of their ties, the minister said. In 1994 the two countries signed a new "
              "Agreement on friendly relations and cooperation that became a turning point, he added.")
    assert signed_docs(f) == [(PAIR, "agreement")]
    assert f.agreements[0].name == "Agreement on friendly relations and cooperation"


def test_two_sentence_case_titles_on_other_topics_stay_two():
    f = facts("In 1994 Ghana and Kenya signed the Agreement on friendly relations and cooperation. "
              "In 2001 Ghana and Kenya signed the Agreement on avoidance of double taxation, the minister said.")
    assert signed_docs(f) == [(PAIR, "agreement"), (PAIR, "agreement")]


def test_a_still_planned_mou_does_not_take_over_the_signed_agreement():
    f = facts("Ghana and Kenya signed an agreement on air services on Monday. "
              "The two sides hope to sign the MoU on tourism next year.")
    assert signed_docs(f) == [(PAIR, "agreement")]


def test_the_memorandum_that_names_the_only_signed_agreement_still_types_it():
    f = facts("The ministries of Ghana and Kenya approved an agreement on Monday. "
              "The memorandum of understanding provides for joint patrols on the lake.")
    assert signed_docs(f) == [(PAIR, "memorandum")]


def test_a_named_pact_and_its_description_are_one_document():
    f = facts("Japan and the Philippines signed a Reciprocal Access Agreement, a key defense pact, on Monday.")
    assert signed_docs(f) == [(("JPN", "PHL"), "agreement")]


def test_a_named_agreement_and_a_deal_on_a_topic_of_its_own_are_two():
    f = facts("Japan and the Philippines signed a Reciprocal Access Agreement, a deal on fisheries and "
              "an MoU on tourism on Monday.")
    assert signed_docs(f) == [(("JPN", "PHL"), "agreement"), (("JPN", "PHL"), "agreement"),
                              (("JPN", "PHL"), "memorandum")]


def test_two_titled_memoranda_joined_by_and_are_two():
    f = facts("Ghana and Kenya on Monday signed the MoU on Maritime Cooperation and Memorandum of Understanding "
              "on Tourism Promotion.")
    assert signed_docs(f) == [(PAIR, "memorandum"), (PAIR, "memorandum")]
    assert sorted(a.name for a in f.agreements) == ["Memorandum of Understanding on Tourism Promotion",
                                                    "MoU on Maritime Cooperation"]


def test_an_exchange_of_notes_on_a_titled_programme_is_one_document():
    f = facts("Ghana and Kenya on Monday signed an Exchange of Notes on the Grant Aid Programme.")
    assert signed_docs(f) == [(PAIR, "other")]


def test_a_joint_statement_told_by_what_it_does_gets_no_sentence_case_name():
    f = facts("The presidents agreed to issue a Joint Statement on upgrading the relationship between Ghana and "
              "Kenya to the level of a strategic partnership.")
    assert [a.name for a in f.agreements] == [None]


def test_a_declaration_document_is_one_declaration():
    f = facts("The Declaration Document of strategic partnership was signed between Ghana and Kenya on "
              "October 5, 2000.")
    assert signed_docs(f) == [(PAIR, "joint-declaration")]


def test_a_later_programme_does_not_retype_a_named_agreement():
    f = facts("Last year Japan and the Philippines signed a Reciprocal Access Agreement, a key defense pact "
              "that allows them to deploy troops. Tokyo granted Manila 1.6 billion yen under the Official "
              "Security Assistance program.")
    assert signed_docs(f) == [(("JPN", "PHL"), "agreement")]
