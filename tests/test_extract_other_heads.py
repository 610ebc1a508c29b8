"""Designations whose head word is not "partnership" (Latin America's "strategic association"), and
treaties named for a level that a relative clause dates ("the ... Agreement, which was signed in 2006")."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article
from kg.ladder import find_level, rank_of


def facts(text: str, published: str = "2025-03-14"):
    return extract(Article(text=text, id="t", published=dt.date.fromisoformat(published)))


def events(f):
    return {(p.pair, p.level, p.action, p.year) for p in f.partnerships}


def test_strategic_association_is_a_level_of_the_strategic_tier():
    assert find_level("strategic association") == "strategic-association"
    assert rank_of("strategic association") == rank_of("strategic partnership")


def test_strategic_association_stated_today_is_reaffirmed():
    f = facts("Peru and Colombia renewed their strategic association at a summit in Lima on Monday.")
    assert events(f) == {(("COL", "PER"), "strategic association", "reaffirm", None)}


def test_association_without_a_strategic_qualifier_is_no_level():
    f = facts("Peru and Colombia discussed the free trade association on Monday.")
    assert not f.partnerships


def test_a_level_treaty_signed_in_a_relative_clause_is_its_founding_and_todays_level():
    f = facts("Ecuador's president and Argentina's president set up a joint council for the Strategic Association "
              "Agreement, or SAA, which was signed in March 2011 by their predecessors.", "2016-05-02")
    assert events(f) == {(("ARG", "ECU"), "strategic association", "establish", 2011),
                         (("ARG", "ECU"), "strategic association", "reaffirm", None)}
    assert [a.type for a in f.agreements] == ["agreement"]


def test_a_level_treaty_without_a_signing_stays_a_framework_name():
    f = facts("Officials of Ecuador and Argentina met to review the Strategic Association Agreement on Monday.")
    assert not f.partnerships
