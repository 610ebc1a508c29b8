"""Chinese constructions met on a fourth round of unseen articles: Taiwan's press naming Taiwan as a
party, type words inside a ministry's name, a page titled with a document's full title, designations
that name the values of a partnership, praise for the other side's own record
(kg/lexicons/zh, kg/extract/pack/agreement.py, kg/extract/pack/cooperation.py)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2025, 4, 16)


def _facts(text: str, title: str | None = None):
    return extract(Article(text=text, published=DAY, lang="zh", title=title))


def _docs(text: str, title: str | None = None):
    return sorted((a.pair, a.type) for a in _facts(text, title).agreements if a.status == "signed")


def test_zh_taiwan_and_its_short_form_in_a_compound_are_taiwan():
    text = "外交部表示,台灣與吐瓦魯今天簽署「台吐漁業合作協定」,深化兩國關係。"
    assert _docs(text) == [(("TUV", "TWN"), "agreement")]


def test_zh_a_type_word_inside_a_ministry_s_name_is_no_document():
    text = "越南计划投资部与中国商务部签署了产能合作框架。"
    assert _docs(text) == []


def test_zh_a_page_titled_with_a_document_s_full_title_publishes_that_document():
    title = "中华人民共和国和斐济共和国关于深化全面战略伙伴关系的联合声明"
    text = title + "\n\n双方一致认为,两国关系发展顺利。双方同意扩大农业合作。"
    assert _docs(text, title) == [(("CHN", "FJI"), "joint-statement")]


def test_zh_a_news_headline_without_a_full_title_stays_a_headline():
    title = "中斐领导人举行会谈"
    text = title + "\n\n双方一致认为,两国关系发展顺利。"
    assert _docs(text, title) == []


def test_zh_values_a_partnership_features_are_part_of_its_designation():
    text = "中国和瓦努阿图决定建立相互尊重、共同发展的全面战略伙伴关系。"
    levels = [p.level for p in _facts(text).partnerships]
    assert levels == ["comprehensive strategic partnership featuring mutual respect and common development"]


def test_zh_praise_for_the_other_side_s_own_achievements_is_no_field():
    text = "中方赞赏斐济在政府领导下,在发展经济、改善民生等方面取得的重要成就,将一如既往支持斐方。"
    assert [c.field for c in _facts(text).cooperation] == []


def test_zh_a_signed_letter_of_intent_is_a_document():
    assert _docs("中国和斐济签署了体育交流合作意向书。") == [(("CHN", "FJI"), "other")]


def test_zh_a_building_one_side_builds_for_the_other_as_aid_is_humanitarian():
    text = "总统出席了中国援建的斐济国家体育场启用仪式。"
    assert "humanitarian" in [c.field for c in _facts(text).cooperation]


def test_zh_sustainable_development_goals_are_environment():
    text = "中英双方签署关于加强发展合作、有效落实可持续发展目标的谅解备忘录。"
    assert "environment" in [c.field for c in _facts(text).cooperation]
