"""Chinese and Russian constructions met on a third round of unseen articles: packages whose members
the next sentences name, numbered lists of zh titles without 《》, field words in officials' titles
(kg/lexicons/zh, kg/lexicons/ru, kg/extract/pack/agreement.py, kg/extract/pack/cooperation.py)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2025, 4, 16)


def _facts(text: str, lang: str):
    return extract(Article(text=text, published=DAY, lang=lang))


def _docs(text: str, lang: str):
    return sorted(a.type for a in _facts(text, lang).agreements if a.status == "signed")


def _pairs(text: str, lang: str):
    f = _facts(text, lang)
    return {x.pair for x in [*f.agreements, *f.cooperation, *f.partnerships]}


def test_ru_package_whose_documents_the_next_sentence_names_is_only_those():
    text = ("Армения и Монголия по итогам переговоров подписали 6 документов о сотрудничестве.\n\n"
            "Так, между министерствами подписана программа обменов в области образования. "
            "Также стороны подписали меморандум о взаимопонимании в сфере туризма.")
    assert _docs(text, "ru") == ["memorandum", "plan"]


def test_ru_joint_statement_issued_after_a_package_leaves_the_package_standing():
    text = ("Армения и Монголия подписали 6 документов о сотрудничестве. "
            "Президенты также приняли совместное заявление.")
    assert _docs(text, "ru") == ["agreement", "joint-statement"]


def test_zh_numbered_lines_ending_in_their_type_word_are_each_a_document():
    text = ("蒙古国与中国在两国总理见证下签署12份涉及交通、农业等领域的合作文件。\n"
            "这12份文件为:\n"
            "1. 中国政府与蒙古国政府关于共同推动发展合作的谅解备忘录。\n"
            "2. 关于持外交护照人员互免签证协定。\n"
            "3. 中蒙关于加强铁路合作的谅解备忘录。\n"
            "4. 关于蒙古国牛肉输华的检疫议定书。")
    assert _docs(text, "zh") == ["agreement", "memorandum", "memorandum", "protocol"]


def test_zh_header_naming_its_own_package_word_is_no_document_of_its_own():
    text = ("中国与蒙古国签署3项谅解备忘录,涵盖经济和文化领域。"
            "这3项签署文件包含「关于加强服务贸易合作的谅解备忘录」、「文化交流合作谅解备忘录」、"
            "「农业合作谅解备忘录」。")
    assert _docs(text, "zh") == ["memorandum", "memorandum", "memorandum"]


def test_zh_a_leader_s_transcribed_name_is_no_compound_of_short_forms():
    text = "在安华及习近平的见证下,马来西亚与中国签署农业合作谅解备忘录。"
    assert _pairs(text, "zh") == {("CHN", "MYS")}


def _fields(text: str, lang: str):
    return sorted({c.field for c in _facts(text, lang).cooperation})


def test_ru_field_words_in_ministers_titles_are_no_cooperation():
    text = ("В переговорах о сотрудничестве Армении и Монголии участвовали министры энергетики, финансов и торговли. "
            "Армения и Монголия договорились развивать сотрудничество в сфере туризма.")
    assert _fields(text, "ru") == ["culture"]


def test_zh_field_words_in_ministers_titles_are_no_cooperation():
    text = "蒙古国能源部长与中国金融部长共同推动合作交流。双方同意加强旅游合作。"
    assert _fields(text, "zh") == ["culture"]


def test_ru_list_items_after_a_semicolon_share_the_cooperation_cue():
    text = ("Партнерство Армении и Монголии будет охватывать два направления: энергетику и торговлю; "
            "инвестиции, включая искусственный интеллект.")
    assert _fields(text, "ru") == ["energy", "investment", "science-technology", "trade"]


def test_ru_police_news_agencies_museums_and_gas_networks_are_fields():
    text = ("Армения и Монголия подписали соглашение о сотрудничестве между министерствами внутренних дел, "
            "меморандум между информагентствами, документ о сотрудничестве музеев и меморандум о газификации.")
    assert _fields(text, "ru") == ["culture", "defence-security", "energy"]


def test_zh_veterinary_farming_techniques_crime_and_development_cooperation_are_their_fields():
    text = "中蒙双方同意加强兽医卫生、农业技术交流,深化打击跨国犯罪合作,推进发展合作。"
    assert _fields(text, "zh") == ["agriculture", "defence-security", "humanitarian"]


def test_ru_verbless_line_after_a_counted_package_lists_its_documents():
    text = ("По итогам встречи Армения и Монголия подписали два документа. "
            "Меморандум о взаимопонимании между областями, а также программа обменов в сфере образования.")
    assert _docs(text, "ru") == ["memorandum", "plan"]


def test_ru_this_memorandum_points_back_to_the_one_named_before():
    text = ("Сегодня президент Армении подписал указ об утверждении меморандума о взаимопонимании с Монголией. "
            "Данный меморандум был подписан между правительствами двух стран 19 декабря 2024 года в Ереване.")
    assert _docs(text, "ru") == ["memorandum"]


def test_ru_document_being_prepared_is_not_signed():
    text = "Армения и Монголия подписали меморандум о создании рабочей группы по подготовке соглашения о торговле."
    assert _docs(text, "ru") == ["memorandum"]


def test_zh_plain_type_word_beside_a_titled_one_is_no_named_document():
    text = ("双方围绕继续实施《中蒙农业部关于深化农业合作的共同行动计划》,就畜牧业合作深入交流,"
            "确定了今后的重点合作内容和工作计划。会后双方签署了《第二届中蒙农业联委会会议纪要》。")
    assert _docs(text, "zh") == ["other", "plan"]


def test_ru_plural_type_words_joined_past_an_adjective_are_one_package():
    text = "Армения и Монголия подписали меморандумы, протоколы и межведомственные соглашения."
    assert _docs(text, "ru") == ["agreement"]


def test_ru_stock_of_treaties_is_not_the_package_of_an_older_treaty_named_next():
    text = ("Договорная база Армении и Монголии насчитывает более тридцати межгосударственных договоров, "
            "межправительственных соглашений и протоколов, заключенных после 1992 г. "
            "Договор об основах дружественных отношений подписан в 1995 году.")
    assert _docs(text, "ru") == ["agreement", "treaty"]


def _levels(text: str, lang: str):
    return sorted((p.level, p.action) for p in _facts(text, lang).partnerships)


def test_ru_according_to_a_statement_is_no_joint_statement():
    text = "По заявлению премьер-министра Армении, Армения подписала соглашение о торговле с Монголией."
    assert _docs(text, "ru") == ["agreement"]


def test_ru_a_field_s_intergovernmental_commission_is_cooperation_in_it():
    text = "В Ереване прошло заседание армяно-монгольской межправительственной экономической комиссии."
    assert _fields(text, "ru") == ["economy"]


def test_ru_level_in_a_charter_being_prepared_is_not_the_pair_s():
    text = "Армения и Монголия подписали меморандум о создании группы по подготовке Хартии стратегического партнерства."
    assert _levels(text, "ru") == []


def test_ru_ministers_of_a_three_country_meeting_named_again_give_no_pair():
    text = ("Армения, Грузия и Монголия подписали трехстороннее соглашение.\n\n"
            "Подписи под документом о военном сотрудничестве поставили министры обороны Армении, Грузии и Монголии.")
    assert _pairs(text, "ru") == set()


def test_zh_level_established_before_the_upgrade_is_a_fact_of_its_own():
    text = "两国元首决定将中蒙关系提升为全面战略伙伴关系。特别是中蒙战略伙伴关系确立以来,两国交往频繁。"
    assert _levels(text, "zh") == [("comprehensive strategic partnership", "upgrade"), ("strategic partnership", "establish")]


def test_zh_multilateral_bank_crisis_and_taiwan_words_are_read_right():
    text = ("中蒙双方同意通过亚洲基础设施投资银行合作应对国际金融危机,打造數位經濟、大熊貓保護合作,"
            "欢迎更多蒙古国农牧产品进入中国市场。")
    assert _fields(text, "zh") == ["agriculture", "environment", "science-technology"]


def test_zh_a_joint_document_is_a_document_of_another_type():
    text = "中蒙两国外交部签署了《关于加强两国政府委员会职能的共同文件》。"
    assert _docs(text, "zh") == ["other"]


def test_ru_a_ratified_treaty_was_signed():
    text = "Парламент Армении ратифицировал договор о стратегическом партнерстве с Монголией."
    assert _docs(text, "ru") == ["treaty"]


def test_zh_relations_developing_healthily_and_regional_pacts_give_no_field():
    text = "双方同意推动中蒙关系持续健康深入发展,一道推动区域全面经济伙伴关系协定尽早生效。"
    assert _fields(text, "zh") == []


def test_zh_ma_stands_for_the_country_the_article_names_in_full():
    text = "李岚清在瓦莱塔会见马耳他总理。会谈后,中马双方签署了《中马经济技术合作换文》。"
    assert _pairs(text, "zh") == {("CHN", "MLT")}


def test_zh_a_sea_s_name_holding_a_country_s_name_names_no_country():
    text = "中方支持马耳他为地中海地区的和平与稳定所做的努力,愿同马方加强经贸合作。"
    assert _pairs(text, "zh") == {("CHN", "MLT")}


def test_zh_same_counted_package_told_twice_and_its_type_word_again_is_one_package():
    text = ("中国和马里经济技术合作等四项协定30日签署,双方部长分别在协定上签字。"
            "大使表示,两国关系以签订四项重要合作文件开了好头。")
    assert _docs(text, "zh") == ["agreement"]


def test_zh_package_with_fields_of_its_own_beside_a_named_plan_is_its_own_entry():
    text = "蒙古国总统访华。两国元首共同见证签署共建“一带一路”合作规划和农产品输华、新闻广电等多项双边合作文件。"
    assert _docs(text, "zh") == ["agreement", "plan"]


def test_zh_list_header_s_own_type_word_is_no_document():
    text = "蒙古国和中国签署了两项协议。签署的协议包括建立化肥工厂的框架协议以及修建铁路的协议。"
    assert _docs(text, "zh") == ["agreement", "agreement"]


def test_ru_educational_exchanges_and_law_enforcement_are_fields():
    text = "Армения и Монголия договорились об обменах в образовательном направлении и по линии правоохранительных органов."
    assert _fields(text, "ru") == ["defence-security", "education"]


def test_zh_two_countries_side_by_side_are_each_a_partner_of_the_one_acting():
    text = ("中塔联合声明发表。习近平主席同热恩别科夫总统、拉赫蒙总统商定拓展能源合作。"
            "中方分别同吉方和塔方达成多项经贸成果。")
    coop = {(c.pair, c.field) for c in _facts(text, "zh").cooperation}
    assert {(("CHN", "KGZ"), "energy"), (("CHN", "TJK"), "energy"), (("CHN", "KGZ"), "trade")} <= coop


def test_zh_taiwan_names_and_a_short_form_with_guo_name_the_country():
    text = "習近平飛抵坦尚尼亞。雙方將深化合作,坦國政府同中方簽署經貿合作文件。"
    assert _pairs(text, "zh") == {("CHN", "TZA")}


def test_zh_an_ancient_or_participating_country_is_no_short_form():
    text = "中蒙两国同为文明古国,参加国代表出席,双方签署农业合作协议。"
    assert _pairs(text, "zh") == {("CHN", "MNG")}


def test_zh_agri_food_and_financial_markets_linked_up_are_their_fields():
    text = "中蒙双方同意加强金融市场互联互通,签署农食领域合作文件,为企业营造开放、便利的环境。"
    assert _fields(text, "zh") == ["agriculture", "finance"]


def test_ru_an_assembly_plant_is_industry():
    text = "Армения и Монголия договорились о сотрудничестве: откроется предприятие по сборке тракторов."
    assert _fields(text, "ru") == ["industry"]


def test_zh_deepening_and_enhancing_the_level_held_is_a_reaffirmation():
    text = "双方一致认为,要不断深化和提升中蒙全面战略伙伴关系。"
    assert _levels(text, "zh") == [("comprehensive strategic partnership", "reaffirm")]


def test_zh_each_pair_of_separate_meetings_shares_the_next_sentence_s_fields():
    text = ("王毅8日在重庆与泰国、柬埔寨外长分别举行双边会见。"
            "各自两造就合作抗击疫情、共建“一带一路”达成共识。")
    coop = {(c.pair, c.field) for c in _facts(text, "zh").cooperation}
    assert {(("CHN", "THA"), "connectivity"), (("CHN", "KHM"), "connectivity")} <= coop


def test_zh_a_bloc_named_just_before_a_level_is_its_other_side():
    text = "2018年是中国与东盟建立战略伙伴关系15周年,也是中国与柬埔寨建交60周年。中柬双方深化经贸合作。"
    assert _levels(text, "zh") == []


def test_zh_latin_american_countries_hold_no_united_states():
    text = "巴西是首个同中国建立全面战略伙伴关系的拉美国家,中巴双方深化经贸合作。"
    assert _pairs(text, "zh") == {("BRA", "CHN")}


def test_ru_not_only_is_no_negation_of_the_signing():
    text = "Не только бизнес: делегации Армении и Монголии подписали пять новых соглашений."
    assert _docs(text, "ru") == ["agreement"]


def test_ru_the_defence_industry_is_defence_not_industry():
    text = "Армения и Монголия подписали соглашение о сотрудничестве в сфере военной промышленности."
    assert _fields(text, "ru") == ["defence-security"]


def test_zh_a_signing_verb_s_object_running_past_a_comma_is_its_document():
    text = "在塞尔维亚访问期间,中塞两国还签署了一系列促进两国经济发展,大项目投资和双方文化交往的协议。"
    assert _docs(text, "zh") == ["agreement"]


def test_zh_a_plan_verb_after_reaching_consensus_is_no_document():
    text = "中美两国元首进行战略沟通,达成一系列重要共识,规划中美关系发展新蓝图。"
    assert _docs(text, "zh") == []


def test_zh_special_economic_zones_are_investment():
    text = "中柬双方同意共同建设好西哈努克经济特区。"
    assert _fields(text, "zh") == ["investment"]


def test_ru_other_documents_beside_a_named_treaty_are_a_package_of_their_own():
    text = "По итогам встречи Армения и Монголия подписали договор о союзнических отношениях и ряд других документов."
    assert _docs(text, "ru") == ["agreement", "treaty"]


def test_zh_other_documents_beside_a_statement_are_a_package_of_their_own():
    assert _docs("中蒙双方签署了联合声明和其他合作文件。", "zh") == ["agreement", "joint-statement"]
