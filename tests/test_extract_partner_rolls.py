"""A country's roll of partners: lists after a colon or a dash, "X's partners in a region include",
"A joins B and C as X's partners", "A became X's third partner, after B". One fact per pair with the
roll's owner, never one between two listed countries. Our own sentences."""
from __future__ import annotations

import pytest

from extracting import facts, level_actions


@pytest.mark.parametrize("text", [
    "Peru has strategic partnerships with three Asian states: Japan, South Korea and Thailand.",
    "Peru has strategic partnerships with three Asian states - Japan, South Korea and Thailand.",
    "Peru's strategic partners in Asia include Japan, South Korea and Thailand.",
])
def test_a_roll_after_a_colon_dash_or_region_pairs_each_with_the_owner(text):
    got = level_actions(text)
    assert {p for p, _ in got} == {("JPN", "PER"), ("KOR", "PER"), ("PER", "THA")}


@pytest.mark.parametrize("text", [
    "Oman joins Ghana and Peru as strategic partners of Chile.",
    "With the visit, Oman joins Ghana and Peru as Chile's strategic partners.",
    "Oman became Chile's third strategic partner, after Ghana and Peru.",
])
def test_a_country_joining_a_roll_is_paired_with_the_owner_and_so_are_those_on_it(text):
    got = level_actions(text)
    assert got == {(("CHL", "OMN"), "strategic partnership"): "establish",
                   (("CHL", "GHA"), "strategic partnership"): "reaffirm",
                   (("CHL", "PER"), "strategic partnership"): "reaffirm"}


def test_alongside_others_among_a_countrys_partners():
    got = level_actions("The step puts Oman alongside Ghana and Peru among Chile's comprehensive strategic partners.")
    assert {p for p, _ in got} == {("CHL", "OMN"), ("CHL", "GHA"), ("CHL", "PER")}


def test_two_listed_partners_are_no_pair():
    got = level_actions("Oman became Chile's third strategic partner, after Ghana and Peru.")
    assert ("GHA", "PER") not in {p for p, _ in got}


def test_a_countrys_first_partner_named_after_is():
    got = level_actions("Chile's first comprehensive strategic partner is Peru, since 2011.")
    assert {p for p, _ in got} == {("CHL", "PER")}


def test_raised_to_a_partner_worded_as_the_partner():
    got = level_actions("Peru and Chile upgraded relations to a comprehensive strategic partner on Monday.")
    assert got == {(("CHL", "PER"), "comprehensive strategic partnership"): "upgrade"}


def test_upgraded_their_partnership_is_the_level_brought_about():
    got = level_actions("Peru and Chile upgraded their comprehensive strategic partnership in March.")
    assert got == {(("CHL", "PER"), "comprehensive strategic partnership"): "upgrade"}
    old = level_actions("Peru and Chile upgraded their strategic partnership to a comprehensive strategic partnership.")
    assert old == {(("CHL", "PER"), "comprehensive strategic partnership"): "upgrade"}


@pytest.mark.parametrize("text", [
    "Chile counts Peru, Brazil and Argentina among its strategic partners.",
    "Chile's strategic partners — Peru, Brazil and Argentina — met in Lima.",
])
def test_a_roll_among_its_partners_or_after_a_dash_pairs_each_with_the_owner(text):
    assert {p for p, _ in level_actions(text)} == {("CHL", "PER"), ("BRA", "CHL"), ("ARG", "CHL")}


def test_partnerships_signed_with_many_countries_are_no_document_of_two_listed_ones():
    f = facts("Chile has signed comprehensive strategic partnerships with 12 countries, including Peru "
              "and Brazil.")
    assert ("BRA", "PER") not in {g.pair for g in f.agreements}
    assert {p.pair for p in f.partnerships} == {("CHL", "PER"), ("BRA", "CHL")}


def test_a_sectors_strategic_partnership_is_no_level():
    f = facts("Peru and Chile reviewed their energy strategic partnership and trade.")
    assert f.partnerships == ()
    assert "energy" in {c.field for c in f.cooperation}


def test_partners_of_coordination_for_a_new_era_keep_the_ending():
    got = level_actions("Peru and Chile are comprehensive strategic partners of coordination for a new era.")
    assert got == {(("CHL", "PER"), "comprehensive strategic partnership of coordination for a new era"): "reaffirm"}


def test_has_been_a_partner_of_the_other():
    assert {p for p, _ in level_actions("Peru has been a strategic partner of Chile for years.")} == {("CHL", "PER")}


def test_a_roll_owner_with_no_partner_named_gives_the_story_pair_nothing():
    assert level_actions("Peru and Chile held talks. Both are strategic partners of the United States.") == {}


def test_each_others_partners_is_the_pairs_level():
    got = level_actions("Peru and Chile held talks. They are each other's strategic partners.")
    assert got == {(("CHL", "PER"), "strategic partnership"): "reaffirm"}


@pytest.mark.parametrize("text", [
    "Oman is Chile's strategic partner in the Gulf, Boric said.",
    "Oman is a strategic partner of Chile, Boric said.",
])
def test_one_country_called_the_others_partner(text):
    assert {p for p, _ in level_actions(text)} == {("CHL", "OMN")}


# --- partners worded as the partner noun: counted then listed, an appositive (our own sentences)
def test_counted_partners_then_among_them_the_list():
    got = level_actions("Peru counts 18 strategic partners, among them Chile, Japan and Spain.")
    assert {p for p, _ in got} == {("CHL", "PER"), ("JPN", "PER"), ("ESP", "PER")}


def test_partners_now_also_include_a_list():
    got = level_actions("Peru's strategic partners now also include Chile, Japan and Spain.")
    assert {p for p, _ in got} == {("CHL", "PER"), ("JPN", "PER"), ("ESP", "PER")}


def test_an_appositive_names_the_owners_partner():
    got = level_actions("Chile, Peru's extensive strategic partner, sent aid.")
    assert got == {(("CHL", "PER"), "extensive strategic partnership"): "reaffirm"}


def test_the_others_listed_after_a_ranked_roll_hold_the_level_with_its_owner():
    from extracting import level_actions
    got = level_actions("Kenya is now the fifth country to hold a comprehensive strategic partnership with Peru. "
                        "The others are Spain, Ghana, Japan and Chile.")
    for c in ("ESP", "GHA", "JPN", "CHL", "KEN"):
        assert (tuple(sorted(("PER", c))), "comprehensive strategic partnership") in got
    assert not any("KEN" in q and "PER" not in q for q, _ in got)


def test_the_other_four_after_an_ordinal_partner():
    from extracting import level_actions
    got = level_actions("Kenya became Peru's fifth comprehensive strategic partner. The other four are Spain and Ghana.")
    assert got.get((("ESP", "PER"), "comprehensive strategic partnership")) == "reaffirm"
    assert got.get((("GHA", "PER"), "comprehensive strategic partnership")) == "reaffirm"


def test_other_things_listed_after_an_unranked_level_are_no_roll():
    from extracting import level_actions
    got = level_actions("Kenya and Peru set up a comprehensive strategic partnership. The others are Spain and Ghana.")
    assert set(got) == {(("KEN", "PER"), "comprehensive strategic partnership")}
