"""A section heading that names a kind of ties ("2. Strategic Partnership Relationships") gives no pair a level, not
even the pair the section before was about; a heading that names a level still heads its section. Our own text."""
from __future__ import annotations

from extracting import facts


def _levels(text: str) -> dict:
    got = facts(text, "2025-06-01", title="t")
    return {(p.pair, p.level): p.action for p in got.partnerships}


def test_a_heading_naming_a_kind_of_ties_gives_the_pair_before_it_no_level():
    text = ("1. Fraternal Ties\n\nPeru keeps fraternal ties with countries such as Chile and Bolivia.\n\n"
            "2. Strategic Partnership Relationships\n\nPeru's foreign policy rests on a web of such ties worldwide.\n")
    assert _levels(text) == {}


def test_a_heading_naming_a_level_still_heads_its_section():
    text = ("Peru and Chile held talks in Lima on Monday.\n\nStrategic Partnership\n\n"
            "The two presidents praised the strategic partnership and its results.\n")
    assert (("CHL", "PER"), "strategic partnership") in _levels(text)


def test_a_heading_naming_a_kind_by_its_type_gives_no_level_either():
    text = ("Peru keeps fraternal ties with countries such as Chile and Bolivia.\n\n"
            "Strategic Partnership Types\n\nPeru's foreign policy rests on a web of such ties worldwide.\n")
    assert _levels(text) == {}
