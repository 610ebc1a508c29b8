""""Relations as allies and strategic partners between A and B": the pair's relation held as partners of a level
states that level, as "side by side as strategic partners" does. Our own sentences."""
from __future__ import annotations

from extracting import facts


def _levels(text: str) -> set:
    return {(p.pair, p.level, p.action) for p in facts(text).partnerships}


def test_relations_as_allies_and_partners_state_the_level():
    assert _levels("The minister hopes to strengthen relations as allies and strategic partners between Peru "
                   "and Chile.") == {(("CHL", "PER"), "strategic partnership", "reaffirm")}


def test_ties_as_partners_state_the_level():
    assert _levels("Ghana and Kenya will deepen their ties as comprehensive strategic partners.") == {
        (("GHA", "KEN"), "comprehensive strategic partnership", "reaffirm")}


def test_relations_with_partners_named_after_as_state_no_level():
    assert _levels("Ghana and Kenya discussed relations as well as trade with their partners.") == set()
