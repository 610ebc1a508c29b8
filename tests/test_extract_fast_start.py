"""Speed rewrites of the matchers find exactly what the written patterns find."""
from __future__ import annotations

import re

import pytest

from kg.extract.fastre import compile_fast, fast_start
from kg.extract.lexicon import patterns

TEXTS = [
    "Brazil and Bolivia, bilateral ties: the Bloc met; xbilateral, _bilateral, bilateral-level, 9bilateral.",
    "Within the BRICS and the G20, with both partners, between them, Between Cairo and Lima.",
    "bilateral\nbilateral  BILATERAL Bilateral",
    "",
    "the Kingdom of Spain, The Kingdom, theKingdom, the Kingdoms, the Sultanate. The Sultanate of Oman",
]


@pytest.mark.parametrize("pat", [
    r"\b(?:bilateral|between)\b",
    r"\b(?:b(?:ilateral|etween)|Bloc)s?\b",
    r"\b(?:BRICS|G20|(?:Bloc|Brazil) (?:and|or))\b|\bwith(?:in)?\b",
    r"\b(?:w(i)th|b)\w*",
])
def test_fast_start_finds_what_the_pattern_finds(pat):
    fast = fast_start(pat)
    assert fast != pat
    for s in TEXTS:
        assert [(m.span(), m.groups()) for m in re.finditer(fast, s)] == \
            [(m.span(), m.groups()) for m in re.finditer(pat, s)], s


@pytest.mark.parametrize("pat", [
    r"\b(?:a?b)",          # the first letter is optional
    r"\b(?:ab)+c",         # the group repeats
    r"\b(?:x|z)(w)",       # spreading would copy a capture group
    r"[;:]|\b(?:but)",     # an alternative without the word boundary
    r"\b(?:said|told|met|visited|announced)\b",  # common lowercase letters: \b first is quicker
    r"(?i)\bbilateral",
])
def test_fast_start_leaves_other_shapes_alone(pat):
    assert fast_start(pat) == pat


def test_case_insensitive_patterns_compile_as_written():
    assert compile_fast(r"\bbilateral\b", re.I).pattern == r"\bbilateral\b"


def test_home_reference_needs_the_article_before_it():
    rx = patterns("en").home_ref
    assert [m.group() for m in rx.finditer(TEXTS[-1])] == ["Kingdom", "Sultanate"]


CUE_TEXTS = TEXTS + [
    "They signed, sealed and inked it; Seals were struck. The joint working group met; working groups too.",
    "SIGNED Signing sign-off resigned co-signed",
]


@pytest.mark.parametrize("pat,flags", [
    (r"\b(?:sign\w*|ink\w*|seal\w*|struck)\b", re.I),
    (r"\b(?:sign\w*|Seal\w*|seal|(?:joint )?working groups?)\b|\bstr(?:uck|ike)", 0),
    (r"\b(?:(?:joint )?working groups?|sign(ed)?|seal|jointly)\b", re.I),
    (r"(?i)\b(?:sign|seal|signed)\b", 0),
    (r"\b(?:sign\w*|\b(?:were|was)\s+struck|seal|work\w*)\b", re.I),  # a word boundary leading one alternative
])
def test_cues_grouped_by_first_letter_find_what_the_pattern_finds(pat, flags):
    fast = compile_fast(pat, flags)
    assert fast.pattern != pat
    for s in CUE_TEXTS:
        assert [(m.span(), m.groups()) for m in fast.finditer(s)] == \
            [(m.span(), m.groups()) for m in re.compile(pat, flags).finditer(s)], s


def test_words_of_different_letters_are_not_regrouped():
    assert compile_fast(r"\b(?:sign|ink)\b", re.I).pattern == r"\b(?:sign|ink)\b"


def test_a_second_word_boundary_leading_an_alternative_keeps_the_grouping():
    fast = compile_fast(r"\b(?:sign\w*|\b(?:seal|struck)|steer)\b", re.I)
    assert fast.pattern == r"\b(?:s(?:ign\w*\b|eal\b|truck\b|teer\b))"
