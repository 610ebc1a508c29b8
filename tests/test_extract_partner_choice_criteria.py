"""A sentence on the test for choosing partners ("the main criterion for choosing strategic partners should be ...
defence and investment") talks of partners in general: its fields are no cooperation of the story's pair. Our own
sentences."""
from __future__ import annotations

from extracting import facts

_STORY = "Peru signed its first strategic partnership with Chile. "


def _fields(text: str) -> set:
    got = facts(_STORY + text, "2025-06-01", title="Notes")
    return {(c.pair, c.field) for c in got.cooperation}


def test_the_criterion_for_choosing_partners_gives_no_field():
    assert _fields("For a minister, the first criterion for choosing strategic partners is how much two states "
                   "share in defence and investment.") == set()


def test_the_pair_agreeing_on_the_same_fields_still_cooperates():
    assert _fields("They agreed to expand cooperation in defence and investment.") == {
        (("CHL", "PER"), "defence-security"), (("CHL", "PER"), "investment")}
