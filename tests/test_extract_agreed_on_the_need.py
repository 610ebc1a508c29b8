""""Agreed on the need to upgrade the X by deepening ..." states a task for the level held, no founding;
"agreed on a strategic partnership" still founds one."""
from __future__ import annotations

from extracting import level_actions

PAIR = ("IRL", "URY")


def test_agreed_on_the_need_to_work_on_the_held_level_is_no_founding():
    got = level_actions("The leaders of Ireland and Uruguay agreed on the need to upgrade the strategic "
                        "cooperative partnership by widening their exchanges in each area.")
    assert got.get((PAIR, "strategic cooperative partnership")) == "reaffirm"


def test_agreed_on_the_importance_of_the_level_is_no_founding():
    got = level_actions("Ireland and Uruguay agreed on the importance of the strategic partnership for both peoples.")
    assert got.get((PAIR, "strategic partnership")) == "reaffirm"


def test_agreed_on_a_partnership_still_founds_it():
    got = level_actions("Ireland and Uruguay agreed on a strategic partnership on Monday.")
    assert got.get((PAIR, "strategic partnership")) == "establish"
