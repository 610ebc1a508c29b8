"""A page published some weeks after the meeting it reports: the dated statement of the level in its
body and the undated one of its headline are one fact, not a history beside today's
(kg/extract/pack/partnership.py: _when)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article


def _levels(text: str, published: dt.date) -> list:
    f = extract(Article(text=text, published=published, lang="zh"))
    return [(p.pair, p.level, p.date) for p in f.partnerships]


def test_a_headline_and_a_body_dated_five_weeks_before_publication_are_one_fact():
    text = "智利和秘鲁深化战略伙伴关系\n\n智利外长4月10日与秘鲁外长举行会谈，双方回顾了两国战略伙伴关系的发展。"
    assert _levels(text, dt.date(2019, 5, 17)) == [(("CHL", "PER"), "strategic partnership", dt.date(2019, 4, 10))]


def test_a_statement_dated_years_before_stays_a_history_of_its_own():
    text = "智利和秘鲁深化战略伙伴关系\n\n2012年4月10日，智利和秘鲁建立战略伙伴关系。"
    assert len(_levels(text, dt.date(2019, 5, 17))) == 2
