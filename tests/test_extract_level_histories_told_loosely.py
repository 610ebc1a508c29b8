"""Histories of a pair's levels told loosely: a raise of "these ties" at a time of its own with no level named,
a coming anniversary of a level, a level only wished for with "would", and a designation after the pair's joined
adjectives. Our own fixtures."""
from __future__ import annotations

from extracting import facts, level_actions

GB = ("BRA", "GHA")


def _events(text: str, published: str = "2025-06-14") -> set:
    return {(p.pair, p.level, p.action) for p in facts(text, published).partnerships}


def test_a_dated_raise_of_these_ties_raises_the_level_held():
    got = _events("Ghana and Brazil now describe their ties as a comprehensive strategic partnership. In 2009 the two "
                  "countries upgraded their relationship to a strategic partnership. In March 2021 their presidents "
                  "confirmed the elevation of these ties at a summit in Accra.")
    assert (GB, "comprehensive strategic partnership", "upgrade") in got
    assert (GB, "comprehensive strategic partnership", "reaffirm") in got
    assert (GB, "strategic partnership", "upgrade") in got


def test_a_raise_of_ties_with_no_history_of_levels_adds_nothing():
    got = _events("Ghana and Brazil value their comprehensive strategic partnership. In March 2021 their presidents "
                  "confirmed the elevation of these ties at a summit in Accra.")
    assert (GB, "comprehensive strategic partnership", "upgrade") not in got


def test_a_coming_anniversary_of_a_level_counts_back_no_founding():
    got = _events("Ghana and Brazil adopted a plan running to 2040, which will celebrate 30 years of the strategic "
                  "partnership.", "2023-05-02")
    assert (GB, "strategic partnership", "establish") not in got
    assert (GB, "strategic partnership", "reaffirm") in got


def test_a_past_anniversary_of_a_level_still_counts_back_its_founding():
    got = _events("Ghana and Brazil celebrated 30 years of the strategic partnership on Monday.", "2023-05-02")
    assert (GB, "strategic partnership", "establish") in got


def test_a_level_brought_in_with_would_is_a_possibility():
    got = level_actions("For Ghana and Brazil, a special strategic partnership would be even better than the ties "
                        "they have.")
    assert (GB, "special strategic partnership") not in got


def test_the_level_held_with_would_is_still_held():
    got = level_actions("Ghana and Brazil said the special strategic partnership would grow further.")
    assert (GB, "special strategic partnership") in got


def test_expanded_after_the_pairs_joined_adjectives_is_part_of_the_designation():
    got = level_actions("Ghana and Brazil met in Accra. The minister said the Ghanaian-Brazilian expanded strategic "
                        "partnership keeps growing.")
    assert (GB, "expanded strategic partnership") in got


def test_a_level_announced_in_a_past_year_was_founded_then():
    got = _events("Ghana and Brazil announced the comprehensive strategic partnership in February 2014, on the "
                  "anniversary of their ties.", "2015-05-25")
    assert (GB, "comprehensive strategic partnership", "establish") in got


def test_a_level_announced_with_no_time_of_its_own_is_no_founding():
    got = _events("Ghana and Brazil announced the comprehensive strategic partnership would guide their talks.")
    assert (GB, "comprehensive strategic partnership", "establish") not in got


def _dates(text: str, published: str) -> set:
    return {(p.level, p.action, p.date and p.date.isoformat()) for p in facts(text, published).partnerships}


def test_a_day_years_before_the_article_does_not_date_its_standing_level():
    got = _dates("Ghana and Brazil have deepened their strategic partnership. At a summit on June 17, 2006, the "
                 "presidents of Ghana and Brazil met in Accra.", "2012-01-28")
    assert ("strategic partnership", "reaffirm", None) in got


def test_a_day_of_the_article_still_dates_its_standing_level():
    got = _dates("Ghana and Brazil have deepened their strategic partnership. At a summit on January 20, 2012, the "
                 "presidents of Ghana and Brazil met in Accra.", "2012-01-28")
    assert ("strategic partnership", "reaffirm", "2012-01-20") in got


def test_the_time_of_the_level_left_behind_is_not_the_raise_s():
    got = _dates("Ghana and Brazil on Monday agreed on closer cooperation. The two countries elevated their ties to "
                 "a comprehensive strategic partnership from a strategic partnership previously.", "2025-06-14")
    assert ("comprehensive strategic partnership", "upgrade", "2025-06-09") in got
