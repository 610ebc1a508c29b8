""""agreed a new comprehensive partnership" (no "on" after the verb) founds the level; "agreed that the partnership
works" speaks of the level held. Our own sentences."""
from __future__ import annotations

from extracting import facts


def _actions(text: str) -> dict:
    got = facts(text, "2025-06-01", title="t")
    return {(p.pair, p.level): p.action for p in got.partnerships}


def test_agreed_a_new_level_founds_it():
    got = _actions("Peru and Chile agreed a new comprehensive partnership and a plan for aid to the Andes.")
    assert got == {(("CHL", "PER"), "comprehensive partnership"): "establish"}


def test_agreed_that_the_level_works_is_the_level_held():
    got = _actions("Peru and Chile agreed that the comprehensive partnership serves both peoples well.")
    assert got == {(("CHL", "PER"), "comprehensive partnership"): "reaffirm"}
