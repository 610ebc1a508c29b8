"""Histories with a renewal: "the X established in 2011 and renewed in 2017" founds the level in 2011 and restates it
in 2017 (two events, each with its year); a founding whose clause gives its year keeps that year even when the
sentence opens on "Today," (today's day belongs to the sentence's own talk, not to the founding)."""
from __future__ import annotations

from extracting import facts

PUB = "2024-05-15"


def events(text: str) -> list:
    return sorted(((p.level, p.action, p.date, p.year) for p in facts(text, PUB).partnerships), key=str)


def test_founded_then_renewed_gives_both_years():
    got = events("Kenya and Norway reviewed their strategic partnership established in 2011 and renewed in 2017.")
    assert ("strategic partnership", "establish", None, 2011) in got
    assert ("strategic partnership", "reaffirm", None, 2017) in got


def test_renewal_after_a_between_clause():
    got = events("The strategic partnership between Kenya and Norway, launched in March 2012 and later renewed in 2019, "
                 "remains strong.")
    assert ("strategic partnership", "establish", None, 2012) in got
    assert ("strategic partnership", "reaffirm", None, 2019) in got


def test_founding_without_renewal_adds_no_restatement_year():
    got = events("The strategic partnership between Kenya and Norway, established in 2011, remains strong.")
    assert not [e for e in got if e[1] == "reaffirm" and e[3] is not None]


def test_today_opening_does_not_date_a_founding_with_its_own_year():
    got = events("Today, through the strategic partnership set up between Kenya and Norway in 2011, the two "
                 "countries keep working together.")
    assert ("strategic partnership", "establish", None, 2011) in got
    assert not [e for e in got if e[1] == "establish" and e[2] is not None]
