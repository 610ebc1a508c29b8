"""zh and ru levels in their context: whose level (the clause's pair, a list of the anchor's
partners), when (a participle with a year after the level, an anniversary), and partners ranked
among others that are no level. Sentences written for the project."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article


def _levels(text: str, lang: str, published=dt.date(2024, 6, 1)):
    f = extract(Article(text=text, published=published, lang=lang))
    return sorted((p.pair, p.level, p.action, p.year) for p in f.partnerships)


def test_zh_each_clause_gives_its_own_pair_its_level():
    got = _levels("中国与埃及宣布建立全面战略伙伴关系，随后又与约旦建立了战略伙伴关系。中国和埃及举行会谈。", "zh")
    assert [(p, lvl) for p, lvl, _, _ in got] == [(("CHN", "EGY"), "comprehensive strategic partnership"),
                                                  (("CHN", "JOR"), "strategic partnership")]


def test_zh_list_of_the_anchors_partners_gives_one_level_each():
    got = _levels("中国总理会见泰国总理。目前同中国建立全面战略合作伙伴关系的国家包括泰国、老挝、柬埔寨。", "zh")
    assert {p for p, *_ in got} == {("CHN", "THA"), ("CHN", "LAO"), ("CHN", "KHM")}


def test_ru_list_items_cut_by_commas_are_still_the_anchors_partners():
    text = ("Президент России провел переговоры с президентом Армении. "
            "У России стратегическое партнерство с Арменией, Азербайджаном, Киргизией и Таджикистаном.")
    assert {p for p, *_ in _levels(text, "ru")} == {("ARM", "RUS"), ("AZE", "RUS"), ("KGZ", "RUS"), ("RUS", "TJK")}


def test_ru_participle_after_the_level_gives_its_action_and_year():
    text = ("Отношения Китая и России прошли путь от конструктивного партнерства, установленного в 1994 году, "
            "к всеобъемлющему стратегическому партнерству, установленному в 2011 году.")
    got = _levels(text, "ru", dt.date(2020, 1, 1))
    assert [(lvl, act, y) for _, lvl, act, y in got] == [("comprehensive strategic partnership", "establish", 2011),
                                                         ("constructive partnership", "establish", 1994)]


def test_zh_anniversary_of_a_level_is_its_history_beside_todays_upgrade():
    text = "今年是中国同乌兹别克斯坦建立战略伙伴关系10周年。两国元首宣布将两国关系提升为全面战略伙伴关系。"
    got = _levels(text, "zh")
    assert [(lvl, act) for _, lvl, act, _ in got] == [("comprehensive strategic partnership", "upgrade"),
                                                      ("strategic partnership", "establish")]


def test_zh_most_important_partner_ranks_a_partner_and_is_no_level():
    assert _levels("中国外长会见越南外长。中方视越南为最重要的战略合作伙伴。", "zh") == []


def test_partnership_of_one_field_is_no_level():
    ru = "Министры обороны Армении и Казахстана подписали программу стратегического партнерства в военной области."
    zh = "中国和埃及同意加强能源领域战略伙伴关系。"
    assert _levels(ru, "ru") == [] and _levels(zh, "zh") == []


def test_zh_last_year_gives_the_year_and_no_day():
    f = extract(Article(text="外交部发言人7月2日表示，去年9月，中国和埃及宣布将两国关系提升为全面战略伙伴关系。",
                        published=dt.date(2024, 7, 2), lang="zh"))
    assert [(p.date, p.year) for p in f.partnerships] == [(None, 2023)]


def test_day_without_its_year_carries_on_however_far_back_a_month_alone_stops_it():
    text = ("中国和埃及元首1月20日举行会谈。此次会谈，两国宣布建立全面战略伙伴关系。"
            "6月，中国同约旦签署联合声明，建立战略伙伴关系。")
    f = extract(Article(text=text, published=dt.date(2024, 8, 1), lang="zh"))
    assert sorted((p.pair, p.date) for p in f.partnerships) == [(("CHN", "EGY"), dt.date(2024, 1, 20)),
                                                               (("CHN", "JOR"), None)]


def test_ru_two_times_in_one_sentence_give_each_level_its_own():
    text = ("В 2019 году отношения Армении и Казахстана вышли на уровень стратегического партнерства, "
            "а сегодня стороны подписали декларацию о всеобъемлющем стратегическом партнерстве.")
    f = extract(Article(text=text, published=dt.date(2025, 5, 15), lang="ru"))
    assert sorted((p.level, p.action, p.date, p.year) for p in f.partnerships) == [
        ("comprehensive strategic partnership", "establish", dt.date(2025, 5, 15), None),
        ("strategic partnership", "upgrade", None, 2019)]


def test_ru_level_in_brackets_after_each_partner_is_that_partners_own():
    text = ("Армения провела переговоры с Индией. Армения выстроила отношения с Индией (стратегическое "
            "партнерство), Ираном (всеобъемлющее партнерство) и Грецией (особое стратегическое партнерство).")
    got = {(p, lvl) for p, lvl, _, _ in _levels(text, "ru")}
    assert got == {(("ARM", "IND"), "strategic partnership"), (("ARM", "IRN"), "comprehensive partnership"),
                   (("ARM", "GRC"), "special strategic partnership")}


def test_ru_raise_of_status_meant_to_come_is_no_level_yet():
    text = "Новый договор призван повысить статус отношений Армении и Казахстана до всеобъемлющего стратегического партнерства."
    assert _levels(text, "ru") == []


def test_ru_expanding_the_level_in_a_statement_is_a_reaffirmation():
    text = "Президенты Армении и Казахстана подписали совместное заявление о расширении стратегического партнерства."
    assert [a for _, _, a, _ in _levels(text, "ru")] == ["reaffirm"]


def test_zh_announced_visit_date_is_not_carried_to_the_next_sentence():
    text = "外交部宣布，王毅将于6月10日至12日访问泰国。发言人表示，中方愿推动中泰全面战略合作伙伴关系迈上新台阶。"
    f = extract(Article(text=text, published=dt.date(2024, 6, 8), lang="zh"))  # the visit is two days ahead
    assert [(p.pair, p.date) for p in f.partnerships] == [(("CHN", "THA"), None)]


def test_zh_future_oriented_and_high_quality_are_designation_words():
    from kg.extract.pack.lexicon import load_pack
    from kg.extract.pack.partnership import designations
    from kg.extract.zh.simplify import NORMALISE

    found = designations(NORMALISE("全方位高质量的前瞻性伙伴关系"), load_pack("zh", NORMALISE))
    assert [d[2] for d in found] == ["all-round high-quality future-oriented partnership"]


def test_ru_last_list_item_of_two_countries_joined_by_and_is_still_listed():
    text = "Вьетнам установил всеобъемлющее стратегическое партнерство с Китаем, Индией, Южной Кореей и США."
    assert {p for p, *_ in _levels(text, "ru")} == {("CHN", "VNM"), ("IND", "VNM"), ("KOR", "VNM"), ("USA", "VNM")}


def test_ru_raised_from_one_level_to_another_gives_the_new_level_as_an_upgrade():
    text = "Отношения Армении и Казахстана повышены от стратегического партнерства до всеобъемлющего стратегического партнерства."
    assert [(lvl, a) for _, lvl, a, _ in _levels(text, "ru")] == [("comprehensive strategic partnership", "upgrade")]


def test_zh_field_before_the_designation_words_makes_a_sector_partnership_no_level():
    text = "中泰双方同意巩固两国全面能源合作伙伴关系。"
    assert _levels(text, "zh") == []


def test_ru_anniversary_of_a_levels_establishment_is_an_establishment_without_the_anniversary_year():
    text = "В 2024 году Армения и Казахстан отмечают десять лет с момента установления стратегического партнерства."
    assert _levels(text, "ru") == [(("ARM", "KAZ"), "strategic partnership", "establish", None)]


def test_ru_special_comma_privileged_is_the_special_and_privileged_designation():
    text = "Отношения Армении и Индии носят характер особого, привилегированного стратегического партнерства."
    assert [lvl for _, lvl, _, _ in _levels(text, "ru")] == ["special and privileged strategic partnership"]


def test_zh_new_era_after_a_compound_does_not_make_it_a_trilateral():
    text = "同俄罗斯开启“中俄新时代全面战略协作伙伴关系”，同瑞士建立“中瑞创新战略伙伴关系”。"
    assert {p for p, *_ in _levels(text, "zh")} == {("CHN", "RUS"), ("CHE", "CHN")}


def test_zh_partnership_of_mutual_trust_is_a_level_and_the_earlier_one_of_an_upgrade():
    text = ("2010年中国与老挝建立睦邻互信伙伴关系以来，两国合作不断扩大。"
            "双方决定将中老睦邻互信伙伴关系提升为中老全面战略伙伴关系。")
    got = _levels(text, "zh")
    assert [(lvl, act) for _, lvl, act, _ in got] == [("comprehensive strategic partnership", "upgrade"),
                                                      ("good-neighbourly partnership of mutual trust", "establish")]
