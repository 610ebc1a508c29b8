"""Past foreign ministers and leaders (with their years in office) stand for their countries; a date inside brackets
that hold a span of years ("its National Day (August 17, 1945 - 2024)") is a lifetime, not the day a level is
restated. Our own sentences."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article


def _facts(text: str, published: dt.date = dt.date(2022, 3, 9)):
    return extract(Article(text=text, id="t", title="Notes", published=published)).partnerships


def test_past_foreign_ministers_name_their_countries_pair():
    got = _facts("Marise Payne and Saifuddin Abdullah reaffirmed the comprehensive strategic partnership on Tuesday.")
    assert {(p.pair, p.level) for p in got} == {(("AUS", "MYS"), "comprehensive strategic partnership")}


def test_a_past_prime_minister_names_his_country():
    got = _facts("Julie Bishop met Abdullah Badawi to discuss the strategic partnership.", dt.date(2014, 5, 2))
    assert {p.pair for p in got} == {("AUS", "MYS")}


def test_a_date_in_a_bracketed_span_of_years_does_not_date_the_level():
    text = ("Voicing his respect for the Chile - Ghana strategic partnership, the host leader congratulated Ghana on "
            "its 67th Independence Day (March 6, 1957 - 2024) and praised its recent progress.")
    got = _facts(text, dt.date(2024, 3, 9))
    assert got and all(p.date != dt.date(1957, 3, 6) for p in got)


def test_a_date_in_brackets_without_a_span_is_not_dropped_by_the_span_rule():
    text = "Ghana and Chile established a strategic partnership (on September 18, 2019) in Accra."
    got = _facts(text, dt.date(2024, 9, 20))
    assert [p.date for p in got] == [dt.date(2019, 9, 18)]


def test_the_date_of_an_example_event_after_notably_does_not_date_a_standing_level():
    text = ("The leaders praised the strategic partnership between Chile and Ghana, with regular exchanges, notably "
            "the phone talks between the presidents in August 2022.")
    got = _facts(text, dt.date(2024, 1, 12))
    assert [(p.pair, p.year) for p in got] == [(("CHL", "GHA"), None)]
