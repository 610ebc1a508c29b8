""""Chile was the first developing country to establish a strategic partnership with Peru": a ranked founding told
in the past tense is of another time, not the article's event (which stays the level restated today)."""
from __future__ import annotations

from extracting import facts


def events(text: str) -> set:
    return {(p.level, p.action, p.date is not None) for p in facts(text, "2024-05-15").partnerships}


def test_was_the_first_to_establish_is_a_founding_of_another_time():
    got = events("Chile and Peru on Tuesday signed six agreements to deepen their strategic partnership. Chile was "
                 "the first developing country to establish a strategic partnership with Peru.")
    assert ("strategic partnership", "reaffirm", True) in got
    assert ("strategic partnership", "establish", False) in got
