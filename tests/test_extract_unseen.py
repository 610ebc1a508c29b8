"""Constructions met in real reporting beyond the dev sets (issue 8), each on our own sentences:
a level passed over, a pair's name before a designation, signings still worked towards, counted
packages of documents, and a third country's leader who visits one side."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article


def facts(text: str, published: str = "2025-03-14"):
    return extract(Article(text=text, id="t", published=dt.date.fromisoformat(published)))


def levels(f):
    return {(p.pair, p.level, p.action) for p in f.partnerships}


def test_a_level_skipped_is_no_reaffirmation():
    f = facts("Chile and South Korea lifted their ties from a comprehensive partnership to a comprehensive strategic "
              "partnership on Tuesday, bypassing the strategic partnership stage altogether.")
    assert levels(f) == {(("CHL", "KOR"), "comprehensive strategic partnership", "upgrade")}


def test_a_pair_named_before_a_designation_is_no_generic_use():
    f = facts("Speaking on Friday, a Brazilian diplomat praised the progress of the Brazil-Nigeria strategic "
              "partnership.")
    assert {(p.pair, p.level) for p in f.partnerships} == {(("BRA", "NGA"), "strategic partnership")}


def test_a_signing_worked_towards_is_only_planned():
    f = facts("Peru and Thailand agreed to work towards signing a free trade agreement next year.")
    assert [a.status for a in f.agreements] in ([], ["planned"])


def test_a_counted_package_of_documents_is_one_agreement():
    f = facts("On Monday the presidents of Ghana and Turkey signed nine bilateral documents in Accra.")
    assert [(a.pair, a.type, a.count) for a in f.agreements] == [(("GHA", "TUR"), "agreement", 9)]


def test_uncounted_documents_without_fields_stay_no_agreement():
    f = facts("Officials of Ghana and Turkey reviewed documents on Monday.")
    assert not f.agreements


def test_a_russian_verb_of_expanding_is_no_enhanced_designation():
    f = extract(Article(text="Индия и Россия расширили стратегическое партнерство, подписав в Москве восемь "
                             "документов.", id="t", lang="ru", published=dt.date(2025, 3, 14)))
    assert {p.level for p in f.partnerships} == {"strategic partnership"}


def test_a_russian_enhanced_designation_keeps_its_modifier():
    f = extract(Article(text="Индия и Россия подтвердили приверженность расширенному стратегическому партнерству.",
                        id="t", lang="ru", published=dt.date(2025, 3, 14)))
    assert {p.level for p in f.partnerships} == {"enhanced strategic partnership"}


def test_a_russian_list_header_names_the_package_members_in_its_own_sentence():
    text = ("Казахстан и Китай подписали в Астане 12 документов. Среди них программа сотрудничества в области "
            "туризма и меморандум о сотрудничестве в сфере спорта.")
    f = extract(Article(text=text, id="t", lang="ru", published=dt.date(2025, 3, 14)))
    assert {"plan", "memorandum"} <= {a.type for a in f.agreements}


def test_a_russian_list_header_without_a_package_names_no_document():
    text = "Казахстан и Китай обсудили туризм. Среди них была программа, о которой говорили эксперты."
    f = extract(Article(text=text, id="t", lang="ru", published=dt.date(2025, 3, 14)))
    assert not f.agreements


def test_russian_satellite_and_media_words_are_fields():
    text = "Казахстан и Китай договорились развивать сотрудничество в спутниковой навигации и в медиасфере."
    f = extract(Article(text=text, id="t", lang="ru", published=dt.date(2025, 3, 14)))
    assert {"science-technology", "culture"} <= {c.field for c in f.cooperation}


def test_a_target_year_dates_no_document():
    f = facts("Egypt and Greece signed the 2040 Vision Roadmap for trade.", "2025-03-14")
    assert [(a.type, a.year, a.date) for a in f.agreements] == [("plan", None, None)]


def test_a_past_year_still_dates_a_document():
    f = facts("Egypt and Greece recalled the 2019 roadmap for trade.", "2025-03-14")
    assert [(a.type, a.year) for a in f.agreements] == [("plan", 2019)]


def test_a_russian_target_year_dates_no_document():
    text = "Казахстан и Китай подписали программу сотрудничества в области туризма на 2026-2030 годы."
    f = extract(Article(text=text, id="t", lang="ru", published=dt.date(2025, 3, 14)))
    assert [(a.type, a.year) for a in f.agreements] == [("plan", None)]


def test_a_level_only_sought_is_no_upgrade():
    f = facts("Brazil has sought to raise its relations with Angola to a comprehensive strategic partnership.")
    assert not any(p.action == "upgrade" for p in f.partnerships)


def test_a_date_of_another_clause_does_not_date_the_standing_level():
    f = facts("Chile and Peru have a strategic partnership and signed a mining agreement in 2019.")
    assert [(p.level, p.action, p.year) for p in f.partnerships] == [("strategic partnership", "reaffirm", None)]
    assert [(a.type, a.year) for a in f.agreements] == [("agreement", 2019)]


def test_a_date_said_with_the_level_still_dates_it():
    f = facts("Chile and Peru established a strategic partnership in 2019 and signed a mining agreement.")
    assert [(p.level, p.action, p.year) for p in f.partnerships] == [("strategic partnership", "establish", 2019)]


def test_a_third_countrys_leader_arriving_in_one_sides_capital_pairs_host_and_guest():
    text = ("Brazil and Poland set up a strategic partnership this week. Last month, when Kenyan President William "
            "Ruto came to Brasilia, the two countries raised their ties to a comprehensive partnership.")
    got = {(p.pair, p.level) for p in facts(text).partnerships}
    assert (("BRA", "KEN"), "comprehensive partnership") in got
    assert (("BRA", "POL"), "comprehensive partnership") not in got


def test_a_guest_named_after_the_venue_does_not_change_the_pair():
    text = ("Brazil and Poland set up a strategic partnership this week. In Brasilia, the two countries also "
            "praised Kenya for its role.")
    assert {p.pair for p in facts(text).partnerships} == {("BRA", "POL")}


def test_a_signing_ceremony_still_to_come_is_only_planned():
    f = facts("The two presidents will also witness the signing of several cooperation agreements between Chile "
              "and Peru, officials said.")
    assert [a.status for a in f.agreements] in ([], ["planned"])


def test_a_signing_witnessed_is_signed():
    f = facts("The two presidents witnessed the signing of several cooperation agreements between Chile and Peru.")
    assert [a.status for a in f.agreements] == ["signed"]


def test_a_countrys_roll_of_partners_gives_one_fact_per_listed_partner():
    text = ("Kenya and Turkey lifted their ties to a strategic partnership on Monday. Kenya's strategic partners "
            "now include Brazil, India and Japan.")
    got = {(p.pair, p.level, p.action, p.date) for p in facts(text).partnerships}
    for other in ("BRA", "IND", "JPN"):
        assert (tuple(sorted(("KEN", other))), "strategic partnership", "reaffirm", None) in got
    assert not any(set(p) == {"BRA", "IND"} for p, *_ in got)


def test_a_single_partner_named_with_a_possessive_is_no_roll():
    text = "Kenya and Turkey met on Monday. Officials called Kenya's strategic partners reliable."
    assert not facts(text).partnerships


def test_a_target_for_the_pairs_trade_is_trade_cooperation():
    f = facts("Ghana and Turkey agreed to raise two-way trade to $5 billion.")
    assert (("GHA", "TUR"), "trade") in {(c.pair, c.field) for c in f.cooperation}


def test_one_countrys_own_export_target_is_no_cooperation():
    assert not facts("Ghana and Turkey met. Ghana wants to raise exports of cocoa.").cooperation


def test_a_document_signed_at_a_vague_time_takes_no_meeting_date():
    text = ("Ghana and Turkey signed an energy agreement on Monday. Ghana also signed a health deal with Egypt "
            "earlier this year.")
    dates = {a.pair: a.date for a in facts(text, "2025-03-14").agreements}
    assert dates[("GHA", "TUR")] == dt.date(2025, 3, 10)
    assert dates.get(("EGY", "GHA")) is None


def test_two_russian_documents_of_one_type_signed_in_different_years_stay_two():
    text = ("В 1996 году Казахстан и Китай подписали договор о границе. В 2011 году был подписан договор о "
            "дружбе между Казахстаном и Китаем.")
    f = extract(Article(text=text, id="t", lang="ru", published=dt.date(2025, 3, 14)))
    assert sorted(a.year for a in f.agreements if a.type == "treaty") == [1996, 2011]


def test_a_russian_body_line_headed_by_a_joint_statement_is_that_document():
    text = ("Совместное заявление Президента Республики Казахстан К.К.Токаева и Председателя КНР\n\n"
            "14 марта 2025 года\n\n"  # the date line of a published document (a bare headline signs nothing)
            "Стороны подтвердили всеобъемлющее стратегическое партнерство между Казахстаном и Китаем.")
    f = extract(Article(text=text, id="t", lang="ru", published=dt.date(2025, 3, 14)))
    assert [a.type for a in f.agreements] == ["joint-statement"]


def test_a_russian_sentence_about_a_statement_without_signing_is_none():
    text = "Казахстан и Китай обсудили заявление министра о ценах на нефть."
    f = extract(Article(text=text, id="t", lang="ru", published=dt.date(2025, 3, 14)))
    assert not f.agreements


def test_a_decree_on_concluding_a_treaty_signs_nothing_yet():
    f = facts("On Monday the president of Ghana signed a decree on concluding a treaty with Turkey on "
              "comprehensive strategic partnership.")
    assert [a.status for a in f.agreements] in ([], ["planned"])
    assert not f.partnerships


def test_a_signing_in_a_year_of_its_own_is_another_document_than_the_planned_one():
    text = ("Ghana and Turkey are expected to sign a defence treaty next week. In March 2019 the two leaders "
            "witnessed the signing of the agreement on a solar power plant.")
    got = {(a.type, a.status, a.year) for a in facts(text, "2025-03-14").agreements}
    assert ("agreement", "signed", 2019) in got


def test_two_new_leaders_who_meet_are_the_pair_of_the_two_sides():
    text = ("Chile and Peru agreed on Tuesday to expand mining cooperation. Separately, Ghanaian President John "
            "Mahama met Turkish President Recep Tayyip Erdogan and the two sides signed five documents on trade.")
    got = {(a.pair, a.count) for a in facts(text).agreements}
    assert (("GHA", "TUR"), 5) in got
    assert not any(p == ("CHL", "PER") for p, _ in got)


def test_two_countries_only_discussed_by_the_two_sides_are_no_pair():
    text = ("Chile and Peru agreed on Tuesday to expand mining cooperation. The two sides also discussed "
            "Ghana and Turkey, and signed an energy agreement.")
    assert {a.pair for a in facts(text).agreements} <= {("CHL", "PER")}


def test_a_list_owner_named_before_the_level_wins_over_a_country_named_after():
    text = ("Chile and Peru met on Tuesday. Chile, which also has strategic partnerships with Japan and Mexico, "
            "buys Argentine gas.")
    got = {(p.pair, p.level) for p in facts(text).partnerships}
    assert got == {(("CHL", "JPN"), "strategic partnership"), (("CHL", "MEX"), "strategic partnership")}


def test_a_plural_designation_whose_owner_is_unclear_is_no_level_of_the_story():
    text = "Chile and Peru met on Tuesday. Argentine and Bolivian officials praised strategic partnerships with Japan and Mexico."
    assert not facts(text).partnerships


def test_trade_with_the_partner_that_grew_is_trade_cooperation():
    text = "Ghana and Turkey met on Monday. Erdogan said trade with Ghana rose to $2 billion last year."
    assert (("GHA", "TUR"), "trade") in {(c.pair, c.field) for c in facts(text).cooperation}


def test_trade_with_a_partner_without_a_change_is_none():
    text = "Ghana and Turkey met on Monday. Erdogan spoke about trade with Ghana."
    assert (("GHA", "TUR"), "trade") not in {(c.pair, c.field) for c in facts(text).cooperation}


def test_a_signing_called_off_gives_no_document_and_no_field():
    f = facts("The planned signing of a nuclear energy agreement between Ghana and Turkey was called off on Monday.")
    assert not [a for a in f.agreements if a.status == "signed"]
    assert "nuclear-energy" not in {c.field for c in f.cooperation}


def test_a_document_close_to_conclusion_is_only_planned():
    f = facts("Ghana and Turkey are close to concluding an investment protection agreement, officials said.")
    assert [a.status for a in f.agreements] in ([], ["planned"])


def test_a_signing_postponed_is_still_planned():
    f = facts("Ghana and Turkey had hoped to sign a defence pact on Monday, but the signing of the pact was postponed.")
    assert [a.status for a in f.agreements] in ([], ["planned"])


def test_a_founding_said_after_the_level_is_an_event_of_its_own():
    text = "Chile and Peru reviewed their strategic partnership on Monday, 20 years after it was launched in 2005."
    got = {(p.level, p.action, p.year) for p in facts(text).partnerships}
    assert ("strategic partnership", "establish", 2005) in got
    assert any(a == "reaffirm" for _, a, _ in got)
