"""Meetings of three: a head that names the three in one sentence and calls the meeting trilateral in
another gives no pair to the sentences naming nobody; "三方要…", "三方一致同意" speak of the three; a
country named as a meeting's venue ("在泰国曼谷举行的论坛期间") is no side (kg/extract/pack/pairs.py,
kg/lexicons/zh/pack.toml)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2025, 6, 20)


def _facts(text: str, lang: str):
    return extract(Article(text=text, published=DAY, lang=lang))


def _pairs(text: str, lang: str) -> set:
    f = _facts(text, lang)
    return {c.pair for c in f.cooperation} | {a.pair for a in f.agreements} | {p.pair for p in f.partnerships}


def test_ru_a_trilateral_title_and_a_lead_naming_the_three_give_no_pair_later():
    text = ("В Баку прошла трехсторонняя встреча на высшем уровне.\n\n"
            "19 июня во встрече приняли участие президент Грузии, президент Азербайджана и президент Турции.\n\n"
            "По итогам встречи был подписан меморандум о сотрудничестве в сфере энергетики.")
    assert _pairs(text, "ru") == set()


def test_ru_a_bilateral_article_keeps_its_pair():
    text = ("Президенты Грузии и Азербайджана провели переговоры в Баку.\n\n"
            "По итогам встречи был подписан меморандум о сотрудничестве в сфере энергетики.")
    assert _pairs(text, "ru") == {("AZE", "GEO")}


def test_zh_the_three_sides_speak_of_the_three():
    text = "中国和蒙古国外长举行会谈。会谈后，俄罗斯外长也抵达乌兰巴托。三方要加强互联互通，扩大贸易和投资规模。"
    assert _pairs(text, "zh") == set()


def test_zh_a_country_named_as_the_venue_is_no_side():
    text = "老挝总理会见越南副总理。总理指出，去年在泰国曼谷举行的论坛期间与越南总理会晤，在能源领域重大项目问题上达成一致。"
    assert _pairs(text, "zh") == {("LAO", "VNM")}
