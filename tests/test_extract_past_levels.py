"""A level stated at an earlier time keeps the action that time gave it."""
from extracting import facts


def events(text):
    return {(p.level, p.action, p.year) for p in facts(text, "2025-06-04").partnerships}


def test_a_level_founded_in_a_relative_clause_is_no_raise_of_the_later_one():
    got = events("Ghana and Togo, which established a strategic partnership in 2012, agreed on Monday to upgrade ties "
                 "to a comprehensive strategic partnership.")
    assert ("strategic partnership", "establish", 2012) in got


def test_the_level_left_behind_keeps_its_founding_year():
    got = events("Ghana and Togo lifted their relations to a comprehensive strategic partnership, up from the strategic "
                 "partnership set in 2012.")
    assert ("strategic partnership", "establish", 2012) in got


def test_since_its_elevation_is_the_raise_of_that_level():
    got = events("The ministers praised the Ghana-Togo comprehensive strategic partnership since its elevation in 2021.")
    assert ("comprehensive strategic partnership", "upgrade", 2021) in got
