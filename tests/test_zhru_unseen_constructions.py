"""Chinese and Russian constructions met on unseen articles: exchanges that are no signing, field
words of industries and assistance, list forms of document packages (kg/lexicons/zh, kg/lexicons/ru,
kg/extract/pack/agreement.py)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2025, 3, 14)


def _facts(text: str, lang: str):
    return extract(Article(text=text, published=DAY, lang=lang))


def _docs(text: str, lang: str):
    return sorted((a.type, a.fields) for a in _facts(text, lang).agreements if a.status == "signed")


def _fields(text: str, lang: str):
    return sorted({c.field for c in _facts(text, lang).cooperation})


def test_ru_cultural_exchanges_are_no_signing_of_programmes():
    text = ("Президенты Армении и Казахстана отметили необходимость расширения культурных обменов "
            "и реализации программ в сфере образования.")
    assert _docs(text, "ru") == []


def test_ru_exchange_of_signed_documents_still_signs_them():
    text = "В присутствии президентов Армении и Казахстана состоялся обмен подписанными соглашениями о торговле."
    assert _docs(text, "ru") == [("agreement", ("trade",))]


def test_ru_machine_building_defence_technology_and_assistance_are_fields():
    text = ("Армения и Казахстан подписали меморандум о сотрудничестве в области машиностроения, "
            "соглашение о техническом содействии и договорились развивать оборонные технологии.")
    assert {"industry", "humanitarian", "defence-security"} <= set(_fields(text, "ru"))


def test_ru_counted_package_before_a_list_header_is_only_its_members():
    text = ("Армения и Казахстан подписали 12 документов. Среди них:\n"
            "- меморандум о сотрудничестве в области энергетики;\n"
            "- меморандум о сотрудничестве в области образования.")
    assert _docs(text, "ru") == [("memorandum", ("education",)), ("memorandum", ("energy",))]


def test_ru_numbered_list_under_a_counted_package_names_its_documents():
    text = ("Президенты Армении и Казахстана подписали 2 документа.\n"
            "1. «Соглашение о сотрудничестве в области туризма».\n"
            "2. «Меморандум о взаимопонимании в сфере сельского хозяйства».\n"
            "Журналисты обсудили фотографии встречи.\n"
            "1. «Соглашение о сотрудничестве в области туризма».")
    assert _docs(text, "ru") == [("agreement", ("culture",)), ("memorandum", ("agriculture",))]
