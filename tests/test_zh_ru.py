"""Chinese and Russian articles: language stage, the zh and ru packs' cue families, one graph.

Fixtures in tests/fixtures/zh_ru/ are written for the project.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.extract import extract
from kg.facts import Article

FIX = Path(__file__).parent / "fixtures" / "zh_ru"


def _facts(name: str, published: dt.date, **kw):
    return extract(Article(text=(FIX / name).read_text(encoding="utf-8"), published=published, **kw))


# ------------------------------------------------------------------------------ language stage

@pytest.mark.parametrize("name, lang", [("zh-chile.txt", "zh"), ("ru-mongolia.txt", "ru"),
                                        ("mixed/03-en.txt", "en"), ("mixed/04-fr.txt", "fr")])
def test_language_is_detected_from_the_text(name, lang):
    from kg.extract.language import detect

    assert detect((FIX / name).read_text(encoding="utf-8")) == lang


def test_stated_language_overrides_detection():
    from kg.extract.language import language_of

    assert language_of(Article(text="Kenya and Indonesia signed a deal.", lang="ru")) == "ru"


def test_language_without_a_pack_warns_and_gives_no_facts():
    f = _facts("mixed/04-fr.txt", dt.date(2024, 3, 4))
    assert not (f.partnerships or f.cooperation or f.agreements)
    assert len(f.warnings) == 1 and "'fr'" in f.warnings[0]


# ------------------------------------------------------------------------------ Chinese

def test_zh_designations_compose_the_english_wording():
    from kg.extract.pack.lexicon import load_pack
    from kg.extract.pack.partnership import designations
    from kg.extract.zh.simplify import NORMALISE

    pack = load_pack("zh", NORMALISE)
    wording = {text: designations(NORMALISE(text), pack)[0][2] for text in
               ["新时代全面战略协作伙伴关系", "全天候战略合作伙伴关系", "与时俱进的全方位合作伙伴关系"]}
    assert wording == {"新时代全面战略协作伙伴关系": "comprehensive strategic partnership of coordination for a new era",
                       "全天候战略合作伙伴关系": "all-weather strategic cooperative partnership",
                       "与时俱进的全方位合作伙伴关系": "all-round cooperative partnership progressing with the times"}
    assert designations(NORMALISE("重要伙伴"), pack) == []  # "partner" alone is no level


def test_zh_compounds_and_sides_stand_for_countries():
    from kg.extract.pack.lexicon import load_pack
    from kg.extract.pack.sentences import split
    from kg.extract.zh.compounds import compound_countries
    from kg.extract.zh.simplify import NORMALISE

    pack = load_pack("zh", NORMALISE)
    (s,) = split("中哈关系良好，哈方愿同中方合作。", pack)
    assert {iso for _, iso in compound_countries(s, pack, {"KAZ", "CHN"})} == {"CHN", "KAZ"}
    (s,) = split("中蒙俄经济走廊", pack)
    assert compound_countries(s, pack, {"MNG", "CHN", "RUS"}) == []  # trilateral: no pair


def test_zh_article_partnership_action_and_date():
    f = _facts("zh-chile.txt", dt.date(2024, 5, 10))
    (p,) = f.partnerships
    assert (p.pair, p.level, p.action, p.date) == (("CHL", "CHN"), "comprehensive strategic partnership",
                                                  "upgrade", dt.date(2024, 5, 10))


def test_zh_negation_and_modality_keep_documents_out():
    f = _facts("zh-chile.txt", dt.date(2024, 5, 10))
    signed = sorted((a.type, a.fields) for a in f.agreements if a.status == "signed")
    assert signed == [("agreement", ("education", "culture")), ("joint-statement", ())]
    assert [a.type for a in f.agreements if a.status == "planned"] == ["agreement"]  # 将签署
    assert "defence-security" not in {c.field for c in f.cooperation}  # 未签署任何军事协议


def test_zh_cooperation_fields():
    f = _facts("zh-chile.txt", dt.date(2024, 5, 10))
    assert {"agriculture", "mining", "energy", "trade", "education", "culture"} <= {c.field for c in f.cooperation}


def test_traditional_page_matches_and_keeps_its_wording_as_evidence():
    from kg.read import read_paths

    (a,) = list(read_paths([FIX / "zh-traditional.html"]))
    assert a.lang == "zh"
    f = extract(a)
    (p,) = f.partnerships
    assert p.level == "comprehensive strategic cooperative partnership for a new era" and p.action == "establish"
    assert "夥伴關係" in p.mentions[0].text  # the original characters, not the simplified ones
    assert a.text[p.mentions[0].start:p.mentions[0].end] == p.mentions[0].text
    assert [x.type for x in f.agreements] == ["memorandum"]


# ------------------------------------------------------------------------------ Russian

def test_ru_inflected_names_resolve_to_lemmas():
    from kg.extract.ru.lemmas import lemmatise

    words = lemmatise("России, Россией, российско-китайский, обе стороны, Путиным").split()
    assert {"россия", "российско", "китайский", "сторона", "путин"} <= set(words)


def test_ru_article_facts():
    f = _facts("ru-mongolia.txt", dt.date(2025, 7, 3))
    (p,) = f.partnerships
    assert (p.pair, p.level, p.action) == (("MNG", "RUS"), "comprehensive strategic partnership", "upgrade")
    assert sorted(a.type for a in f.agreements if a.status == "signed") == ["joint-statement", "memorandum"]
    assert {"energy", "agriculture", "education"} <= {c.field for c in f.cooperation}


def test_ru_weekday_resolves_against_publication():
    f = _facts("ru-mongolia.txt", dt.date(2025, 7, 3))
    statement = next(a for a in f.agreements if a.type == "joint-statement")
    assert statement.date == dt.date(2025, 7, 2)  # "в среду" before Thursday 3 July


# ------------------------------------------------------------------------------ one graph

@pytest.fixture(scope="module")
def mixed_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("mixed") / "store"
    res = CliRunner().invoke(main, ["ingest", str(FIX / "mixed"), "--store", str(store)])
    return store, res


def test_mixed_folder_warns_once_for_the_language_without_a_pack(mixed_store):
    _, res = mixed_store
    warnings = [line for line in res.output.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "04-fr.txt" in warnings[0] and "'fr'" in warnings[0]
    assert "4 article(s) added" in res.output


def test_at_least_sees_chinese_and_russian_facts(mixed_store):
    store, _ = mixed_store
    res = CliRunner().invoke(main, ["query", "at-least", "strategic partnership", "--store", str(store),
                                    "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert "CHL,CHN" in res.output and "MNG,RUS" in res.output and "IDN,KEN" in res.output


def test_ingest_lang_option_overrides_detection(tmp_path):
    res = CliRunner().invoke(main, ["ingest", str(FIX / "mixed" / "03-en.txt"), "--lang", "de",
                                    "--store", str(tmp_path / "s")])
    assert "'de' has no extraction pack" in res.output


def test_label_files_are_up_to_date():
    from kg.extract.pack.labels import level_labels, other_labels
    from kg.vocab import ONTOLOGY_DIR

    levels = (ONTOLOGY_DIR / "levels-i18n.ttl").read_text(encoding="utf-8")
    labels = (ONTOLOGY_DIR / "labels-i18n.ttl").read_text(encoding="utf-8")
    assert all(text in levels for _, text, _ in level_labels())
    assert '"全面战略伙伴关系"@zh' in levels and '"всеобъемлющее стратегическое партнерство"@ru' in levels
    assert all(f'"{text}"@{lang}' in labels for _, text, lang in other_labels())


def test_short_plain_text_takes_the_default_language_not_a_noisy_guess():
    from kg.extract.language import detect

    assert detect("Peru welcomes Chilean investment in green hydrogen.") == "en"
    assert detect("Россия и Китай подписали договор") == "ru"  # not ASCII: still detected


def test_ru_leaders_names_decline_by_the_packs_ending_rules():
    from kg.extract.ru.lemmas import lemmatise

    assert lemmatise("Токаевым Пашиняна Вучичем").split() == ["токаев", "пашинян", "вучич"]


def test_ru_full_stop_glued_to_the_next_sentence_still_splits():
    from kg.extract.pack.lexicon import load_pack
    from kg.extract.pack.sentences import split
    from kg.extract.ru.lemmas import NORMALISE

    assert len(split("Стороны подписали соглашение.Затем лидеры обсудили торговлю.", load_pack("ru", NORMALISE))) == 2


def test_sentence_naming_nobody_continues_the_pair_before_it():
    text = ("Президент Киргизии и президент Узбекистана провели встречу. "
            "Лидеры выразили готовность к углублению всеобъемлющего стратегического партнерства. "
            "Президент Киргизии и председатель КНР обсудили торговлю. Председатель КНР и президент Киргизии "
            "подписали документы.")
    f = extract(Article(text=text, published=dt.date(2025, 9, 4)))
    assert [(p.pair, p.level) for p in f.partnerships] == [(("KGZ", "UZB"), "comprehensive strategic partnership")]


def test_zh_field_words_need_a_cue_in_their_own_clause():
    f = extract(Article(text="中国和巴西加强农业合作，国际安全形势复杂。", published=dt.date(2025, 1, 1)))
    assert {c.field for c in f.cooperation} == {"agriculture"}


def _zh(text: str):
    return extract(Article(text=text, published=dt.date(2025, 3, 1), lang="zh"))


def test_zh_future_and_nearly_are_no_negation_or_modality():
    f = _zh("中国和秘鲁发表联合声明，规划两国关系未来发展。两国签署了将近10份合作文件。")
    assert sorted((a.type, a.status) for a in f.agreements) == [("agreement", "signed"), ("joint-statement", "signed")]


def test_zh_package_after_a_named_document_is_that_document():
    f = _zh("两国元首见证了中国和秘鲁共建“一带一路”合作规划等合作文件的签署。")
    assert [(a.type, a.fields) for a in f.agreements] == [("plan", ("connectivity",))]


def test_zh_headline_alone_signs_nothing():
    f = _zh("中秘签署经贸协议\n秘鲁总统访问中国，两国元首将签署经贸协议。")
    assert [(a.type, a.status) for a in f.agreements] == [("agreement", "planned")]


def test_zh_firms_deals_are_no_agreements():
    f = _zh("秘鲁总统访华期间，将见证两国企业之间签署多份合作文件。")
    assert f.agreements == ()


def test_ru_a_protocol_amending_an_agreement_takes_its_fields_other_documents_keep_their_own():
    text = ("Президенты Узбекистана и Казахстана подписали протокол о внесении изменений в соглашение о "
            "сотрудничестве в области транспорта, а также соглашение о демаркации границы и программу "
            "экономического сотрудничества.")
    f = extract(Article(text=text, published=dt.date(2025, 5, 14)))
    assert sorted((a.type, a.fields) for a in f.agreements) == [
        ("agreement", ()), ("agreement", ("connectivity",)), ("plan", ("economy",)), ("protocol", ("connectivity",))]


def test_zh_phrases_with_a_field_word_that_name_no_field():
    f = _zh("中国和智利同意加强合作，推动两国关系健康发展，共同维护各自主权、安全和发展利益。")
    assert {c.field for c in f.cooperation} == set()


def test_zh_trade_between_the_pair_as_a_figure_or_an_export_to_china():
    f = _zh("中国和秘鲁经贸关系密切，去年双边贸易额达300亿美元，秘鲁铜矿、水果等产品对华出口持续增长。")
    assert {c.field for c in f.cooperation} >= {"trade", "mining"}


def test_ru_supplies_and_settlements_between_the_pair_are_cooperation():
    text = ("Президент Казахстана и президент Беларуси провели переговоры. "
            "Казахское топливо продолжает поступать в Беларусь, а расчет между странами идет в национальных валютах.")
    f = extract(Article(text=text, published=dt.date(2025, 9, 4), lang="ru"))
    assert {c.field for c in f.cooperation if c.pair == ("BLR", "KAZ")} >= {"energy", "finance"}


def test_zh_negated_predicate_after_a_comma_reaches_the_field_before_it():
    f = _zh("中国和秘鲁举行会谈。关于双边投资协定谈判，尚未取得进展。")
    assert "investment" not in {c.field for c in f.cooperation}


def test_zh_praise_of_the_other_sides_own_record_is_no_cooperation():
    f = _zh("秘鲁总统会见中国总理。秘鲁高度评价中国经济社会发展取得的成就。两国同意加强农业合作。")
    assert {c.field for c in f.cooperation} == {"agriculture"}
