"""Paraphrased constructions: one side named by an adjective, trade as a ranking or a figure,
field words inside proper names, partnership actions said with other verbs. Our own sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.lexicon import lexicon
from extracting import facts, tops


@pytest.mark.parametrize("sentence, pair, top", [
    # one side only as an adjective, a company or capital
    ("Austrian firms will help modernise Vietnamese energy infrastructure.", ("AUT", "VNM"), "energy"),
    ("Austrian firms will help modernise Vietnamese energy infrastructure.", ("AUT", "VNM"), "connectivity"),
    ("Japan will support Mongolia's infrastructure.", ("JPN", "MNG"), "connectivity"),
    ("Some 900 companies with Chinese capital operate in Kyrgyzstan.", ("CHN", "KGZ"), "investment"),
    # trade as a ranking or a figure
    ("Chile is among Japan's largest trading partners.", ("CHL", "JPN"), "trade"),
    ("Chile and Japan held talks. The leaders welcomed the growth in bilateral trade.", ("CHL", "JPN"), "trade"),
    ("Chile and Japan held talks. Bilateral trade reached $5 billion last year.", ("CHL", "JPN"), "trade"),
    # wordings
    ("Brazil and Angola agreed to settle trade in national currencies.", ("AGO", "BRA"), "finance"),
    ("Malaysia and Pakistan will expand cooperation in palm oil.", ("MYS", "PAK"), "agriculture"),
    ("Uzbekistan and Tajikistan will jointly develop water resources.", ("TJK", "UZB"), "environment"),
    ("Egypt and India will cooperate in the pharmaceutical industry.", ("EGY", "IND"), "health"),
    ("Egypt and India will cooperate in the pharmaceutical industry.", ("EGY", "IND"), "industry"),
    ("Fiji and New Zealand will work together on climate adaptation.", ("FJI", "NZL"), "environment"),
    ("Fiji and New Zealand will work together on disaster response.", ("FJI", "NZL"), "humanitarian"),
    ("Thailand and Cambodia agreed to cooperate against human trafficking and transnational crime.",
     ("KHM", "THA"), "defence-security"),
    ("Serbia and Greece will expand exchanges between their diplomatic academies.", ("GRC", "SRB"), "education"),
    ("Azerbaijan has become Serbia's main gas supplier.", ("AZE", "SRB"), "energy"),
    ("Laos and Thailand agreed to speed up a rail link between their capitals.", ("LAO", "THA"), "connectivity"),
    ("Poland will send military aid to Ukraine.", ("POL", "UKR"), "defence-security"),
])
def test_paraphrased_field(sentence, pair, top):
    assert (pair, top) in tops(facts(sentence))


@pytest.mark.parametrize("sentence, top", [
    ("Pakistan and China discussed the China-Pakistan Economic Corridor.", "economy"),
    ("Vietnam and the Philippines patrol their Exclusive Economic Zones.", "economy"),
    ("Germany and Japan are the two largest economies in their regions.", "economy"),
    ("Poland will deliver military aid and arms to Ukraine.", "humanitarian"),
])
def test_field_word_that_is_no_field(sentence, top):
    assert top not in {t for _, t in tops(facts(sentence))}


@pytest.mark.parametrize("text, action, date, year", [
    ("Egypt and Kenya agreed to relaunch their strategic partnership on Monday.", "reaffirm", dt.date(2025, 6, 9), None),
    ("Egypt and Kenya will reinvigorate the strategic partnership.", "reaffirm", None, None),
    ("Recalling the Enhanced Strategic Partnership established in 2015, Egypt and Kenya held talks.",
     "establish", None, 2015),
    ("Egypt suspended its strategic partnership with Kenya on Friday.", "downgrade", dt.date(2025, 6, 13), None),
    ("Egypt froze the mechanisms of its strategic partnership with Kenya.", "downgrade", None, None),
])
def test_partnership_actions(text, action, date, year):
    f = facts(text)
    assert [(p.action, p.date, p.year) for p in f.partnerships] == [(action, date, year)]


def test_exchange_of_notes_is_a_document_of_its_own_type():
    f = facts("Japan and Ghana exchanged notes. The two sides signed an Exchange of Notes on the Grant Aid Programme.")
    assert [a.type for a in f.agreements] == ["other"]


def test_similar_agreements_with_other_countries_are_not_the_pairs():
    f = facts("Japan and Ghana signed an agreement on fisheries. Japan has signed similar agreements with 20 countries.")
    assert len(f.agreements) == 1


def test_under_which_clause_belongs_to_its_document():
    f = facts("Laos and Thailand held talks. The leaders witnessed the signing of five agreements, including a power "
              "purchase agreement under which Laos will sell more electricity to Thailand, a memorandum of understanding "
              "on border management, and an agreement on cooperation in higher education.")
    L = lexicon()
    got = sorted((a.type, tuple(sorted({L.fields[x].top for x in a.fields}))) for a in f.agreements)
    assert ("agreement", ("energy",)) in got
    assert ("agreement", ("education",)) in got


def test_flattened_table_header_is_no_document_and_rows_are():
    f = facts("Armenia and Greece signed documents in Athens on Monday.\n"
              "S.No. | Name of MoU / Agreement | Signatory from the Armenian side | Signatory from the Greek side\n"
              "1 | Programme of Cooperation in Culture for 2026-2028 | Minister of Culture | Deputy Minister\n")
    L = lexicon()
    assert [(a.type, sorted({L.fields[x].top for x in a.fields})) for a in f.agreements] == [("plan", ["culture"])]
    assert f.agreements[0].name == "Programme of Cooperation in Culture for 2026-2028"


@pytest.mark.parametrize("opener", ["among them", "including"])
def test_package_named_in_its_own_sentence(opener):
    f = facts(f"Ghana and Japan held talks. The two sides signed six cooperation documents, {opener} an agreement on "
              "financing for a port project and a letter of intent on cooperation in civil aviation.")
    L = lexicon()
    got = {(a.type, frozenset(L.fields[x].top for x in a.fields)) for a in f.agreements}
    assert any(t == "agreement" and "finance" in tops_ for t, tops_ in got)
    assert len(f.agreements) == 2


@pytest.mark.parametrize("text", [
    "Iran's envoy said the Joint Comprehensive Plan of Action of 2015 was dead after Washington walked out of it.",
    "Norway and Chile signed a port deal, unlike some other agreements Chile has signed this year.",
])
def test_multilateral_and_other_documents_are_not_the_pairs(text):
    assert len(facts(text).agreements) == (1 if "port deal" in text else 0)
