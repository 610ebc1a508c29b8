"""Cues matched without re.I on the lowercased sentence find what the case-insensitive cue finds,
and the rules that now run that way still read the same texts."""
from __future__ import annotations

import re

from kg.extract.cues import rules
from kg.extract.lexicon import folded
from tests.extracting import facts, tops

PAIR = ("GHA", "KEN")
LOWERED = [
    "the two sides, squeezed between larger powers, agreed to work together on energy; but talks stalled.",
    "we hope to sign a deal that could cover mining, although the war goes on.",
    "officials discussed the crisis in the region while exploring cooperation in health.",
    "nothing here names any cue at all",
]


def test_folded_pattern_needs_re_i_and_no_uppercase():
    assert folded(re.compile(r"\bsign(?:ed)?\b", re.I)).flags & re.I == 0
    assert folded(re.compile(r"(?i)\b(?:we|our)\b")).search("our plan") is not None
    assert folded(re.compile(r"\bsigned\b")) is None  # case-sensitive already
    assert folded(re.compile(r"\b[A-Z]\w+ signed", re.I)) is None
    assert folded(re.compile(r"\b(?-i:may)\s+sign", re.I)) is None  # the month is no modal
    assert folded(re.compile(r"\bat\s+\S+\b", re.I)) is not None  # an escaped class is no uppercase letter


def test_every_folded_cue_agrees_with_its_case_insensitive_cue():
    R = rules()
    for name, low in R.low.items():
        rx = getattr(R, name)
        for s in LOWERED:
            assert [m.span() for m in low.finditer(s)] == [m.span() for m in rx.finditer(s)], name


def test_areas_of_a_dispute_name_no_field_of_cooperation():
    text = "Kenya and Ghana agreed to deepen cooperation, discussing the security, health and trade aspects of the border dispute."
    assert tops(facts(text)) == set()
    assert tops(facts("Kenya and Ghana agreed to deepen cooperation in security and trade.")) == {
        (PAIR, "defence-security"), (PAIR, "trade")}


def test_neighbours_named_as_background_are_no_party():
    f = facts("Nepal, situated between two giants, India and China, signed a trade agreement with Bangladesh on Monday.")
    assert {g.pair for g in f.agreements} == {("BGD", "NPL")}
