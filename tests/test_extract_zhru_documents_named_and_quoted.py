"""Documents: a package word after a closed title is the titled document ("《…规划》文件"); the leaders'
accords ("两国高层协议", "领导达成的协议") are no document; a statement quoted from one side's office
("говорится в заявлении") is none either, while the adoption of a joint statement ("после принятия
совместного заявления") is one; field words of tourism, freight and ties growing closer
(kg/extract/pack/agreement.py, kg/lexicons/zh, kg/lexicons/ru)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2025, 6, 20)


def _facts(text: str, lang: str):
    return extract(Article(text=text, published=DAY, lang=lang))


def _docs(text: str, lang: str) -> list:
    return sorted((a.pair, a.type) for a in _facts(text, lang).agreements if a.status == "signed")


def _fields(text: str, lang: str) -> set:
    return {c.field for c in _facts(text, lang).cooperation}


def test_zh_a_package_word_after_a_title_is_the_titled_plan():
    assert _docs("泰国和柬埔寨外长签署了《两国旅游合作五年规划》文件。", "zh") == [(("KHM", "THA"), "plan")]


def test_zh_the_leaders_accords_are_no_document():
    text = "越南和柬埔寨副总理会谈，双方审查两国高层协议的落实情况，为落实两国领导达成的协议创造条件。"
    assert _docs(text, "zh") == []


def test_ru_a_statement_quoted_from_one_office_is_no_document():
    text = ("Премьер-министр Индии и президент Бразилии провели телефонный разговор. \"Лидеры подтвердили "
            "приверженность стратегическому партнерству\", — говорится в заявлении.")
    assert _docs(text, "ru") == []


def test_ru_the_adoption_of_a_joint_statement_is_a_document():
    text = "Президент Египта напомнил, что после принятия совместного заявления 10 лет назад Египет и Индия стали стратегическими партнерами."
    assert (("EGY", "IND"), "joint-statement") in _docs(text, "ru")


def test_ru_tourist_exchanges_and_freight_are_fields():
    text = "Лидеры Казахстана и Узбекистана обсудили рост грузоперевозок и туристических обменов."
    assert _fields(text, "ru") == {"connectivity", "culture"}


def test_zh_a_fields_ties_growing_closer_is_cooperation():
    assert "defence-security" in _fields("柬埔寨和老挝关系密切，两国安全关系更加密切。", "zh")
