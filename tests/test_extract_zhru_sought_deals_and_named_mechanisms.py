"""Documents and levels that are not the pair's yet, and field words read in their compound: a deal one side
seeks ("寻求…达成协议") or a signing looked forward to ("главным ожиданием является подписание") is not signed;
a party plenum's plan proposals ("规划建议") are no document of the pair; a joint statement quoted or acting
("联合声明指出", "被联合声明定义为") stands adopted; a dialogue named after a level ("Диалог стратегического
партнерства") states no level; 经济技术 is economic-technical cooperation (economy and aid), 科技大学 a
university; thanks for a hospital ship the other sent is health and aid; the pair
discussing a payment scheme is finance, discussing a sector's difficulties no cooperation; defence deals and arms sold, the arms industry, oil extraction and farm produce supplied are
their fields; a gloss after today's designation telling when it was set ("（…自2005年正式确立的…）") is the
level's earlier establishment beside today's statement; a dateline in digits ("14.03.2025, 10:15") dates the
story under it (kg/extract/pack/partnership.py, kg/lexicons/zh,
kg/lexicons/ru)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2025, 3, 14)


def _facts(text: str, lang: str):
    return extract(Article(text=text, published=DAY, lang=lang))


def _signed(text: str, lang: str) -> list:
    return sorted((a.pair, a.type) for a in _facts(text, lang).agreements if a.status == "signed")


def _fields(text: str, lang: str) -> set:
    return {c.field for c in _facts(text, lang).cooperation}


def test_zh_a_deal_one_side_seeks_is_not_signed():
    text = "巴西寻求与阿根廷达成长期天然气协议，以稳定价格进口阿根廷天然气。"
    assert _signed(text, "zh") == []


def test_zh_a_plenums_plan_proposals_are_no_document_of_the_pair():
    text = "越南总理会见老挝总理时说，越共中央全会审议通过五年规划建议，越方愿同老方推动发展战略对接。"
    assert _signed(text, "zh") == []


def test_zh_a_joint_statement_that_defines_a_field_stands_adopted():
    text = "埃及和印度尼西亚加强港口合作，港口建设被联合声明定义为两国关系的重点。"
    assert _signed(text, "zh") == [(("EGY", "IDN"), "joint-statement")]


def test_zh_a_joint_statement_quoted_stands_adopted():
    text = "泰国和越南联合声明指出，两国将扩大农产品贸易。"
    assert (("THA", "VNM"), "joint-statement") in _signed(text, "zh")


def test_zh_economic_technical_cooperation_is_economy_and_aid_not_technology():
    text = "会谈后，老挝和柬埔寨签署了经济技术等领域合作文件。"
    assert _fields(text, "zh") == {"economy", "humanitarian"}


def test_zh_a_university_of_science_and_technology_is_education():
    text = "智利和秘鲁两国总统共同出席圣地亚哥科技大学合作项目启动仪式。"
    assert _fields(text, "zh") == {"education"}


def test_zh_defence_deals_and_arms_sold_are_defence():
    text = "双方还谈到国防交易，包括法国向印度出售战斗机。"
    assert "defence-security" in _fields(text, "zh")


def test_zh_the_arms_industry_is_defence_and_industry():
    text = "埃及和土耳其准备在埃及合作设立军工厂。"
    assert {"defence-security", "industry"} <= _fields(text, "zh")


def test_ru_a_signing_looked_forward_to_is_not_signed():
    text = ("Главным ожиданием от визита премьер-министра Испании в Марокко является подписание соглашения "
            "о сотрудничестве в сфере энергетики.")
    assert _signed(text, "ru") == []


def test_ru_a_dialogue_named_after_a_level_states_no_level():
    text = "Министр сообщил, что Турция и Катар возобновят работу Диалога стратегического партнерства."
    assert _facts(text, "ru").partnerships == ()


def test_ru_oil_extraction_is_energy():
    text = "Алжир и Нигерия обсудили сотрудничество в нефтедобыче и нефтедобывающем секторе."
    assert _fields(text, "ru") == {"energy"}


def test_ru_meat_and_fruit_supplied_between_the_two_are_agriculture():
    text = "Кения и Эфиопия договорились о взаимных поставках мяса и фруктов."
    assert "agriculture" in _fields(text, "ru")


def test_zh_a_gloss_telling_when_the_level_was_set_is_its_establishment_beside_today():
    text = ("巴西总统周二抵达阿根廷访问。阿根廷外交部说，两国希望深化“全面战略伙伴关系”"
            "（这是阿巴关系自2005年正式确立的定位），并就地区问题交换意见。")
    facts = extract(Article(text=text, published=DAY, lang="zh")).partnerships
    assert sorted((f.action, f.year) for f in facts if f.pair == ("ARG", "BRA")) == [("establish", 2005), ("reaffirm", None)]


def test_zh_a_level_a_joint_statement_describes_is_reaffirmed_not_established():
    text = "埃及和印度尼西亚加强港口合作，港口建设被联合声明定义为两国战略伙伴关系的重点。"
    assert [f.action for f in extract(Article(text=text, published=DAY, lang="zh")).partnerships] == ["reaffirm"]


def test_ru_a_dateline_in_digits_dates_the_story_under_it():
    text = ("14.03.2025, 10:15\n\nАлжир и Нигерия укрепляют стратегическое партнерство\n\n"
            "Сегодня президенты двух стран проведут переговоры.")
    facts = extract(Article(text=text, published=DAY, lang="ru")).partnerships
    assert [(f.action, f.date) for f in facts] == [("reaffirm", DAY)]


def test_zh_thanks_for_a_hospital_ship_the_other_sent_is_health_and_aid():
    text = "巴基斯坦总理会见中国外长，感谢中国医疗船为巴基斯坦民众送去温暖。"
    assert {"health", "humanitarian"} <= _fields(text, "zh")


def test_zh_the_pair_discussing_a_payment_scheme_is_finance():
    text = "埃及外长表示，埃及和土耳其正在讨论本币支付方案。"
    assert _fields(text, "zh") == {"finance"}


def test_zh_discussing_the_difficulties_a_sector_faces_is_no_cooperation():
    text = "印尼总统说，印尼和越南讨论了当前纺织行业面临的困境。"
    assert _fields(text, "zh") == set()
