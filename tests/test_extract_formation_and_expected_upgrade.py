""""Announced the formation of a X" founds X; "expected that the two will upgrade their X" keeps X as the level
held (the upgrade is still to come, and its new level is not named)."""
from __future__ import annotations

from extracting import level_actions

PAIR = ("GHA", "NOR")


def test_formation_of_a_level_founds_it():
    got = level_actions("The Norwegian leader announced the formation of a strategic partnership between Norway "
                        "and Ghana.")
    assert got.get((PAIR, "strategic partnership")) == "establish"


def test_expected_upgrade_of_their_level_keeps_it_held():
    got = level_actions("The Ghanaian president expected that Ghana and Norway will upgrade their strategic "
                        "partnership in 2027 and bring trade to $2 billion.")
    assert got.get((PAIR, "strategic partnership")) == "reaffirm"


def test_made_upgrade_of_their_level_is_still_an_upgrade():
    got = level_actions("On Monday Ghana and Norway upgraded their strategic partnership.")
    assert got.get((PAIR, "strategic partnership")) == "upgrade"
