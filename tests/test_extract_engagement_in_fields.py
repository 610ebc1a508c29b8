"""The pair's "engagement in" fields is their cooperation in them ("what began as an engagement in aid and trade")."""
from __future__ import annotations

from extracting import facts, tops


def test_engagement_in_fields_is_cooperation_of_the_story_pair():
    got = tops(facts("Chile and Peru raised ties to a strategic partnership in 2017. What began as a modest engagement "
                     "in aid and trade has grown since."))
    assert (("CHL", "PER"), "trade") in got and (("CHL", "PER"), "humanitarian") in got
