"""A level held as partners and said of one side: "X is our strategic partner" is the pair's level;
"X remains a strategic partner" with nobody's partner named is no level of the story's pair. Our own
sentences."""
from __future__ import annotations

import pytest

from extracting import level_actions

_OPEN = "Peru and Ghana held talks in Lima. "


@pytest.mark.parametrize("text, level", [
    ("The minister said Ghana is our important strategic partner.", "strategic partnership"),
    ("The minister said Ghana remains our most reliable comprehensive strategic partner.", "comprehensive strategic partnership"),
])
def test_a_partner_of_ours_is_the_pairs_level(text, level):
    assert level_actions(_OPEN + text) == {(("GHA", "PER"), level): "reaffirm"}


@pytest.mark.parametrize("text", [
    "The minister said Ghana remains a strategic partner.",
    "The minister said Ghana is our good partner.",
])
def test_a_partner_of_nobody_named_or_no_designation_gives_no_level(text):
    assert level_actions(_OPEN + text) == {}
