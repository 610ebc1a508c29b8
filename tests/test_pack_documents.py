"""Documents in Chinese and Russian articles: packages and their members, one document or two,
a page that publishes the document itself, documents as goals (kg/extract/pack/agreement.py)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2025, 3, 14)


def _docs(text: str, lang: str):
    f = extract(Article(text=text, published=DAY, lang=lang))
    return sorted((a.type, a.status, a.fields, a.date or a.year) for a in f.agreements)


def test_ru_package_whose_members_are_listed_is_only_its_members():
    text = ("Президенты Армении и Казахстана подписали ряд документов, в том числе соглашение о "
            "сотрудничестве в области энергетики.")
    assert _docs(text, "ru") == [("agreement", "signed", ("energy",), None)]


def test_ru_documents_of_one_type_signed_in_different_years_are_two():
    text = ("В 1995 году Армения и Казахстан подписали Договор о дружбе. "
            "В 2021 году стороны подписали Договор о союзничестве.")
    assert _docs(text, "ru") == [("treaty", "signed", (), 1995), ("treaty", "signed", (), 2021)]


def test_ru_page_publishing_a_document_under_its_own_title_and_date_line():
    text = ("Совместное заявление Президента Армении Н.Н.Иванова и Президента Республики Казахстан\n\n"
            "12 марта 2025 года\n\nГлавы государств обсудили развитие отношений.")
    f = extract(Article(text=text, published=DAY, lang="ru"))
    assert [(a.type, a.status, a.date) for a in f.agreements] == [("joint-statement", "signed", dt.date(2025, 3, 12))]
    assert "Н.Н.Иванова" in f.agreements[0].name


def test_ru_title_line_without_a_date_line_under_it_is_a_headline():
    text = ("Совместное заявление Армении и Казахстана\n\n"
            "Министры двух стран обсудили проект будущего документа на встрече в столице.")
    assert _docs(text, "ru") == []


def test_ru_initials_do_not_end_a_sentence():
    from kg.extract.pack.lexicon import load_pack
    from kg.extract.pack.sentences import split
    from kg.extract.ru.lemmas import NORMALISE

    parts = split("Президент Н.Н.Иванов подписал указ. Затем министры обсудили торговлю.", load_pack("ru", NORMALISE))
    assert [p.text for p in parts] == ["Президент Н.Н.Иванов подписал указ.", "Затем министры обсудили торговлю."]


def test_ru_document_the_sides_seek_is_planned():
    assert _docs("Армения и Казахстан стремятся заключить соглашение о свободной торговле.", "ru") == [
        ("agreement", "planned", ("trade",), None)]


def test_zh_a_step_towards_a_document_is_planned():
    assert [d[:2] for d in _docs("中国和斐济在会谈中向最终达成协议迈出了一步。", "zh")] == [("agreement", "planned")]


def test_zh_document_named_twice_in_a_sentence_is_one():
    text = "中国和斐济签署《中华人民共和国和斐济共和国联合公报》，自公报签署之日起两国互设使馆。"
    assert [d[:2] for d in _docs(text, "zh")] == [("joint-statement", "signed")]


def _tables():
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("i18n_tables", root / "tools" / "i18n_tables.py")
    tables = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tables)
    return tables


def test_ru_forms_table_holds_every_form_of_the_packs_words():
    """A word added to the ru pack matches only in the forms forms.tsv lists: regenerate after editing."""
    tables = _tables()
    current = (tables.LEX / "ru" / "forms.tsv").read_text(encoding="utf-8")
    assert tables.forms_table() == current, "run: python tools/i18n_tables.py"


def test_ru_name_endings_are_no_words_of_the_forms_table():
    """The [names] endings ("ич", "ов") are stems' tails, not words: taken as words, pymorphy3's
    lexemes for them made "на" and "не" forms of "ич"."""
    import tomllib

    tables = _tables()
    endings = tomllib.loads((tables.LEX / "ru" / "pack.toml").read_text(encoding="utf-8"))["names"]
    stray = set(endings) - tables._ru_words()  # endings no other entry uses as a word ("а" is one)
    assert {"ич", "ев"} <= stray
    rows = (tables.LEX / "ru" / "forms.tsv").read_text(encoding="utf-8").splitlines()
    assert not stray & {r.split("\t")[1] for r in rows if r and not r.startswith("#")}


def test_ru_economic_forum_is_an_event_not_a_field():
    text = ("Президенты Армении и Казахстана встретились на полях Всемирного экономического форума "
            "и обсудили сотрудничество в области энергетики.")
    f = extract(Article(text=text, published=DAY, lang="ru"))
    assert {c.field for c in f.cooperation} == {"energy"}


def test_zh_economic_forum_is_an_event_not_a_field():
    f = extract(Article(text="中国和斐济在东方经济论坛期间同意加强能源合作。", published=DAY, lang="zh"))
    assert {c.field for c in f.cooperation} == {"energy"}


def test_ru_trade_and_economic_compound_is_both_fields():
    text = "Армения и Казахстан договорились развивать торгово-экономическое сотрудничество."
    f = extract(Article(text=text, published=DAY, lang="ru"))
    assert {c.field for c in f.cooperation} == {"trade", "economy"}


def test_zh_cue_inside_an_attribute_of_the_designation_is_no_action():
    f = extract(Article(text="2014年中国和斐济建立相互尊重、共同发展的战略伙伴关系。", published=DAY, lang="zh"))
    assert [(p.action, p.year) for p in f.partnerships] == [("establish", 2014)]


def test_ru_especially_privileged_is_the_special_and_privileged_designation():
    f = extract(Article(text="Индия и Россия развивают особо привилегированное стратегическое партнерство.",
                        published=DAY, lang="ru"))
    assert [p.level for p in f.partnerships] == ["special and privileged strategic partnership"]


def test_ru_draft_of_a_treaty_on_a_level_is_neither_signed_nor_the_pairs_level():
    text = ("Министры Армении и Казахстана согласовали проект договора о всеобъемлющем стратегическом "
            "партнерстве.")
    f = extract(Article(text=text, published=DAY, lang="ru"))
    assert f.partnerships == ()
    assert [(a.type, a.status) for a in f.agreements] == [("treaty", "planned")]


def test_zh_draft_agreement_is_planned():
    assert [d[:2] for d in _docs("中国和斐济通过了自由贸易协定草案。", "zh")] == [("agreement", "planned")]


def _counts(text: str, lang: str):
    return [(a.type, a.count) for a in extract(Article(text=text, published=DAY, lang=lang)).agreements]


def test_zh_package_counts_in_digits_and_in_numerals():
    assert _counts("中国和越南签署了36份合作文件。", "zh") == [("agreement", 36)]
    assert _counts("中国和越南签署二十四项双边合作文件。", "zh") == [("agreement", 24)]


def test_ru_package_counts_in_digits_and_in_words():
    assert _counts("Армения и Казахстан подписали 22 документа.", "ru") == [("agreement", 22)]
    assert _counts("Армения и Казахстан подписали восемь двусторонних документов.", "ru") == [("agreement", 8)]


def test_zh_dates_in_numerals_are_read_as_digits():
    text = "二〇〇一年七月十六日，中国和斐济签署睦邻友好合作条约。一九九六年，两国建立战略伙伴关系。"
    f = extract(Article(text=text, published=DAY, lang="zh"))
    assert [(a.type, a.date) for a in f.agreements] == [("treaty", dt.date(2001, 7, 16))]
    assert [(p.action, p.year) for p in f.partnerships] == [("establish", 1996)]


def test_numbers_compose_by_place_or_read_digit_by_digit():
    from kg.extract.pack.numbers import number

    table = {"〇": 0, "一": 1, "二": 2, "四": 4, "六": 6, "九": 9, "十": 10}
    assert [number(w, table) for w in ("十", "十二", "二十", "二十四", "一九九六", "二〇〇一", "24", "x")] == [
        10, 12, 20, 24, 1996, 2001, 24, None]


def test_ru_verb_after_a_long_document_name_still_brings_its_modality():
    text = ("Соглашение о торговом, научном и культурном сотрудничестве между Арменией и Казахстаном "
            "может быть подписано в мае.")
    assert [(t, st) for t, st, _, _ in _docs(text, "ru")] == [("agreement", "planned")]


def test_ru_documents_that_were_due_or_are_to_come_are_not_signed():
    due = ("Армения и Казахстан обсудили документы, включая ряд соглашений с энергетическими компаниями, "
           "которые должны были быть подписаны на встрече.")
    to_come = "Армения и Казахстан: «Состоится обмен подписанными документами», — сказал помощник президента."
    assert {st for text in (due, to_come) for _, st, _, _ in _docs(text, "ru")} <= {"planned"}


def test_zh_document_takes_the_fields_of_its_own_clause_not_the_document_before():
    text = "中国和泰国签署了10份合作文件，涵盖农业、能源等方面，双方还签署了关于旅游合作的行动计划。"
    assert {t: f for t, _, f, _ in _docs(text, "zh")}["plan"] == ("culture",)  # tourism is under culture


def test_ru_bare_package_before_a_list_header_is_only_the_members_that_follow():
    text = ("Армения и Казахстан подписали ряд других соглашений. В частности, министерства двух стран "
            "подписали меморандум о сотрудничестве в области образования.")
    assert _docs(text, "ru") == [("memorandum", "signed", ("education",), None)]


def test_ru_plural_memoranda_and_agreements_joined_by_and_are_one_package():
    text = "Армения и Казахстан подписали меморандумы и соглашения между университетами двух стран."
    assert _docs(text, "ru") == [("agreement", "signed", ("education",), None)]


def test_ru_singular_memorandum_and_agreement_stay_two_documents():
    text = "Армения и Казахстан подписали меморандум и соглашение о сотрудничестве в области туризма."
    assert [t for t, _, _, _ in _docs(text, "ru")] == ["agreement", "memorandum"]


def test_ru_sentence_saying_what_a_counted_package_covers_gives_its_fields():
    text = ("Армения и Казахстан подписали 12 документов. Список размещен на сайте правительства. "
            "Договоренности касаются транспорта и сельского хозяйства.")
    assert _docs(text, "ru") == [("agreement", "signed", ("connectivity", "agriculture"), None)]


def test_ru_two_names_in_the_singular_before_one_plural_type_word_are_two_documents():
    text = ("Отношения Армении и Казахстана опираются на Ереванскую (1997) и Астанинскую (2004) декларации, "
            "подписанные президентами.")
    f = extract(Article(text=text, published=DAY, lang="ru"))
    assert sorted(a.name for a in f.agreements) == ["Астанинскую декларации", "Ереванскую декларации"]


def test_ru_plural_kinds_of_agreements_are_one_package():
    text = "Армения и Казахстан подписали ряд межведомственных и межрегиональных соглашений."
    assert len(_docs(text, "ru")) == 1


def test_ru_decision_is_a_document_only_when_written_as_a_name():
    named = "Президенты Армении и Казахстана приняли «Решение первого заседания Совета министров»."
    verb = "Президенты Армении и Казахстана приняли решение расширить торговлю."
    assert [t for t, _, _, _ in _docs(named, "ru")] == ["other"]
    assert _docs(verb, "ru") == []


def test_zh_document_title_fields_are_what_follows_its_about_word_not_the_ministries_names():
    text = "中国农业农村部和泰国贸易部在曼谷签署《中国农业农村部与泰国贸易部关于加强旅游合作的谅解备忘录》。"
    assert _docs(text, "zh") == [("memorandum", "signed", ("culture",), None)]


def test_ru_bulleted_lines_under_a_header_are_each_a_signed_document():
    text = ("Армения и Казахстан подписали пакет документов. Также были подписаны:\n"
            "- межправительственное соглашение о сотрудничестве в области туризма;\n"
            "- план мероприятий по развитию взаимной торговли;")
    assert ("plan", "signed", ("trade",), None) in _docs(text, "ru")


def test_ru_treaty_whose_text_is_agreed_is_not_yet_signed():
    text = "Президент заявил, что полностью согласован договор о дружбе между Арменией и Казахстаном."
    assert [st for _, st, _, _ in _docs(text, "ru")] == ["planned"]


def test_ru_programme_the_sides_agreed_on_is_adopted():
    text = "Армения и Казахстан согласовали программу экономического сотрудничества до 2030 года."
    assert [st for _, st, _, _ in _docs(text, "ru")] == ["signed"]


def test_ru_joint_communique_quoted_is_an_adopted_document():
    text = "Армения и Казахстан договорились расширять торговлю, говорится в совместном коммюнике по итогам встречи."
    assert [(t, st) for t, st, _, _ in _docs(text, "ru")] == [("joint-statement", "signed")]


def test_zh_plan_word_in_a_plans_own_name_is_no_modality():
    text = "两国领导人签署了《中泰两国政府共同行动计划》。"
    assert [(t, st) for t, st, _, _ in _docs(text, "zh")] == [("plan", "signed")]


def test_zh_full_text_of_a_statement_published_on_the_page_is_adopted():
    text = ("中华人民共和国和老挝人民民主共和国关于深化全面战略伙伴关系的联合声明全文如下：双方回顾了两国关系。"
            "两国外长会见时谈到了联合声明的起草。")
    assert [d[:2] for d in _docs(text, "zh")] == [("joint-statement", "signed")]


def test_zh_each_document_of_a_history_takes_its_own_clauses_year():
    text = "2015年中国和老挝建立全面战略伙伴关系，2019年老挝与中国签署共建“一带一路”合作谅解备忘录。"
    assert _docs(text, "zh") == [("memorandum", "signed", ("connectivity",), 2019)]


def test_ru_each_document_of_a_history_takes_its_own_clauses_year():
    text = ("В 2015 году Армения и Казахстан установили стратегическое партнерство, "
            "а в 2019 году подписали соглашение о сотрудничестве в области энергетики.")
    assert _docs(text, "ru") == [("agreement", "signed", ("energy",), 2019)]


def test_zh_documents_listed_with_their_own_dates_keep_them():
    text = ("双方重申，1990年5月3日发表的《中老联合公报》、1995年签署的《中老睦邻友好条约》"
            "是两国关系的政治基础。中国和老挝举行会谈。")
    assert _docs(text, "zh") == [("joint-statement", "signed", (), dt.date(1990, 5, 3)),
                                 ("treaty", "signed", (), 1995)]


def test_zh_short_line_leading_into_a_statement_is_no_headline():
    text = "中国总理同老挝总理举行会谈。双方发表联合声明如下："
    assert [d[:2] for d in _docs(text, "zh")] == [("joint-statement", "signed")]


def test_zh_years_in_a_documents_own_title_are_not_its_date():
    text = "3月12日，中国和老挝签署《2026-2030年农业合作规划》。"
    assert _docs(text, "zh") == [("plan", "signed", ("agriculture",), dt.date(2025, 3, 12))]
