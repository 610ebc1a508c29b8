"""Chinese and Russian constructions met on unseen articles: exchanges that are no signing, field
words of industries and assistance, list forms of document packages (kg/lexicons/zh, kg/lexicons/ru,
kg/extract/pack/agreement.py)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2025, 3, 14)


def _facts(text: str, lang: str):
    return extract(Article(text=text, published=DAY, lang=lang))


def _docs(text: str, lang: str):
    return sorted((a.type, a.fields) for a in _facts(text, lang).agreements if a.status == "signed")


def _fields(text: str, lang: str):
    return sorted({c.field for c in _facts(text, lang).cooperation})


def test_ru_cultural_exchanges_are_no_signing_of_programmes():
    text = ("Президенты Армении и Казахстана отметили необходимость расширения культурных обменов "
            "и реализации программ в сфере образования.")
    assert _docs(text, "ru") == []


def test_ru_exchange_of_signed_documents_still_signs_them():
    text = "В присутствии президентов Армении и Казахстана состоялся обмен подписанными соглашениями о торговле."
    assert _docs(text, "ru") == [("agreement", ("trade",))]


def test_ru_machine_building_defence_technology_and_assistance_are_fields():
    text = ("Армения и Казахстан подписали меморандум о сотрудничестве в области машиностроения, "
            "соглашение о техническом содействии и договорились развивать оборонные технологии.")
    assert {"industry", "humanitarian", "defence-security"} <= set(_fields(text, "ru"))


def test_ru_counted_package_before_a_list_header_is_only_its_members():
    text = ("Армения и Казахстан подписали 12 документов. Среди них:\n"
            "- меморандум о сотрудничестве в области энергетики;\n"
            "- меморандум о сотрудничестве в области образования.")
    assert _docs(text, "ru") == [("memorandum", ("education",)), ("memorandum", ("energy",))]


def test_ru_numbered_list_under_a_counted_package_names_its_documents():
    text = ("Президенты Армении и Казахстана подписали 2 документа.\n"
            "1. «Соглашение о сотрудничестве в области туризма».\n"
            "2. «Меморандум о взаимопонимании в сфере сельского хозяйства».\n"
            "Журналисты обсудили фотографии встречи.\n"
            "1. «Соглашение о сотрудничестве в области туризма».")
    assert _docs(text, "ru") == [("agreement", ("culture",)), ("memorandum", ("agriculture",))]


def test_zh_header_naming_the_package_lists_its_members_instead():
    text = ("中国和老挝10日在万象签署三个合作文件。两国总理出席签字仪式。"
            "这三个文件包括：中国商务部与老挝工贸部关于贸易合作的谅解备忘录，中国教育部与老挝教育部关于教育合作的协议，"
            "中国文化和旅游部与老挝新闻文化部关于旅游合作的谅解备忘录。")
    assert _docs(text, "zh") == [("agreement", ("education",)), ("memorandum", ("culture",)),
                                 ("memorandum", ("trade",))]


def test_zh_mutual_help_between_friends_is_no_aid():
    text = "习近平指出，中老两国相互尊重、相互帮助，不断深化交流合作。"
    assert "humanitarian" not in _fields(text, "zh")


def test_zh_will_to_import_more_goods_research_and_telecom_are_fields():
    text = "李强表示，中方愿进口更多老挝优质产品，愿同老方深化海洋科研、通信等领域合作。"
    assert {"trade", "science-technology"} <= set(_fields(text, "zh"))


def test_ru_list_lines_without_fields_are_each_their_own_document():
    text = ("Армения и Казахстан подписали ряд документов. В их числе:\n"
            "– Меморандум о сотрудничестве в сфере противодействия коррупции;\n"
            "– Меморандум о сотрудничестве в области строительства;\n"
            "– Меморандум о сотрудничестве в области энергетики.")
    assert _docs(text, "ru") == [("memorandum", ()), ("memorandum", ()), ("memorandum", ("energy",))]


def test_ru_a_chinese_province_and_a_region_stand_for_their_countries():
    text = ("Подписано Соглашение об установлении партнерских отношений между Ташкентской областью "
            "и провинцией Шаньдун.")
    assert {a.pair for a in _facts(text, "ru").agreements} == {("CHN", "UZB")}


def test_zh_global_initiative_and_food_safety_are_no_security_cooperation():
    text = "习近平表示，中方愿同老方推进落实全球安全倡议，加强食品安全等领域合作。"
    fields = _fields(text, "zh")
    assert "defence-security" not in fields and "agriculture" in fields


def test_zh_technical_assistance_and_medical_teams_are_aid_not_technology():
    text = "中方愿同老方继续开展农业技术援助项目，继续实施好援老挝医疗队等项目。"
    fields = _fields(text, "zh")
    assert {"humanitarian", "agriculture", "health"} <= set(fields) and "science-technology" not in fields


def test_zh_joint_commission_of_a_field_is_cooperation_in_it():
    text = "双方要发挥好经贸混委会等平台作用。"
    assert {"economy", "trade"} <= set(_fields("中老" + text, "zh"))


def test_zh_coast_guard_memorandum_is_security_and_maritime_cooperation():
    text = "中国和老挝就成立联合海岸警卫队委员会签署谅解备忘录，开启两国海上合作。"
    assert {"defence-security", "connectivity"} <= set(_fields(text, "zh"))


def test_ru_arrangements_reached_are_no_signed_document():
    text = "Министры Армении и Казахстана рассмотрели исполнение договоренностей, достигнутых лидерами двух стран."
    assert _docs(text, "ru") == []


def test_ru_gas_talks_are_energy_and_a_ministry_name_is_no_field():
    facts = _facts("Армения и Казахстан договорились о газовых поставках. "
                   "Подписана программа сотрудничества между Министерством образования и науки Армении "
                   "и Министерством торговли Казахстана.", "ru")
    fields = {c.field for c in facts.cooperation}
    assert "energy" in fields and "education" not in fields


def test_ru_treaty_with_its_own_signing_participle_is_signed_under_a_modal_clause():
    text = ("По словам министра, ориентиром для отношений Армении и Казахстана должен оставаться договор о дружбе, "
            "подписанный в 1997 году, где зафиксированы положения о стратегическом партнерстве.")
    f = _facts(text, "ru")
    assert [(a.type, a.status, a.year) for a in f.agreements] == [("treaty", "signed", 1997)]
    assert [p.level for p in f.partnerships] == ["strategic partnership"]


def test_ru_counted_package_before_a_colon_list_is_only_its_members():
    text = ("По итогам визита Армения и Казахстан подписали 16 документов. Президенты провели переговоры.\n"
            "Также были подписаны:\n"
            "- протокол о сотрудничестве в области культуры;\n"
            "- план мероприятий по увеличению взаимной торговли.")
    assert _docs(text, "ru") == [("plan", ("trade",)), ("protocol", ("culture",))]


def test_ru_package_added_with_moreover_stays_apart_from_the_named_agreement():
    text = ("Президенты Армении и Казахстана подписали новое соглашение об углублении сотрудничества. "
            "Кроме того, в присутствии глав двух государств состоялся обмен 15 подписанными документами.")
    assert len(_docs(text, "ru")) == 2


def test_zh_from_one_level_developed_to_another_is_an_upgrade_to_the_second_only():
    f = _facts("建交以来，中老关系从全面合作伙伴关系发展到全面战略合作伙伴关系。", "zh")
    assert [(p.level, p.action) for p in f.partnerships] == [("comprehensive strategic cooperative partnership", "upgrade")]


def test_zh_headline_statement_counts_when_the_body_reports_only_the_talks():
    text = ("中老签署联合声明\n\n新华社万象3月10日电 国家主席习近平10日在万象同老挝国家主席举行会谈。"
            "两国元首一致同意深化合作。")
    assert _docs(text, "zh") == [("joint-statement", ())]


def test_zh_headline_statement_is_the_body_s_one_when_the_body_names_it():
    text = ("中老签署联合声明\n\n新华社万象3月10日电 两国元首10日签署《中老关于深化全面战略合作伙伴关系的联合声明》，"
            "并见证了农业领域合作文件的签署。")
    assert _docs(text, "zh") == [("agreement", ("agriculture",)), ("joint-statement", ())]


def test_ru_three_country_meeting_gives_no_pair_of_them():
    text = ("Президенты Армении, Казахстана и Киргизии провели трехстороннюю встречу. "
            "Лидеры этих трех стран договорились расширять торговлю.")
    assert _facts(text, "ru").cooperation == ()


def test_ru_these_five_countries_are_the_ones_listed_before_each_with_the_one_acting():
    text = ("Президент Казахстана встретился с лидерами Армении, Грузии, Молдавии, Сербии и Киргизии. "
            "С этими пятью странами Казахстан подписал соглашения о торговле.")
    pairs = {a.pair for a in _facts(text, "ru").agreements}
    assert pairs == {("ARM", "KAZ"), ("GEO", "KAZ"), ("KAZ", "MDA"), ("KAZ", "SRB"), ("KAZ", "KGZ")}


def test_zh_three_country_leaders_give_no_pair_but_a_named_pair_after_does():
    text = "中俄蒙三国元首举行会晤。三国领导人同意加强交通合作。中俄两国签署能源合作协议。"
    assert {(c.pair, c.field) for c in _facts(text, "zh").cooperation} == {(("CHN", "RUS"), "energy")}


def test_ru_second_story_s_paragraph_keeps_its_pair_over_sentences_naming_nobody():
    text = ("Президент России провел переговоры с президентом Казахстана. Россия и Казахстан договорились о торговле. "
            "Российско-казахстанские связи растут.\n\nЗатем Путин встретился с президентом Египта. "
            "Стороны обсудили поставки зерна. Также они договорились развивать сотрудничество в атомной энергетике.")
    got = {(c.pair, c.field) for c in _facts(text, "ru").cooperation}
    assert {(("EGY", "RUS"), "agriculture"), (("EGY", "RUS"), "energy")} <= got
    assert (("KAZ", "RUS"), "energy") not in got


def test_zh_second_story_s_paragraph_keeps_its_pair_over_both_sides_sentences():
    text = ("习近平会见哈萨克斯坦总统。中哈两国同意加强贸易合作。中哈关系发展良好。\n\n习近平还会见了埃及总统。"
            "双方同意深化粮食合作。双方还表示将加强核能合作。")
    got = {(c.pair, c.field) for c in _facts(text, "zh").cooperation}
    assert (("CHN", "EGY"), "energy") in got and (("CHN", "KAZ"), "energy") not in got


def test_ru_partnership_that_was_established_in_a_year_a_few_words_on_is_its_establishment():
    f = _facts("Стратегическое партнерство между Арменией и Казахстаном было установлено в 2001 году.", "ru")
    assert [(p.action, p.year) for p in f.partnerships] == [("establish", 2001)]


def test_ru_transition_to_a_level_is_an_upgrade():
    f = _facts("Армения и Казахстан договорились о переходе к всеобъемлющему стратегическому партнерству.", "ru")
    assert [p.action for p in f.partnerships] == ["upgrade"]


def test_ru_joint_venture_car_assembly_and_logistics_routes_are_their_fields():
    got = _fields("Армения и Казахстан создадут совместное предприятие по сборке автомобилей "
                  "и развивают логистические маршруты.", "ru")
    assert {"investment", "industry", "connectivity"} <= set(got)


def test_ru_aid_given_by_one_to_the_other_is_humanitarian():
    assert "humanitarian" in _fields("Казахстан окажет Армении гуманитарную помощь после землетрясения.", "ru")


def test_ru_rare_earths_fertilisers_irrigation_and_digitalisation_are_fields():
    got = _fields("Армения и Казахстан договорились о поставках удобрений, ирригации, цифровизации "
                  "и совместной добыче редкоземельных металлов.", "ru")
    assert {"agriculture", "science-technology", "mining"} <= set(got)


def test_zh_a_plan_inside_a_memorandum_s_about_phrase_is_its_subject_not_a_document():
    text = "中老双方签署了关于共同编制经济走廊合作规划的谅解备忘录和农业合作协议。"
    assert _docs(text, "zh") == [("agreement", ("agriculture",)), ("memorandum", ("connectivity",))]


def test_zh_telecom_fraud_is_security_not_technology():
    got = _fields("中老双方将加强执法安全合作，共同打击电信诈骗、跨国赌博等犯罪。", "zh")
    assert got == ["defence-security"]


def test_ru_named_communique_survives_a_list_header_that_replaces_only_packages():
    text = ("Армения и Казахстан подписали 15 документов. Об этом говорится в совместном коммюнике.\n"
            "Среди них — меморандум о сотрудничестве в области энергетики.")
    assert _docs(text, "ru") == [("joint-statement", ()), ("memorandum", ("energy",))]


def test_ru_sentence_opening_with_the_other_side_pairs_it_with_the_article_s_anchor():
    text = ("Президент Узбекистана провел телефонные переговоры с лидерами Таджикистана и Казахстана. "
            "С президентом Таджикистана президент Узбекистана обсудил поддержку совместных проектов в экономике. "
            "С главой Казахстана речь шла о расширении торговли.")
    assert (("KAZ", "UZB"), "trade") in {(c.pair, c.field) for c in _facts(text, "ru").cooperation}


def test_ru_article_on_a_three_country_meeting_gives_its_unnamed_lines_no_pair():
    text = ("Армения, Казахстан и Киргизия обсудили сотрудничество.\n"
            "В Бишкеке прошла трехсторонняя встреча президентов Армении, Казахстана и Киргизии.\n"
            "Подписаны документы:\n"
            "- меморандумы о сотрудничестве в сфере транспорта;\n"
            "- соглашение о сотрудничестве торговых палат Армении и Казахстана.")
    assert {(a.pair, a.type) for a in _facts(text, "ru").agreements} == {(("ARM", "KAZ"), "agreement")}


def test_ru_joint_exercises_and_training_specialists_are_cooperation():
    text = ("Армения и Казахстан проведут стратегические учения в сентябре. "
            "Также подписан меморандум между министерствами двух стран о подготовке специалистов.")
    assert {"defence-security", "education"} <= set(_fields(text, "ru"))


def test_zh_two_titled_memoranda_of_one_sentence_are_two_documents():
    text = "会见后，两国总理共同见证了《中老铁路合作谅解备忘录》和《中老农产品贸易合作谅解备忘录》的签署。"
    assert _docs(text, "zh") == [("memorandum", ("agriculture", "trade")), ("memorandum", ("connectivity",))]


def test_ru_agreement_of_commodity_exchanges_is_trade():
    text = "Подписано соглашение о сотрудничестве товарно-сырьевых бирж Армении и Казахстана."
    assert _docs(text, "ru") == [("agreement", ("trade",))]


def test_zh_regional_economic_cooperation_is_no_field_of_the_pair():
    text = "中老两国对接发展战略，是区域经济合作的典范。"
    assert "economy" not in _fields(text, "zh")


def test_ru_alliance_named_before_the_partnership_is_part_of_the_level():
    f = _facts("Президенты Армении и Казахстана подписали совместное заявление об углублении отношений "
               "союзничества и стратегического партнерства.", "ru")
    assert [p.level for p in f.partnerships] == ["alliance and strategic partnership"]


def test_zh_relation_names_listed_before_the_level_are_no_modifier():
    f = _facts("两国领导人一致认为，此次访问成为中老睦邻友好、全面战略合作伙伴关系及命运共同体的新里程碑。", "zh")
    assert [p.level for p in f.partnerships] == ["comprehensive strategic cooperative partnership"]


def test_zh_opening_the_market_to_the_other_s_farm_goods_is_cooperation():
    assert "agriculture" in _fields("中方愿继续创造有利条件，对老挝农产品开放市场。", "zh")


def test_zh_a_plan_being_carried_out_is_a_document_of_the_pair():
    text = "双方同意推动两国发展战略对接，落实好中老共建“一带一路”合作规划。"
    assert [t for t, _ in _docs(text, "zh")] == ["plan"]


def test_zh_related_agreements_to_carry_out_are_the_ones_signed_before():
    text = ("会见后，两国总理共同见证了《中老铁路合作谅解备忘录》的签署。"
            "老方将与中方密切配合，尽快落实好相关合作协议。")
    assert _docs(text, "zh") == [("memorandum", ("connectivity",))]


def test_zh_related_cooperation_documents_witnessed_are_a_package_signed():
    text = "中老两国签署联合声明。会谈后，两国元首共同见证了相关合作文件的签署。"
    assert [t for t, _ in _docs(text, "zh")] == ["agreement", "joint-statement"]


def test_zh_page_publishing_a_statement_under_its_title_with_a_full_text_note_and_slash_date():
    text = "中老联合声明（全文）\n2025/03/10\n\n一、应邀请，老挝国家主席于2025年3月8日至10日对中国进行国事访问。"
    f = _facts(text, "zh")
    assert [(a.type, a.status, a.date) for a in f.agreements] == [("joint-statement", "signed", dt.date(2025, 3, 10))]


def test_ru_partnership_that_acquired_a_comprehensive_character_is_upgraded_to_it():
    f = _facts("В 2012 г. стратегическое партнерство Армении и Казахстана приобрело всеобъемлющий характер.", "ru")
    assert [(p.level, p.action) for p in f.partnerships] == [("comprehensive strategic partnership", "upgrade")]


def test_ru_relations_that_acquired_the_character_of_a_level_are_upgraded_to_it():
    f = _facts("В 2001 году отношения Армении и Казахстана приобрели характер стратегического партнерства.", "ru")
    assert [(p.level, p.action) for p in f.partnerships] == [("strategic partnership", "upgrade")]


def test_zh_plan_carried_out_after_its_signing_in_one_sentence_is_that_plan():
    text = "老方表示，两国领导人去年10月签署了构建命运共同体行动计划，今年是中老落实行动计划的开局之年。"
    assert [t for t, _ in _docs(text, "zh")] == ["plan"]


def test_ru_signing_of_the_document_in_the_singular_is_the_declaration_named_before():
    text = ("Президенты Армении и Казахстана подписали декларацию о союзнических отношениях. "
            "Как подчеркнул президент, подписание документа стало историческим событием.")
    assert _docs(text, "ru") == [("joint-declaration", ())]


def test_ru_counted_documents_after_adjectives_are_still_a_package():
    text = "По итогам визита Армения и Казахстан подписали 24 межправительственных и межведомственных документа."
    assert _docs(text, "ru") == [("agreement", ())]


def test_ru_university_branch_and_farming_are_fields():
    got = _fields("Армения и Казахстан договорились открыть филиал вуза и развивать совместную аграрную деятельность.", "ru")
    assert {"education", "agriculture"} <= set(got)


def test_ru_the_articles_long_title_repeated_on_the_page_is_its_headline_not_a_second_statement():
    title = "Президенты Армении и Казахстана подписали совместное заявление по итогам переговоров в Ереване"
    text = (title + "\n\nПрезиденты Армении и Казахстана подписали совместное заявление об укреплении "
            "союзнических отношений. Также было подписано пять документов.")
    f = extract(Article(text=text, title=title, published=DAY, lang="ru"))
    assert sorted(a.type for a in f.agreements if a.status == "signed") == ["agreement", "joint-statement"]
