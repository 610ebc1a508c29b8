"""Agreement constructions of the twelfth round: lists numbered by ordinal words ("First: ..."),
alignment plans, ..."""
from __future__ import annotations

from extracting import facts

PAIR = ("GHA", "SEN")


def docs(f, status="signed"):
    return sorted(((a.pair, a.type) for a in f.agreements if a.status == status), key=str)


def test_items_numbered_by_ordinal_words_under_a_list_head_are_documents():
    f = facts("The presidents of Ghana and Senegal witnessed the exchange of several agreements, as follows:\n\n"
              "First: Alignment plan between the Ghanaian growth agenda and the Senegalese emergence strategy.\n\n"
              "Second: A memorandum of understanding in the field of solar power.\n\n"
              "It was exchanged by the two energy ministers.\n\n"
              "Third: An agreement between Ghana and Senegal on legal assistance in civil matters.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum"), (PAIR, "plan")]


def test_a_sentence_opening_with_an_ordinal_word_and_no_colon_is_no_list_item():
    f = facts("Ghana and Senegal signed a memorandum on fisheries. "
              "First, the two sides agreed that a plan on tourism should be drafted next year.")
    assert docs(f) == [(PAIR, "memorandum")]
