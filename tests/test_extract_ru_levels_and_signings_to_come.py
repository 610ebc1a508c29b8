"""Russian modality: a level the relations "должны стать" / "станут" is a change to come, not the pair's
level; relations that "стали" partners began that level then; a signing "запланировано", an "намерение
подписать" and a declaration the sides "готовятся подписать" are documents planned, not signed; a raise
agreed "в будущем" or argued for ("за то, чтобы поднять") is none yet; a signing postponed ("перенесено",
"отложено") is no document; a level the sides "могли бы в перспективе" reach or whose possibility they discuss is
none yet; a document considered or urged "скорейшее подписание" is planned (kg/lexicons/ru/pack.toml)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2025, 3, 14)


def _facts(text: str):
    return extract(Article(text=text, published=DAY, lang="ru"))


def _statuses(text: str) -> list:
    return sorted((a.type, a.status) for a in _facts(text).agreements)


def test_a_level_the_relations_should_become_is_no_level_yet():
    text = "Отношения Монголии и Казахстана должны стать всеобъемлющим стратегическим партнерством."
    assert _facts(text).partnerships == ()


def test_a_level_the_relations_will_become_is_no_level_yet():
    text = "Министр уверен, что отношения Индонезии и Малайзии станут всеобъемлющим стратегическим партнерством."
    assert _facts(text).partnerships == ()


def test_relations_that_became_partners_began_the_level():
    text = "В 2012 году Египет и Алжир стали стратегическими партнерами."
    assert [(f.action, f.year) for f in _facts(text).partnerships] == [("establish", 2012)]


def test_a_signing_scheduled_is_planned():
    text = "Подписание договора о стратегическом партнерстве между Сербией и Венгрией запланировано на апрель."
    assert _statuses(text) == [("treaty", "planned")]
    assert _facts(text).partnerships == ()


def test_an_intention_to_sign_is_planned():
    text = "Президенты Египта и Алжира выразили намерение заключить соглашение о сотрудничестве в области энергетики."
    assert _statuses(text) == [("agreement", "planned")]


def test_a_declaration_being_prepared_for_signing_is_planned():
    text = "Казахстан и Киргизия готовятся к подписанию, стороны готовятся утвердить декларацию о дружбе."
    assert _statuses(text) == [("joint-declaration", "planned")]


def test_a_raise_agreed_for_the_future_is_no_level_yet():
    text = "Президенты Египта и Иордании договорились в будущем вывести отношения на уровень стратегического партнерства."
    assert _facts(text).partnerships == ()


def test_a_raise_argued_for_is_no_level_yet():
    text = "Стороны высказались за то, чтобы поднять отношения Египта и Иордании до уровня стратегического партнерства."
    assert _facts(text).partnerships == ()


def test_a_signing_postponed_is_no_document():
    text = "Подписание соглашения о торговле между Египтом и Иорданией перенесено."
    assert _statuses(text) == []


def test_a_signing_called_off_is_no_document():
    text = "Египет и Иордания должны были подписать соглашение о торговле, но подписание отложено."
    assert [s for _, s in _statuses(text)] != ["signed"]


def test_documents_signed_today_that_will_become_a_basis_were_signed():
    text = "Подписанные сегодня соглашения станут основой для расширения торговли между Египтом и Иорданией."
    assert _statuses(text) == [("agreement", "signed")]


def test_a_document_confirming_the_sides_intentions_is_no_planned_signing():
    text = "Египет и Иордания подписали протокол, подтверждающий намерения сторон расширять торговлю."
    assert _statuses(text) == [("protocol", "signed")]


def test_a_level_the_sides_could_reach_one_day_is_no_level_yet():
    text = "Египет и Иордания могли бы в перспективе выйти на уровень стратегического партнерства."
    assert _facts(text).partnerships == ()


def test_a_raise_whose_possibility_is_discussed_is_no_level_yet():
    text = "Стороны обсудили возможность повышения уровня отношений Египта и Иордании до стратегического партнерства."
    assert _facts(text).partnerships == ()


def test_a_document_being_considered_is_planned():
    text = "Египет и Иордания рассматривают возможность заключения соглашения о свободной торговле."
    assert _statuses(text) == [("agreement", "planned")]


def test_a_signing_urged_to_be_hastened_is_planned():
    text = "Египет и Иордания выступили за скорейшее подписание соглашения о свободной торговле."
    assert _statuses(text) == [("agreement", "planned")]


def test_a_signed_document_that_opens_a_possibility_stays_signed():
    text = "Египет и Иордания подписали соглашение, которое дает возможность расширить торговлю."
    assert _statuses(text) == [("agreement", "signed")]
