"""Partners counted in one sentence and listed in the next (our own sentences): each listed country
holds the level with the owner, with the action said where the level was."""
from __future__ import annotations

from extracting import level_actions

LEVEL = "comprehensive strategic partnership"


def test_partners_counted_then_listed():
    got = level_actions("Peru has comprehensive strategic partnerships with three countries. They are Chile, Ghana and Norway.")
    assert got == {(("CHL", "PER"), LEVEL): "reaffirm", (("GHA", "PER"), LEVEL): "reaffirm",
                   (("NOR", "PER"), LEVEL): "reaffirm"}


def test_partners_established_then_listed_are_established():
    got = level_actions("Peru has established comprehensive strategic partnerships with two countries. These are Chile and Ghana.")
    assert got == {(("CHL", "PER"), LEVEL): "establish", (("GHA", "PER"), LEVEL): "establish"}


def test_an_owners_partners_named_then_listed():
    got = level_actions("Ghana joined the club of the US's strategic partners. Only the likes of Israel, Japan and Kenya "
                        "enjoy membership.")
    assert set(got) == {(("GHA", "USA"), "strategic partnership"), (("ISR", "USA"), "strategic partnership"),
                        (("JPN", "USA"), "strategic partnership"), (("KEN", "USA"), "strategic partnership")}


def test_a_list_without_an_opening_of_its_own_is_no_roll():
    got = level_actions("Peru has comprehensive strategic partnerships with three countries. Chile, Ghana and Norway held talks.")
    assert got == {}
