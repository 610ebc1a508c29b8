"""Two subjects joined by "and" that act with a third country named after "with" ("Kenya and Chile agreed to deepen
defence ties with Oman"): each subject gets the fact with the third, never with the other subject; a trilateral
("together with", "along with") is left alone. Our own sentences."""
from __future__ import annotations

from extracting import facts


def _fields(text: str) -> set:
    got = facts(text, "2025-06-01", title="Notes")
    return {(c.pair, c.field) for c in got.cooperation}


def test_two_subjects_deepening_ties_with_a_third_each_pair_with_the_third():
    got = _fields("Kenya and Chile agreed to deepen defense ties with Oman.")
    assert got == {(("CHL", "OMN"), "defence-security"), (("KEN", "OMN"), "defence-security")}


def test_two_subjects_after_a_clause_of_their_own_still_pair_with_the_third():
    got = _fields("The dispute has prompted Kenya and Chile to expand trade with Oman.")
    assert (("CHL", "KEN"), "trade") not in got and (("KEN", "OMN"), "trade") in got


def test_together_with_a_third_is_no_pair_of_subject_and_third():
    got = _fields("Kenya and Chile together with Oman signed a trade pact.")
    assert not any("OMN" in p for p, _ in got)
