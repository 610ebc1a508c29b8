"""A raise of ties "with another Andean nation, Chile," (the partner set off by a description) pairs the raiser with
that partner, not with the story's pair; and a level left behind named with no "from", right after the raise's
object ("..., Chile, 'Strategic Partnership' to 'Comprehensive Strategic Partnership'"), is no level held. Our own
sentences."""
from __future__ import annotations

from extracting import facts

_STORY = "Peru and Ghana met in Lima on Monday. "


def _levels(text: str) -> set:
    got = facts(text, "2025-06-01", title="Notes")
    return {(p.pair, p.level) for p in got.partnerships}


def test_a_partner_after_a_description_and_a_comma_is_the_raisers_partner():
    got = _levels(_STORY + "The bid follows Peru elevating its relationship with another Andean nation, Chile, from "
                  "a strategic partnership to a comprehensive strategic partnership in May.")
    assert got == {(("CHL", "PER"), "comprehensive strategic partnership")}


def test_a_quoted_level_before_to_with_no_from_is_the_level_left_behind():
    got = _levels(_STORY + "The bid follows Peru elevating its relationship with another Andean nation, Chile, "
                  "“Strategic Partnership” to “Comprehensive Strategic Partnership”, during a visit in May.")
    assert got == {(("CHL", "PER"), "comprehensive strategic partnership")}
