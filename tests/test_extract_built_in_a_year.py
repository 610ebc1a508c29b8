""""In 1993, the two countries built a X": building the level in a year said first is its founding, where "have
built a strong X" still speaks of the level held."""
from __future__ import annotations

from extracting import facts


def events(text: str) -> set:
    return {(p.level, p.action) for p in facts(text, "2024-05-15").partnerships}


def test_built_in_a_year_said_first_founds_the_level():
    got = events("Chile and Peru set up ties in 1980. In 1997, the two countries built a strategic partnership.")
    assert ("strategic partnership", "establish") in got


def test_have_built_a_strong_level_is_the_level_held():
    assert events("Chile and Peru have built a strong strategic partnership.") == {("strategic partnership", "reaffirm")}
