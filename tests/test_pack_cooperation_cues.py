"""Cooperation cues of the zh and ru packs that real pages use and the first packs lacked
(kg/lexicons/{zh,ru}/pack.toml, fields.tsv)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2025, 3, 14)


def _fields(text: str, lang: str) -> set[str]:
    return {c.field for c in extract(Article(text=text, published=DAY, lang=lang)).cooperation}


def test_ru_largest_trading_partner_is_trade_and_economy():
    text = "Премьер отметил, что Армения остается крупнейшим торгово-экономическим партнером Казахстана."
    assert _fields(text, "ru") == {"trade", "economy"}


def test_ru_turnover_between_the_two_is_trade():
    assert _fields("Товарооборот Армении и Казахстана за год вырос на треть.", "ru") == {"trade"}


def test_ru_joint_production_is_industry_and_biological_safety_is_health():
    text = ("Армения и Казахстан договорились о производственной кооперации и о сотрудничестве "
            "в сфере биологической безопасности.")
    assert _fields(text, "ru") == {"industry", "health"}


def test_zh_helping_the_other_side_reach_a_goal_is_cooperation_in_its_field():
    text = "中方愿同泰方实施好重点项目，助力泰国实现农业现代化。"
    assert "agriculture" in _fields(text, "zh")


def test_zh_health_security_is_health_not_defence():
    assert _fields("中国和泰国将在卫生安全领域开展合作。", "zh") == {"health"}


def test_ru_farming_and_water_management_named_together_are_agriculture_and_environment():
    text = "Армения и Казахстан обсудили сотрудничество в сельском и водном хозяйстве."
    assert _fields(text, "ru") == {"agriculture", "environment"}


def test_zh_congo_kinshasa_short_form_in_a_compound_is_the_democratic_republic():
    f = extract(Article(text="中刚(金)两国元首会晤，双方同意加强农业合作。", published=DAY, lang="zh"))
    assert {c.pair for c in f.cooperation} == {("CHN", "COD")}


def test_zh_silk_road_economic_belt_in_a_title_is_connectivity_not_economy():
    text = "中国和泰国签署《关于共同推进丝绸之路经济带建设的谅解备忘录》。"
    f = extract(Article(text=text, published=DAY, lang="zh"))
    assert [a.fields for a in f.agreements] == [("connectivity",)]


def test_zh_concessional_loans_are_finance():
    assert "finance" in _fields("中国和泰国签署多项合作协议，涉及优惠贷款等领域。", "zh")


def test_ru_university_written_as_a_partners_name_is_no_education():
    text = "Правительство Армении и Университет Казахстана договорились о совместной работе в области цифровых технологий."
    assert _fields(text, "ru") == {"science-technology"}


def test_ru_universities_in_lowercase_are_education():
    assert "education" in _fields("Армения и Казахстан расширят сотрудничество университетов.", "ru")


def test_zh_one_side_providing_a_setting_for_the_others_investment_is_investment():
    assert _fields("泰方希望中方为泰国企业投资兴业提供良好环境。", "zh") == {"investment"}


def test_zh_buying_from_the_other_side_is_trade():
    assert _fields("中方宣布将向泰国购买大米。", "zh") == {"trade"}


def test_ru_document_not_signed_gives_no_cooperation_in_its_field():
    assert _fields("Армения и Казахстан не подписали соглашение о свободной торговле.", "ru") == set()


def test_ru_negation_elsewhere_in_a_signing_sentence_keeps_the_documents_fields():
    text = "Армения и Казахстан подписали соглашение о торговле, хотя не все вопросы решены."
    assert _fields(text, "ru") == {"trade"}


def test_ru_academic_exchanges_and_training_of_staff_are_education():
    text = "Армения и Казахстан договорились расширять академические обмены и подготовку кадров."
    assert _fields(text, "ru") == {"education"}


def test_ru_agreeing_to_expand_direct_flights_is_connectivity():
    text = "Армения и Казахстан решили расширить прямое авиасообщение между столицами."
    assert _fields(text, "ru") == {"connectivity"}


def test_zh_one_side_encouraging_its_firms_to_invest_in_the_other_is_investment():
    text = "中国总理会见老挝总理。中方鼓励更多中国企业赴老挝投资兴业。"
    assert _fields(text, "zh") == {"investment"}


def test_zh_people_flows_and_exchanges_between_civilisations_are_culture():
    text = "中国外长会见老挝外长。双方要扩大人员往来，促进文明交流。"
    assert _fields(text, "zh") == {"culture"}


def test_zh_taiwanese_word_for_digital_is_science_technology():
    text = "中國外長會見新加坡外長。雙方要打造數位經濟合作。"
    assert "science-technology" in _fields(text, "zh")
