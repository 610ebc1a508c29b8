"""Histories and visits: a second level coordinated with the first shares its verb, a leader's visit
to the other side's capital names the pair, and a failed agreement gives no cooperation. Our own sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from extracting import facts


def test_a_coordinated_second_level_shares_the_first_ones_change():
    f = facts("Their relationship, which became a strategic partnership in 2007 and a comprehensive strategic "
              "partnership in 2019, keeps growing, Peruvian President Boluarte told Chilean President Boric.")
    got = {(p.level, p.year): p.action for p in f.partnerships}
    assert got[("strategic partnership", 2007)] == "establish"
    assert got[("comprehensive strategic partnership", 2019)] != "reaffirm"


def test_a_level_raised_during_a_leaders_visit_to_a_capital_is_the_guest_and_host_pair():
    f = facts("Ties were lifted to a strategic partnership during President Boric's visit to Lima in 2019.")
    assert [(p.pair, p.action, p.year) for p in f.partnerships] == [(("CHL", "PER"), "upgrade", 2019)]


def test_failing_to_reach_an_agreement_gives_no_cooperation_in_its_field():
    f = facts("Peru and Chile failed to reach an agreement on fisheries.")
    assert f.cooperation == () and f.agreements == ()


def test_a_visit_of_a_leader_to_a_country_names_the_pair_against_the_story():
    f = facts("Peru and Chile met last week. Brazilian President Lula said the visit of President Boric to Brazil in May "
              "was important when the two countries raised relations to a strategic partnership.")
    assert {p.pair for p in f.partnerships} == {("BRA", "CHL")}


@pytest.mark.parametrize("text", [
    "Peru and Chile are eyeing to sign five pacts on trade during the visit.",
    "President Boric will arrive in Peru on Monday, a visit that will be marked with the signing of several agreements.",
    "An air services agreement between Peru and Chile will probably be inked.",
])
def test_documents_still_to_come_are_planned(text):
    f = facts(text)
    assert f.agreements and all(g.status == "planned" for g in f.agreements)


def test_the_month_may_is_no_modal():
    f = facts("Peru and Chile in May 2019 signed an agreement on trade, and in May they raised ties to a strategic partnership.")
    assert [g.status for g in f.agreements] == ["signed"]
    assert [p.action for p in f.partnerships] == ["upgrade"]


def test_a_target_year_in_a_plans_name_is_no_earlier_signing():
    f = facts("On Tuesday the leaders of Peru and Chile agreed on a '2030 Roadmap' for trade and health.")
    assert [(g.type, g.date) for g in f.agreements] == [("plan", dt.date(2025, 6, 10))]


def test_a_year_before_the_article_still_marks_an_earlier_document():
    f = facts("On Tuesday the leaders of Peru and Chile recalled the 2015 action plan on trade, which they signed in Lima.")
    assert [(g.type, g.date) for g in f.agreements] == [("plan", None)]


def test_a_past_leader_stands_for_his_country():
    f = facts("Presidents Rouhani and Aliyev signed a treaty on gas.")
    assert {g.pair for g in f.agreements} == {("AZE", "IRN")}


def test_a_joint_statement_the_text_cites_was_issued_and_stays_apart_from_a_planned_treaty():
    f = facts("Peru and Chile decided to set up a strategic partnership. According to the Joint Statement on the "
              "partnership, the leaders will meet yearly. They agreed to work towards signing a Strategic Partnership Treaty.")
    got = {(g.type, g.status) for g in f.agreements}
    assert got == {("joint-statement", "signed"), ("treaty", "planned")}


def test_a_visit_by_a_leader_to_the_other_capital_names_the_pair():
    f = facts("Our strategic partnership was set out in documents signed during a visit by the President of Peru, "
              "Dina Boluarte, to Santiago, in 2023.")
    assert {p.pair for p in f.partnerships} == {("CHL", "PER")}


def test_two_named_declarations_under_one_plural_noun_are_two_documents_with_their_years():
    f = facts("Peru and Chile recalled the Arica (2001) and Tacna (2009) declarations.")
    assert sorted((g.type, g.year) for g in f.agreements) == [("joint-declaration", 2001), ("joint-declaration", 2009)]


def test_topics_before_a_plural_noun_are_one_package():
    f = facts("Peru and Chile signed the Trade and Investment agreements.")
    assert [g.type for g in f.agreements] == ["agreement"]


def test_partners_since_a_year_is_the_founding_and_a_standing_level():
    got = {(p.action, p.year) for p in facts("Peru and Chile have been strategic partners since 2010.").partnerships}
    assert got == {("establish", 2010), ("reaffirm", None)}


def test_a_later_change_in_a_relative_clause_keeps_its_own_year():
    f = facts("In 2018, Peru and Chile elevated ties to a strategic partnership, which was further upgraded in 2023 "
              "to a comprehensive strategic partnership.")
    got = {(p.level, p.action, p.year) for p in f.partnerships}
    assert got == {("strategic partnership", "upgrade", 2018), ("comprehensive strategic partnership", "upgrade", 2023)}


def test_elevated_twice_after_a_colon_are_two_upgrades():
    f = facts("Ties between Peru and Chile have been elevated twice: to a strategic partnership in 2007 and to a "
              "comprehensive strategic partnership in 2016.")
    assert {(p.action, p.year) for p in f.partnerships} == {("upgrade", 2007), ("upgrade", 2016)}


def test_an_agreement_between_the_presidents_is_an_understanding_and_the_communique_the_document():
    f = facts("Peru and Chile met. According to a 2019 agreement between the presidents, set out in Article 4 of the "
              "communique issued in Lima, the two will build a port.")
    assert [g.type for g in f.agreements] == ["joint-statement"]


def test_a_signed_partnership_agreement_establishes_the_level():
    f = facts("Peru and Chile signed on Monday the Comprehensive Strategic Partnership Agreement.")
    assert [p.action for p in f.partnerships] == ["establish"]


def test_a_joint_statement_on_establishing_a_level_dates_it():
    f = facts("On Monday, the two countries, Peru and Chile, issued a joint statement on establishing a strategic "
              "partnership.")
    assert [(p.action, p.date) for p in f.partnerships] == [("establish", dt.date(2025, 6, 9))]


def test_a_headline_sign_without_article_establishes():
    f = facts("Peru, Chile sign strategic partnership\n\nThe two presidents met in Lima.")
    assert [p.action for p in f.partnerships] == ["establish"]


def test_a_documents_date_in_a_between_phrase_is_its_own_and_dates_its_level():
    f = facts("Recalling the Treaty of Friendship between the Republic of Peru and the Republic of Chile signed on "
              "3 July 1997, the Declaration of Friendship and Strategic Partnership between the Republic of Peru and "
              "the Republic of Chile signed on 4 May 2008, the two sides met.")
    assert [(p.action, p.date) for p in f.partnerships] == [("establish", dt.date(2008, 5, 4))]


def test_documents_listed_after_a_head_replace_the_package_signed_before():
    f = facts("Peru and Chile signed more agreements on Friday. The agreements included:\n\nAn agreement between "
              "Peru and Chile on customs. An agreement on energy was also signed.")
    assert sorted(g.fields for g in f.agreements) == [("customs",), ("energy",)]


def test_other_places_documents_under_one_plural_noun_are_not_the_pairs():
    assert facts("Peru and Chile reaffirmed their commitment to the Paris and Kyoto agreements.").agreements == ()


def test_agreements_signed_under_a_standing_level_do_not_establish_it():
    f = facts("Peru and Chile signed agreements under their strategic partnership.")
    assert [p.action for p in f.partnerships] == ["reaffirm"]
