"""Histories told as a sequence (our own sentences): "the establishment of X between A and B in 2007, along with Y in
2016" gives Y the same founding verb, each with its year; "established X in 2008, then Y in 2014, and now Z" (or "and
now share Z") makes Z the level held now, with no year taken from the level before it; a timeline row
"2007: X established;" founds X in that year."""
from __future__ import annotations

from extracting import facts

PUB = "2024-05-15"


def events(text: str) -> list:
    return sorted(((p.level, p.action, p.date, p.year) for p in facts(text, PUB).partnerships), key=str)


def test_level_along_with_an_earlier_founding_shares_its_verb_and_keeps_its_year():
    got = events("The setting up of the strategic partnership between Chile and Ghana in 2009, along with the "
                 "comprehensive strategic partnership in 2018, built deep trust.")
    assert ("strategic partnership", "establish", None, 2009) in got
    assert ("comprehensive strategic partnership", "establish", None, 2018) in got


def test_and_now_level_is_held_now_without_the_previous_year():
    got = events("Chile and Ghana first established a strategic partnership in 2009, then a comprehensive "
                 "partnership in 2015, and now a comprehensive strategic partnership.")
    assert ("comprehensive strategic partnership", "reaffirm", None, None) in got
    assert not [e for e in got if e[0] == "comprehensive strategic partnership" and e[3] == 2015]


def test_and_now_share_level_is_no_founding_in_the_earlier_year():
    got = events("Chile and Ghana established a strategic partnership in 2009 and now share a comprehensive "
                 "strategic partnership.")
    assert ("strategic partnership", "establish", None, 2009) in got
    assert ("comprehensive strategic partnership", "reaffirm", None, None) in got


def test_timeline_row_year_colon_level_established_is_a_founding():
    got = events("Chile–Ghana relations: 2009: Strategic Partnership established; 2018: relations upgraded to "
                 "Comprehensive Strategic Partnership.")
    assert ("strategic partnership", "establish", None, 2009) in got
    assert ("comprehensive strategic partnership", "upgrade", None, 2018) in got


def test_years_later_keeps_the_earlier_year_from_the_later_level():
    got = events("Chile and Ghana forged a strategic partnership in 2007; nine years later, they lifted it to a "
                 "comprehensive strategic partnership.")
    assert ("strategic partnership", "establish", None, 2007) in got
    assert not [e for e in got if e[0] == "comprehensive strategic partnership" and e[3] == 2007]
