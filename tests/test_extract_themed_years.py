"""A themed year the two hold ("the Year of Languages", "the year of youth exchanges") is people-to-people
cooperation, also when a quote or "program" follows its name; a span of years of friendship is none.
Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def test_year_of_languages_is_people_to_people():
    assert (("CHL", "PER"), "culture") in tops(facts("Peru and Chile launched the Year of Languages on Monday."))


def test_quoted_themed_year_programme_is_people_to_people():
    f = facts('The Peruvian premier launched "the Year of Friendship" program with the Chilean president '
              'during his visit to Chile.')
    assert (("CHL", "PER"), "culture") in tops(f)


def test_span_of_years_of_friendship_is_no_field():
    assert tops(facts("Peru and Chile celebrated 70 years of friendship on Monday.")) == set()
