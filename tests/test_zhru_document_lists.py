"""Chinese and Russian constructions met on unseen pages: enumerated document lists whose items
name ministries, counted packages in a headline, list lines cut off by an excerpt, signings still
to come, and field words of ministries, media and vaccines (kg/extract/pack, kg/lexicons/zh|ru)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2025, 6, 10)


def _facts(text: str, lang: str, title: str | None = None):
    return extract(Article(text=text, published=DAY, lang=lang, title=title))


def _docs(text: str, lang: str, title: str | None = None):
    return sorted((a.pair, a.type) for a in _facts(text, lang, title).agreements)


def _fields(text: str, lang: str):
    return {(c.pair, c.field) for c in _facts(text, lang).cooperation}


def test_zh_enumerated_list_items_naming_ministries_are_each_a_document():
    text = ("老挝总理与越南总理举行会谈。双方签署的文件包括越南国防部与老挝国防部2026年合作计划、"
            "越南财政部与老挝财政部关于税务合作的协议、越南卫生部与老挝卫生部合作备忘录。")
    assert _docs(text, "zh") == [(("LAO", "VNM"), "agreement"), (("LAO", "VNM"), "memorandum"),
                                 (("LAO", "VNM"), "plan")]


def test_zh_two_items_of_one_type_in_a_list_stay_two():
    text = ("双方签署的文件包括越南外交部与老挝外交部合作协议、越南司法部与老挝司法部合作协议。")
    assert _docs("越南和老挝领导人会谈。" + text, "zh") == [(("LAO", "VNM"), "agreement")] * 2


def test_zh_ministry_named_with_a_comma_is_still_one_title():
    from kg.extract.pack.cooperation import in_title
    from kg.extract.pack.lexicon import load_pack
    from kg.extract.pack.pairs import find_countries
    from kg.extract.pack.sentences import split
    from kg.extract.zh.compounds import compound_countries
    from kg.extract.zh.simplify import NORMALISE

    pack = load_pack("zh", NORMALISE)
    s = split("老挝规划、预算和管理部部长访问越南。", pack)[0]
    find_countries([s], pack, compound_countries)
    at = s.norm.index("规划")
    assert in_title(s, pack, at, at + 2)


def test_zh_vietnamese_party_leader_names_vietnam():
    text = "苏林同通伦举行会谈，双方同意加强交通合作。"
    assert (("LAO", "VNM"), "connectivity") in _fields(text, "zh")


def test_zh_counted_package_in_a_headline_stands_where_the_body_names_no_document():
    text = ("大陆 要闻\n\n习普会签署20余项双边合作文件　会后举行茶叙\n\n"
            "国家主席今日在北京同俄罗斯总统普京举行会谈。习近平表示，中俄关系经受住了考验。")
    assert _docs(text, "zh") == [(("CHN", "RUS"), "agreement")]


def test_zh_forever_wording_is_the_permanent_partnership():
    f = _facts("哈萨克斯坦总统说，哈中永远的全面战略伙伴关系不断发展。", "zh")
    assert [p.level for p in f.partnerships] == ["permanent comprehensive strategic partnership"]


def test_zh_television_training_and_economic_dialogue_are_fields():
    text = ("中国同越南签署两国电视台合作协议，双方同意加强人力资源培训，并重启中越战略经济对话。")
    assert {f for _, f in _fields(text, "zh")} >= {"culture", "education", "economy"}


def test_ru_anniversary_of_concluding_an_agreement_is_a_document_signed():
    text = ("Президент напомнил, что в этом году Казахстан и Армения отмечают годовщину заключения "
            "соглашения о торговом сотрудничестве.")
    f = _facts(text, "ru")
    assert [(a.pair, a.type, a.status) for a in f.agreements] == [(("ARM", "KAZ"), "agreement", "signed")]


def test_ru_last_list_line_cut_short_is_a_document():
    text = ("Армения и Казахстан подписали ряд документов. Среди них:\n"
            "- Меморандум о сотрудничестве в области образования.\n"
            "- Протокол между таможенными служб")
    assert _docs(text, "ru") == [(("ARM", "KAZ"), "memorandum"), (("ARM", "KAZ"), "protocol")]


def test_ru_counted_headline_package_gives_way_to_the_list_below():
    text = ("Армения и Казахстан заключили 12 соглашений по итогам встречи\n"
            "Стороны подписали 12 совместных документов. Среди ключевых документов:\n"
            "- Меморандум о сотрудничестве в области туризма.\n"
            "- Соглашение о сотрудничестве в области энергетики.")
    assert _docs(text, "ru") == [(("ARM", "KAZ"), "agreement"), (("ARM", "KAZ"), "memorandum")]


def test_ru_signing_to_take_place_leaves_the_level_unstated():
    text = ("По итогам переговоров Армении и Казахстана состоится подписание, в том числе президентами, "
            "договора о всеобъемлющем стратегическом партнерстве.")
    assert _facts(text, "ru").partnerships == ()


def test_ru_ministry_short_names_and_vaccines_are_fields():
    text = ("Армения и Казахстан подписали меморандум между Минсельхозом Армении и Минсельхозом Казахстана. "
            "Стороны договорились о совместном производстве вакцины.")
    assert {f for _, f in _fields(text, "ru")} >= {"agriculture", "health"}


def test_zh_station_head_title_is_no_media_field():
    text = "中国和马来西亚签署合作协议，中方代表有中央广播电视台长等。"
    assert "culture" not in {f for _, f in _fields(text, "zh")}


def test_zh_counted_package_after_its_titled_member_is_that_member():
    text = "会谈后，中新双方签署了《中国政府与新加坡政府关于成立联合委员会的谅解备忘录》等四个谅解备忘录。"
    assert _docs(text, "zh") == [(("CHN", "SGP"), "memorandum")]


def test_zh_document_named_by_the_pair_compound_counts_without_a_verb():
    text = "习近平同塞尔维亚总统会谈。中塞自由贸易协定将于今年7月1日正式生效。"
    assert _docs(text, "zh") == [(("CHN", "SRB"), "agreement")]


def test_zh_document_under_negotiation_is_not_signed():
    text = "李强会见乌拉圭总统。中乌启动自贸协定谈判联合可行性研究。"
    f = _facts(text, "zh")
    assert [a.status for a in f.agreements] in ([], ["planned"])


def test_zh_texts_of_documents_exchanged_are_a_package():
    text = "两国元首共同见证交换农业、媒体等领域多项双边合作文本。中国与塞尔维亚关系良好。"
    f = _facts("习近平同塞尔维亚总统武契奇会谈。" + text, "zh")
    assert [(a.type, set(a.fields)) for a in f.agreements] == [("agreement", {"agriculture", "culture"})]


def test_zh_title_line_over_numbered_paragraphs_is_the_document_itself():
    text = ("新华社北京7月15日电\n中澳总理年度会晤联合成果声明\n"
            "一、应中国国务院总理邀请，澳大利亚总理于2025年7月12日至18日访华。\n二、两国领导人深入交换意见。")
    assert _docs(text, "zh") == [(("AUS", "CHN"), "joint-statement")]


def test_zh_green_development_cooperation_is_environment_not_aid():
    text = "中国和巴西签署协议，加强绿色发展合作。"
    fields = {f for _, f in _fields(text, "zh")}
    assert "environment" in fields and "humanitarian" not in fields


def test_zh_upgraded_version_of_a_named_agreement_is_still_to_come():
    text = "习近平同巴基斯坦总理会谈。中方愿同巴方推动中巴自贸协定升级版，加强农业合作。"
    assert [a.status for a in _facts(text, "zh").agreements] in ([], ["planned"])


def test_zh_ceremony_exchanging_cooperation_texts_is_the_exchange_itself():
    text = "当地时间11月14日，国家主席习近平在利马与秘鲁总统举行了合作文本交换仪式。"
    assert _docs(text, "zh") == [(("CHN", "PER"), "other")]


def test_zh_two_levels_each_established_in_one_sentence_are_two_facts():
    text = "巴西是首个同中国建立战略伙伴关系的国家，也是首个同中国建立全面战略伙伴关系的拉美国家。"
    levels = sorted(p.level for p in _facts(text, "zh").partnerships)
    assert levels == ["comprehensive strategic partnership", "strategic partnership"]


def test_ru_headline_line_ends_before_a_one_letter_word():
    from kg.extract.pack.lexicon import load_pack
    from kg.extract.pack.sentences import split
    from kg.extract.ru.lemmas import NORMALISE

    parts = split("Договор Армении и Казахстана почти готов\nВ среду министры обсудили текст.", load_pack("ru", NORMALISE))
    assert [p.text for p in parts] == ["Договор Армении и Казахстана почти готов", "В среду министры обсудили текст."]


def test_ru_preparing_to_conclude_a_treaty_is_no_treaty_and_no_level():
    text = ("Министр сообщил, что Армения и Казахстан завершают подготовку к заключению договора о "
            "стратегическом партнерстве.")
    f = _facts(text, "ru")
    assert [a.status for a in f.agreements] == ["planned"] and f.partnerships == ()


def test_ru_states_of_central_asia_together_are_no_pair():
    text = ("Президенты Казахстана и Узбекистана встретились. Затем главы государств Центральной Азии "
            "приняли совместное заявление.")
    assert _docs(text, "ru") == []


def test_ru_signatory_ministry_title_gives_way_to_the_document_subject():
    text = ("Армения и Казахстан подписали соглашение между Министерством образования, культуры и науки Армении "
            "и Министерством просвещения Казахстана о сотрудничестве в области образования.")
    f = _facts(text, "ru")
    assert [a.fields for a in f.agreements] == [("education",)]


def test_ru_memorandum_between_ministries_of_a_field_keeps_that_field():
    text = ("Армения и Казахстан подписали «Меморандум о взаимопонимании между Министерством сельского хозяйства "
            "Армении и Министерством сельского хозяйства Казахстана».")
    f = _facts(text, "ru")
    assert [a.fields for a in f.agreements] == [("agriculture",)]


def test_zh_livelihood_idiom_is_no_aid_and_navigation_safety_is_shipping():
    text = "中国和印尼合作涉及国计民生的诸多领域，并在航行安全等领域取得成效。"
    fields = {f for _, f in _fields(text, "zh")}
    assert "humanitarian" not in fields and "defence-security" not in fields and "connectivity" in fields


def test_ru_capital_stands_for_its_government():
    text = "Москва и Додома подписали соглашение о сотрудничестве в области сельского хозяйства."
    assert _docs(text, "ru") == [(("RUS", "TZA"), "agreement")]


def test_zh_capital_with_its_side_word_stands_for_the_government():
    text = "莫斯科方面与北京方面签署了能源合作协议。"
    assert _docs(text, "zh") == [(("CHN", "RUS"), "agreement")]


def test_ru_smaller_states_in_oblique_cases_are_named():
    for name, iso in (("Брунея", "BRN"), ("Тимор-Лесте", "TLS"), ("Сейшельских Островов", "SYC"), ("Тонги", "TON")):
        text = f"Президенты России и {name} подписали соглашение о сотрудничестве в области торговли."
        assert _docs(text, "ru") == [(tuple(sorted(("RUS", iso))), "agreement")], name


def test_zh_mainland_names_differing_from_the_iso_table_are_named():
    for name, iso in (("危地马拉", "GTM"), ("特立尼达和多巴哥", "TTO"), ("波黑", "BIH"), ("埃斯瓦蒂尼", "SWZ")):
        assert _docs(f"中国同{name}签署贸易合作协议。", "zh") == [(tuple(sorted(("CHN", iso))), "agreement")], name


def test_zh_department_line_over_numbered_items_keeps_each_item_its_own():
    text = ("中国和马来西亚签署多项备忘录。\n贸工部\n1.《中国政府和马来西亚政府关于数字经济合作的谅解备忘录》\n"
            "住房部\n1.《中国政府与马来西亚政府关于住房建设合作的谅解备忘录》")
    assert _docs(text, "zh") == [(("CHN", "MYS"), "memorandum")] * 2


def test_zh_cue_word_inside_a_document_title_is_part_of_its_name():
    text = "中国和马来西亚签署《关于科技人文交流计划的谅解备忘录》。"
    assert [a.status for a in _facts(text, "zh").agreements] == ["signed"]


def test_zh_transport_quarantine_energy_security_fields_and_the_wto_name():
    text = ("中国和俄罗斯同意加强跨境货物运输和植物检疫合作，共同维护两国能源安全，"
            "并在世界贸易组织等多边平台开展合作。")
    fields = {f for _, f in _fields(text, "zh")}
    assert {"connectivity", "agriculture", "energy"} <= fields and not fields & {"trade", "defence-security"}


def test_zh_document_titled_with_a_bloc_is_the_blocs():
    text = "中方愿同俄方一道，全面落实好《中国与欧亚经济联盟经贸合作协定》。"
    assert _docs(text, "zh") == []


def test_ru_talked_over_is_a_cue_and_a_joint_fund_is_investment():
    text = "С президентом Казахстана Путин обговорил строительство энергетических объектов. Россия и Узбекистан обсудили создание совместного фонда."
    assert _fields(text, "ru") >= {(("KAZ", "RUS"), "energy"), (("RUS", "UZB"), "investment")}


def test_ru_level_named_by_a_document_the_pair_only_prepares_is_not_yet_theirs():
    text = ("Договор о стратегическом партнерстве Армении и Казахстана почти готов\n"
            "Министр сообщил, что Армения и Казахстан завершают подготовку к заключению договора о "
            "стратегическом партнерстве.")
    assert _facts(text, "ru").partnerships == ()


def test_ru_level_named_by_a_signed_document_stays():
    text = ("Договор о стратегическом партнерстве Армении и Казахстана\n"
            "Президенты Армении и Казахстана подписали договор о стратегическом партнерстве.")
    assert [p.level for p in _facts(text, "ru").partnerships] == ["strategic partnership"]


def test_zh_supporting_the_other_sides_own_efforts_is_no_field():
    text = ("中方支持缅甸选择符合本国国情的发展道路，以及为推动和解、发展经济、改善民生所作努力，"
            "愿同缅方深化农业合作。")
    fields = {f for _, f in _fields(text, "zh")}
    assert "agriculture" in fields and not fields & {"humanitarian", "economy"}


def test_zh_support_received_beside_praise_of_efforts_is_still_aid():
    text = "埃塞感谢中方长期以来对埃塞经济社会发展提供的支持和帮助，高度赞赏中方为落实峰会成果作出的努力。"
    f = _fields("中国同埃塞俄比亚举行会谈。" + text, "zh")
    assert (("CHN", "ETH"), "humanitarian") in f


def test_ru_negation_about_something_else_keeps_the_field():
    text = ("Товарооборот между Арменией и Казахстаном вырос на 21%, при этом в расчетах они почти не "
            "используют доллар.")
    assert (("ARM", "KAZ"), "trade") in _fields(text, "ru")


def test_ru_negated_field_clause_still_drops_it():
    text = "Армения и Казахстан так и не договорились о поставках газа."
    assert _fields(text, "ru") == set()


def test_zh_short_forms_of_more_partners_make_compounds_and_sides():
    text = "乍得总统上月访问法国。习近平指出，中乍两国在共建“一带一路”框架内开展合作。"
    assert (("CHN", "TCD"), "connectivity") in _fields(text, "zh")


def test_zh_bloc_beside_the_two_countries_keeps_the_pair():
    text = "习近平会见乍得总统。欢迎乍方用好此次中非合作论坛峰会成果，深化两国经贸合作。"
    assert (("CHN", "TCD"), "economy") in _fields(text, "zh")


def test_zh_bloc_with_both_sides_word_is_still_the_bloc():
    text = "习近平会见乍得总统。中非双方同意加强农业合作。"
    assert (("CHN", "TCD"), "agriculture") not in _fields(text, "zh")


def test_zh_second_partner_named_alone_later_is_its_own_pair():
    text = ("斯里兰卡总理将访问中国。尼泊尔外长也将访问中国。斯里兰卡总理将会见中国领导人。"
            "尼泊尔外长的访问同样备受关注。两国将深化环境保护等领域的合作。")
    f = _fields(text, "zh")
    assert (("CHN", "NPL"), "environment") in f and (("CHN", "LKA"), "environment") not in f


def test_zh_seaport_and_ru_arms_control_are_fields():
    assert (("CHN", "LKA"), "connectivity") in _fields("中国同斯里兰卡推进科伦坡海港城建设合作。", "zh")
    text = "Беларусь и Россия развивают взаимодействие в сфере контроля над вооружениями."
    assert (("BLR", "RUS"), "defence-security") in _fields(text, "ru")


def test_zh_deepen_and_elevate_with_yu_keeps_the_level_and_announced_level_is_established():
    f = _facts("习近平同塞尔维亚总统会谈。两国元首签署关于深化与提升中塞全面战略伙伴关系的联合声明。", "zh")
    assert [(p.level, p.action) for p in f.partnerships] == [("comprehensive strategic partnership", "reaffirm")]
    g = _facts("托卡耶夫说，2019年他访华时宣布的永久全面战略伙伴关系进展顺利。", "zh")
    assert [p.action for p in g.partnerships] == ["establish"]


def test_ru_press_statement_is_no_document():
    text = "Президенты Армении и Казахстана подписали декларацию и выступили с заявлением для прессы."
    assert _docs(text, "ru") == [(("ARM", "KAZ"), "joint-declaration")]


def test_ru_agreement_awaiting_steps_for_its_signing_is_planned():
    text = ("Армения и Казахстан парафировали мирное соглашение, признается необходимость дальнейших шагов "
            "для подписания этого соглашения.")
    assert [a.status for a in _facts(text, "ru").agreements] in ([], ["planned"])


def test_ru_corridor_in_a_declaration_is_transport():
    text = "Армения и Казахстан подписали декларацию. В декларации затронут вопрос открытия транзитного коридора."
    assert (("ARM", "KAZ"), "connectivity") in _fields(text, "ru")


def test_seas_named_after_a_country_name_none_of_them():
    text = ("Россия и Иран обсудили сотрудничество. Стороны упомянули совместные проекты, включая логистический "
            "маршрут в Персидский залив и далее в Индийский океан.")
    fields = _fields(text, "ru")
    assert (("IRN", "RUS"), "connectivity") in fields and not any("IND" in p for p, _ in fields)
    zh = _fields("中国和斯里兰卡举行会谈。双方同意加强印度洋港口合作。", "zh")
    assert (("CHN", "LKA"), "connectivity") in zh and not any("IND" in p for p, _ in zh)
