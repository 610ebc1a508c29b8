"""A level held as partners and said of one side: "X is our strategic partner" is the pair's level;
"X remains a strategic partner" with nobody's partner named is no level of the story's pair. Our own
sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import extract
from kg.facts import Article

_OPEN = "Peru and Ghana held talks in Lima. "


def levels(text: str) -> dict:
    f = extract(Article(text=text, id="t", published=dt.date(2025, 6, 14)))
    return {(p.pair, p.level): p.action for p in f.partnerships}


@pytest.mark.parametrize("text, level", [
    ("The minister said Ghana is our important strategic partner.", "strategic partnership"),
    ("The minister said Ghana remains our most reliable comprehensive strategic partner.", "comprehensive strategic partnership"),
])
def test_a_partner_of_ours_is_the_pairs_level(text, level):
    assert levels(_OPEN + text) == {(("GHA", "PER"), level): "reaffirm"}


@pytest.mark.parametrize("text", [
    "The minister said Ghana remains a strategic partner.",
    "The minister said Ghana is our good partner.",
])
def test_a_partner_of_nobody_named_or_no_designation_gives_no_level(text):
    assert levels(_OPEN + text) == {}
