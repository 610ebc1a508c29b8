"""A country's partners listed on rows that open with their level ("• Strategic Partnerships: A, B and C"), a counted
roll whose rest follows ("one of Chile's three strategic partners – the other two being A and B"), and a list joined
by "not only with A but also B": each partner holds the level with the listing country, never with another listed
partner. Our own sentences."""
from __future__ import annotations

from extracting import facts


def _levels(text: str, title: str = "Notes") -> set:
    got = facts(text, "2025-06-01", title=title)
    return {(p.pair, p.level) for p in got.partnerships}


_ROWS = """Peru has raised its ties with these countries over the last decade:

  • Comprehensive Strategic Partnerships: Chile, Ghana and Norway
  • Strategic Partnerships: Kenya, Oman

Source: the ministry, 2024"""


def test_each_partner_on_a_level_row_holds_the_level_with_the_pages_country():
    got = _levels(_ROWS, "Peru and its partners")
    csp, sp = "comprehensive strategic partnership", "strategic partnership"
    assert got == {(("CHL", "PER"), csp), (("GHA", "PER"), csp), (("NOR", "PER"), csp),
                   (("KEN", "PER"), sp), (("OMN", "PER"), sp)}


def test_two_partners_on_one_level_row_are_not_each_others_partners():
    got = _levels(_ROWS, "Peru and its partners")
    assert not any(set(p) == {"KEN", "OMN"} or set(p) == {"CHL", "GHA"} for p, _ in got)


def test_a_level_row_with_a_name_the_gazetteer_does_not_know_still_lists_the_known_ones():
    text = "Peru upgraded ties this year:\n\n• Strategic Partnerships: Kenya, Oman, Ruritaniaa\n"
    assert {p for p, _ in _levels(text, "Peru and its partners")} == {("KEN", "PER"), ("OMN", "PER")}


def test_a_prose_line_after_a_colon_is_no_level_row():
    text = "Peru's view of its strategic partnerships: Kenya and Oman sent envoys to the talks, officials said.\n"
    assert not any(set(p) == {"KEN", "OMN"} for p, _ in _levels(text, "Peru and its partners"))


def test_the_rest_of_a_counted_roll_belongs_to_the_rolls_owner():
    text = ("Norway is one of the few states with a CSP with Kenya and one of Chile’s three CSPs – the other two "
            "being Ghana and Oman.")
    got = {p for p, _ in _levels("Chile has three Comprehensive Strategic Partnerships (CSPs). " + text)}
    assert {("CHL", "GHA"), ("CHL", "OMN")} <= got
    assert ("GHA", "OMN") not in got


def test_not_only_with_one_but_also_another_lists_both_partners():
    text = "Chile has upgraded its ties to comprehensive strategic partnership not only with Ghana but also Norway."
    got = _levels(text)
    assert {(("CHL", "GHA"), "comprehensive strategic partnership"),
            (("CHL", "NOR"), "comprehensive strategic partnership")} <= got
    assert not any(set(p) == {"GHA", "NOR"} for p, _ in got)


def test_a_high_quality_forward_looking_partnership_is_a_designation():
    got = _levels("Singapore and Chile established a comprehensive and high-quality forward-looking partnership.")
    assert (("CHL", "SGP"), "comprehensive and high-quality forward-looking partnership") in got


def test_forward_looking_alone_is_still_praise():
    got = _levels("Singapore and Chile praised their forward-looking partnership.")
    assert not any("forward" in lv for _, lv in got)


def test_the_latest_partner_after_a_list_holds_the_level_too():
    got = _levels("Chile's comprehensive strategic partners include Ghana, Kenya and Norway, the latest being Oman.")
    assert (("CHL", "OMN"), "comprehensive strategic partnership") in got
    assert not any("OMN" in p and "CHL" not in p for p, _ in got)


def test_most_recently_adds_the_newest_partner_to_the_list():
    got = _levels("Chile has strategic partnerships with Ghana and Kenya, and most recently Oman.")
    assert {p for p, _ in got} == {("CHL", "GHA"), ("CHL", "KEN"), ("CHL", "OMN")}


def test_one_of_a_countrys_counted_partners_holds_the_level_with_it_and_so_do_the_others_named():
    got = _levels("Ghana is one of only three comprehensive strategic partners of Chile, alongside Kenya and Norway.")
    assert {p for p, _ in got} == {("CHL", "GHA"), ("CHL", "KEN"), ("CHL", "NOR")}


def test_one_of_the_countries_that_signed_is_no_roll_of_partners():
    assert _levels("Ghana is one of the countries that signed the treaty with Chile.") == set()


def test_the_partnerships_a_country_has_with_a_list_are_its_own():
    got = _levels("The comprehensive strategic partnerships Chile has with Ghana and Kenya remain strong.")
    assert {p for p, _ in got} == {("CHL", "GHA"), ("CHL", "KEN")}


def test_the_partnerships_a_pair_has_with_a_bloc_are_not_the_pairs_own():
    assert _levels("Ghana and Kenya praised the strategic partnerships the two countries have with the EU.") == set()


_SERIES = ("Chile forged its first Comprehensive Strategic Partnership (CSP) with Brazil in 2010. This builds on CSPs that "
           "Chile negotiated with Ghana and Kenya last year, and earlier with Oman (2018), Peru (2016) and its “Special "
           "Strategic Partnership” with Japan (2014).")


def test_the_partners_a_relative_clause_lists_after_its_owner_hold_the_level_with_it():
    got = _levels(_SERIES)
    csp = "comprehensive strategic partnership"
    assert {(("CHL", x), csp) for x in ("GHA", "KEN")} | {(("CHL", "OMN"), csp), (("CHL", "PER"), csp)} <= got


def test_a_level_with_its_own_partner_beside_a_list_is_the_owners_with_that_partner():
    got = _levels(_SERIES)
    assert (("CHL", "JPN"), "special strategic partnership") in got
    assert not any(lv == "special strategic partnership" and p != ("CHL", "JPN") for p, lv in got)
    assert not any(p == ("CHL", "JPN") and lv == "comprehensive strategic partnership" for p, lv in got)


def _actions(text: str, title: str) -> set:
    got = facts(text, "2025-06-01", title=title)
    return {p.action for p in got.partnerships}


def test_rows_under_a_line_that_says_the_ties_were_raised_are_upgrades():
    assert _actions(_ROWS, "Peru and its partners") == {"upgrade"}


def test_rows_under_a_plain_line_are_levels_held():
    text = "Peru counts these countries among its partners:\n\n• Strategic Partnerships: Kenya, Oman\n"
    assert _actions(text, "Peru and its partners") == {"reaffirm"}


def test_a_counted_roll_before_a_colon_lists_the_owners_partners():
    got = _levels("Chile currently has five comprehensive strategic partners: Ghana, Kenya, Norway, Oman and Peru.")
    assert {p for p, _ in got} == {("CHL", x) for x in ("GHA", "KEN", "NOR", "OMN", "PER")}


def test_a_countrys_list_of_partners_names_its_partners():
    got = _levels("Talks went well. Chile's list of comprehensive strategic partners: Ghana, Kenya and Oman.")
    assert {p for p, _ in got} == {("CHL", "GHA"), ("CHL", "KEN"), ("CHL", "OMN")}


def test_a_list_of_partnership_projects_is_no_level():
    assert _levels("Ghana and Kenya discussed a list of strategic partnership projects.") == set()


def test_a_plural_possessive_owns_the_partners_it_lists():
    got = _levels("The Philippines' strategic partners include Japan, Australia and Vietnam, the latest being India.")
    assert {p for p, _ in got} == {("AUS", "PHL"), ("IND", "PHL"), ("JPN", "PHL"), ("PHL", "VNM")}


def test_a_plural_possessive_takes_a_new_partner_onto_its_roll():
    got = _levels("Japan became the Philippines' second strategic partner after the US.")
    assert {p for p, _ in got} == {("JPN", "PHL"), ("PHL", "USA")}


def test_peers_a_trailing_alongside_list_names_are_not_a_pair():
    got = _levels("Chile is one of a handful of countries with a strategic partnership with Peru, alongside Ghana and Kenya.")
    assert ("GHA", "KEN") not in {p for p, _ in got}


def test_a_pair_that_upgrades_its_own_ties_keeps_its_level():
    assert _levels("Ghana and Kenya upgraded ties to a strategic partnership on Monday.") == {
        (("GHA", "KEN"), "strategic partnership")}


_DATED_ROWS = """Chile has many partners.

Comprehensive Strategic Partnership: Ghana (2008), Kenya (2012), Norway
Strategic Partnership: Oman (2019) and Peru (2021)
"""


def test_a_level_row_with_years_gives_each_partner_its_own_founding_year():
    got = facts(_DATED_ROWS, "2025-06-01", title="Partnerships of Chile")
    rows = {p.pair: (p.action, p.year) for p in got.partnerships}
    assert rows == {("CHL", "GHA"): ("establish", 2008), ("CHL", "KEN"): ("establish", 2012),
                    ("CHL", "NOR"): ("reaffirm", None), ("CHL", "OMN"): ("establish", 2019),
                    ("CHL", "PER"): ("establish", 2021)}


_ACRONYM = "Chile forged its first Comprehensive Strategic Partnership (CSP) with Brazil in 2010. "


def test_an_acronym_before_a_noun_for_the_term_is_talk_of_the_kind_not_a_level():
    got = _levels(_ACRONYM + "Ghana's leader, keen on the CSP concept, met Chile's leader in May.")
    assert got == {(("BRA", "CHL"), "comprehensive strategic partnership")}


def test_an_acronym_used_for_the_level_still_is_one():
    got = _levels(_ACRONYM + "Chile and Ghana upgraded ties to a CSP in May.")
    assert (("CHL", "GHA"), "comprehensive strategic partnership") in got
