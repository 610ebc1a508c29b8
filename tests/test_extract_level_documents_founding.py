"""A document named for the level founds it: "the visit established the Strategic Partnership Agreement", "the
first strategic partnership agreement between A and B was signed in 2001" (the level, founded then)."""
from __future__ import annotations

from extracting import facts


def events(text: str) -> set:
    return {(p.pair, p.level, p.action) for p in facts(text, "2024-05-15").partnerships}


def test_visit_that_established_the_level_agreement_founds_the_level():
    got = events("Ties between Chile and Ghana grew fast. The high point was the president's 2012 visit, which "
                 "established the Comprehensive Strategic Partnership Agreement between Chile and Ghana.")
    assert (("CHL", "GHA"), "comprehensive strategic partnership", "establish") in got


def test_level_agreement_between_the_two_signed_in_a_year_founds_the_level():
    got = events("Back then, the first strategic partnership agreement between Peru and Norway was signed in 2001.")
    assert (("NOR", "PER"), "strategic partnership", "establish") in got
