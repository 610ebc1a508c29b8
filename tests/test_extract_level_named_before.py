"""A list of partners whose level is named only in the sentence before it ("... maintains that level of
relations with 18 countries: A, B and C"). Our own fixtures."""
from __future__ import annotations

from extracting import level_actions

_BEFORE = "Peru and Chile set up a comprehensive strategic partnership in 2010."


def test_that_level_of_relations_stands_for_the_level_named_just_before():
    got = level_actions(_BEFORE + " Today Peru maintains that level of relations with 4 countries: Spain, Ghana, "
                        "Japan and Kenya.")
    for c in ("ESP", "GHA", "JPN", "KEN"):
        assert got.get((tuple(sorted(("PER", c))), "comprehensive strategic partnership")) == "reaffirm"


def test_that_level_with_partners_named_directly():
    got = level_actions(_BEFORE + " Peru keeps this level of ties with Spain and Ghana.")
    assert (("ESP", "PER"), "comprehensive strategic partnership") in got
    assert (("GHA", "PER"), "comprehensive strategic partnership") in got


def test_no_level_named_before_gives_no_list():
    got = level_actions("Peru and Chile held talks in 2010. Peru maintains that level of relations with Spain and Ghana.")
    assert not any(c in q for q, _ in got for c in ("ESP", "GHA"))


def test_a_level_named_long_before_is_not_borrowed():
    got = level_actions(_BEFORE + " Trade grew fast. Investment followed. Tourism boomed. "
                        "Peru keeps this level of ties with Spain and Ghana.")
    assert (("ESP", "PER"), "comprehensive strategic partnership") not in got


def test_partners_an_opening_in_addition_to_names_hold_the_level_too():
    got = level_actions("In addition to Spain and Chile, Peru now has strategic partnerships with Ghana and Japan.")
    assert {q for q, _ in got} == {("CHL", "PER"), ("ESP", "PER"), ("GHA", "PER"), ("JPN", "PER")}


def test_an_opening_clause_about_something_else_adds_no_partner():
    got = level_actions("In addition to trade with Spain, Peru has strategic partnerships with Ghana and Japan.")
    assert ("ESP", "PER") not in {q for q, _ in got}


def test_a_garbled_name_with_its_alias_in_brackets_does_not_end_the_list():
    got = level_actions("Peru has set up strategic partnerships with many countries including Spain, "
                        "T?rkiye (Turkey), Ghana and Japan.")
    assert {q for q, _ in got} >= {("ESP", "PER"), ("PER", "TUR"), ("GHA", "PER"), ("JPN", "PER")}


def test_an_unknown_word_before_a_bracket_still_ends_the_list():
    got = level_actions("Peru has set up strategic partnerships with many countries including Spain, "
                        "Lima (Peru) and Ghana.")
    assert ("GHA", "PER") not in {q for q, _ in got}


def test_a_count_of_partners_ranging_from_one_country_to_another_lists_both_ends():
    got = level_actions("Peru now has 35 strategic partners ranging from Spain to Japan.")
    assert got.get((("ESP", "PER"), "strategic partnership")) == "reaffirm"
    assert got.get((("JPN", "PER"), "strategic partnership")) == "reaffirm"


def test_a_range_of_countries_after_with_lists_each():
    got = level_actions("Peru has strategic partnerships with 35 countries, ranging from Spain and Chile to Japan.")
    assert {q for q, _ in got} == {("CHL", "PER"), ("ESP", "PER"), ("JPN", "PER")}


_UPGRADE = "Peru and Kenya upgraded ties to a comprehensive strategic partnership on Monday."


def test_such_ties_with_listed_countries_stand_for_the_level_just_named():
    got = level_actions(_UPGRADE + " Peru already has such ties with Spain, Ghana and Japan.")
    for c in ("ESP", "GHA", "JPN"):
        assert got.get((tuple(sorted(("PER", c))), "comprehensive strategic partnership")) == "reaffirm"
    assert got.get((("KEN", "PER"), "comprehensive strategic partnership")) == "upgrade"


def test_the_same_level_of_relations_with_listed_countries():
    got = level_actions(_UPGRADE + " Peru has the same level of relations with Spain and Ghana.")
    assert (("ESP", "PER"), "comprehensive strategic partnership") in got
    assert (("GHA", "PER"), "comprehensive strategic partnership") in got


def test_such_ties_with_no_country_named_add_no_partner():
    got = level_actions(_UPGRADE + " Peru has such ties with its neighbours.")
    assert set(got) == {(("KEN", "PER"), "comprehensive strategic partnership")}


def test_the_pair_that_joins_others_keeps_its_own_level():
    got = level_actions("Peru and Kenya upgraded ties to a comprehensive strategic partnership on Monday, "
                        "joining Spain, Ghana and Japan.")
    assert got.get((("KEN", "PER"), "comprehensive strategic partnership")) == "upgrade"
    assert not any("ESP" in q and "GHA" in q for q, _ in got)


def test_similar_partnerships_with_listed_countries_are_the_level_just_named():
    got = level_actions(_UPGRADE + " Peru has similar partnerships with Spain, Ghana and Japan.")
    assert got.get((("ESP", "PER"), "comprehensive strategic partnership")) == "reaffirm"
    assert got.get((("JPN", "PER"), "comprehensive strategic partnership")) == "reaffirm"


def test_similar_partnerships_only_hoped_for_are_none():
    got = level_actions(_UPGRADE + " Peru hopes to build similar partnerships with Spain and Ghana.")
    assert set(got) == {(("KEN", "PER"), "comprehensive strategic partnership")}


def test_an_expanded_strategic_partnership_is_a_designation_of_its_own():
    got = level_actions("Peru and Chile signed a joint statement on expanded strategic partnership on Monday.")
    assert (("CHL", "PER"), "expanded strategic partnership") in got


def test_expanded_as_the_verb_is_no_part_of_the_designation():
    got = level_actions("Peru and Chile have expanded strategic partnership ties this year.")
    assert (("CHL", "PER"), "expanded strategic partnership") not in got
