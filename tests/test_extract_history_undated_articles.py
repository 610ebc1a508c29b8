"""Histories of a level in our own sentences: "formalised a strategic partnership" founds it; an elevation
"next year" is not made yet; a level praised ("applauded the strides of the X, which was established in 2013")
is held today as well as founded then; an article with no publication date dates its history against the
latest year its text names (not a target year such as "by 2030"), so a change two years before that is an
earlier event, apart from today's statements of the level."""
from __future__ import annotations

import datetime as dt

from extracting import facts
from kg.extract import extract
from kg.extract.cues import rules
from kg.extract.dates import latest_year
from kg.extract.english import read_document
from kg.facts import Article


def events(text: str, published: str | None = "2024-09-24") -> list:
    day = dt.date.fromisoformat(published) if published else None
    got = extract(Article(text=text, id="t", published=day)).partnerships
    return sorted(((p.level, p.action, p.year) for p in got), key=str)


def test_formalised_a_level_founds_it():
    got = events("Peru and Ghana formalised a strategic partnership in 2001, the envoy recalled.")
    assert got == [("strategic partnership", "establish", 2001)]


def test_an_elevation_next_year_is_not_made_yet():
    f = facts("Peru and Ghana have agreed to elevate their relations to a comprehensive strategic partnership "
              "next year, the ministers said on Friday.", "2024-09-24")
    assert not [p for p in f.partnerships if p.level == "comprehensive strategic partnership"]


def test_an_elevation_later_this_year_is_not_made_yet():
    f = facts("Chile and Kenya plan nothing else: they agreed to raise ties to a strategic partnership later "
              "this year.", "2024-03-02")
    assert f.partnerships == ()


def test_a_praised_level_founded_in_a_year_is_held_today_too():
    got = events("The leaders applauded the strides of the Peru-Ghana strategic partnership, which was "
                 "established in 2013, and pledged to expand cooperation.")
    assert got == [("strategic partnership", "establish", 2013), ("strategic partnership", "reaffirm", None)]


def test_an_undated_article_tells_its_history_apart_from_today():
    got = events("Peru and Ghana set up a strategic partnership in 2007 and raised it to a comprehensive strategic "
                 "partnership in 2016. The Peru-Ghana comprehensive strategic partnership has been growing "
                 "fruitfully, the ministers said in Lima in March 2019.", None)
    assert ("comprehensive strategic partnership", "upgrade", 2016) in got
    assert [g for g in got if g[:2] == ("comprehensive strategic partnership", "reaffirm")]


def test_a_target_year_is_not_the_undated_articles_time():
    doc = read_document(Article(text="Peru and Ghana raised ties to a strategic partnership in 2016. They aim "
                                     "to double trade by 2030.", id="t", published=None), rules("en"))
    assert latest_year(doc) == dt.date(2016, 1, 1)


def test_the_nth_country_it_would_become_to_found_a_level_is_not_yet_one():
    got = events("Ghana would become the fifth nation, and the first in Africa, to establish a comprehensive "
                 "strategic partnership with Peru.")
    assert got == []


def test_a_year_in_a_name_is_not_the_undated_articles_time():
    doc = read_document(Article(text="Peru and Ghana raised ties to a strategic partnership in 2016 under the "
                                     "Horizon 2047 roadmap.", id="t", published=None), rules("en"))
    assert latest_year(doc) == dt.date(2016, 1, 1)


def test_an_anniversary_counts_back_from_the_article_not_another_events_year():
    got = events("On the occasion of the 10th anniversary of the Peru-Ghana strategic partnership, the envoy noted "
                 "that the president's visit in 2017 marked a milestone. Peru and Ghana set up their strategic "
                 "partnership on June 27, 2013.", "2023-06-26")
    assert got == [("strategic partnership", "establish", None), ("strategic partnership", "reaffirm", None)]
    f = facts("On the occasion of the 10th anniversary of the Peru-Ghana strategic partnership, the envoy noted "
              "that the president's visit in 2017 marked a milestone. Peru and Ghana set up their strategic "
              "partnership on June 27, 2013.", "2023-06-26")
    assert [p.date for p in f.partnerships if p.action == "establish"] == [dt.date(2013, 6, 27)]


def test_a_level_held_since_the_year_it_was_raised_to_is_that_upgrade():
    got = events("Peru and Ghana share a comprehensive strategic partnership since 2016. Ties were raised to a "
                 "strategic partnership in 2007 and further upgraded to a comprehensive strategic partnership "
                 "in 2016.", "2022-09-02")
    assert ("comprehensive strategic partnership", "establish", 2016) not in got
    assert ("comprehensive strategic partnership", "upgrade", 2016) in got


def test_a_year_after_a_sentences_first_word_is_a_time_not_a_name():
    doc = read_document(Article(text="Peru and Ghana have a strategic partnership since 2002. In August 2015, the "
                                     "presidents met in Lima. In 2013, the ministers met.", id="t", published=None),
                        rules("en"))
    assert latest_year(doc) == dt.date(2015, 1, 1)


def test_indias_external_affairs_ministry_speaks_for_india():
    f = facts("The External Affairs Minister called on the visiting Vietnamese President. \"Discussion focused on "
              "steps to further strengthen our comprehensive strategic partnership,\" External Affairs Ministry "
              "spokesperson Raveesh Kumar tweeted.", "2018-03-03")
    assert [(p.pair, p.level, p.action) for p in f.partnerships] == [
        (("IND", "VNM"), "comprehensive strategic partnership", "reaffirm")]


def test_the_first_day_of_a_visits_range_is_not_the_day_of_its_decision():
    f = facts("Peru and Ghana have agreed to elevate their ties to a comprehensive strategic partnership. The decision "
              "was made during talks between the two presidents on Monday. The Peruvian president is on a State "
              "visit to Ghana from March 9-11.", "2025-03-10")
    assert [(p.action, p.date) for p in f.partnerships] == [("upgrade", dt.date(2025, 3, 10))]


def test_a_visit_of_two_days_gives_its_upgrade_no_day():
    f = facts("During his official visit to Ghana on September 2-3, 2016, the Peruvian president and his host "
              "upgraded their strategic partnership to a comprehensive strategic partnership.", "2016-09-06")
    assert [(p.action, p.date) for p in f.partnerships] == [("upgrade", None)]
