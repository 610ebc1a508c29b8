"""Further roll shapes: "the strategic partners of X are A, B and C", "A joins B and C as a ... partner of X",
"A became X's first partner in 2008, followed by B and C", and "X elevated relations with A, B and C to ...
partnerships" (the plural target of one raise). Each listed country pairs with X only. Our own sentences."""
from __future__ import annotations

import pytest

from extracting import level_actions

_CSP = "comprehensive strategic partnership"


@pytest.mark.parametrize("text, owner", [
    ("The comprehensive strategic partners of Chile are Peru, Ghana and Oman.", "CHL"),
    ("The comprehensive strategic partners of the United States now include Peru, Ghana and Oman.", "USA"),
])
def test_the_partners_of_an_owner_are_a_list(text, owner):
    got = level_actions(text)
    assert got == {(tuple(sorted((owner, x))), _CSP): "reaffirm" for x in ("PER", "GHA", "OMN")}


def test_no_level_in_a_trade_roll():
    assert level_actions("The main trading partners of Chile are Peru and Ghana.") == {}


def test_joining_a_roll_as_a_partner_of_the_owner():
    got = level_actions("With the upgrade, Oman joins Peru and Ghana as a comprehensive strategic partner of Chile.")
    assert got == {(("CHL", "OMN"), _CSP): "establish", (("CHL", "PER"), _CSP): "reaffirm",
                   (("CHL", "GHA"), _CSP): "reaffirm"}


def test_followed_by_later_partners():
    got = level_actions("Peru became Chile's first comprehensive strategic partner in 2008, followed by Ghana in 2012 "
                        "and Oman in 2019.")
    assert {p for p, _ in got} == {("CHL", "PER"), ("CHL", "GHA"), ("CHL", "OMN")}


def test_a_raise_over_a_list_to_plural_partnerships():
    got = level_actions("Chile has elevated relations with Peru, Ghana and Oman to comprehensive strategic partnerships.")
    assert got == {(tuple(sorted(("CHL", x))), _CSP): "upgrade" for x in ("PER", "GHA", "OMN")}
    assert level_actions("Chile hopes to elevate relations with Peru and Ghana to strategic partnerships.") == {}
