"""A document "clinched" is signed, like one inked or sealed. Our own sentences."""
from __future__ import annotations

from extracting import facts


def _docs(text: str) -> list:
    got = facts(text, "2025-06-01", title="Notes")
    return [(a.pair, a.type) for a in got.agreements]


def test_an_accord_clinched_by_two_countries_is_an_agreement():
    assert _docs("Kenya and Oman clinched an accord on trade in 2019.") == [(("KEN", "OMN"), "agreement")]


def test_a_win_clinched_is_no_document():
    assert _docs("Kenya clinched a win over Oman in the final.") == []
