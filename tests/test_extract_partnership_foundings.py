"""Foundings of a level told beside today's event (our own sentences): "N years after they established X"
is a founding of another time, with no day of its own; a level "established under the 2010 treaty" (a
"between A and B" standing between the level and its verb) was founded then; so were ties that "reached a stage of"
a level in a year; a level deepened today and "established in 2013" is both founded then and held now; a shorter level that "has
maintained" its course beside today's upgrade is the one held before it, not a shorter wording of the new one; a
founding in a year "recalled on Monday" keeps its year, not the day of the recalling; a level "established in
2013" that "has been growing" is held today as well; a level founded by a treaty "signed in 2004" keeps that year,
and "today's" level a treaty laid the foundation for is held, not founded."""
from __future__ import annotations

import datetime as dt

from extracting import facts


def events(text: str, published: str = "2024-05-20") -> list:
    return sorted(((p.level, p.action, p.date) for p in facts(text, published).partnerships), key=str)


def test_founding_years_after_which_a_level_was_raised_has_no_day():
    got = events("Ghana and Peru on Monday raised ties to a comprehensive strategic partnership, nine years "
                 "after they established a strategic partnership.")
    assert got == [("comprehensive strategic partnership", "upgrade", dt.date(2024, 5, 20)),
                   ("strategic partnership", "establish", None)]


def test_level_established_under_a_dated_treaty_was_founded_then():
    got = events("Officials recalled that the strategic partnership between Ghana and Peru was established "
                 "under the 2010 treaty.")
    assert [(level, action) for level, action, _ in got] == [("strategic partnership", "establish")]
    assert got[0][2] is None


def test_ties_that_reached_a_stage_of_a_level_in_a_year_founded_it_then():
    got = events("Ghana-Peru relations first reached the stage of an \"enhanced partnership\" in 2010; on Monday the two "
                 "sides raised them to a strategic partnership.")
    assert ("enhanced partnership", "establish", None) in got


def test_deepening_a_level_established_in_a_year_holds_it_today_as_well():
    got = events("The leaders of Ghana and Peru discussed ways to deepen the strategic partnership established in "
                 "2013 on Monday.")
    assert sorted(action for _, action, _ in got) == ["establish", "reaffirm"]


def test_shorter_level_that_has_maintained_its_course_is_the_one_held_before_the_upgrade():
    got = events("Ghana and Peru on Monday elevated ties to an all-weather comprehensive strategic partnership. "
                 "Their comprehensive strategic partnership has maintained steady development, the minister said.")
    assert [(level, action) for level, action, _ in got] == [
        ("all-weather comprehensive strategic partnership", "upgrade"), ("comprehensive strategic partnership", "reaffirm")]


def test_shorter_wording_of_the_new_level_alone_is_folded_into_it():
    got = events("Ghana and Peru on Monday elevated ties to an all-weather comprehensive strategic partnership. "
                 "The comprehensive strategic partnership will open a new chapter, the minister said.")
    assert [(level, action) for level, action, _ in got] == [("all-weather comprehensive strategic partnership", "upgrade")]


def test_founding_in_a_year_recalled_on_a_weekday_keeps_its_year_not_the_day_of_recalling():
    got = events("In 2014, Ghana and Peru set up a comprehensive strategic partnership, the minister recalled on "
                 "Monday.")
    assert got == [("comprehensive strategic partnership", "establish", None)]
    assert facts("In 2014, Ghana and Peru set up a comprehensive strategic partnership, the minister recalled on "
                 "Monday.", "2024-05-20").partnerships[0].year == 2014


def test_level_established_in_a_year_that_has_been_growing_is_held_today_as_well():
    got = events("The Ghanaian minister said on Monday that the Ghana-Peru comprehensive strategic partnership, "
                 "established in 2013, has been growing.")
    assert sorted(action for _, action, _ in got) == ["establish", "reaffirm"]


def test_level_established_in_a_year_alone_is_only_founded_then():
    got = events("The Ghana-Peru comprehensive strategic partnership was established in 2013, the minister recalled.")
    assert [action for _, action, _ in got] == ["establish"]


def test_level_founded_by_a_treaty_signed_in_a_year_keeps_that_year_not_the_day_said():
    f = facts("Relations between Ghana and Peru rest on the Treaty on Strategic Partnership signed in 2004, the "
              "minister said on Monday.", "2024-05-20")
    assert [(p.level, p.action, p.date, p.year) for p in f.partnerships] == [
        ("strategic partnership", "establish", None, 2004)]


def test_todays_level_a_treaty_laid_the_foundation_for_is_held_not_founded():
    got = events("The 2004 Treaty on Strategic Partnership between Ghana and Peru laid the foundation for today's "
                 "comprehensive strategic partnership, the minister said on Monday.")
    assert ("comprehensive strategic partnership", "reaffirm", dt.date(2024, 5, 20)) in got



def test_level_that_has_grown_into_another_is_not_held_today():
    got = events("The Ghana-Peru strategic partnership, established in 2008, has grown into a comprehensive strategic "
                 "partnership, the minister said on Monday.")
    assert ("strategic partnership", "reaffirm") not in [(level, action) for level, action, _ in got]
