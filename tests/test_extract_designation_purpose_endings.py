"""A designation's ending of aims ("for peace, cooperation and development") belongs to it only where its
noun phrase ends there; one that goes on ("for common prosperity and the welfare of the peoples") is the
sentence's purpose."""
from __future__ import annotations

from extracting import level_actions

PAIR = ("FIN", "PER")


def test_an_ending_whose_phrase_goes_on_with_and_is_a_purpose():
    got = level_actions("Finland and Peru agreed on Monday to advance their strategic partnership for common "
                        "prosperity and the welfare of the two nations.")
    assert (PAIR, "strategic partnership") in got
    assert not any(lvl.endswith("prosperity") for _, lvl in got)


def test_an_ending_that_closes_its_phrase_stays_part_of_the_designation():
    got = level_actions("Finland and Peru agreed on Monday to advance their strategic partnership for peace, "
                        "cooperation and development.")
    assert (PAIR, "strategic partnership for peace, cooperation and development") in got or \
        (PAIR, "strategic partnership for peace cooperation and development") in got
