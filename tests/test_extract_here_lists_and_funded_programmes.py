"""A line "Here are the MoUs signed" heading the documents listed below it, an item named only as a
partnership between two bodies, and a programme that a listed document funds."""
from __future__ import annotations

from extracting import facts

PAIR = ("BTN", "MDV")


def docs(f, status="signed"):
    return sorted(((a.pair, a.type) for a in f.agreements if a.status == status), key=str)


def test_a_here_are_line_heads_the_documents_listed_below_it():
    f = facts("Bhutan and the Maldives signed five MoUs in Thimphu on Monday.\n\n"
              "Here are the MoU's signed by Bhutan and the Maldives\n\n"
              "1. Partnership between the Royal Institute of Management of Bhutan and the Maldives Civil Service "
              "Commission for officer training.\n\n"
              "2. Collaboration between the Bhutan Anti-Corruption Commission and the Maldivian Police Service.\n\n"
              "3. MoU between the farm ministries of Bhutan and the Maldives on organic agriculture.")
    assert docs(f) == [(PAIR, "memorandum")] * 3


def test_without_the_here_line_the_unheaded_items_are_no_documents():
    f = facts("Bhutan and the Maldives signed five MoUs in Thimphu on Monday.\n\n"
              "Officials of the two countries met again on Tuesday\n\n"
              "1. Partnership between the Royal Institute of Management of Bhutan and the Maldives Civil Service "
              "Commission for officer training.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_a_programme_the_document_funds_is_no_second_document():
    f = facts("Bhutan and the Maldives held talks in Male on Monday.\n"
              "They signed a loan agreement between the Government of the Maldives and the Bank of Bhutan to fund "
              "the Male City Water Pipe Renewal Programme.")
    assert docs(f) == [(PAIR, "agreement")]
    f = facts("Bhutan and the Maldives held talks in Male on Monday.\n"
              "They signed a loan agreement on fisheries and the Bhutan-Maldives Youth Exchange Programme.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "plan")]


def test_the_agreement_a_protocol_amends_is_no_member_of_the_package_counted():
    f = facts("Bhutan and the Maldives on Monday signed four agreements to deepen their ties.\n"
              "A prominent MoU is between the two central banks. Another MoU is for sharing expertise in public "
              "service recruitment. An MoU between the two police services has been inked for information sharing. "
              "They also signed a protocol to amend the Bhutan-Maldives Double Taxation Avoidance Agreement.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum"), (PAIR, "memorandum"), (PAIR, "memorandum"),
                       (PAIR, "protocol")]
    assert not any(a.count for a in f.agreements)


def test_a_speakers_joint_statement_after_the_pairs_joint_declaration_is_that_text():
    f = facts("Bhutan and the Maldives held talks in Male on Monday.\n"
              "The two presidents signed a Joint Declaration on deepening their ties.\n"
              "“We signed a joint statement today. It sets our course,” the Maldivian president said.")
    assert docs(f) == [(PAIR, "joint-declaration")]
    f = facts("Bhutan and the Maldives held talks in Male on Monday.\n"
              "The two presidents signed a Joint Declaration on deepening their ties.\n"
              "The two foreign ministers also issued a joint statement on the talks.")
    assert docs(f) == [(PAIR, "joint-declaration"), (PAIR, "joint-statement")]
