"""Anniversaries and spans of a level held today (our own sentences): "the 10th anniversary of their strategic
partnership" restates the level today and looks back to its founding, counted back to a year (no day) from the
anniversary's own time; so does "20 years of our strategic partnership" and "the tenth anniversary of the
establishment of" a level; a founding so counted is the event the text dates itself ("elevated ... in January 1998")
when the years agree, not a second one; "for the past ten years we have been in a strategic partnership" is a
founding with no year; "announced plans to build" a level founds it; a full stop glued to an opening quote ends a
sentence, so the next sentence's date does not date the level."""
from __future__ import annotations

import datetime as dt

from extracting import facts


def events(text: str, published: str = "2024-09-24") -> list:
    return sorted(((p.level, p.action, p.date, p.year) for p in facts(text, published).partnerships), key=str)


def test_anniversary_of_a_level_restates_it_and_counts_back_to_its_founding_year():
    got = events("Austria and Mexico on Tuesday celebrated the 10th anniversary of their strategic partnership.")
    assert got == [("strategic partnership", "establish", None, 2014),
                   ("strategic partnership", "reaffirm", dt.date(2024, 9, 24), None)]


def test_anniversary_of_this_year_counts_from_the_articles_year():
    got = events("This year marks the 15th anniversary of the Chile-Kenya strategic partnership, the ministers noted.",
                 published="2023-03-02")
    assert [(action, year) for _, action, _, year in got] == [("establish", 2008), ("reaffirm", None)]


def test_years_of_our_partnership_count_back_like_an_anniversary():
    got = events("Speaking in Lima on Monday, the Thai foreign minister said Peru and Thailand celebrate this year "
                 "20 years of their strategic partnership.", published="2018-07-16")
    assert [(level, action, year) for level, action, _, year in got] == [
        ("strategic partnership", "establish", 1998), ("strategic partnership", "reaffirm", None)]


def test_anniversary_of_the_establishment_gets_its_counted_year():
    got = events("Noting that this year marks the tenth anniversary of the establishment of the Egypt-Peru "
                 "comprehensive partnership, the minister said on Sunday that ties would grow.", published="2024-01-15")
    assert ("comprehensive partnership", "establish", None, 2014) in got


def test_counted_founding_is_the_dated_event_the_text_tells():
    got = events("The prime minister of Ghana visited Portugal on the occasion of the 25th anniversary of the "
                 "Ghana-Portugal strategic partnership. In January 1998 the two governments elevated their "
                 "relationship to a strategic partnership.", published="2023-07-14")
    assert [(action, year) for _, action, _, year in got if action != "reaffirm"] == [("upgrade", 1998)]


def test_span_held_is_a_founding_with_no_year():
    got = events("For the past ten years Chile and Poland have been in a strategic partnership, the Chilean "
                 "president said on Saturday.", published="2018-07-14")
    assert got == [("strategic partnership", "establish", None, None),
                   ("strategic partnership", "reaffirm", dt.date(2018, 7, 14), None)]


def test_announced_plans_to_build_a_level_found_it():
    got = events("The leaders of Oman and Peru held talks on Nov 3 and announced plans to build a strategic "
                 "partnership.", published="2014-11-06")
    assert got == [("strategic partnership", "establish", dt.date(2014, 11, 3), None)]


def test_full_stop_glued_to_an_opening_quote_ends_the_sentence():
    got = events("On July 4 the spokesperson said Kenya and Vietnam will promote the steady growth of their strategic "
                 "partnership.“Kenya and Vietnam established diplomatic relations on April 2, 1992,” she added.",
                 published="2024-07-05")
    assert [(level, action, date) for level, action, date, _ in got] == [
        ("strategic partnership", "reaffirm", dt.date(2024, 7, 4))]
