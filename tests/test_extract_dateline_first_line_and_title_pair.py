"""A page whose first line is a dateline with the agency after it ("Lima, March 4, ANDINA") has no headline there: its
city is no country of a headline, so the title's pair still opens the story, and the documents the body tells without
naming the countries are that pair's. Our own sentences."""
from __future__ import annotations

from extracting import facts, signed_docs

_TEXT = ("Lima, March 4, ANDINA\n\n“We already have a wide legal basis – 80 documents have been signed. But the "
         "declaration signed today matters most,” the president told reporters.")


def _facts(title: str):
    return facts(_TEXT, "2025-03-04", title=title)


def test_a_dateline_first_line_leaves_the_title_pair_to_the_story():
    f = _facts("President: the declaration takes Peru-Chile ties to a new level")
    assert (("CHL", "PER"), "joint-declaration") in signed_docs(f)


def test_a_title_without_a_pair_gives_the_documents_no_pair():
    assert signed_docs(_facts("President: the declaration takes ties to a new level")) == []
