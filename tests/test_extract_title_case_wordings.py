"""Title Case designations in our own sentences: a lowercase purpose after a Title Case head ("the Strategic and
Global Partnership for peace and prosperity") is the sentence's, not the name's, while a lowercase era or tie
("for a new era") stays the name's; a Title Case "Xed Partnership" whose words name no designation's qualifier
("a Deep and Action-oriented Partnership") is a description, not a level."""
from __future__ import annotations

from extracting import facts


def levels(text: str) -> list:
    return sorted({(p.level, p.action) for p in facts(text, "2019-05-02").partnerships})


def test_lowercase_purpose_after_a_title_case_head_is_not_the_name():
    got = levels("Peru and Ghana stressed the need to enhance the Strategic and Global Partnership for peace and "
                 "prosperity.")
    assert got == [("strategic and global partnership", "reaffirm")]


def test_lowercase_era_after_a_title_case_head_stays_the_name():
    got = levels("Peru and Ghana will deepen their Comprehensive Strategic Partnership for a new era, the leaders said.")
    assert got == [("comprehensive strategic partnership for a new era", "reaffirm")]


def test_lowercase_wording_keeps_its_purpose_ending():
    got = levels("Peru and Ghana will deepen their strategic partnership for peace and prosperity.")
    assert got == [("strategic partnership for peace and prosperity", "reaffirm")]


def test_title_case_description_with_no_qualifier_is_no_level():
    f = facts("Peru and Ghana: Vision for a Deep, Broad-based and Action-oriented Partnership\nPeru and Ghana "
              "signed two agreements on trade.", "2019-05-02")
    assert f.partnerships == ()
