"""Chinese pairs: a clause opening with 与/同 after one whose actor it leaves out ("浙江省与法国…签署协议；与智利…、
秘鲁…签署备忘录") is that actor with each country it names; a province acts for China; the short form 苏 stands for
Suriname where the article names Suriname; sister provinces and biosafety are fields (kg/extract/pack/pairs.py,
kg/lexicons/zh)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2025, 6, 3)


def _facts(text: str):
    return extract(Article(text=text, published=DAY, lang="zh"))


TEXT = ("大会当天，浙江省与法国布列塔尼大区签署建立友好省区协议；与智利瓦尔帕莱索市、秘鲁库斯科市签署建立友好合作关系备忘录；"
        "与葡萄牙波尔图市签署合作意向书。")


def test_a_province_signing_is_china_signing():
    pairs = {a.pair for a in _facts("浙江省与法国布列塔尼大区签署建立友好省区协议。").agreements}
    assert pairs == {("CHN", "FRA")}


def test_a_clause_with_its_actor_left_out_pairs_that_actor_with_each_country_named():
    got = {(a.pair, a.type) for a in _facts(TEXT).agreements}
    assert got == {(("CHN", "FRA"), "agreement"), (("CHL", "CHN"), "memorandum"), (("CHN", "PER"), "memorandum"),
                   (("CHN", "PRT"), "other")}


def test_a_clause_opening_with_meanwhile_carries_no_actor():
    text = "中国与法国签署了航空协议；同时，智利和秘鲁签署了渔业合作备忘录。"
    assert ("CHL", "PER") in {a.pair for a in _facts(text).agreements}


def test_sister_provinces_are_cultural_cooperation():
    fields = {(c.pair, c.field) for c in _facts("浙江省与法国布列塔尼大区签署建立友好省区协议。").cooperation}
    assert (("CHN", "FRA"), "culture") in fields


def test_su_stands_for_suriname_in_an_article_on_suriname():
    facts = _facts("国家主席同苏里南总统举行会谈。两国元首共同宣布，中苏建立战略合作伙伴关系。")
    assert {p.pair for p in facts.partnerships} == {("CHN", "SUR")}


def test_biosafety_cooperation_is_health():
    fields = {c.field for c in _facts("中国和巴基斯坦两国将深化生物安全合作。").cooperation}
    assert "health" in fields


def test_a_document_named_alike_in_the_headline_and_the_body_is_one():
    head = "中秘签署《中国农业农村部与秘鲁农业发展部关于加强发展合作的谅解备忘录》"
    text = (head + "\n\n2024年5月20日,在两国总理见证下,中国农业农村部部长和秘鲁农业发展部部长在利马签署"
            "《中国农业农村部与秘鲁农业发展部关于加强发展合作的谅解备忘录》。")
    facts = extract(Article(text=text, title=head, published=DAY, lang="zh"))
    assert len(facts.agreements) == 1


def test_a_memorandum_on_friendly_relations_of_two_regions_is_cultural_cooperation():
    text = "会上，云南省与泰国清迈府签署建立友好合作关系备忘录。"
    assert (("CHN", "THA"), "culture") in {(c.pair, c.field) for c in _facts(text).cooperation}


def test_one_side_sending_doctors_to_the_other_is_health_cooperation():
    text = "中国和斐济两国领导人举行会谈。中方将向斐济派遣医疗专家组。"
    assert "health" in {c.field for c in _facts(text).cooperation}
