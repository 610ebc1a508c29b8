"""Russian: an excerpt cut off inside the designation's head ("о стратегическом партн") still names the
level; a level named by a document ("Договор о ... партнерстве") is established by it, whatever is said of
the document before its type word."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article


def _levels(text: str) -> set:
    f = extract(Article(text=text, id="t", published=dt.date(2025, 3, 3), lang="ru"))
    return {(p.pair, p.level, p.action) for p in f.partnerships}


def test_a_head_cut_off_at_the_end_of_the_excerpt_still_names_the_level():
    text = "Президенты Армении и Индии встретились в Ереване.\n\nЛидеры подтвердили курс на развитие стратегического партн"
    assert _levels(text) == {(("ARM", "IND"), "strategic partnership", "reaffirm")}


def test_a_short_cut_word_is_no_head():
    text = "Президенты Армении и Индии встретились в Ереване и обсудили стратегические па"
    assert _levels(text) == set()


def test_a_level_named_by_a_treaty_is_established_by_it():
    text = "Стороны Армении и Индии подтвердили верность положениям Договора о стратегическом партнерстве."
    assert _levels(text) == {(("ARM", "IND"), "strategic partnership", "establish")}


def test_a_cue_inside_the_documents_name_still_acts_on_the_level():
    text = "Армения и Индия подписали Декларацию о дальнейшем углублении стратегического партнерства."
    assert _levels(text) == {(("ARM", "IND"), "strategic partnership", "reaffirm")}
