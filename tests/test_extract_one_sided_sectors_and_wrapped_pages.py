"""One side's own sectors in a sentence naming no country, a blank line inside a hard-wrapped sentence, and
industries named by their rank. Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def test_sectors_growing_in_a_sentence_naming_no_country_are_no_field():
    got = tops(facts("Peru and Chile held talks in Lima. The minister said that, thanks to the government's "
                     "policies, the mining and fisheries sectors were growing fast."))
    assert (("CHL", "PER"), "mining") not in got
    assert (("CHL", "PER"), "agriculture") not in got


def test_sectors_of_the_two_in_a_sentence_naming_no_country_stay():
    got = tops(facts("Peru and Chile held talks in Lima. The minister hailed the bilateral progress in the mining "
                     "and fisheries sectors."))
    assert (("CHL", "PER"), "mining") in got


def test_a_blank_line_inside_a_wrapped_sentence_joins_it():
    got = tops(facts("Peru and Chile held talks in Lima.\n\nThe minister said Peru's central bank had\n\nhelped "
                     "promote fishing and mining in the\n\ncountry."))
    assert (("CHL", "PER"), "mining") not in got


def test_industries_named_by_their_rank_are_industry():
    got = tops(facts("Peru and Chile agreed to expand cooperation in strategic industries and ports."))
    assert (("CHL", "PER"), "industry") in got


def test_an_inline_enumeration_wrapped_after_a_comma_stays_one_sentence():
    got = tops(facts("Chile and Peru held talks in Lima.\nThe two sides signed documents on: (i) cooperation in\n"
                     "mining, (ii) fisheries,\n(iii) health and (iv) tourism."))
    assert {(("CHL", "PER"), f) for f in ("mining", "agriculture", "health", "culture")} <= got


def test_two_kinds_of_industry_before_one_noun_are_industry():
    got = tops(facts("Peru and Chile agreed to cooperate in knowledge-intensive and green industries."))
    assert (("CHL", "PER"), "industry") in got
