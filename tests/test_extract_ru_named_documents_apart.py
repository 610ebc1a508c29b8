"""Russian documents of one type: a bare headline mention takes the name that says what the document is about,
so a later document of that type about something else stays its own; two programmes for different spans of
years are two documents (kg/extract/pack/agreement.py)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2019, 10, 4)


def _docs(text: str) -> list[tuple[str, tuple]]:
    facts = extract(Article(text=text, published=DAY, lang="ru"))
    return sorted((a.type, a.fields) for a in facts.agreements)


def test_a_headline_treaty_and_a_later_treaty_on_another_subject_are_two():
    text = ("Договор подписан в июне 2019 года во время визита казахского лидера в Бишкек\n"
            "Парламент Казахстана сегодня ратифицировал договор о союзничестве с Киргизией.\n"
            "По итогам визита также подписаны Договор о торговом сотрудничестве на 2020-2022 годы и Меморандум о "
            "развитии авиасообщения.")
    assert [t for t, _ in _docs(text)].count("treaty") == 2


def test_programmes_for_different_years_are_two_documents():
    text = ("Президенты Казахстана и Киргизии подписали Программу сотрудничества в сфере культуры на 2020-2022 годы. "
            "Министерства иностранных дел двух стран приняли Программу сотрудничества на 2020-2021 годы.")
    assert [t for t, _ in _docs(text)].count("plan") == 2


def test_an_excerpt_cut_inside_a_document_word_still_names_the_document():
    text = ("Президенты Казахстана и Киргизии провели переговоры в Бишкеке.\n"
            "Между администрациями приграничных областей двух стран подписаны согл")
    assert ("agreement", ()) in _docs(text)


def test_a_cut_word_beginning_two_document_words_names_none():
    text = ("Президенты Казахстана и Киргизии провели переговоры в Бишкеке.\n"
            "Между администрациями приграничных областей двух стран подписаны дого")
    assert _docs(text) == []


def test_a_single_document_saying_what_it_is_about_is_signed():
    text = "Премьер-министры Казахстана и Киргизии в Астане подписали документ о союзничестве."
    assert [t for t, _ in _docs(text)] == ["agreement"]


def test_a_single_bare_document_is_one_named_elsewhere():
    text = "Премьер-министры Казахстана и Киргизии в Астане подписали документ, который вступит в силу летом."
    assert _docs(text) == []
