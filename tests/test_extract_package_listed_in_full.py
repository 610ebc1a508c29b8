"""A counted package whose documents the next sentences name, most of them, the list going on with
"also" (its members, no entry of its own; with few named it stands for the rest), and a firm's word in
the list item before a document (no firms' deal of the next item)."""
from __future__ import annotations

from extracting import facts, signed_docs as docs

PAIR = ("KEN", "PER")


def test_a_package_mostly_named_with_a_later_also_is_its_members():
    f = facts("Kenya and Peru signed five memoranda of understanding in Nairobi on Tuesday. "
              "The two sides signed an agreement on air services and a memorandum on fisheries. "
              "They also signed a memorandum on tourism and another on mining.")
    assert docs(f) == [(PAIR, "agreement")] + [(PAIR, "memorandum")] * 3


def test_a_package_with_few_named_stands_beside_them():
    f = facts("Kenya and Peru signed twelve memoranda of understanding in Nairobi on Tuesday. "
              "The two sides signed an agreement on air services and a memorandum on fisheries.")
    assert docs(f) == [(PAIR, "agreement")] + [(PAIR, "memorandum")] * 2


def test_a_firm_in_the_item_before_does_not_make_the_next_document_a_firms_deal():
    f = facts("Kenya and Peru signed an agreement between the Kenyan Ministry of Trade and the Peruvian Small "
              "Enterprises Authority, a cooperation agreement in the field of health, and a memorandum on fisheries.")
    assert docs(f) == [(PAIR, "agreement")] * 2 + [(PAIR, "memorandum")]


def test_a_bare_plural_joined_to_a_document_still_to_negotiate_is_only_planned_too():
    f = facts("Kenya and Peru agreed to start negotiations to conclude a cooperation agreement that covers trade, "
              "and Memorandums of understanding and agreements on areas such as agriculture.")
    assert docs(f) == []
