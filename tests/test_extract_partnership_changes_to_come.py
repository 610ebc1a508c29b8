"""Changes of level not yet made (our own sentences): a change named as the subject of what it will be or bring
("that raising ties to X next year would mark a new beginning") is no upgrade; a change told as done, followed
by what it will bring, still is; ties to be raised "at an appropriate time" or "in due course" are not raised yet; a level "worked towards" is an aim."""
from __future__ import annotations

from extracting import facts


def events(text: str, published: str = "2024-05-20") -> list:
    return sorted((p.pair, p.level, p.action) for p in facts(text, published).partnerships)


def test_upgrade_named_as_what_will_be_a_starting_point_is_not_made():
    got = events("The Ghanaian and Peruvian foreign ministers agreed on Monday that raising their ties to a "
                 "comprehensive strategic partnership next year would mark a new beginning.")
    assert got == []


def test_upgrade_opening_a_sentence_as_its_subject_is_not_made():
    got = events("Raising ties to a comprehensive strategic partnership would open a new chapter, the Ghanaian and "
                 "Peruvian ministers said.")
    assert got == []


def test_upgrade_made_then_said_to_open_a_chapter_is_an_upgrade():
    got = events("Ghana and Peru upgraded ties to a comprehensive strategic partnership on Monday, a step that "
                 "will open a new chapter.")
    assert got == [(("GHA", "PER"), "comprehensive strategic partnership", "upgrade")]


def test_raising_ties_at_an_appropriate_time_is_not_yet_made():
    got = events("Ghana and Peru agreed on Monday to elevate bilateral ties to a comprehensive strategic partnership "
                 "at an appropriate time.")
    assert got == []


def test_a_level_worked_towards_is_an_aim_not_a_fact():
    got = events("Ghana and Peru are working towards a comprehensive strategic partnership, the minister said.")
    assert got == []


def test_working_to_deepen_the_level_held_is_a_reaffirmation():
    got = events("Ghana and Peru are working to deepen the comprehensive strategic partnership, the minister said.")
    assert got == [(("GHA", "PER"), "comprehensive strategic partnership", "reaffirm")]
