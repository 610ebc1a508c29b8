"""Building or forming "a" partnership founds it ("agreed to build a comprehensive strategic
partnership"); building "their" partnership goes on with the one they hold. Our own sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import extract
from kg.facts import Article


def actions(text: str) -> set:
    f = extract(Article(text=text, id="t", published=dt.date(2025, 6, 14)))
    return {(p.pair, p.level, p.action) for p in f.partnerships}


@pytest.mark.parametrize("text", [
    "Peru and Ghana agreed to build a comprehensive strategic partnership.",
    "Peru and Ghana announced the building of a comprehensive strategic partnership.",
    "Peru and Ghana said they would form a comprehensive strategic partnership.",
])
def test_building_or_forming_a_partnership_establishes_it(text):
    assert actions(text) == {(("GHA", "PER"), "comprehensive strategic partnership", "establish")}


def test_building_their_partnership_reaffirms_it():
    got = actions("Peru and Ghana will keep building their comprehensive strategic partnership.")
    assert got == {(("GHA", "PER"), "comprehensive strategic partnership", "reaffirm")}


def test_building_something_else_before_the_level_founds_nothing():
    got = actions("Peru and Ghana agreed to build a new port to serve the strategic partnership.")
    assert {a for _, _, a in got} <= {"reaffirm"}
