"""A bracket that opens another name of the document just named ("(so-called “Water Sharing Agreement”)", "(also
known as the Andes Accord)") names the same document, not a second one."""
from __future__ import annotations

from extracting import facts, signed_docs

PAIR = ("CHL", "PER")


def test_so_called_name_in_brackets_is_the_same_document():
    f = facts("In 2019, the Agreement between the Government of Chile and the Government of Peru Concerning the Use "
              "of Border Rivers (so-called “Water Sharing Agreement” or WSA) was signed.")
    assert signed_docs(f) == [(PAIR, "agreement")]


def test_also_known_as_name_in_brackets_is_the_same_document():
    f = facts("Chile and Peru signed the Treaty on Friendship and Cooperation (also known as the Andes Treaty) in 1998.")
    assert signed_docs(f) == [(PAIR, "treaty")]
