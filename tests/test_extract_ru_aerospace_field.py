"""Russian: aerospace ("аэрокосмическая", "авиакосмическая" отрасль) is science-technology cooperation."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import extract
from kg.facts import Article


@pytest.mark.parametrize("text", [
    "Египет и Индия договорились о сотрудничестве в аэрокосмической сфере.",
    "Стороны Египта и Индии обсудили совместные авиакосмические проекты и сотрудничество.",
])
def test_aerospace_is_science_and_technology(text):
    f = extract(Article(text=text, id="t", published=dt.date(2025, 1, 1), lang="ru"))
    assert (("EGY", "IND"), "science-technology") in {(c.pair, c.field) for c in f.cooperation}
