"""Partnership constructions read in general (our own sentences): a year written before another noun
("the 1961 Treaty") or the span in brackets after a level ("(May 2009 - May 2024)") is no time the
standing level was restated, so its mentions stay one fact; a level founded once, looked back on
undated ("the anniversary of the signing of the declaration on ...") and dated elsewhere, is one
founding; a ranked roll with a region word ("the fourth Gulf country after A, B and C with which X has
...") lists the owner's other partners; relations raised "to a comprehensive strategic level" name that
designation; a decision "to build a" level founds it."""
from __future__ import annotations

import pytest

from extracting import facts


def events(text: str, published: str = "2024-05-20") -> list:
    return sorted((p.pair, p.level, p.action, str(p.date)) for p in facts(text, published).partnerships)


def test_year_before_another_noun_does_not_split_a_standing_level():
    got = events("Speaking in Lima on Monday, the Ghanaian leader said the comprehensive partnership between "
                 "Peru and Ghana keeps growing. This year marks six decades of the 1961 Treaty of Amity and "
                 "ten years of our comprehensive partnership.")
    assert [(a, b, c) for a, b, c, _ in got] == [(("GHA", "PER"), "comprehensive partnership", "establish"),
                                                 (("GHA", "PER"), "comprehensive partnership", "reaffirm")]


def test_span_in_brackets_after_a_level_is_its_lifetime_not_a_restatement():
    got = events("Peru and Ghana are celebrating the 15th anniversary of their Comprehensive Partnership "
                 "(May 2009 - May 2024). On Monday the two ministers agreed to deepen the comprehensive "
                 "partnership between Peru and Ghana.")
    assert [(a, b, c) for a, b, c, _ in got] == [(("GHA", "PER"), "comprehensive partnership", "establish"),
                                                 (("GHA", "PER"), "comprehensive partnership", "reaffirm")]


def test_undated_look_back_on_a_founding_is_the_founding_dated_elsewhere():
    got = events("Lima marked the 20th anniversary of the signing of the declaration on strategic partnership "
                 "between Peru and Ghana. \"On 4 May 2004 we established the Peru-Ghana strategic partnership,\" "
                 "the minister said.")
    founded = [e for e in got if e[2] == "establish"]
    assert founded == [(("GHA", "PER"), "strategic partnership", "establish", "2004-05-04")]


def test_ranked_roll_with_a_region_word_lists_the_owners_partners():
    got = events("Ghana is now the fourth West African country after Nigeria, Senegal and Togo with which "
                 "Peru has a strategic partnership.")
    pairs = {p for p, level, _, _ in got if level == "strategic partnership"}
    assert {("NGA", "PER"), ("PER", "SEN"), ("PER", "TGO")} <= pairs
    assert not {p for p in pairs if "GHA" in p and p != ("GHA", "PER")}


@pytest.mark.parametrize("rung,level", [
    ("a comprehensive strategic level", "comprehensive strategic partnership"),
    ("a strategic level", "strategic partnership"),
])
def test_relations_raised_to_a_rung_name_its_designation(rung, level):
    got = events(f"Peru and Ghana decided on Monday to elevate their relationship to {rung}.")
    assert (("GHA", "PER"), level, "upgrade") in {(a, b, c) for a, b, c, _ in got}


def test_a_new_strategic_level_is_no_designation():
    got = events("Peru and Ghana decided on Monday to take their relations to a new strategic level.")
    assert got == []


@pytest.mark.parametrize("verb", ["decided", "have decided"])
def test_deciding_to_build_a_level_founds_it(verb):
    got = events(f"Peru and Ghana {verb} to build a strategic partnership, the Peruvian president said "
                 "after talks on Monday.")
    assert [(a, b, c) for a, b, c, _ in got] == [(("GHA", "PER"), "strategic partnership", "establish")]


def test_building_a_held_level_further_is_no_founding():
    got = events("Peru and Ghana will work to build their strategic partnership further, the minister said.")
    assert {c for _, _, c, _ in got} == {"reaffirm"}


@pytest.mark.parametrize("text", [
    "The two presidents met in Lima, promising enhanced partnership between Peru and Ghana amid uncertainty.",
    "Peru's president hailed Ghana for its commitment to understanding and strengthened partnership between the "
    "two countries.",
])
def test_lone_participle_without_an_article_describes_ties(text):
    assert events(text) == []


@pytest.mark.parametrize("text", [
    "Peru and Ghana agreed on an enhanced partnership during the visit.",
    "Peru and Ghana reviewed their “enhanced partnership” on Monday.",
])
def test_participle_designation_with_an_article_or_quote_is_a_level(text):
    assert "enhanced partnership" in {level for _, level, _, _ in events(text)}


def test_in_the_21st_century_ends_a_designation_and_a_chain_of_raises_keeps_its_verb():
    got = events("Peru and Ghana set up diplomatic ties in 1990, raising them to a comprehensive cooperative "
                 "partnership in the 21st century in 2003 and then a strategic cooperative partnership in 2012.")
    assert {(b, c) for _, b, c, _ in got} == {
        ("comprehensive cooperative partnership in the 21st century", "upgrade"),
        ("strategic cooperative partnership", "upgrade")}


@pytest.mark.parametrize("lead", ["an upgraded", "a newly elevated"])
def test_participle_of_a_change_before_a_designation_is_the_change(lead):
    got = events(f"Peru and Ghana on Monday announced {lead} strategic partnership aimed at trade and defence.")
    assert {(a, b, c) for a, b, c, _ in got} == {(("GHA", "PER"), "strategic partnership", "upgrade")}


def test_high_level_before_strategic_belongs_to_the_designation():
    got = events("Peru and Ghana signed the Declaration on high-level strategic partnership in Lima on Monday.")
    assert (("GHA", "PER"), "high-level strategic partnership", "establish") in {(a, b, c) for a, b, c, _ in got}


def test_high_level_council_of_a_partnership_is_no_level():
    got = events("Peru and Ghana set up a high-level strategic partnership council on Monday.")
    assert got == []


def test_standing_level_said_of_the_meetings_year_takes_the_meetings_day():
    got = events("Peru's president met Ghana's president in Lima on Monday. \"Our comprehensive partnership keeps "
                 "growing,\" he said. \"2024 is also a special year for our comprehensive partnership.\"")
    assert got == [(("GHA", "PER"), "comprehensive partnership", "reaffirm", "2024-05-20")]


def test_own_level_dated_back_to_its_founding_is_also_held_today():
    got = events("Speaking in Lima on Monday, the two presidents noted the progress of their strategic partnership "
                 "established in 2011, Peru and Ghana said.")
    assert {(b, c) for _, b, c, _ in got} == {("strategic partnership", "establish"), ("strategic partnership", "reaffirm")}


def test_a_level_founded_in_a_year_without_the_pairs_possessive_is_history_only():
    got = events("Peru and Ghana recalled the strategic partnership established in 2011 at a meeting in Lima.")
    assert {(b, c) for _, b, c, _ in got} == {("strategic partnership", "establish")}


def test_pair_named_right_after_a_designation_is_its_own_beside_a_bloc():
    got = events("This year marks the 20th anniversary of the establishment of a comprehensive strategic partnership "
                 "between Peru and Ghana, the minister said, adding that Peru will deepen Ghana-EU relations too.")
    assert {(a, b, c) for a, b, c, _ in got} == {(("GHA", "PER"), "comprehensive strategic partnership", "establish"),
                                                 (("GHA", "PER"), "comprehensive strategic partnership", "reaffirm")}


def test_title_case_ending_of_a_purpose_is_not_the_levels():
    got = events("Peru and Ghana Agree to Push the Comprehensive Strategic Partnership for Constant and New Achievements")
    assert {b for _, b, _, _ in got} == {"comprehensive strategic partnership"}


def test_title_case_ending_of_designation_words_stays_the_levels():
    got = events("Peru and Ghana Issue Statement on the Comprehensive Strategic Partnership for a New Era")
    assert {b for _, b, _, _ in got} == {"comprehensive strategic partnership for a new era"}


def test_both_something_and_strategic_partners_is_the_pairs_level():
    got = events("Peru and Ghana are both maritime nations and strategic partners, the minister said in Lima on Monday.")
    assert {(a, b, c) for a, b, c, _ in got} == {(("GHA", "PER"), "strategic partnership", "reaffirm")}


def test_present_tense_forming_a_level_states_it_held():
    got = events("Peru and Ghana form a special strategic partnership under which we share values, the minister said.")
    assert {(b, c) for _, b, c, _ in got} == {("special strategic partnership", "reaffirm")}


def test_a_since_clause_does_not_date_a_standing_level():
    got = events("The Peruvian president met the Ghanaian minister in Lima on Monday. He said that since the "
                 "establishment of diplomatic relations 40 years ago, Peru and Ghana have grown close, now enjoying a "
                 "comprehensive partnership.")
    assert got == [(("GHA", "PER"), "comprehensive partnership", "reaffirm", "2024-05-20")]
