"""A statement or shared vision that "both countries" or "the two sides" issued or released is their joint
statement; one side's ministry issuing a statement is no document of the pair. Our own sentences."""
from __future__ import annotations

from extracting import facts

_STORY = "Kenya and Oman met in Muscat. "


def _docs(text: str) -> list:
    got = facts(_STORY + text, "2025-06-01", title="Notes")
    return [(a.pair, a.type) for a in got.agreements]


def test_a_shared_vision_both_countries_issued_is_their_joint_statement():
    got = _docs("Both countries also issued a “Shared Vision of Kenya-Oman Maritime Cooperation” to guide their work.")
    assert got == [(("KEN", "OMN"), "joint-statement")]


def test_a_statement_the_two_sides_issued_is_their_joint_statement():
    assert _docs("The two sides issued a statement on fisheries cooperation.") == [(("KEN", "OMN"), "joint-statement")]


def test_a_statement_one_ministry_issued_is_no_document_of_the_pair():
    assert _docs("The Kenyan ministry issued a statement on the talks.") == []
