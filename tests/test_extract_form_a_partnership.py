"""Forming "a" partnership founds it ("said they would form a comprehensive strategic partnership");
building one is said of held levels too ("agreed to build a ... partnership towards ..."), so it
stays reaffirmed. Our own sentences."""
from __future__ import annotations

import pytest

from extracting import facts


def actions(text: str) -> set:
    f = facts(text)
    return {(p.pair, p.level, p.action) for p in f.partnerships}


@pytest.mark.parametrize("text", [
    "Peru and Ghana said they would form a comprehensive strategic partnership.",
    "Peru and Ghana agreed on forming a comprehensive strategic partnership.",
])
def test_forming_a_partnership_establishes_it(text):
    assert actions(text) == {(("GHA", "PER"), "comprehensive strategic partnership", "establish")}


@pytest.mark.parametrize("text", [
    "Peru and Ghana agreed to build a comprehensive strategic partnership.",
    "Peru and Ghana will keep forming their comprehensive strategic partnership.",
])
def test_building_a_partnership_or_forming_their_own_reaffirms_it(text):
    assert actions(text) == {(("GHA", "PER"), "comprehensive strategic partnership", "reaffirm")}
