"""A side that "hopes to" cooperate with the other in a field is willing to, which is cooperation (as "seeks to"
is); what could or might be done, and what one side "would like to" do, stay possibilities. Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def _fields(text: str) -> set:
    return tops(facts(text))


def test_a_side_that_hopes_to_expand_cooperation_with_the_other_cooperates():
    assert _fields("Kenya hopes to expand cooperation with Ghana in agriculture.") == {(("GHA", "KEN"), "agriculture")}


def test_the_two_sides_hoping_to_deepen_ties_in_a_field_cooperate():
    assert _fields("Peru and Chile are hoping to deepen their cooperation in mining.") == {(("CHL", "PER"), "mining")}


def test_what_could_be_done_stays_a_possibility():
    assert _fields("Kenya could cooperate with Ghana in mining.") == set()
