"""Russian scraped from print: a word broken by a hyphen and a space ("стратеги- ческого") is one word; a
hanging hyphen before a conjunction ("торгово- и инвестиционное") is not joined."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article


def _f(text: str):
    return extract(Article(text=text, id="t", published=dt.date(2025, 1, 1), lang="ru"))


def test_a_designation_broken_across_a_printed_line_is_still_the_level():
    f = _f("Египет и Индия подтвердили курс на углубление всеобъемлющего стратеги- ческого партнерства.")
    assert {(p.pair, p.level) for p in f.partnerships} == {(("EGY", "IND"), "comprehensive strategic partnership")}


def test_a_hanging_hyphen_before_and_keeps_both_fields():
    f = _f("Египет и Индия расширяют торгово- и научно-техническое сотрудничество.")
    assert {(("EGY", "IND"), "trade"), (("EGY", "IND"), "science-technology")} <= {(c.pair, c.field) for c in f.cooperation}
