"""Constructions found missing on real articles, each on our own sentences and fixture articles."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extracting import facts

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def fixture(name: str, published: str):
    return facts((FIXTURES / name).read_text(encoding="utf-8"), published)


def fields(f):
    return {(c.pair, c.field) for c in f.cooperation}


def test_investment_and_aid_between_the_pair():
    f = fixture("investment_aid.txt", "2025-05-22")
    pair = ("BRA", "GHA")
    assert {(pair, x) for x in ("investment", "agriculture", "photovoltaics", "mining", "humanitarian",
                                "fisheries", "vocational-training")} == fields(f)
    assert "power-grid" not in {c.field for c in f.cooperation}  # Ghana's own grid


@pytest.mark.parametrize("sentence, pair, field", [
    ("Chilean companies have invested $2 billion in Peru, mostly in the textile industry.", ("CHL", "PER"), "industry"),
    ("Chilean companies have invested $2 billion in Peru, mostly in the textile industry.", ("CHL", "PER"), "investment"),
    ("Peru welcomes Chilean investment in green hydrogen.", ("CHL", "PER"), "investment"),
    ("South Korea's development assistance to Laos reached $1 billion.", ("KOR", "LAO"), "humanitarian"),
    ("The accord provides for Norwegian support for humanitarian demining in Angola.", ("AGO", "NOR"), "humanitarian"),
    ("Nepal's Ministry of Agriculture and Japan's Ministry of Agriculture will form a joint working group on horticulture.",
     ("JPN", "NPL"), "agriculture"),
    ("Canada and Chile agreed to cooperate on raw materials.", ("CAN", "CHL"), "mining"),
    ("Spain and Egypt will cooperate in the training of skilled workers.", ("EGY", "ESP"), "vocational-training"),
    ("Italy will help Tunisia train 200 engineers.", ("ITA", "TUN"), "vocational-training"),
    ("Estonia and Kenya will cooperate on digital public services such as e-governance.", ("EST", "KEN"), "digital-economy"),
    ("Italy and Egypt signed an agreement on a debt swap.", ("EGY", "ITA"), "finance"),
])
def test_field_constructions(sentence, pair, field):
    assert (pair, field) in fields(facts(sentence))


@pytest.mark.parametrize("sentence", [
    "Ghana is investing heavily in solar power.",  # one country's own investment
    "Egypt and France held talks. The ministry of trade, industry and energy hosted them.",  # a ministry's title
])
def test_no_field(sentence):
    assert not facts(sentence).cooperation


@pytest.mark.parametrize("sentence, level", [
    ("Laos and Cambodia agreed to elevate their ties to a comprehensive strategic partnership for peace, "
     "cooperation and sustainable development.",
     "comprehensive strategic partnership for peace, cooperation and sustainable development"),
    ("Peru and Chile upgraded relations to a strategic partnership of mutual trust in the new era.",
     "strategic partnership of mutual trust in the new era"),
    ("Peru and Chile upgraded relations to a strategic partnership for the benefit of both peoples.",
     "strategic partnership"),  # "the" ends the designation
])
def test_designation_keeps_its_ending(sentence, level):
    f = facts(sentence)
    assert [p.level for p in f.partnerships] == [level]
    assert "environment" not in {c.field for c in f.cooperation}  # words of the name are no fields


def test_fields_a_partnership_spans():
    f = facts("Italy and Japan, whose Strategic Partnership has grown to span defence, energy and "
              "critical minerals, held talks in Rome.")
    assert {c.field for c in f.cooperation} == {"defence-security", "energy", "critical-minerals"}


@pytest.mark.parametrize("text, date", [
    ("Today, Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima. "
     "The leaders agreed to elevate ties to a comprehensive strategic partnership.", dt.date(2025, 6, 14)),
    ("Chilean President Gabriel Boric paid a state visit to Peru from June 9 to 11. On June 10 the two leaders "
     "held talks in Lima. They elevated ties to a strategic partnership.", dt.date(2025, 6, 10)),
])
def test_the_nearest_meeting_dates_the_upgrade(text, date):
    (p,) = facts(text).partnerships
    assert (p.action, p.date) == ("upgrade", date)


def test_member_list_keeps_the_pair_acting_before():
    f = facts("Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Kazan on Tuesday. "
              "The BRICS members Brazil, Russia, India, China and South Africa gathered there. "
              "The two sides signed a joint statement on energy cooperation.")
    assert {(a.pair, a.type) for a in f.agreements} == {(("CHN", "RUS"), "joint-statement")}
    assert {c.pair for c in f.cooperation} == {("CHN", "RUS")}


def test_member_list_alone_sets_no_pair():
    f = facts("Leaders of Brazil, Russia, India and China gathered in Kazan. The two sides signed a joint statement.")
    assert f.agreements == () and f.cooperation == ()


@pytest.mark.parametrize("text", [
    "The G20 leaders, including the U.S., China, India and Russia, agreed on a joint declaration on Sunday.",
    "Peruvian President Dina Boluarte met Spanish Prime Minister Pedro Sanchez in Lima on Monday. Spain is an EU "
    "member, which upgraded its relations with Peru to a strategic partnership last year.",
])
def test_blocs_are_the_party(text):
    f = facts(text)
    assert f.partnerships == () and f.agreements == ()


def test_a_third_party_field_is_not_the_pair():
    f = facts("The Kremlin said Western security pacts with Kyiv would not bring peace to Ukraine.")
    assert f.cooperation == ()


def docs(text):
    return sorted((a.type, a.fields, a.count) for a in facts(text).agreements)


@pytest.mark.parametrize("text, expected", [
    ("Mongolia and Japan signed a joint statement and several cooperation documents on trade, energy and mining "
     "on Monday.",
     [("agreement", ("energy", "mining", "trade"), None), ("joint-statement", (), None)]),
    ("Nepal and India signed six memoranda of understanding on health and education and two loan agreements.",
     [("agreement", ("finance",), 2), ("memorandum", ("education", "health"), 6)]),
    ("Italy and Tunisia signed memoranda on tourism and health, as well as an agreement on a debt swap.",
     [("agreement", ("finance",), None), ("memorandum", ("health", "tourism"), None)]),
    ("Serbia and Hungary signed a Treaty on Energy Markets, a Treaty on Customs Cooperation, a Treaty on Security.",
     [("treaty", ("customs",), None), ("treaty", ("defence-security",), None), ("treaty", ("energy",), None)]),
    ("Nepal and India signed the following documents: a MoU on fisheries, an Agreement on health cooperation, "
     "and a Roadmap for digital cooperation.",
     [("agreement", ("health",), None), ("memorandum", ("fisheries",), None), ("plan", ("digital-economy",), None)]),
])
def test_documents_of_one_sentence(text, expected):
    assert docs(text) == expected


@pytest.mark.parametrize("text", [
    "Gulf Air signed a deal to buy 20 Boeing jets during the visit of the U.S. president to Bahrain.",
    "India and Russia signed documents. Rosneft and Reliance Industries signed a supply agreement with an LLC.",
    "Chile chose the French Gowind corvette, with the contract still to be negotiated with France.",
    "France and Chile signed a ten-year framework for defence cooperation.",
])
def test_company_deals_and_choices_are_no_agreements(text):
    assert facts(text).agreements == ()


def test_could_consider_is_no_cooperation():
    assert facts("Chile and India could consider a free trade deal.").cooperation == ()
    assert facts("Chile and India see potential for cooperation in mining.").cooperation  # a stated opportunity


def test_a_named_programme_is_a_project_unless_signed():
    f = facts("Britain, Japan and Italy are developing a fighter under the Global Combat Air Programme.")
    assert f.agreements == ()


@pytest.mark.parametrize("text", [
    "German Chancellor Friedrich Merz met Namibian President Netumbo Nandi-Ndaitwah in Berlin on Monday. "
    "Germany wants to import hydrogen to power its energy transition.",
])
def test_one_countrys_own_imports_are_no_trade(text):
    assert facts(text).cooperation == ()


def test_exports_to_the_other_are_trade():
    f = facts("Namibia exports to Germany rose by a fifth.")
    assert (("DEU", "NAM"), "trade") in fields(f)


@pytest.mark.parametrize("text, pairs", [
    ("Mexican officials hosted Spanish investors. Ortega said the two countries would expand trade cooperation.",
     {("ESP", "MEX")}),  # a surname alone does not bring Nicaragua in
    ("President Ortega met Mexican President Claudia Sheinbaum. The two countries will expand trade cooperation.",
     {("MEX", "NIC")}),
])
def test_surnames_need_a_title_or_the_full_name(text, pairs):
    assert {c.pair for c in facts(text).cooperation} == pairs


def test_each_named_treaty_is_its_own_entry():
    f = facts("Serbia and Hungary signed the Treaty on Energy Markets, the Treaty on Customs Cooperation and the "
              "Treaty on Security Guarantees on Friday.")
    assert sorted(a.name for a in f.agreements) == [
        "Treaty on Customs Cooperation", "Treaty on Energy Markets", "Treaty on Security Guarantees"]
    assert "space" not in {c.field for c in facts(
        "Belarus and Russia signed a Treaty on the Common Customs Space.").cooperation}


def test_a_country_with_a_bloc_is_not_the_story_pair():
    f = facts("Vietnamese Prime Minister Pham Minh Chinh held talks with Australian Prime Minister Anthony Albanese "
              "on Monday. They upgraded ties to a comprehensive strategic partnership. Australia upgraded its ASEAN "
              "relationship to a comprehensive strategic partnership in 2021.")
    (p,) = f.partnerships
    assert p.pair == ("AUS", "VNM") and not any("ASEAN" in m.text for m in p.mentions)


@pytest.mark.parametrize("sentence, expected", [
    ("Peru and Chile welcomed progress in trade, media and people-to-people ties.",
     {"trade", "media", "people-to-people"}),
    ("Peru and Chile will step up cooperation on space.", {"space"}),
    ("Peru and Chile agreed to deepen exchanges in culture, media and youth.", {"culture", "media", "youth"}),
])
def test_fields_in_lists(sentence, expected):
    assert {c.field for c in facts(sentence).cooperation} == expected


def test_an_unsigned_deal_named_by_its_object_is_no_agreement():
    f = facts("Japan and Australia cooperate closely. The frigate deal is Japan's largest defence export.")
    assert f.agreements == () and "trade" not in {c.field for c in f.cooperation}


@pytest.mark.parametrize("text", [
    "Japan and South Korea held talks. The economy, trade and industry ministers of the two countries met.",
    "Japan and South Korea held talks. The Minister of Economy, Trade and Industry attended.",
])
def test_job_titles_give_no_field(text):
    assert facts(text).cooperation == ()


def test_planning_words_stay_in_their_clause():
    f = facts("Peru and Chile will sign a trade agreement next year, and signed a memorandum on fisheries today.")
    assert sorted((a.type, a.status) for a in f.agreements) == [("agreement", "planned"), ("memorandum", "signed")]


@pytest.mark.parametrize("text", [
    "Tensions rose between Georgia and Russia after Moscow signed a memorandum of understanding on energy "
    "with the breakaway region of Abkhazia.",
    "Georgia and Russia have been locked in a diplomatic row since Moscow signed an agreement on trade with the "
    "separatist authorities of South Ossetia.",
])
def test_a_document_with_a_breakaway_region_is_not_the_pairs(text):
    f = facts(text)
    assert not f.agreements
    assert not f.cooperation


@pytest.mark.parametrize("tail", ["five were signed, covering", "In all, five have been signed covering",
                                  "Five documents were signed covering"])
def test_a_bare_signed_count_is_one_package(tail):
    f = facts("Kenyan President William Ruto held talks with Indonesian President Prabowo Subianto in Nairobi "
              f"on Tuesday. {tail} trade, fisheries and health.")
    (g,) = f.agreements
    assert (g.pair, g.type, g.count) == (("IDN", "KEN"), "agreement", 5)
    assert set(g.fields) == {"trade", "fisheries", "health"}


def test_a_bare_count_that_is_planned_is_no_package():
    f = facts("Kenya and Indonesia said five more were to be signed covering trade and health.")
    assert not f.agreements


def agreements(f):
    return sorted((a.pair, a.type, a.year if a.date is None else a.date.isoformat(), a.status) for a in f.agreements)


@pytest.mark.parametrize("text, expected", [
    # a letter of intent on a topic is a document of its own
    ("Egypt and Greece signed a letter of intent on renewable energy on Monday.",
     [(("EGY", "GRC"), "other", "2025-06-09", "signed")]),
    # a mixed package of nouns is one entry
    ("Kazakhstan and Uzbekistan signed agreements and memoranda on trade and energy on Tuesday.",
     [(("KAZ", "UZB"), "agreement", "2025-06-10", "signed")]),
    # background documents: their own year, their own other party
    ("Japan and the Philippines held talks on Monday. Manila already has a security pact signed with Australia "
     "in 2022, and a defence pact with the United States in force since 1951.",
     [(("AUS", "PHL"), "agreement", 2022, "signed"), (("PHL", "USA"), "agreement", 1951, "signed")]),
    # a nickname is the same treaty
    ("Italy and France signed the Treaty for Enhanced Bilateral Cooperation in Rome on Friday. The treaty, "
     "known as the Quirinal Treaty, covers defence and culture.",
     [(("FRA", "ITA"), "treaty", "2025-06-13", "signed")]),
    # a visit preview's deals are not signed yet
    ("Japanese Prime Minister Shigeru Ishiba met Indonesian President Prabowo Subianto on Monday. "
     "Several deals are expected to be signed during the visit.",
     [(("IDN", "JPN"), "agreement", None, "planned")]),
])
def test_document_constructions(text, expected):
    assert agreements(facts(text)) == expected


@pytest.mark.parametrize("text, pair, level, action", [
    ("China and Brazil upgraded their ties to a comprehensive strategic partnership featuring mutual respect and "
     "common development for a shared future on Monday.", ("BRA", "CHN"),
     "comprehensive strategic partnership featuring mutual respect and common development for a shared future", "upgrade"),
    ("China and Laos agreed to build a comprehensive strategic partnership towards a peaceful and prosperous future.",
     ("CHN", "LAO"), "comprehensive strategic partnership towards a peaceful and prosperous future", "reaffirm"),
    ("Mongolia and Japan established a strategic third neighbor partnership on Monday.", ("JPN", "MNG"),
     "strategic third neighbor partnership", "establish"),
    ("Putin met Tokayev in Moscow on Monday. \"Relations of comprehensive strategic partnership between our countries "
     "continue to develop,\" Putin said.", ("KAZ", "RUS"), "comprehensive strategic partnership", "reaffirm"),
])
def test_long_and_spoken_levels(text, pair, level, action):
    assert [(p.pair, p.level, p.action) for p in facts(text).partnerships] == [(pair, level, action)]


def test_first_person_speech_in_talks_is_the_pair_s():
    f = facts("Russian President Vladimir Putin held talks with Indian Prime Minister Narendra Modi on Tuesday. "
              "\"We attach great importance to humanitarian ties,\" Putin said.")
    assert fields(f) == {(("IND", "RUS"), "culture")}


@pytest.mark.parametrize("sentence, expected", [
    ("Australia and Japan agreed to expand coal and LNG trade.", {"energy", "oil-and-gas", "trade"}),
    ("Canada and Germany will boost minerals trade.", {"mining", "trade"}),
    ("Japanese banks have acquired stakes in Indian banks worth $3 billion.", {"investment", "finance"}),
])
def test_goods_traded_and_banks_bought(sentence, expected):
    assert {c.field for c in facts(sentence).cooperation} == expected


def test_a_preview_s_expected_deals_are_no_cooperation():
    f = facts("Japanese Prime Minister Shigeru Ishiba met Indonesian President Prabowo Subianto on Monday. "
              "Several deals are expected to be signed during the visit, covering health and fisheries.")
    assert not f.cooperation and [a.status for a in f.agreements] == ["planned"]


@pytest.mark.parametrize("sentence, field, absent", [
    ("Oman and India agreed to cooperate on the supply of aviation fuel.", "energy", "aviation"),
    ("Oman and India agreed to cooperate on jet fuel and marine fuel.", "energy", "aviation"),
    ("Oman and India agreed to cooperate on petrol and diesel supplies.", "energy", None),
    ("Oman and India will jointly build a combined heat and power plant.", "energy", None),
])
def test_the_head_noun_fuel_decides_the_field(sentence, field, absent):
    got = {c.field for c in facts(sentence).cooperation}
    assert field in got and absent not in got


@pytest.mark.parametrize("sentence", [
    "Kenya and Tanzania agreed to finalise pending instruments on trade and defence.",
    "Kenya and Tanzania said agreements on trade and defence are still to be concluded.",
    "Kenya and Tanzania will negotiate a treaty on trade and defence.",
])
def test_documents_still_to_be_finalised_are_planned(sentence):
    assert not [a for a in facts(sentence).agreements if a.status == "signed"]


def test_a_communique_issued_by_the_pair_is_a_joint_statement():
    f = facts("Kenya and Tanzania held talks in Arusha on Thursday. A communique issued at the end of the session "
              "said the two sides would meet again next year.")
    assert [(a.pair, a.type) for a in f.agreements] == [(("KEN", "TZA"), "joint-statement")]


def test_documents_named_after_the_package_are_the_entries():
    f = fixture("package_named_next.txt", "2025-06-10")
    pair = ("CHL", "RWA")
    got = sorted((a.pair, a.type, a.status) for a in f.agreements)
    assert got == sorted([(pair, "memorandum", "signed"), (pair, "agreement", "signed"), (pair, "protocol", "signed"),
                          (pair, "agreement", "planned"), (pair, "joint-statement", "signed")])
    assert not [a for a in f.agreements if a.count]  # the package itself is no extra entry
    assert {(pair, x) for x in ("trade", "mining", "agriculture")} <= fields(f)  # its fields stay cooperation
    signed = [a for a in f.agreements if a.type in ("memorandum", "protocol")]
    assert all(a.date == dt.date(2025, 6, 9) for a in signed)


@pytest.mark.parametrize("second", [
    "The agreements included a memorandum on solar energy and a protocol on customs.",
    "They included a memorandum on solar energy and a protocol on customs.",
    "The leaders then witnessed the exchange of documents, including a memorandum on solar energy and a protocol on customs.",
])
def test_a_list_sentence_names_the_package_just_signed(second):
    f = facts("Mongolia and Kazakhstan signed nine agreements on trade and transport on Tuesday. " + second)
    assert sorted(a.type for a in f.agreements) == ["memorandum", "protocol"]


def test_a_list_sentence_without_a_package_before_signs_nothing():
    f = facts("Mongolia and Kazakhstan held talks on Tuesday. Among the topics were a memorandum on solar energy "
              "and a protocol on customs.")
    assert not f.agreements
