"""A span of the pair's level with no article before it, as headlines write it ("Chile, Ghana mark 15 years of
strategic partnership", "the 10th anniversary of comprehensive strategic partnership"), is the pair's level; a bare
designation after another preposition stays a designation talked of in general."""
from __future__ import annotations

from extracting import level_actions

PAIR = ("CHL", "GHA")


def test_years_of_bare_level_is_the_pairs_level():
    got = level_actions("Chile and Ghana mark 15 years of strategic partnership.")
    assert (PAIR, "strategic partnership") in got


def test_anniversary_of_bare_level_is_the_pairs_level():
    got = level_actions("Chile, Ghana celebrate the 10th anniversary of comprehensive strategic partnership")
    assert (PAIR, "comprehensive strategic partnership") in got


def test_bare_level_after_cooperation_in_stays_generic():
    got = level_actions("Chile and Ghana discussed decades of cooperation in strategic partnership.")
    assert (PAIR, "strategic partnership") not in got
