"""Wire-copy constructions (Xinhua, Reuters, MEA, TASS styles) on our own fixture articles."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.extract import extract
from kg.facts import Article

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def facts(name: str, published: str):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return extract(Article(text=text, id=name, published=dt.date.fromisoformat(published)))


def agreements(f):
    return sorted((a.pair, a.type, a.fields, a.count) for a in f.agreements)


def test_coordinated_documents_are_separate_entries_with_their_own_fields():
    f = facts("coordinated_documents.txt", "2025-09-18")
    pair = ("MAR", "PER")
    got = agreements(f)
    assert (pair, "joint-statement", (), None) in got  # the package's fields are not the statement's
    assert (pair, "agreement", ("fisheries", "heritage", "maritime"), 7) in got
    assert (pair, "agreement", ("mining",), None) in got  # first of "an agreement and a memorandum"
    assert (pair, "memorandum", ("water-resources",), None) in got
    # a counted package of "cooperation documents" is one agreement entry
    assert (pair, "agreement", ("roads", "vaccines", "vocational-training"), 15) in got
    assert len(got) == 5
    statement = next(a for a in f.agreements if a.type == "joint-statement")
    assert statement.date == dt.date(2025, 9, 16)  # "on Tuesday" closes the clause of both documents


def test_bloc_member_lists_make_no_pair():
    f = facts("coordinated_documents.txt", "2025-09-18")
    assert {a.pair for a in f.agreements} | {c.pair for c in f.cooperation} == {("MAR", "PER")}


def test_xinhua_heads_of_state_side_and_new_era():
    f = facts("wire_xinhua.txt", "2025-04-25")
    (p,) = f.partnerships
    assert (p.pair, p.level, p.action, p.date) == (
        ("CHN", "KEN"), "comprehensive strategic cooperative partnership in the new era", "upgrade", dt.date(2025, 4, 24))
    fields = {c.field for c in f.cooperation}
    assert {"fisheries", "vocational-training", "water-resources", "green-development", "youth"} <= fields
    assert "photovoltaics" not in fields  # Kenya's own plan
    assert sorted(a.type for a in f.agreements) == ["agreement", "memorandum", "plan"]
    assert all(a.name for a in f.agreements)  # bulleted items are named documents


def test_reuters_capitals_surnames_glued_sentences_and_modality():
    f = facts("wire_reuters.txt", "2025-10-07")
    assert f.partnerships == ()  # "could seek", "hopes to upgrade" are not facts
    assert {a.pair for a in f.agreements} == {("AUS", "JPN")}  # the EU deal and the company deal are left out
    (memo,) = f.agreements
    assert memo.type == "memorandum" and set(memo.fields) == {"critical-minerals", "space", "defence-security"}
    assert {c.pair for c in f.cooperation} == {("AUS", "JPN")}


def test_mea_numbered_list_of_documents():
    f = facts("wire_mea.txt", "2025-03-03")
    (p,) = f.partnerships
    assert (p.pair, p.action, p.date) == (("IND", "VNM"), "reaffirm", dt.date(2025, 3, 1))
    named = sorted((a.type, a.fields) for a in f.agreements if a.name)
    assert named == [("agreement", ("investment",)), ("memorandum", ("banking", "local-currency-settlement")),
                     ("memorandum", ("traditional-medicine",))]


def test_tass_past_partnership_and_dates_without_year():
    f = facts("wire_tass.txt", "2025-06-11")
    (p,) = f.partnerships
    assert (p.pair, p.action, p.date, p.year) == (("LAO", "RUS"), "establish", None, 2019)
    grain = next(a for a in f.agreements if "food-security" in a.fields)
    assert grain.date == dt.date(2025, 3, 3)
    assert "power-grid" not in {c.field for c in f.cooperation}  # Laos's own grid


@pytest.mark.parametrize("phrase, published, expected", [
    ("yesterday", "2025-06-11", dt.date(2025, 6, 10)),
    ("on December 28", "2025-01-05", dt.date(2024, 12, 28)),  # after publication: the year before
    ("on January 9", "2025-01-05", dt.date(2025, 1, 9)),  # a few days ahead: a schedule slip, same year
    ("last month", "2025-06-11", None),
    ("earlier this month", "2025-06-11", None),
])
def test_relative_dates_of_a_signing(phrase, published, expected):
    text = f"Chile and Peru signed an agreement on fisheries {phrase}."
    (a,) = extract(Article(text=text, id="d", published=dt.date.fromisoformat(published))).agreements
    assert a.date == expected


@pytest.mark.parametrize("sentence, fields", [
    ("Ghana and Togo agreed to cooperate in fisheries, food security and forestry.", {"fisheries", "food-security", "forestry"}),
    ("Chile and Peru will expand cooperation in ports, roads and logistics.", {"maritime", "roads", "logistics"}),
    ("Egypt and Jordan pledged cooperation in banking, currency swaps and customs.", {"banking", "local-currency-settlement", "customs"}),
    ("Cuba and Mexico agreed to cooperate on vaccines, hospitals and universities.", {"vaccines", "hospitals", "higher-education"}),
    ("Oman and Kenya discussed cooperation in think tanks, heritage and youth.", {"think-tanks", "heritage", "youth"}),
    ("Laos and Thailand will cooperate in 5G, climate change and water resources.", {"ict", "climate-change", "water-resources"}),
    ("Chile and Japan agreed to cooperate in rare earths, automotive and the chemical industry.", {"critical-minerals", "automotive", "chemical-industry"}),
    ("Nepal and India agreed on cooperation in disaster relief and poverty reduction.", {"disaster-relief", "poverty-reduction"}),
])
def test_field_wordings(sentence, fields):
    got = {c.field for c in extract(Article(text=sentence, id="f")).cooperation}
    assert got == fields


@pytest.mark.parametrize("sentence", [
    "The business climate in Ghana and Togo improved.",
    "Ghana and Togo said there was space for dialogue.",
])
def test_field_words_in_other_senses(sentence):
    assert extract(Article(text=sentence, id="n")).cooperation == ()


def test_second_story_gets_its_own_pair_and_meeting_date():
    f = facts("wire_second_story.txt", "2025-02-14")
    ps = {p.pair: p for p in f.partnerships}
    assert (ps[("IND", "USA")].action, ps[("IND", "USA")].date) == ("reaffirm", dt.date(2025, 2, 13))  # "agreed to elevate the"
    assert (ps[("FRA", "IND")].action, ps[("FRA", "IND")].date) == ("reaffirm", dt.date(2025, 2, 11))
    planned = [a for a in f.agreements if a.pair == ("IND", "USA")]
    assert [a.status for a in planned] == ["planned"]  # "would sign"
    assert "connectivity" not in {c.field for c in f.cooperation}  # India's own airports


def test_surnames_blocs_and_company_contracts():
    f = facts("wire_aap.txt", "2025-08-21")
    (p,) = f.partnerships
    assert (p.pair, p.level, p.action, p.date) == (("AUS", "JPN"), "special strategic partnership", "upgrade", dt.date(2025, 8, 20))
    got = sorted((a.type, a.fields, a.date) for a in f.agreements)
    # no EU deal, no company contract; the documents signed at the meeting take its day
    day = dt.date(2025, 8, 20)
    assert got == [("agreement", ("space",), day), ("joint-statement", (), day), ("memorandum", ("higher-education",), day)]
    assert {c.pair for c in f.cooperation} == {("AUS", "JPN")}
    assert {"hospitals", "defence-security"}.isdisjoint({c.field for c in f.cooperation})  # Australia's own spending
