"""More shapes of a country's partner list: "has only N ... partners, namely", "selected N countries as
(“)... partners(”) namely", a range whose ends carry a describing noun ("ranging from rivals like A at one end
to B"), "work together as neighbours and ... partners", "seeks to enhance its ... partnership with". One fact
per pair with the listing country, never one between two listed ones. Our own sentences."""
from __future__ import annotations

import pytest

from extracting import level_actions

_CSP = "comprehensive strategic partnership"


@pytest.mark.parametrize("text", [
    "Chile has only three comprehensive strategic partners, namely Peru, Ghana and Oman.",
    "Chile has so far three “comprehensive strategic partners”, namely Peru, Ghana and Oman.",
    "Chile has so far selected only three countries as comprehensive strategic partners, namely Peru, Ghana and Oman.",
    "Chile chose just three states as “comprehensive strategic partners” namely Peru, Ghana, and Oman.",
])
def test_a_counted_or_selected_roll_pairs_each_with_the_owner(text):
    got = level_actions(text)
    assert got == {(("CHL", "PER"), _CSP): "reaffirm", (("CHL", "GHA"), _CSP): "reaffirm",
                   (("CHL", "OMN"), _CSP): "reaffirm"}


@pytest.mark.parametrize("text", [
    "By now Kenya had 20 strategic partners ranging from rivals like Egypt at one end to Peru in South America at the other.",
    "Kenya counts 20 strategic partners, ranging from neighbours such as Uganda to Japan.",
])
def test_a_range_whose_ends_are_described(text):
    got = {p for p, _ in level_actions(text)}
    assert len(got) == 2 and all("KEN" in p for p in got)


@pytest.mark.parametrize("text", [
    "Chile and Peru continue to work together as close neighbours and Comprehensive Strategic Partners.",
    "Chile and Peru will keep working side by side as comprehensive strategic partners.",
])
def test_working_together_as_partners_is_the_pairs_level(text):
    assert level_actions(text) == {(("CHL", "PER"), _CSP): "reaffirm"}


@pytest.mark.parametrize("text", [
    "Ghana is seeking to enhance its “special strategic partnership” with Brazil, which it calls a key partner.",
    "Ghana hopes to advance its special strategic partnership with Brazil.",
])
def test_a_wish_to_enhance_a_held_partnership_still_states_it(text):
    assert level_actions(text) == {(("BRA", "GHA"), "special strategic partnership"): "reaffirm"}


def test_a_wish_to_raise_ties_states_no_level():
    assert level_actions("Ghana hopes to elevate its ties with Brazil to a strategic partnership.") == {}


@pytest.mark.parametrize("text", [
    "Chile's comprehensive strategic partners (year established): Peru (2008), Ghana (2012), Oman (2019).",
    "Chile has comprehensive strategic partnerships with three countries (as of 2024): Peru, Ghana and Oman.",
])
def test_a_bracketed_note_before_the_lists_colon(text):
    assert {p for p, _ in level_actions(text)} == {("CHL", "PER"), ("CHL", "GHA"), ("CHL", "OMN")}


def test_a_headline_line_names_the_owner_of_a_tier_table_when_the_title_does_not():
    text = ("Chile's partnerships\n\nComprehensive Strategic Partnership\nPeru (2008)\nGhana (2012)\n"
            "Strategic Partnership\nOman (2019)\n")
    got = level_actions(text)
    assert got == {(("CHL", "PER"), _CSP): "establish", (("CHL", "GHA"), _CSP): "establish",
                   (("CHL", "OMN"), "strategic partnership"): "establish"}
