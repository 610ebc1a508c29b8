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


def _coop_pairs(text: str):
    return {c.pair for c in _facts(text).cooperation}


def test_zh_short_forms_listed_before_a_count_of_countries_are_those_countries():
    text = "访问期间,中国同澳大利亚和新西兰交往密切。中国同澳、新两国共签署30多项协议,涉及能源、教育等领域。"
    assert {("AUS", "CHN"), ("CHN", "NZL")} <= {a.pair for a in _facts(text).agreements}


def test_zh_a_country_whose_situation_is_discussed_is_no_side():
    text = "中意双方还就黎巴嫩局势和应对气候变化等问题交换了意见,同意加强合作。"
    assert ("CHN", "LBN") not in _coop_pairs(text)


def test_zh_documents_expected_to_be_signed_are_planned():
    text = "中法两国领导人周二会谈,预料会签署多份经贸协议。"
    assert _docs(text) == []


def test_zh_hong_kong_and_taiwan_words_for_digital_and_farm_products_are_fields():
    fields = {c.field for c in _facts("中法双方同意在数码化领域加强合作,扩大农水产品贸易合作。").cooperation}
    assert {"science-technology", "agriculture"} <= fields


def test_zh_a_field_word_inside_a_partnership_s_designation_is_no_field():
    text = "双方同意推进中瑞创新战略伙伴关系深入发展。"
    assert [c.field for c in _facts(text).cooperation] == []


def test_zh_each_compound_in_a_sentence_names_its_own_pair():
    text = "会议在泰国曼谷举行。这有助于加快推进中泰铁路、中老铁路等运输通道建设。"
    assert {("CHN", "LAO"), ("CHN", "THA")} <= _coop_pairs(text)


def test_zh_nan_in_a_compound_is_south_africa_where_the_article_names_it():
    levels = [(p.pair, p.level) for p in _facts("南非总统访华。双方同意推动中南全面战略伙伴关系发展。").partnerships]
    assert levels == [(("CHN", "ZAF"), "comprehensive strategic partnership")]


def test_zh_zhongnanhai_is_no_compound_of_two_countries():
    text = "习近平在中南海会见南非总统,双方同意加强能源合作。"
    assert _coop_pairs(text) == {("CHN", "ZAF")}
    assert _coop_pairs("习近平在中南海同外宾举行会谈,双方同意加强能源合作。") == set()


def test_zh_taiwan_is_no_side_in_an_article_that_names_china_as_often():
    text = ("习近平同美国总统举行会谈。习近平强调,台湾问题是中美关系中最重要的问题。美方应停止美台军事联系。"
            "双方同意加强两国在气候变化领域合作。")
    assert _coop_pairs(text) == {("CHN", "USA")}
    assert _docs("洪都拉斯与台湾断交,同中国建交。双方签署建交联合公报。") == [(("CHN", "HND"), "joint-statement")]


def test_zh_our_country_in_taipei_s_press_is_taiwan():
    text = ("外交部表示,台灣與帛琉邦誼穩固。今年是我國與帛琉建交25週年,台灣將持續深化合作。"
            "我國與帛琉同意加強觀光合作。")
    assert _coop_pairs(text) == {("PLW", "TWN")}


def test_zh_our_country_in_beijing_s_press_stays_china():
    assert _coop_pairs("今年是我国与斐济建交50周年。我国与斐济同意加强农业合作。") == {("CHN", "FJI")}


def test_zh_the_holy_see_and_food_security_are_known_words():
    fields = {(c.pair, c.field) for c in _facts("中華民國與教廷同意在糧食安全領域加強合作。").cooperation}
    assert fields == {(("TWN", "VAT"), "agriculture")}


def test_zh_today_with_its_day_in_brackets_is_that_day():
    f = _facts("總統今(14)日與帛琉總統會晤,見證兩國簽署「台帛觀光合作協定」。台灣與帛琉邦誼穩固。")
    assert [(a.type, a.date) for a in f.agreements] == [("agreement", dt.date(2025, 4, 14))]


def test_zh_new_taiwan_dollars_are_no_compound_of_two_countries():
    text = "台灣與日本簽署經濟合作協定。台灣將以新台幣50億元推動投資合作。紐西蘭總理亦到訪台灣。"
    assert ("NZL", "TWN") not in _coop_pairs(text)
