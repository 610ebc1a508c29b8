"""Wordings of pages that survey a country's partnership network: a treaty with its parties named before "on
<level>", a Title Case treaty named for the level and signed after it, partners listed after "powers like",
"similar types of partnerships with ...", and the owner of a hyphened pair's network. Our own text."""
from __future__ import annotations

from extracting import facts


def _levels(text: str) -> dict:
    got = facts(text, "2025-06-01", title="t")
    return {(p.pair, p.level): p.action for p in got.partnerships}


def test_a_treaty_whose_parties_stand_before_on_level_founds_it():
    text = "The treaty between Kenya and Peru on comprehensive partnership came into force on Monday.\n"
    assert _levels(text) == {(("KEN", "PER"), "comprehensive partnership"): "establish"}


def test_a_treaty_between_the_two_on_a_level_founds_it_too():
    text = "The agreement signed between Chile and Ghana on strategic partnership took effect in March.\n"
    assert _levels(text).get((("CHL", "GHA"), "strategic partnership")) == "establish"


def test_a_title_case_treaty_named_for_the_level_and_signed_after_it_founds_the_level():
    text = "Ghana and Chile run a joint commission under the Strategic Partnership Treaty signed by the two in 2011.\n"
    got = facts(text, "2025-06-01", title="t")
    assert ("strategic partnership", "establish") in {(p.level, p.action) for p in got.partnerships}


def test_a_lowercase_partnership_agreement_signed_after_it_stays_a_document():
    text = ("Ghana and Chile held talks on mining in Accra.\n\n"
            "Observers praised the strategic partnership agreement signed by the two countries.\n")
    assert _levels(text) == {}


def test_partners_listed_after_powers_like_are_the_owners_partners():
    text = "Peru has built strategic partnerships with major powers like Brazil, Kenya and Vietnam.\n"
    assert set(_levels(text)) == {(("BRA", "PER"), "strategic partnership"), (("KEN", "PER"), "strategic partnership"),
                                  (("PER", "VNM"), "strategic partnership")}


def test_similar_types_of_partnerships_hold_the_level_just_named():
    text = ("Peru set up a comprehensive strategic partnership with Chile in 2012 and later formed similar types of "
            "partnerships with Kenya and Ghana.\n")
    got = _levels(text)
    assert (("KEN", "PER"), "comprehensive strategic partnership") in got
    assert (("GHA", "PER"), "comprehensive strategic partnership") in got


def test_the_first_of_a_hyphened_pair_owns_the_similar_partnerships():
    text = ("The Peru-Chile comprehensive strategic partnership came first; similar partnerships with Kenya and "
            "Ghana came later.\n")
    got = _levels(text)
    assert (("KEN", "PER"), "comprehensive strategic partnership") in got
    assert (("GHA", "PER"), "comprehensive strategic partnership") in got
    assert (("CHL", "KEN"), "comprehensive strategic partnership") not in got


def test_a_designation_placed_in_a_ladder_of_kinds_is_no_pairs_level():
    text = ("Peru and Chile held talks in Lima.\n\nIn Peru's view “friendly partnership” sits at the bottom of the "
            "ladder, while the comprehensive strategic partnership is the closest kind.\n")
    assert (("CHL", "PER"), "friendly partnership") not in _levels(text)


def test_a_pairs_own_level_placed_at_the_top_stays_its_level():
    text = "Peru and Chile held talks.\n\nTheir strategic partnership sits at the top of Peru's hierarchy of ties.\n"
    assert (("CHL", "PER"), "strategic partnership") in _levels(text)
