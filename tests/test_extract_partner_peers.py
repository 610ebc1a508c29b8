"""A comparison that lists the owner's other partners at the level ("on par with what it has with A and B",
"on the same level as A, B and C", "the fourth country ..., following A, B and C"): one standing fact per
listed country with the owner, never with the side that joins. Also: a headline's shorter wording of the
level the text words in full, praise in quotes, terms talked of, "this year", "the potential of our ...".
Our own sentences."""
from __future__ import annotations

import pytest

from extracting import facts, level_actions


def test_on_par_with_what_the_regional_country_has_with_others():
    got = level_actions("Kenya and Peru on Monday raised their ties to a comprehensive strategic partnership, the "
                        "East African country's highest level, on par with what it has with China and India.")
    assert got == {(("KEN", "PER"), "comprehensive strategic partnership"): "upgrade",
                   (("CHN", "KEN"), "comprehensive strategic partnership"): "reaffirm",
                   (("IND", "KEN"), "comprehensive strategic partnership"): "reaffirm"}


def test_the_same_level_as_others_refers_to_the_level_just_named():
    got = level_actions("Peru and Kenya raised their ties to a comprehensive strategic partnership on Monday. "
                        "The step puts the country's relations with Kenya on the same level as Brazil, Chile and Mexico.")
    assert {p for p, a in got.items() if a == "reaffirm"} == {
        (("BRA", "PER"), "comprehensive strategic partnership"), (("CHL", "PER"), "comprehensive strategic partnership"),
        (("MEX", "PER"), "comprehensive strategic partnership")}


def test_a_ranked_roll_following_others_pairs_them_with_the_owner_not_the_joiner():
    text = ("The elevation of Kenya-Peru ties to a comprehensive strategic partnership makes Kenya the fourth "
            "country to reach that level with Peru, following Brazil, Chile and Mexico.")
    pairs = {p for p, _ in level_actions(text)}
    assert pairs == {("KEN", "PER"), ("BRA", "PER"), ("CHL", "PER"), ("MEX", "PER")}


def test_after_others_the_fourth_country_the_owner_signed_the_level_with():
    text = "After Brazil, Chile and Mexico, Kenya is the fourth country Peru has signed a comprehensive strategic partnership with."
    got = level_actions(text)
    assert {p for p, _ in got} == {("KEN", "PER"), ("BRA", "PER"), ("CHL", "PER"), ("MEX", "PER")}
    assert got[(("KEN", "PER"), "comprehensive strategic partnership")] == "establish"


def test_following_without_a_ranked_roll_lists_no_partners():
    got = level_actions("Following Brazil and Chile, Peru on Monday raised its ties with Kenya to a strategic partnership.")
    assert not {p for p, _ in got} & {("BRA", "PER"), ("CHL", "PER"), ("BRA", "CHL")}


def test_a_headline_shortening_the_new_level_is_the_same_fact():
    text = ("Peru upgrades ties with Kenya to strategic partnership\n\n"
            "Peru and Kenya on Monday elevated their ties to a comprehensive strategic partnership.")
    assert level_actions(text) == {(("KEN", "PER"), "comprehensive strategic partnership"): "upgrade"}


def test_praise_in_quotes_is_no_designation():
    assert level_actions('Peru wants a "robust partnership" with Kenya, its minister said on Monday.') == {}


def test_terms_talked_of_are_no_level_of_the_story():
    text = ("Peru and Kenya raised ties to a comprehensive strategic partnership on Monday. "
            "Countries use terms like “strategic partnership” and “comprehensive partnership” for many kinds of ties.")
    assert level_actions(text) == {(("KEN", "PER"), "comprehensive strategic partnership"): "upgrade"}


def test_a_partnership_formed_this_year_is_one_event():
    f = facts("Peru and Kenya will establish a strategic partnership this year. A strategic partnership between "
              "Peru and Kenya will widen their cooperation.")
    assert [(p.pair, p.action) for p in f.partnerships] == [(("KEN", "PER"), "establish")]


def test_the_potential_of_our_partnership_is_the_standing_level():
    got = level_actions('Kenya\'s president vowed to "use the full potential of our strategic and cooperative '
                        'partnership with Peru" on Monday.')
    assert got == {(("KEN", "PER"), "strategic and cooperative partnership"): "reaffirm"}


def test_a_sector_partnership_on_response_to_climate_change_is_no_level():
    got = level_actions("Peru created a strategic partnership on response to climate change with Kenya.")
    assert got == {}


def test_democratic_republic_of_congo_without_the_article():
    got = level_actions("The Democratic Republic of Congo and Peru established a strategic partnership on Monday.")
    assert {p for p, _ in got} == {("COD", "PER")}


def test_a_level_that_opens_the_name_of_a_document_still_to_be_signed_is_not_yet_founded():
    got = level_actions("A strategic partnership and cooperation agreement between Peru and Kenya is set to be signed next year.")
    assert got == {}


def test_a_partnership_formed_a_decade_ago_is_its_own_event_beside_the_new_level():
    got = level_actions("Peru and Kenya on Monday raised ties to a comprehensive strategic partnership. The upgrade from "
                        "the “comprehensive partnership” formed a decade ago was announced after talks in Lima.")
    assert got == {(("KEN", "PER"), "comprehensive strategic partnership"): "upgrade",
                   (("KEN", "PER"), "comprehensive partnership"): "establish"}


def test_a_designation_defined_after_a_parenthetical_adverb_is_talked_of_in_general():
    text = ("Peru and Kenya raised ties to a comprehensive strategic partnership on Monday. "
            "A strategic partnership, then, implies cooperation on many fronts.")
    assert level_actions(text) == {(("KEN", "PER"), "comprehensive strategic partnership"): "upgrade"}


def test_the_initials_of_a_title_case_level_named_before_stand_for_it():
    text = ("Peru and Kenya agreed a new Comprehensive Strategic Partnership on Monday.\n\n"
            "• After Brazil, Chile and Mexico, Kenya is the fourth country Peru has signed the CSP with")
    pairs = {p for p, _ in level_actions(text)}
    assert pairs == {("KEN", "PER"), ("BRA", "PER"), ("CHL", "PER"), ("MEX", "PER")}


def test_levels_held_since_two_years_before_a_new_stage_stand_no_more():
    text = ("Peru and Kenya have been developing a comprehensive partnership since 1998 and a strategic partnership "
            "since 2010. On Monday their ties advanced to a special strategic partnership.")
    assert sorted((p.level, p.action) for p in facts(text).partnerships) == [
        ("comprehensive partnership", "establish"), ("special strategic partnership", "upgrade"),
        ("strategic partnership", "establish")]


def test_a_level_held_since_a_year_still_stands_without_a_later_one():
    f = facts("Peru and Kenya have had a strategic partnership since 2010. Their leaders met in Lima on Monday.")
    assert sorted(p.action for p in f.partnerships) == ["establish", "reaffirm"]


def test_a_comparison_of_something_else_lists_no_partners():
    text = ("Peru and Kenya raised their ties to a comprehensive strategic partnership on Monday. "
            "Kenya's coffee trade with Peru is now on par with Brazil and Colombia.")
    assert {p for p, _ in level_actions(text)} == {("KEN", "PER")}


def test_concluding_announcing_or_signing_a_partnership_establishes_it():
    for verb in ("concluded", "announced", "drew notice by signing"):
        got = level_actions(f"On Monday Peru and Kenya {verb} a comprehensive strategic partnership.")
        assert got == {(("KEN", "PER"), "comprehensive strategic partnership"): "establish"}, verb


def test_a_designation_defined_at_the_start_of_a_sentence_is_talked_of_in_general():
    text = ("Peru and Kenya concluded a comprehensive strategic partnership in 2019. "
            "Comprehensive strategic partnership is considered the second highest level of ties Peru has.")
    assert [(p.level, p.action) for p in facts(text).partnerships] == [("comprehensive strategic partnership", "establish")]


def test_the_upgraded_partnership_alone_is_the_new_level_spoken_of():
    text = ("Peru and Kenya upgraded their ties to a comprehensive strategic partnership on Monday. "
            "The upgraded partnership covers trade and defence.")
    assert {lv for _, lv in level_actions(text)} == {"comprehensive strategic partnership"}


def test_the_holder_before_a_level_with_a_stranded_with_and_its_partner_after():
    text = ("Peru and Kenya raised ties to a comprehensive strategic partnership on Monday. The only other country "
            "Peru has a comprehensive strategic partnership with is Brazil, its biggest trade partner.")
    assert {p for p, _ in level_actions(text)} == {("KEN", "PER"), ("BRA", "PER")}


# --- "a status it previously granted only to A and B": the others who already hold the level (our own sentences)
_HELD_BEFORE = {(("CHL", "PER"), "comprehensive strategic partnership"): "reaffirm",
                (("JPN", "PER"), "comprehensive strategic partnership"): "reaffirm"}


@pytest.mark.parametrize("text", [
    "Peru and Ghana sign deals. Lima upgraded ties with Accra to a comprehensive strategic partnership, "
    "a status it previously granted only to Chile and Japan.",
    "Peru and Ghana sign deals. Peru and Ghana upgraded ties to a comprehensive strategic partnership, "
    "a status Peru had previously reserved for Chile and Japan.",
    "Ghana and Peru lifted ties to a comprehensive strategic partnership. Peru had earlier reached that level "
    "only with Chile and Japan.",
])
def test_a_status_granted_before_to_others_pairs_them_with_its_owner(text):
    got = level_actions(text)
    assert got == {**_HELD_BEFORE, (("GHA", "PER"), "comprehensive strategic partnership"): "upgrade"}


def test_a_status_held_by_it_of_two_sides_has_no_owner():
    got = level_actions("Peru and Ghana signed a strategic partnership, a status it has with Chile and Japan.")
    assert {q for q, _ in got} == {("GHA", "PER")}


def test_a_country_that_maintains_this_status_with_another():
    got = level_actions("Ghana and Peru lifted ties to a comprehensive strategic partnership. Peru maintains this "
                        "status with Chile despite their quarrels.")
    assert (("CHL", "PER"), "comprehensive strategic partnership") in got


def test_the_same_level_as_with_a_country_lists_that_country_as_a_peer():
    from extracting import level_actions
    got = level_actions("Peru keeps its strategic partnership with Spain at the same level as with Ghana and Japan.")
    assert got.get((("GHA", "PER"), "strategic partnership")) == "reaffirm"
    assert got.get((("JPN", "PER"), "strategic partnership")) == "reaffirm"
    assert (("ESP", "PER"), "strategic partnership") in got
