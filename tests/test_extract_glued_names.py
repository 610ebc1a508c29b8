"""Scraped pages glue a short word to the next one ("the growth of theKenya-Ghana partnership"): a capitalised
country name right after such a word is still the country; inside a longer word it is none. Our own sentences."""
from __future__ import annotations

from extracting import facts


def test_a_country_glued_to_the_article_before_it_is_still_named():
    got = facts("Ministers met in Accra. They hailed the growth of theKenya-Ghana strategic partnership.")
    assert {(p.pair, p.level) for p in got.partnerships} == {(("GHA", "KEN"), "strategic partnership")}


def test_a_country_glued_to_of_is_still_named():
    got = facts("The envoy spoke of the rapid development ofPeru-Chile comprehensive strategic partnership.")
    assert {(p.pair, p.level) for p in got.partnerships} == {(("CHL", "PER"), "comprehensive strategic partnership")}


def test_a_name_inside_a_longer_word_names_no_country():
    got = facts("The breweryKenya brand and the strategic partnership between Peru and Chile grew.")
    assert {p.pair for p in got.partnerships} == {("CHL", "PER")}


def test_a_lowercase_word_after_a_glue_word_is_no_name():
    got = facts("Peru and Chile spoke of theoman desert and their strategic partnership.")
    assert {p.pair for p in got.partnerships} == {("CHL", "PER")}
