"""A sentence on the test for choosing partners ("the main criterion for choosing strategic partners should be ...
defence and investment") talks of partners in general: its fields are no cooperation of the story's pair. Our own
sentences."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

_STORY = "Peru signed its first strategic partnership with Chile. "


def _fields(text: str) -> set:
    got = extract(Article(text=_STORY + text, id="t", title="Notes", published=dt.date(2025, 6, 1)))
    return {(c.pair, c.field) for c in got.cooperation}


def test_the_criterion_for_choosing_partners_gives_no_field():
    assert _fields("For a minister, the first criterion for choosing strategic partners is how much two states "
                   "share in defence and investment.") == set()


def test_the_pair_agreeing_on_the_same_fields_still_cooperates():
    assert _fields("They agreed to expand cooperation in defence and investment.") == {
        (("CHL", "PER"), "defence-security"), (("CHL", "PER"), "investment")}
