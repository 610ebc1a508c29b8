"""Cooperation fields that hold or fall by the kind of sentence: a manner adverb in a sentence about the pair
itself, a forum described, a credit line naming a news outlet, a field's own industry, and a currency's short
form that ends no sentence. Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def test_a_manner_adverb_in_a_sentence_about_the_two_countries_keeps_their_trade():
    got = tops(facts("Peru's trade minister met her Chilean counterpart in Lima. She welcomed the rise in trade "
                     "between the two countries and said ties were developing normally."))
    assert (("CHL", "PER"), "trade") in got


def test_a_sentence_about_partnerships_in_general_still_gives_no_field():
    got = tops(facts("Peru and Chile met in Lima. Strategic partnerships normally cover defence and energy, "
                     "a scholar said."))
    assert (("CHL", "PER"), "defence-security") not in got
    assert (("CHL", "PER"), "energy") not in got


def test_a_forum_described_gives_the_pair_no_field():
    got = tops(facts("Peru and Chile held talks in Lima on Monday. Peru hosted APEC in 2016. APEC is a forum "
                     "that brings nations together, where they share views on issues such as security and climate."))
    assert (("CHL", "PER"), "defence-security") not in got
    assert (("CHL", "PER"), "environment") not in got


def test_a_forum_the_two_sides_use_still_gives_its_fields():
    got = tops(facts("Peru and Chile held talks in Lima. The joint council is a platform where both sides review "
                     "their cooperation in mining."))
    assert (("CHL", "PER"), "mining") in got


def test_a_credit_line_naming_a_news_agency_is_no_media_field():
    got = tops(facts("Kenya and Norway agreed to expand cooperation in fisheries and shipping, the ministry said. "
                     "(via Nordic News Agency)"))
    assert (("KEN", "NOR"), "agriculture") in got
    assert (("KEN", "NOR"), "culture") not in got


def test_news_agencies_the_two_cooperate_with_stay_a_media_field():
    got = tops(facts("Kenya and Norway agreed to expand cooperation between their news agencies."))
    assert (("KEN", "NOR"), "culture") in got


def test_a_defence_industry_is_industry_too():
    got = tops(facts("Poland and Korea agreed to deepen cooperation between their defence industries."))
    assert (("KOR", "POL"), "defence-security") in got
    assert (("KOR", "POL"), "industry") in got


def test_pharmaceutical_industries_are_industry_too():
    got = tops(facts("Egypt and Cuba will expand cooperation in vaccines and pharmaceutical industries."))
    assert (("CUB", "EGY"), "health") in got
    assert (("CUB", "EGY"), "industry") in got


def test_a_rupee_sum_ends_no_sentence():
    got = tops(facts("India and Nepal held talks. India approved Rs. 90 crore under a line of credit to help "
                     "Nepal build a new rail link."))
    assert (("IND", "NPL"), "humanitarian") in got
    assert (("IND", "NPL"), "connectivity") in got


def test_one_sides_own_reforms_are_no_field():
    got = tops(facts("Peru and Chile marked ten years of partnership. Since it began, the partnership has served "
                     "as a tool of support for national efforts in the field of legal, economic and military reform."))
    assert (("CHL", "PER"), "economy") not in got
    assert (("CHL", "PER"), "defence-security") not in got


def test_cooperation_in_a_field_before_another_noun_still_counts():
    got = tops(facts("Peru and Chile agreed to deepen economic and military cooperation."))
    assert (("CHL", "PER"), "economy") in got
    assert (("CHL", "PER"), "defence-security") in got


def test_taking_part_in_the_other_sides_initiative_is_cooperation_in_its_field():
    got = tops(facts("China and Peru held talks. Peru said it expects to participate in the China-proposed Belt and "
                     "Road Initiative."))
    assert (("CHN", "PER"), "connectivity") in got


def test_taking_part_in_a_summit_is_no_field():
    got = tops(facts("China and Peru held talks. Peru said it will take part in the trade summit in Geneva."))
    assert (("CHN", "PER"), "trade") not in got


def test_both_sides_in_a_sentence_about_partnerships_in_general_keeps_it_general():
    got = tops(facts("Peru and Chile met. In diplomacy, strategic ties usually mean that both sides work closely on "
                     "defence."))
    assert (("CHL", "PER"), "defence-security") not in got
