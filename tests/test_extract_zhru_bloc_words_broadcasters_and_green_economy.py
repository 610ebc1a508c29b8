"""Chinese and Russian wordings: a bloc's word that the short forms read as the named pair ("中阿" in a story on
Argentina) is that pair, "partnership and strategic cooperation" is one Russian designation, broadcasters'
agreements are media cooperation, the circular economy is green development, and the global development
initiative's cooperation gives no field (kg/lexicons/zh, kg/lexicons/ru, kg/extract/pack/partnership.py)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.extract.lexicon import lexicon
from kg.facts import Article

DAY = dt.date(2025, 3, 10)


def _facts(text: str, lang: str):
    return extract(Article(text=text, published=DAY, lang=lang))


def _levels(text: str, lang: str = "zh"):
    return {(p.pair, p.level, p.action) for p in _facts(text, lang).partnerships}


def _tops(text: str, lang: str):
    L = lexicon()
    return {(c.pair, L.fields[c.field].top) for c in _facts(text, lang).cooperation}


def test_zh_china_arab_compound_is_the_pair_in_a_story_naming_argentina():
    text = "阿根廷总统抵达北京。今年是中阿建立全面战略伙伴关系十周年。"
    assert _levels(text) == {(("ARG", "CHN"), "comprehensive strategic partnership", "establish")}


def test_zh_china_arab_compound_stays_a_bloc_where_no_country_of_it_is_named():
    text = "外长出席部长级会议。今年是中阿建立全面战略伙伴关系十周年。"
    assert _levels(text) == set()


def test_zh_china_africa_bloc_is_still_no_pair():
    text = "埃及总统抵达北京。中非建立全面战略合作伙伴关系多年。"
    assert not any(p == ("CHN", "EGY") for p, _, _ in _levels(text))


def test_ru_comprehensive_partnership_and_strategic_cooperation_is_one_level():
    text = "Стороны подтвердили курс Египта и России на развитие всестороннего партнерства и стратегического сотрудничества."
    assert _levels(text, "ru") == {(("EGY", "RUS"), "comprehensive partnership and strategic cooperation", "reaffirm")}


def test_ru_agreement_between_state_broadcasters_is_media_cooperation():
    text = "Президенты Армении и Казахстана провели переговоры. Подписано соглашение между государственными телекомпаниями двух стран."
    assert (("ARM", "KAZ"), "culture") in _tops(text, "ru")


def test_zh_circular_economy_is_green_development_not_the_economy():
    text = "越南总理与泰国总理会谈。双方同意拓展循环经济领域合作。"
    assert _tops(text, "zh") == {(("THA", "VNM"), "environment")}


def test_zh_global_development_cooperation_gives_no_aid_field():
    text = "老挝总理与柬埔寨首相会谈。双方签署农业、全球发展合作等领域合作文件。"
    assert _tops(text, "zh") == {(("KHM", "LAO"), "agriculture")}


def test_zh_development_cooperation_alone_is_still_aid():
    text = "老挝总理与柬埔寨首相会谈。双方签署发展合作文件。"
    assert (("KHM", "LAO"), "humanitarian") in _tops(text, "zh")


def test_zh_a_production_complex_built_together_is_industry():
    text = "老挝总理与柬埔寨首相会谈。两国合作的化肥生产综合体建设项目顺利投产。"
    assert (("KHM", "LAO"), "industry") in _tops(text, "zh")


def test_zh_production_chain_cooperation_is_industry():
    text = "老挝总理与柬埔寨首相会谈。双方同意加强生产链合作。"
    assert _tops(text, "zh") == {(("KHM", "LAO"), "industry")}


def test_ru_communications_as_the_last_item_of_an_area_list_is_science_technology():
    text = "Президенты Армении и Казахстана провели переговоры. Заключены соглашения в области транспорта, энергетики и связи."
    assert (("ARM", "KAZ"), "science-technology") in _tops(text, "ru")


def test_ru_communications_right_after_an_area_word_is_science_technology():
    text = "Президенты Армении и Казахстана провели переговоры. Подписан меморандум о сотрудничестве в сфере связи."
    assert _tops(text, "ru") == {(("ARM", "KAZ"), "science-technology")}


def test_ru_ties_outside_an_area_list_give_no_field():
    text = "Президенты Армении и Казахстана провели переговоры. Стороны договорились расширять двусторонние связи."
    assert _tops(text, "ru") == set()


def test_ru_cultural_ties_in_an_area_list_are_ties_not_communications():
    text = "Президенты Армении и Казахстана провели переговоры. Подписана программа в области культурных и гуманитарных связей."
    assert (("ARM", "KAZ"), "science-technology") not in _tops(text, "ru")


def test_zh_china_arab_compound_named_as_the_arab_states_stays_a_bloc():
    text = "阿尔及利亚总统抵达北京。中阿（阿拉伯国家）建立战略伙伴关系多年。"
    assert _levels(text) == set()
