"""Russian: three countries listed as one side are no pair; a passive "are established" sets up a level;
a ministry's long title gives only its first field; non-interference is no security field; "Британия" is the
United Kingdom; a headline's document counts where the body names only documents of other types."""
from __future__ import annotations

import datetime as dt

from extracting import facts, level_actions, tops

from kg.extract import extract
from kg.facts import Article


def test_a_document_signed_by_three_listed_countries_belongs_to_no_pair():
    f = facts("Президенты Казахстана, Узбекистана и Туркмении подписали в Ашхабаде декларацию о дружбе.")
    assert f.agreements == ()


def test_two_listed_countries_still_sign_as_a_pair():
    f = facts("Президенты Казахстана и Узбекистана подписали в Ташкенте декларацию о дружбе.")
    assert {(a.pair, a.type) for a in f.agreements} == {(("KAZ", "UZB"), "joint-declaration")}


def test_a_listed_trio_with_an_outside_actor_keeps_the_actor_s_pairs():
    f = facts("Россия подписала соглашения о торговле с Казахстаном, Узбекистаном и Туркменией.")
    assert ("KAZ", "RUS") in {a.pair for a in f.agreements}


def test_a_passive_are_established_establishes_the_level():
    assert level_actions("Между Польшей и Румынией устанавливаются отношения стратегического партнерства.") == {
        (("POL", "ROU"), "strategic partnership"): "establish"}
    assert level_actions("Польша и Румыния устанавливают отношения стратегического партнерства.") == {
        (("POL", "ROU"), "strategic partnership"): "establish"}


def test_a_long_ministry_title_gives_only_its_first_field():
    f = facts("Египет и Кения подписали меморандум о взаимопонимании между министерством энергетики Египта и "
              "министерством энергетики, горнодобывающей промышленности и охраны окружающей среды Кении.")
    assert [a.fields for a in f.agreements] == [("energy",)]
    assert {field for _, field in tops(f)} == {"energy"}


def test_non_interference_in_internal_affairs_is_no_security_field():
    f = facts("Вьетнам и Лаос договорились развивать сотрудничество на основе невмешательства во внутренние "
              "дела друг друга.")
    assert not any(field == "defence-security" for _, field in tops(f))


def test_britannia_alone_names_the_united_kingdom():
    f = facts("Британия и Норвегия подписали соглашение о торговле.")
    assert {a.pair for a in f.agreements} == {("GBR", "NOR")}


def test_a_headline_agreement_counts_beside_a_body_memorandum_of_another_type():
    title = "Чехия и Польша подписали соглашение о политическом сотрудничестве"
    text = (title + "\n\nДокумент определяет направления сотрудничества двух государств.\n\n"
            "Ранее Чехия и Польша подписали меморандум о сотрудничестве в оборонной сфере.")
    f = extract(Article(text=text, id="t", title=title, published=dt.date(2024, 5, 2)))
    assert {a.type for a in f.agreements} == {"agreement", "memorandum"}


def test_ministers_signing_a_memorandum_is_no_ministry_title():
    f = facts("Президенты Чехии и Польши провели переговоры в Праге. По итогам встречи министры подписали "
              "меморандум о сотрудничестве в области торговли.")
    assert {(a.pair, a.type) for a in f.agreements} == {(("CZE", "POL"), "memorandum")}


def test_a_joint_meeting_s_resolution_is_a_document():
    f = facts("Министры иностранных дел Чехии и Польши провели совместное заседание коллегий. Министры подписали "
              "постановление совместного заседания коллегий и план консультаций на следующий год.")
    assert {a.type for a in f.agreements} == {"other", "plan"}


def test_both_sides_within_a_bloc_s_frame_keep_the_pair_s_fields():
    f = facts("Президенты Чехии и Польши провели переговоры в Праге. Стороны обсудили сотрудничество в рамках ЕС "
              "и НАТО, в том числе в сфере энергетики.")
    assert (("CZE", "POL"), "energy") in tops(f)


def test_one_country_with_a_bloc_is_still_no_pair():
    f = facts("Президенты Чехии и Польши провели переговоры в Праге. Польша развивает торговлю с АСЕАН.")
    assert not any(field == "trade" for _, field in tops(f))


def test_a_headline_s_counted_package_is_the_body_s_documents():
    title = "Чехия и Польша заключили 12 соглашений"
    text = (title + "\n\nСреди подписанных документов:\n- Меморандум о взаимопонимании между министерствами "
            "сельского хозяйства Чехии и Польши;\n- Протокол о торговле между Чехией и Польшей.")
    f = extract(Article(text=text, id="t", title=title, published=dt.date(2024, 5, 2)))
    assert "agreement" not in {a.type for a in f.agreements}
