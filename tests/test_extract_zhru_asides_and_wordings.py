"""Chinese and Russian wordings: countries left out in a parenthesis are no side, 大陆架 holds no
country, "special and privileged" in its Chinese forms, field words of geology, borders and
transboundary waters, "last night" and a special-dispatch dateline (kg/lexicons/zh, kg/lexicons/ru,
kg/extract/pack/pairs.py)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2024, 11, 8)


def _facts(text: str, lang: str):
    return extract(Article(text=text, published=DAY, lang=lang))


def _pairs_of_docs(text: str, lang: str = "zh"):
    return sorted((a.pair, a.type) for a in _facts(text, lang).agreements if a.status == "signed")


def _levels(text: str, lang: str = "zh"):
    return {(p.pair, p.level, p.action) for p in _facts(text, lang).partnerships}


def _fields(text: str, lang: str):
    return {(c.pair, c.field) for c in _facts(text, lang).cooperation}


def test_zh_countries_excepted_in_a_parenthesis_are_no_pair_for_the_next_sentence():
    text = ("泰国和越南关系良好。这是本地区国家（缅甸和柬埔寨除外）领导人首次访越。\n\n"
            "1998年,两国签署了《贸易协定》。")
    assert _pairs_of_docs(text) == [(("THA", "VNM"), "agreement")]


def test_zh_the_exception_may_list_countries_in_ascii_brackets():
    text = "菲律宾与越南举行会谈。东南亚国家(老挝、柬埔寨除外)均派代表出席。两国签署了渔业合作谅解备忘录。"
    assert _pairs_of_docs(text) == [(("PHL", "VNM"), "memorandum")]


def test_zh_the_continental_shelf_holds_no_mainland_china():
    assert _pairs_of_docs("马来西亚和越南关系良好。两国签署了大陆架划界协定。") == [(("MYS", "VNM"), "agreement")]


def test_zh_special_and_privileged_joined_by_qie():
    assert _levels("巴西总统与阿根廷总统重申两国特殊且具特权的战略伙伴关系。") == {
        (("ARG", "BRA"), "special and privileged strategic partnership", "reaffirm")}


def test_zh_special_and_privileged_in_the_official_form():
    assert _levels("埃及同沙特致力于发展特殊和特惠战略伙伴关系。") == {
        (("EGY", "SAU"), "special and privileged strategic partnership", "reaffirm")}


def test_zh_geological_exploration_is_mining_in_both_spellings():
    assert (("CHN", "MNG"), "mining") in _fields("中国和蒙古国同意在地质勘探领域开展合作。", "zh")
    assert (("KAZ", "TUR"), "mining") in _fields("土耳其與哈薩克簽署地質探勘合作協議。", "zh")


def test_zh_border_stability_is_security():
    assert _fields("中国同老挝领导人就深化务实合作、维护边境稳定提出建议。", "zh") == {
        (("CHN", "LAO"), "defence-security")}


def test_ru_transboundary_rivers_and_waters_are_environment():
    assert _fields("Казахстан и Киргизия договорились о сотрудничестве в использовании трансграничных рек.",
                   "ru") == {(("KAZ", "KGZ"), "environment")}
    assert (("TJK", "UZB"), "environment") in _fields(
        "Договор между Таджикистаном и Узбекистаном регулирует использование трансграничных вод.", "ru")


def test_zh_last_night_is_the_day_before_a_special_dispatch():
    f = _facts("新华社河内8日专电\n越南总理昨晚与老挝总理会谈,重申两国战略伙伴关系。", "zh")
    assert [(p.level, p.date) for p in f.partnerships] == [("strategic partnership", dt.date(2024, 11, 7))]


def test_zh_sister_cities_are_culture():
    assert _fields("巴西和阿根廷支持更多城市结为友好城市。", "zh") == {(("ARG", "BRA"), "culture")}
