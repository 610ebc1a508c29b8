"""Histories told in other wordings (our own sentences): "A and B, strategic partners since 2013," (an
apposition) founds the level in 2013 and holds it today; ties raised to one level "and further to" another each
keep their year; "have been strategic partners for 15 years" founds the level at no stated year; "ten years since
the establishment of X in 2014" keeps the written year for the founding and leaves today's day to the restatement;
"marked 10 years since they established X" counts back to the founding; a level "they set up in 2010" was founded
then, even when today's upgrade leaves it behind, and so was one ties were raised "from" ("from the X established in
2009"); one "the two countries established twenty years ago" was founded at no stated time; "on the 13th that ..." is a day of the month; a year leading the
clause of a change is its time, not the day of a later clause joined by ", and"; a change "over the years" takes
no day from the saying ("..., he said on Monday"); "the X with B, established in 2015," was founded then; "on the 14th" after a visit's dates written earlier
("from March 12 to 15") is of that month, even in next month's article, and "on the 13th elevated" is a day too;
"lifted their 2014 X to Y": 2014 is X's year, not Y's; "will upgrade ties to X ... next month" is no fact yet; a quoted "21st century partnership," established in a year
is a level founded then, and its year dates no later change in the sentence; "agreed to study raising ties to X"
is no change yet; "strategic partners since 2013 and comprehensive strategic partners since 2019" founds both and
holds the later one."""
from __future__ import annotations

import datetime as dt

from extracting import facts

PUB = "2024-05-15"  # a Wednesday: "on Monday" is 13 May


def events(text: str, published: str = PUB) -> list:
    return sorted(((p.level, p.action, p.date, p.year) for p in facts(text, published).partnerships), key=str)


def test_apposition_partners_since_a_year_founds_and_holds_the_level():
    got = events("Kenya and Norway, strategic partners since 2013, agreed on Monday to expand trade.")
    assert got == [("strategic partnership", "establish", None, 2013),
                   ("strategic partnership", "reaffirm", dt.date(2024, 5, 13), None)]


def test_raised_to_one_level_and_further_to_another_keeps_both_years():
    got = events("Relations between Kenya and Norway were elevated to a strategic partnership in 2012 and further "
                 "to a comprehensive strategic partnership in 2020.")
    assert got == [("comprehensive strategic partnership", "upgrade", None, 2020),
                   ("strategic partnership", "upgrade", None, 2012)]


def test_partners_for_a_span_of_years_founds_the_level_with_no_year():
    got = events("Kenya and Norway have been strategic partners for 15 years, the minister said on Monday.")
    assert got == [("strategic partnership", "establish", None, None),
                   ("strategic partnership", "reaffirm", dt.date(2024, 5, 13), None)]


def test_years_since_a_founding_with_its_year_keeps_that_year():
    got = events("The ministers of Kenya and Norway met on Monday, ten years since the establishment of the "
                 "strategic partnership in 2014.")
    assert got == [("strategic partnership", "establish", None, 2014),
                   ("strategic partnership", "reaffirm", dt.date(2024, 5, 13), None)]


def test_years_since_they_established_counts_back_to_the_founding():
    got = events("It has been 12 years since Kenya and Norway established their comprehensive partnership, the "
                 "minister said on Monday.")
    assert got == [("comprehensive partnership", "establish", None, 2012),
                   ("comprehensive partnership", "reaffirm", dt.date(2024, 5, 13), None)]


def test_level_they_set_up_in_a_year_was_founded_then():
    got = events("Kenya and Norway raised ties to a comprehensive strategic partnership on Monday, upgrading the "
                 "strategic partnership they set up in 2010.")
    assert got == [("comprehensive strategic partnership", "upgrade", dt.date(2024, 5, 13), None),
                   ("strategic partnership", "establish", None, 2010)]


def test_day_of_the_month_before_that_is_a_date():
    got = events("The Kenyan president was on a state visit to Norway from May 10 to 14, and the two leaders "
                 "announced on the 12th that ties were raised to a strategic partnership.")
    assert got == [("strategic partnership", "upgrade", dt.date(2024, 5, 12), None)]


def test_year_leading_a_change_is_its_time_not_the_later_clauses_day():
    got = events("In 2017 Kenya and Norway upgraded their ties to a comprehensive partnership, and on Monday the "
                 "two ministers met in Oslo.")
    assert got == [("comprehensive partnership", "upgrade", None, 2017)]


def test_level_raised_from_one_established_in_a_year_was_founded_then():
    got = events("On Monday Kenya and Norway raised ties to a comprehensive strategic partnership from the strategic "
                 "partnership established in 2009.")
    assert got == [("comprehensive strategic partnership", "upgrade", dt.date(2024, 5, 13), None),
                   ("strategic partnership", "establish", None, 2009)]


def test_level_the_two_established_years_ago_is_a_founding_with_no_date():
    got = events("On Monday the Kenyan president hailed the Kenya-Norway strategic partnership which the two "
                 "countries established twenty years ago.")
    assert got == [("strategic partnership", "establish", None, None)]


def test_change_over_the_years_takes_no_day_from_the_saying():
    got = events("Over the years, Kenya and Norway have transformed their relationship into an all-weather strategic "
                 "partnership, the Kenyan leader said on Monday.")
    assert got == [("all-weather strategic partnership", "upgrade", None, None)]


def test_level_with_its_partner_established_in_a_year_was_founded_then():
    got = events("Kenya's president said on Monday that the comprehensive partnership with Norway, established in "
                 "2015, is strong.")
    assert ("comprehensive partnership", "establish", None, 2015) in got


def test_day_of_the_month_inside_a_visit_written_earlier_is_of_that_month():
    got = events("The Kenyan president paid a state visit to Norway from March 12 to 15. On the 14th, the two leaders "
                 "elevated Kenya-Norway relations to a strategic partnership.", published="2024-04-16")
    assert got == [("strategic partnership", "upgrade", dt.date(2024, 3, 14), None)]


def test_day_of_the_month_before_a_past_verb_is_a_date():
    got = events("During the Kenyan president's state visit to Norway on 12-15 March, the two leaders on the 13th "
                 "elevated Kenya-Norway relations to a strategic partnership.", published="2024-04-16")
    assert got == [("strategic partnership", "upgrade", dt.date(2024, 3, 13), None)]


def test_year_of_the_level_left_behind_does_not_date_the_new_one():
    got = events("On Monday Kenya and Norway lifted their 2014 strategic partnership to a comprehensive strategic "
                 "partnership.")
    assert got == [("comprehensive strategic partnership", "upgrade", dt.date(2024, 5, 13), None),
                   ("strategic partnership", "establish", None, 2014)]


def test_change_that_will_come_at_a_coming_time_is_no_fact_yet():
    assert events("Kenya and Norway will upgrade ties to a strategic partnership when the Norwegian prime minister "
                  "visits Nairobi next month.") == []


def test_quoted_level_with_a_century_ordinal_established_in_a_year():
    got = events('Kenya and Norway agreed on Monday to study raising ties from their "21st century partnership," '
                 'established in 2009, to a strategic partnership.')
    assert ("21st century partnership", "establish", None, 2009) in got


def test_founding_year_of_the_level_left_behind_does_not_date_the_change():
    got = events('Kenya and Norway on Monday raised ties from their "comprehensive partnership," established in 2009, '
                 'to a strategic partnership.')
    assert got == [("comprehensive partnership", "establish", None, 2009),
                   ("strategic partnership", "upgrade", dt.date(2024, 5, 13), None)]


def test_agreeing_to_study_a_change_is_no_change_yet():
    got = events("Kenya and Norway agreed on Monday to study raising ties to a strategic partnership.")
    assert got == []


def test_two_levels_each_held_since_its_year_found_both_and_hold_the_later():
    got = events("Kenya and Norway have been strategic partners since 2013 and comprehensive strategic partners since "
                 "2019, the minister said on Monday.")
    assert got == [("comprehensive strategic partnership", "establish", None, 2019),
                   ("comprehensive strategic partnership", "reaffirm", dt.date(2024, 5, 13), None),
                   ("strategic partnership", "establish", None, 2013)]
