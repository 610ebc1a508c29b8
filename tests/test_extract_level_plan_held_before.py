"""A plan named after the level held before ("renewed the Medium-Term Programme of the A-B Strategic Partnership,
which has served as a roadmap") beside a fuller level founded today states that older level on its own; a
shorter wording with no such plan still folds into today's level."""
from __future__ import annotations

from extracting import level_actions

PAIR = ("KOR", "URY")


def test_the_plan_of_the_level_held_before_keeps_that_level():
    got = level_actions("Uruguay and South Korea adopted a Special Strategic Partnership for Shared Growth on Monday.\n"
                        "They also renewed the Medium-Term Programme of the Uruguay-Korea Strategic Partnership, which "
                        "has served as a guide for their relations.")
    assert got.get((PAIR, "special strategic partnership for shared growth")) == "establish"
    assert got.get((PAIR, "strategic partnership")) == "reaffirm"


def test_a_shorter_wording_of_the_new_level_still_folds():
    got = level_actions("Uruguay and South Korea adopted a Special Strategic Partnership for Shared Growth on Monday.\n"
                        "The strategic partnership will widen trade between the two countries.")
    assert (PAIR, "strategic partnership") not in got
