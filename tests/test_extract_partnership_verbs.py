"""Partnership actions decided by the text's own verb, worded with invented examples."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article


def levels(text: str, published: str = "2025-05-14"):
    f = extract(Article(text=text, id="t", published=dt.date.fromisoformat(published)))
    return {(p.pair, p.level, p.action, p.year) for p in f.partnerships}


def test_one_establish_verb_over_two_levels_founds_both():
    got = levels("The envoy recalled that Peru and Kenya established a strategic partnership in 1993 "
                 "and a global strategic partnership in 2012.")
    assert got == {(("KEN", "PER"), "strategic partnership", "establish", 1993),
                   (("KEN", "PER"), "global strategic partnership", "establish", 2012)}


def test_documents_naming_a_fuller_level_later_still_raise_it():
    got = levels("Peru and Kenya discussed the 2002 Declaration on strategic partnership and the 2016 "
                 "Statement on in-depth strategic partnership.")
    assert (("KEN", "PER"), "in-depth strategic partnership", "upgrade", 2016) in got


def test_a_stated_intention_to_elevate_is_no_change_yet():
    got = levels("Chile and Ghana today announced a shared intention to elevate the relationship to a "
                 "comprehensive strategic partnership.")
    assert not any(lv == "comprehensive strategic partnership" for _, lv, _, _ in got)


def test_ties_formally_recognised_as_a_level_in_a_year_founded_it():
    got = levels("Peru and Kenya held talks on Monday. Their ties were formally recognised as a comprehensive "
                 "partnership in 2017.")
    assert (("KEN", "PER"), "comprehensive partnership", "establish", 2017) in got


def test_a_time_still_to_come_does_not_undate_the_level_held_at_the_meeting():
    f = extract(Article(text="Chile and Ghana held talks in Accra on May 12.\nAt the meeting the two discussed "
                        "trade links, underpinned by the Strategic Partnership, ahead of the anniversary next year.",
                        id="t", published=dt.date(2025, 5, 14)))
    assert {(p.level, p.action, p.date) for p in f.partnerships} == {
        ("strategic partnership", "reaffirm", dt.date(2025, 5, 12))}


def test_an_anniversary_of_signing_a_treaty_on_a_level_gives_the_founding_no_meeting_day():
    f = extract(Article(text="Chile and Ghana held talks in Accra on Monday, marking the 20th anniversary of the "
                        "signing of the Treaty on Strategic Partnership.", id="t", published=dt.date(2025, 5, 14)))
    assert {(p.action, p.date) for p in f.partnerships} == {("establish", None), ("reaffirm", dt.date(2025, 5, 12))}


def test_a_time_said_to_be_ripe_for_an_elevation_is_no_change_yet():
    for wording in ("the time was ripe to elevate ties to", "it was the right time for both to elevate ties to"):
        got = levels(f"Chile and Ghana held talks on Monday. The leaders said {wording} a comprehensive "
                     "strategic partnership.")
        assert not any(lv == "comprehensive strategic partnership" for _, lv, _, _ in got)
