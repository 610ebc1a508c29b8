"""Histories and visits: a second level coordinated with the first shares its verb, a leader's visit
to the other side's capital names the pair, and a failed agreement gives no cooperation. Our own sentences."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article


def facts(text: str):
    return extract(Article(text=text, id="t", published=dt.date(2025, 6, 14)))


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
