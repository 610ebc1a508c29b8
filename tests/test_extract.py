"""Extraction on our own fixture articles, one construction each."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.extract import extract, extract_many
from kg.facts import Article

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def facts(name: str, published: str | None):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    pub = dt.date.fromisoformat(published) if published else None
    return extract(Article(text=text, id=name, published=pub))


def partnerships(f):
    return {(p.pair, p.level): p for p in f.partnerships}


def fields(f):
    return {(c.pair, c.field) for c in f.cooperation}


def test_upgrade_dated_by_weekday():
    f = facts("upgrade_weekday.txt", "2025-03-14")  # a Friday
    (p,) = f.partnerships
    assert (p.pair, p.level, p.action) == (("IDN", "KEN"), "comprehensive strategic partnership", "upgrade")
    assert p.date == dt.date(2025, 3, 11)  # the Tuesday before
    assert len(p.mentions) == 3  # headline, event sentence, later mention


def test_dateline_is_not_the_event_date():
    f = facts("upgrade_weekday.txt", "2025-03-14")
    assert f.partnerships[0].date != dt.date(2025, 3, 14)


def test_cooperation_list_gives_one_fact_per_field_at_the_finest_concept():
    f = facts("upgrade_weekday.txt", "2025-03-14")
    pair = ("IDN", "KEN")
    assert {(pair, x) for x in ("agriculture", "photovoltaics", "railways", "vocational-training", "trade")} <= fields(f)
    assert (pair, "energy") not in fields(f)  # solar power is photovoltaics, not its parent


def test_a_dated_past_event_and_the_current_one_of_the_same_level_are_two_events():
    f = facts("establish_year.txt", "2022-06-10")
    past, now = sorted(f.partnerships, key=lambda p: p.mentions[0].start)
    assert (past.level, past.action, past.date, past.year) == ("strategic partnership", "establish", None, 2012)
    assert (now.level, now.action, now.date) == ("strategic partnership", "reaffirm", dt.date(2022, 6, 9))
    assert len(past.mentions) == len(now.mentions) == 1  # each event keeps its own sentence


def test_a_past_event_alone_keeps_its_own_year_not_the_datelines():
    text = ("HANOI, June 2, 2025 -- Laos and Viet Nam held talks.\n"
            "The two countries forged a comprehensive partnership in 2009, officials recalled.")
    f = extract(Article(text=text, id="x", published=dt.date(2025, 6, 2)))
    (p,) = f.partnerships
    assert (p.action, p.date, p.year) == ("establish", None, 2009)


def test_downgrade_records_only_the_new_level():
    f = facts("downgrade.txt", "2024-02-13")
    assert [(p.level, p.action) for p in f.partnerships] == [("cooperative partnership", "downgrade")]
    assert f.partnerships[0].date == dt.date(2024, 2, 12)


def test_hopes_are_not_facts_but_agreed_upgrades_are():
    f = facts("modality.txt", "2024-05-10")
    ps = partnerships(f)
    assert (("AUS", "VNM"), "comprehensive strategic partnership") not in ps
    p = ps[(("KHM", "THA"), "strategic partnership")]
    assert p.action == "upgrade" and p.date == dt.date(2024, 5, 10)


def test_a_field_of_one_country_alone_is_not_cooperation():
    f = facts("one_country.txt", "2024-05-13")
    got = {x for _, x in fields(f)}
    assert "photovoltaics" not in got and "nuclear-energy" not in got
    assert {"tourism", "maritime"} <= got


def test_agreements_list_count_and_planned():
    f = facts("agreements.txt", "2024-05-09")
    pair = ("CHN", "SRB")
    assert all(a.pair == pair for a in f.agreements)
    by_type = sorted((a.type, a.status) for a in f.agreements)
    assert by_type == sorted([
        ("joint-statement", "signed"), ("memorandum", "signed"), ("agreement", "signed"),
        ("protocol", "signed"), ("plan", "signed"), ("agreement", "signed"), ("agreement", "planned"),
    ])
    (package,) = [a for a in f.agreements if a.count]
    assert package.count == 12 and set(package.fields) == {"trade", "energy", "connectivity"}
    memo = next(a for a in f.agreements if a.type == "memorandum")
    assert memo.fields == ("digital-economy",) and memo.name.startswith("Memorandum of understanding")
    statement = next(a for a in f.agreements if a.type == "joint-statement")
    assert statement.date == dt.date(2024, 5, 8)


def test_deepening_a_level_in_a_signed_statement_is_reaffirm():
    f = facts("agreements.txt", "2024-05-09")
    (p,) = f.partnerships
    assert (p.level, p.action) == ("comprehensive strategic partnership", "reaffirm")


def test_multi_story_page_with_repeated_headlines():
    f = facts("multi_story.txt", "2025-04-30")
    (p,) = f.partnerships
    assert p.pair == ("JPN", "PHL") and p.action == "upgrade" and p.date == dt.date(2025, 4, 28)
    assert {("JPN", "PHL"), ("KAZ", "TUR")} == {c.pair for c in f.cooperation}
    (memo,) = f.agreements
    assert memo.pair == ("KAZ", "TUR") and memo.fields == ("education",)
    # the repeated headline adds mentions, not facts
    assert len([m for m in p.mentions if m.text.startswith("Japan, Philippines upgrade")]) == 5
    for m in p.mentions:
        assert f.article.text[m.start:m.end] == m.text


def test_pair_from_leaders_and_the_two_sides_not_from_blocs_or_media():
    f = facts("pair_resolution.txt", "2025-09-03")
    pairs = {c.pair for c in f.cooperation} | {a.pair for a in f.agreements}
    assert pairs == {("BRA", "ZAF")}
    (memo,) = f.agreements
    assert memo.type == "memorandum" and memo.fields == ("critical-minerals", "mining")
    assert memo.year is None  # "since 2020" belongs to the trade clause


@pytest.mark.parametrize("published, expected", [
    ("2024-07-04", dt.date(2024, 7, 3)),  # Thursday -> Wednesday before
    ("2024-07-03", dt.date(2024, 7, 3)),  # the same day
    (None, None),
])
def test_weekday_against_published(published, expected):
    text = "Chile and Peru upgraded their ties to a comprehensive strategic partnership on Wednesday."
    pub = dt.date.fromisoformat(published) if published else None
    (p,) = extract(Article(text=text, published=pub)).partnerships
    assert p.date == expected


@pytest.mark.parametrize("sentence, level", [
    ("Russia and China hailed their comprehensive strategic partnership of coordination for a new era.",
     "comprehensive strategic partnership of coordination for a new era"),
    ("India and Russia reaffirmed the Special and Privileged Strategic Partnership.",
     "special and privileged strategic partnership"),
    ("Pakistan and China celebrated their all-weather strategic cooperative partnership.",
     "all-weather strategic cooperative partnership"),
    ("Mexico and Canada elevated ties to an \u201cenhanced exceptional partnership\u201d.",
     "enhanced exceptional partnership"),
])
def test_level_wordings(sentence, level):
    (p,) = extract(Article(text=sentence)).partnerships
    assert p.level == level


@pytest.mark.parametrize("sentence", [
    "Chile and Peru are good partners and old friends.",
    "Chile and Peru signed the Comprehensive Economic Partnership Agreement in 2010.",
    "Chile and Peru discussed a mutually beneficial partnership.",
])
def test_not_levels(sentence):
    assert extract(Article(text=sentence)).partnerships == ()


def test_shorter_wording_merges_into_the_fullest():
    text = ("Chile and Peru reaffirmed their special and privileged strategic partnership on Monday. "
            "The special strategic partnership has grown, the two presidents said.")
    (p,) = extract(Article(text=text, published=dt.date(2024, 3, 5))).partnerships
    assert p.level == "special and privileged strategic partnership"
    assert len(p.mentions) == 2


def test_upgrade_from_x_to_y_is_one_upgrade_to_y():
    text = "Chile and Peru upgraded relations from a strategic partnership to a comprehensive strategic partnership."
    assert [(p.level, p.action) for p in extract(Article(text=text)).partnerships] == [
        ("comprehensive strategic partnership", "upgrade")]


def test_extract_many_keeps_order_with_processes():
    arts = [Article(text=f"Chile and Peru signed {n} agreements on trade.", id=str(n)) for n in range(1, 6)]
    one = list(extract_many(arts))
    two = list(extract_many(arts, workers=2))
    assert [f.article.id for f in two] == [a.id for a in arts]
    assert one == two
    assert [f.agreements[0].count for f in one] == [1, 2, 3, 4, 5]


def test_treaty_on_a_level_is_an_agreement_and_an_establishment():
    text = ("Chile and Peru discussed the Treaty on Comprehensive Strategic Partnership between the two countries, "
            "signed in March 2019.")
    f = extract(Article(text=text, published=dt.date(2024, 3, 5)))
    (p,) = f.partnerships
    assert (p.level, p.action, p.date, p.year) == ("comprehensive strategic partnership", "establish", None, 2019)
    (a,) = f.agreements
    assert a.type == "treaty" and a.date is None


def test_hyphenated_names_of_things_do_not_move_the_pair():
    """"the China-Europe freight trains" (a region) and "the A-B-C railway" (three names) are attributes."""
    f = facts("sidelines_blocks.txt", "2024-07-04")
    got = fields(f)
    assert {(("CHN", "KAZ"), x) for x in ("energy", "mining", "agriculture")} <= got
    assert {(("CHN", "UZB"), x) for x in ("industry", "digital-economy", "counter-terrorism")} <= got
    assert {c.pair for c in f.cooperation} == {("CHN", "KAZ"), ("CHN", "UZB")}


def test_background_neighbours_do_not_become_the_story():
    f = facts("background_neighbours.txt", "2024-06-07")
    assert {c.pair for c in f.cooperation} | {a.pair for a in f.agreements} == {("MNG", "USA")}
    assert (("MNG", "USA"), "tourism") in fields(f)


def test_bloc_pledges_and_third_country_commentary_are_not_the_pairs():
    f = facts("bloc_commentary.txt", "2024-09-08")
    got = fields(f)
    assert {c.pair for c in f.cooperation} == {("IDN", "JPN")}
    assert (("IDN", "JPN"), "digital-economy") not in got  # "Japan and the 10 ASEAN members pledged"
    assert not {(("IDN", "JPN"), x) for x in ("defence-security", "economy")} & got  # "as China expands"


def test_list_tails_and_traded_goods_share_the_cooperation():
    got = fields(facts("bloc_commentary.txt", "2024-09-08"))
    pair = ("IDN", "JPN")
    assert {(pair, x) for x in ("connectivity", "maritime", "railways", "energy")} <= got
    assert {(pair, x) for x in ("trade", "oil-and-gas", "critical-minerals", "automotive", "industry")} <= got


def test_a_leader_working_with_the_other_country_opens_its_story():
    text = ("Chinese President Xi Jinping met Kyrgyz President Sadyr Japarov in Bishkek on Tuesday. "
            "The two leaders agreed to expand trade. "
            "Shavkat Mirziyoyev said Uzbekistan will work with China to fight terrorism.")
    f = extract(Article(text=text, published=dt.date(2024, 7, 4)))
    assert fields(f) == {(("CHN", "KGZ"), "trade"), (("CHN", "UZB"), "counter-terrorism")}
