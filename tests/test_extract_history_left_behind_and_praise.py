"""Wordings of a history: "the elevation of A-B strategic partnership to a Y" leaves the first level behind (no
event of its own); "up gradation ... to the status of X" raises to X; "decided to sign a X" founds X; "this
enduring partnership" only praises the ties (no level), where "an enduring strategic partnership" is one."""
from __future__ import annotations

from extracting import facts


def events(text: str) -> set:
    return {(p.pair, p.level, p.action) for p in facts(text, "2024-05-15").partnerships}


def test_elevation_of_a_named_level_to_another_leaves_the_first_behind():
    got = events("The presidents announced the elevation of Chile-Peru strategic partnership to a comprehensive "
                 "strategic partnership.")
    assert (("CHL", "PER"), "comprehensive strategic partnership", "upgrade") in got
    assert not [e for e in got if e[1] == "strategic partnership"]


def test_up_gradation_to_the_status_of_a_level_is_a_raise():
    got = events("Chile and Peru saw up gradation of the bilateral partnership to the status of ‘Comprehensive "
                 "Strategic Partnership’ in 2016.")
    assert (("CHL", "PER"), "comprehensive strategic partnership", "upgrade") in got


def test_decided_to_sign_a_level_founds_it():
    got = events("In 2009 Chile and Peru decided to sign a Strategic Partnership, which came into being in 2011.")
    assert (("CHL", "PER"), "strategic partnership", "establish") in got


def test_enduring_alone_praises_the_ties_but_qualifies_a_strategic_partnership():
    assert not events("Chile and Peru meet often. This enduring partnership has stood the test of time.")
    got = events("Chile and Peru hailed their enduring strategic partnership.")
    assert (("CHL", "PER"), "enduring strategic partnership", "reaffirm") in got
