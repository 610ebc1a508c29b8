"""Russian: leaders named without their country ("Путин и Раиси", "с Януковичем") stand for it, so the
sentence's pair is theirs."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import extract
from kg.facts import Article


@pytest.mark.parametrize("text, pair", [
    ("Путин и Раиси обсудили развитие стратегического партнерства.", ("IRN", "RUS")),
    ("Медведев провел переговоры с Януковичем и обсудил стратегическое партнерство.", ("RUS", "UKR")),
    ("Путин и Нгуен Суан Фук подтвердили курс на всеобъемлющее стратегическое партнерство.", ("RUS", "VNM")),
    ("Ху Цзиньтао и Медведев высоко оценили стратегическое партнерство.", ("CHN", "RUS")),
])
def test_a_leader_named_alone_stands_for_his_country(text, pair):
    f = extract(Article(text=text, id="t", published=dt.date(2020, 5, 5), lang="ru"))
    assert {p.pair for p in f.partnerships} == {pair}
