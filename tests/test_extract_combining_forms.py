"""A combining form joined by a hyphen to a country's adjective names its country ("Franco-Indian", "Anglo-Australian",
"Indo-French"); alone or before a word that is no country ("Indo-Pacific", "Franco-era") it names none. Our own
sentences."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

from extracting import facts


def _pairs(text: str) -> set:
    got = facts(text, "2025-03-12", title="Notes")
    return {(p.pair, p.level) for p in got.partnerships}


def test_franco_joined_to_a_countrys_adjective_names_france():
    assert _pairs("Talks were held. The Franco-Indian strategic partnership is strong.") == {
        (("FRA", "IND"), "strategic partnership")}


def test_indo_before_another_adjective_names_india():
    assert _pairs("Talks were held. The Indo-French strategic partnership is strong.") == {
        (("FRA", "IND"), "strategic partnership")}


def test_anglo_joined_to_a_countrys_adjective_names_britain():
    assert _pairs("Talks were held. The Anglo-Australian comprehensive strategic partnership is strong.") == {
        (("AUS", "GBR"), "comprehensive strategic partnership")}


def test_indo_pacific_names_no_country():
    assert _pairs("Talks were held. The Indo-Pacific strategic partnership between Japan and Chile is strong.") == {
        (("CHL", "JPN"), "strategic partnership")}


def test_a_combining_form_before_a_common_word_names_no_country():
    got = extract(Article(text="Franco-era archives were opened in Madrid.", id="t", title="Notes",
                          published=dt.date(2025, 3, 12)))
    assert got.partnerships == () and got.cooperation == ()
