"""A pillar or goal named "connecting people" ("Connect people") is people-to-people exchange, which is culture.
Our own text."""
from __future__ import annotations

from extracting import facts


def _fields(text: str) -> set:
    got = facts(text, "2025-06-01", title="t")
    return {(c.pair, c.field) for c in got.cooperation}


def test_connecting_people_among_agreed_pillars_is_culture():
    got = _fields("Peru and Chile agreed on three pillars: trade, connecting people and maritime cooperation.\n")
    assert (("CHL", "PER"), "people-to-people") in got
