"""Partnership constructions read in general (our own sentences): entering into a partnership founds
it; an acronym defined after a plural or with spaces in its brackets; designations talked of in
general (an indefinite one doing something in the present, kinds listed after a colon, the rung of a
ladder); a Title Case ending never runs into a possessive; anniversaries counted in years since a
founding, or of raising ties to a level; a bloc's partners are no pair."""
from __future__ import annotations

import pytest

from extracting import facts


def actions(text: str, published: str = "2025-06-14") -> set:
    return {(p.pair, p.level, p.action) for p in facts(text, published).partnerships}


@pytest.mark.parametrize("text", [
    "In 2019, Peru entered into new strategic partnerships with Ghana, Chile and Norway.",
    "Peru entered into a strategic partnership with Ghana.",
])
def test_entering_into_a_partnership_establishes_it(text):
    got = actions(text)
    assert (("GHA", "PER"), "strategic partnership", "establish") in got
    assert all(a == "establish" for _, _, a in got)


def test_entering_into_a_stage_of_a_held_partnership_founds_nothing():
    got = actions("Peru and Ghana entered into a new stage of their strategic partnership.")
    assert {a for _, _, a in got} <= {"reaffirm"}


@pytest.mark.parametrize("definition", [
    "Peru keeps three kinds of ties: comprehensive strategic partnerships ( CSP) are the closest.",
    "Peru keeps comprehensive strategic partnerships (CSP) with a few countries.",
])
def test_acronym_defined_after_a_plural_or_with_spaces_stands_for_the_designation(definition):
    got = actions(definition + " In May, Peru signed a CSP with Ghana.")
    assert (("GHA", "PER"), "comprehensive strategic partnership", "establish") in got


@pytest.mark.parametrize("sentence", [
    "A comprehensive partnership signals a will to work together on much, while a strategic partnership targets a few sectors.",
    "A comprehensive strategic partnership combines both.",
    "Peru keeps three tiers of ties with others: comprehensive partnerships, strategic partnerships and comprehensive strategic partnerships.",
])
def test_designations_talked_of_in_general_are_no_level_of_the_story_pair(sentence):
    assert actions("Peru and Ghana held talks on Monday. " + sentence) == set()


@pytest.mark.parametrize("sentence", [
    "The highest level is a comprehensive strategic partnership.",
    "Peru keeps three tiers of ties: strategic partnership and comprehensive strategic partnership (CSP). The highest level is a CSP.",
])
def test_the_rung_of_a_ladder_is_no_level_of_the_story_pair(sentence):
    assert actions("Peru and Ghana held talks on Monday. " + sentence) == set()


def test_an_indefinite_designation_in_the_past_still_counts():
    got = actions("A comprehensive strategic partnership was signed by Peru and Ghana on Monday.")
    assert {(p, lvl) for p, lvl, _ in got} == {(("GHA", "PER"), "comprehensive strategic partnership")}


def test_title_case_ending_stops_before_a_possessive():
    got = actions("Peru and Ghana met. The minister praised the Peruvian-Ghanaian Strategic Partnership for Peru's "
                  "growth.")
    assert {lvl for _, lvl, _ in got} == {"strategic partnership"}


def test_years_since_the_launch_is_the_founding_and_todays_anniversary():
    got = actions("On Friday the minister opened an exhibition marking 25 years since the launch of the "
                  "Strategic Partnership between Peru and Ghana.")
    assert got == {(("GHA", "PER"), "strategic partnership", "establish"),
                   (("GHA", "PER"), "strategic partnership", "reaffirm")}


def test_anniversary_of_raising_ties_is_the_upgrade_and_todays_level():
    f = facts("Peru's envoy said 2020 is the tenth anniversary year of elevating the Peru-Ghana "
              "bond to the level of special strategic partnership.", "2020-03-09")
    got = {(p.pair, p.level, p.action, p.date) for p in f.partnerships}
    assert (("GHA", "PER"), "special strategic partnership", "upgrade", None) in got
    assert any(a == "reaffirm" for _, _, a, _ in got)


@pytest.mark.parametrize("text", [
    "In 2021, ASEAN accorded comprehensive strategic partnership status to Peru and Ghana.",
    "The European Union signed strategic partnerships with Peru and Ghana.",
])
def test_the_countries_after_a_blocs_to_or_with_are_no_pair(text):
    assert actions(text) == set()


def test_the_press_initials_stand_for_the_designation_in_an_article_about_partners():
    got = actions("Peru and Ghana held a summit on Monday, the partners said. Peru and Ghana signed the CSP.")
    assert (("GHA", "PER"), "comprehensive strategic partnership", "establish") in got


def test_initials_the_text_defines_otherwise_are_no_designation():
    assert actions("Peru and Ghana opened a concentrated solar power (CSP) plant. The CSP will serve partners.") == set()


def test_a_deepened_partnership_alone_is_a_description():
    assert actions("Peru and Ghana would both benefit from a deepened partnership.") == set()


def test_the_pairs_joined_adjectives_in_a_quote_are_no_part_of_the_level():
    got = actions("Peru and Ghana met on Monday to relaunch the “Peruvian-Ghanaian strategic partnership”.")
    assert {lvl for _, lvl, _ in got} == {"strategic partnership"}


@pytest.mark.parametrize("text", [
    "Ghana is a strategic partner for Peru, the minister said.",
    "The Peruvian president said Ghana remains an important strategic partner.",
])
def test_a_country_called_a_strategic_partner_for_another_or_an_important_one(text):
    assert {(p, lvl) for p, lvl, _ in actions(text)} == {(("GHA", "PER"), "strategic partnership")}


def test_a_joint_statement_on_a_lowercase_designation_founds_it():
    got = actions("Peru and Ghana met on Thursday. In a joint statement on comprehensive strategic partnership released "
                  "after their meeting, the leaders affirmed their ties.")
    assert got == {(("GHA", "PER"), "comprehensive strategic partnership", "establish")}


def test_a_document_named_for_the_level_past_its_acronym_is_no_level_yet():
    assert actions("Peru and Ghana want an early conclusion of the Enhanced Strategic Partnership (ESP) agreement.") == set()


def test_the_levels_framework_past_its_acronym_is_the_level():
    got = actions("Peru and Ghana discussed ties under the Comprehensive Strategic Partnership (CSP) framework.")
    assert got == {(("GHA", "PER"), "comprehensive strategic partnership", "reaffirm")}


def test_a_level_set_up_in_a_since_clause_is_an_earlier_event_beside_todays_upgrade():
    got = actions("Peru and Ghana elevated ties to a comprehensive strategic partnership on Monday. Ties have grown "
                  "since the two countries set up their comprehensive partnership.")
    assert got == {(("GHA", "PER"), "comprehensive strategic partnership", "upgrade"),
                   (("GHA", "PER"), "comprehensive partnership", "establish")}


def test_the_anniversary_of_the_level_left_behind_is_its_own_fact():
    got = actions("Peru and Ghana upgraded ties to a comprehensive strategic partnership on Monday, as the two "
                  "countries celebrate the 10th anniversary of their comprehensive partnership.")
    assert got == {(("GHA", "PER"), "comprehensive strategic partnership", "upgrade"),
                   (("GHA", "PER"), "comprehensive partnership", "reaffirm"),
                   (("GHA", "PER"), "comprehensive partnership", "establish")}  # the founding it counts back to


def test_giving_a_country_the_status_of_a_partner_raises_ties_to_that_level():
    got = actions("Peru's president said on Monday: “We have agreed to give Ghana the status of a special strategic and "
                  "global partner.”")
    assert got == {(("GHA", "PER"), "special strategic and global partnership", "upgrade")}


def test_taking_stock_of_ties_is_no_upgrade():
    got = actions("Peru and Ghana met on Monday to take stock of their ties and look at ways to transform their "
                  "special strategic and global partnership.")
    assert got == {(("GHA", "PER"), "special strategic and global partnership", "reaffirm")}


def test_a_year_in_a_documents_name_founds_no_level():
    got = actions("Peru and Ghana upgraded ties to a special strategic partnership in 2014. In 2015 they announced the "
                  "“Peru and Ghana Vision 2025 Special Strategic Partnership for Peace” joint statement.")
    assert all(a != "establish" for _, _, a in got)


def test_a_visit_already_concluded_names_no_host():
    got = actions("Peru's minister ended a three-day trip to Ghana on Saturday. The minister, who landed in Accra after "
                  "concluding a visit to Chile, briefed Ghana's president on their bilateral strategic partnership.")
    assert {p for p, _, _ in got} == {("GHA", "PER")}


@pytest.mark.parametrize("text", [
    "Peru and Ghana will sign papers, chief among them a text that will consecrate the raising of their ties to "
    "the level of strategic partnership.",
    "The ministers discussed the preparations for the launch, in 2027, of the strategic partnership between Peru and Ghana.",
])
def test_a_change_still_to_come_is_no_fact_yet(text):
    assert actions(text) == set()


def test_a_signed_document_that_will_consecrate_the_change_makes_it():
    got = actions("Peru and Ghana signed a text that will consecrate the raising of their ties to the level of "
                  "strategic partnership.")
    assert got == {(("GHA", "PER"), "strategic partnership", "upgrade")}


@pytest.mark.parametrize("held", ["a “strategic partnership” since November 2019", "a strategic partnership since 2019"])
def test_a_level_held_since_a_year_beside_todays_upgrade_is_its_founding_only(held):
    got = actions("Ties between Peru and Ghana were elevated to a comprehensive strategic partnership on Friday. This "
                  f"deepens the relationship that had been categorised as {held}.")
    assert got == {(("GHA", "PER"), "comprehensive strategic partnership", "upgrade"),
                   (("GHA", "PER"), "strategic partnership", "establish")}


def test_a_bilateral_designation_after_a_preposition_is_the_pairs():
    got = actions("Peru and Ghana met on Monday. The sides focused on a wide range of issues of bilateral strategic partnership.")
    assert {(p, lvl) for p, lvl, _ in got} == {(("GHA", "PER"), "strategic partnership")}


def test_a_plain_designation_after_a_preposition_is_talked_of_in_general():
    assert actions("Peru and Ghana met on Monday. The sides spoke of cooperation in strategic partnership.") == set()


def test_a_level_of_a_designation_is_the_pairs_rung_not_general_talk():
    got = actions("Peru's president noted the dynamics of Peru-Ghana relations conforming to the level of eternal "
                  "all-round strategic partnership.")
    assert got == {(("GHA", "PER"), "eternal all-round strategic partnership", "reaffirm")}


def test_a_fronted_since_year_founds_the_level_held():
    got = actions("Since 2013, Peru and Ghana have been strategic partners, with Peru a supplier of fish.")
    assert got == {(("GHA", "PER"), "strategic partnership", "establish"), (("GHA", "PER"), "strategic partnership", "reaffirm")}
