"""Levels in series and in contrast: "X has a special strategic partnership with A, a comprehensive strategic
partnership with B and a strategic partnership with C" (each level its own partner, the owner the one
country left); "X's partners now number 14, including A and B"; "A is X's ... partner, while B and C are
... partners" (the contrast's countries on X's roll, not a pair of their own). Our own sentences."""
from __future__ import annotations

import pytest

from extracting import level_actions


def test_levels_in_series_each_with_its_partner():
    got = level_actions("Kenya has a special strategic partnership with Japan, a comprehensive strategic partnership "
                        "with Peru and a strategic partnership with Oman.")
    assert got == {(("JPN", "KEN"), "special strategic partnership"): "reaffirm",
                   (("KEN", "PER"), "comprehensive strategic partnership"): "reaffirm",
                   (("KEN", "OMN"), "strategic partnership"): "reaffirm"}


def test_a_counted_roll_with_including():
    got = level_actions("Chile’s comprehensive strategic partners now number 14, including Peru, Ghana and Oman.")
    assert {p for p, _ in got} == {("CHL", "PER"), ("CHL", "GHA"), ("CHL", "OMN")}


@pytest.mark.parametrize("text", [
    "Japan is Chile's extensive strategic partner, while Peru and Ghana are comprehensive strategic partners.",
    "Chile has an extensive strategic partnership with Japan and Oman, whereas Peru and Ghana are comprehensive strategic partners.",
])
def test_a_contrast_lists_more_partners_of_the_same_owner(text):
    got = {p for p, lv in level_actions(text) if lv == "comprehensive strategic partnership"}
    assert got == {("CHL", "PER"), ("CHL", "GHA")}


def test_a_contrast_with_no_owner_before_is_its_own_pair():
    got = level_actions("Peru and Chile are strategic partners, while Ghana and Oman are comprehensive strategic partners.")
    assert got == {(("CHL", "PER"), "strategic partnership"): "reaffirm",
                   (("GHA", "OMN"), "comprehensive strategic partnership"): "reaffirm"}
