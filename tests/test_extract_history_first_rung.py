"""The first rung of a history: a level only ever founded, beside a fuller wording raised at another time ("set up a
global partnership ...; it was raised to a global and strategic partnership in 2009"), is its own founding, not a
shorter wording of the fuller one; a pair named inside the quotes of a level ("“Global Partnership between A and
B”") is no part of the level."""
from __future__ import annotations

from extracting import facts


def events(text: str) -> set:
    return {(p.pair, p.level, p.action) for p in facts(text, "2024-05-15").partnerships}


def test_founded_first_rung_beside_a_later_raise_stays_its_own_level():
    got = events("That trip saw the setting up of ‘Global Partnership between Chile and Norway’. Ties were "
                 "raised to ‘Global and Strategic Partnership’ in 2009.")
    assert (("CHL", "NOR"), "global partnership", "establish") in got
    assert (("CHL", "NOR"), "global and strategic partnership", "upgrade") in got


def test_pair_inside_the_quotes_is_not_part_of_the_level():
    got = events("“Global Partnership between Norway and Chile” was set up in 2001.")
    assert (("CHL", "NOR"), "global partnership", "establish") in got
    assert not [lv for _, lv, _ in got if "between" in lv]
