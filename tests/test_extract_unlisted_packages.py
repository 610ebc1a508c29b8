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
