"""'Particularly privileged' is the other English rendering of the especially privileged level."""
from tests.extracting import level_actions


def test_particularly_privileged_strategic_partnership_is_one_designation():
    got = level_actions("Chile's minister said his country enjoys a particularly privileged strategic "
                        "partnership with Peru.")
    assert got == {(("CHL", "PER"), "particularly privileged strategic partnership"): "reaffirm"}


def test_particularly_alone_is_no_modifier():
    got = level_actions("Chile and Peru reaffirmed their strategic partnership, particularly in trade.")
    assert got == {(("CHL", "PER"), "strategic partnership"): "reaffirm"}
