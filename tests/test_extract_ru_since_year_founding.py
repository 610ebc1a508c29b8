"""Russian: "С 2001 года ... стратегическое партнерство" states today's level and the year it began, two
facts (as English "Since 2013, A and B have been strategic partners"); a founding told by its own verb stays one."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article


def _facts(text: str) -> set:
    f = extract(Article(text=text, id="t", published=dt.date(2025, 1, 1), lang="ru"))
    return {(p.pair, p.level, p.action, p.year) for p in f.partnerships}


def test_since_a_year_the_level_holds_is_today_and_its_founding():
    assert _facts("С 2008 года Египет и Индия поддерживают отношения стратегического партнерства.") == {
        (("EGY", "IND"), "strategic partnership", "reaffirm", None),
        (("EGY", "IND"), "strategic partnership", "establish", 2008)}


def test_since_a_year_after_a_comma_is_no_founding_of_that_level():
    assert _facts("С 2008 года, когда Египет и Индия установили стратегическое партнерство, торговля выросла.") == {
        (("EGY", "IND"), "strategic partnership", "establish", 2008)}
