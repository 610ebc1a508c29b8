"""The clause cues' gates on lowercased text: a cue with case-kept words or negative lookarounds is
first tried in a wider form, so a gate may let a clause through that the cue then rejects, but must
never turn away one the cue finds. Our own clauses, each against the exact case-insensitive cue."""
from __future__ import annotations

import re

import pytest

from kg.extract import clauses

# the words before a document noun, up to the space before it (plan_before), and after it (plan_after)
BEFORE = [
    "Officials said Kenya and Peru may sign a ",
    "In May, Kenya and Peru signed a ",
    "Chile and Ghana will draw up a ",
    "Chile and Ghana agreed to draw up a ",
    "The two ministries draw up a new ",
    "Both governments hope to conclude the ",
    "Norway and Fiji exchanged the ",
    "ſo the leaders may ſign a ",  # a long s: lowercasing keeps it, re.I reads it as s
]
AFTER = [
    " that is expected to be signed next year.",
    " which the ministers signed on Monday.",
    " (a draft) that may be concluded later.",
    " signed in May by both sides.",
]


@pytest.mark.parametrize("text", BEFORE)
def test_before_gate_misses_nothing(text):
    exact = clauses._rx()["plan_before"].search(text) is not None
    assert clauses._cue("plan_before", text, clauses._lowered(text)) is exact


@pytest.mark.parametrize("text", AFTER)
def test_after_gate_misses_nothing(text):
    exact = clauses._rx()["plan_after"].match(text) is not None
    assert clauses._cue("plan_after", text, clauses._lowered(text), at_start=True) is exact


def test_planned_document_read_as_before():
    s = "Officials said Kenya and Peru may sign a memorandum on fisheries."
    a = s.index("memorandum")
    assert clauses.doc_status(s, a, a + len("memorandum")) == "possible"  # "may": only possible
    s = "In May, Kenya and Peru signed a memorandum on fisheries."
    a = s.index("memorandum")
    assert clauses.doc_status(s, a, a + len("memorandum")) == "signed"


def test_negative_lookarounds_cut_out():
    cut = clauses._without_negative_lookarounds
    assert cut(r"a(?!b)c") == "ac"
    assert cut(r"(?<!\bto\s)(?:build|draw)") == "(?:build|draw)"
    assert cut(r"x(?![)(]|\))y") == "xy"  # parentheses in a class or escaped do not end the group
    assert cut(r"[(?!]z(?=q)") == "[(?!]z(?=q)"  # a class and a positive lookahead stay
    assert re.compile(cut(clauses._rx()["plan_before"].pattern))


def test_the_clauses_try_both_ways():
    """The list holds clauses the cue finds and clauses it does not, so the tests above test the gate."""
    found = [clauses._rx()["plan_before"].search(t) is not None for t in BEFORE]
    assert any(found) and not all(found)


@pytest.mark.parametrize("text", BEFORE + ["Chile and Ghana to sign a ", "Kenya, Peru and Chile to ink the ",
                                           "the ministers MAY sign the ", "the ministers may well sign the "])
def test_before_cue_read_by_its_parts_finds_what_the_cue_finds(text):
    exact = clauses._rx()["plan_before"].search(text) is not None
    assert clauses._any_part(clauses._parts("plan_before"), text, text.lower(), False) is exact


@pytest.mark.parametrize("text", AFTER + [" which may be signed in June.", " which MAY be signed in June.", ", once signed, will"])
def test_after_cue_read_by_its_parts_finds_what_the_cue_finds(text):
    exact = clauses._rx()["plan_after"].match(text) is not None
    assert clauses._any_part(clauses._parts("plan_after"), text, text.lower(), True) is exact


def test_cue_parts_keep_the_case_kept_words_on_the_text():
    parts = clauses._parts("plan_before")
    assert any(not on_low for _, _, on_low in parts) and any(on_low for _, _, on_low in parts)
    found = [clauses._any_part(parts, t, t.lower(), False) for t in BEFORE]
    assert any(found) and not all(found)
