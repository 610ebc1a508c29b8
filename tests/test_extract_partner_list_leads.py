"""How a country's list of partners is brought in after the level: "with many countries including",
"with countries like", a quoted plural, "partnerships and bilateral relations with", a possessive "its
partners, including"; and what a long list holds between its partners (a bracketed alias, a body,
semicolons). One fact per pair with the listing country. Our own sentences."""
from __future__ import annotations

import pytest

from extracting import level_actions

_PER = {("CHL", "PER"), ("JPN", "PER"), ("ESP", "PER")}


@pytest.mark.parametrize("text", [
    "Peru has strategic partnerships with many countries including Chile, Japan and Spain.",
    "Peru has strategic partnerships with many countries, including Chile, Japan and Spain.",
    "Peru has forged strategic partnerships with countries like Chile, Japan and Spain.",
    "Peru has strategic partnerships with several nations such as Chile, Japan and Spain.",
])
def test_a_counted_or_vague_set_of_countries_then_its_list(text):
    assert {p for p, _ in level_actions(text)} == _PER


def test_counted_partners_never_named_give_no_fact():
    assert level_actions("Peru has formed strategic partnerships with many countries.") == {}


@pytest.mark.parametrize("text", [
    'Peru has established "strategic partnerships" with Chile, Japan and Spain.',
    "Peru has established “strategic partnerships” with Chile, Japan and Spain.",
])
def test_a_quoted_plural_level_before_its_partners(text):
    assert {p for p, _ in level_actions(text)} == _PER


def test_partnerships_and_a_second_tie_with_the_listed_countries():
    got = level_actions("Peru has strategic partnerships and bilateral relations with Chile, Japan and Spain.")
    assert {p for p, _ in got} == _PER


def test_partnerships_then_including_and_the_list():
    got = level_actions("Peru has strategic partnerships, including Chile, Japan and Spain.")
    assert {p for p, _ in got} == _PER


def test_a_plural_with_including_and_no_country_is_no_fact():
    assert level_actions("Peru and Chile signed strategic partnerships, including on trade.") == {}


@pytest.mark.parametrize("text", [
    "Lima weighs its largest trade partner, China, against its strategic partners, including Chile, Japan and Spain.",
    "Lima is pleased: its strategic partners now include Chile, Japan and Spain.",
])
def test_its_partners_listed_belong_to_the_subject(text):
    got = level_actions(text)
    assert {p for p, _ in got} == _PER


def test_a_bracketed_alias_and_a_body_inside_the_list():
    got = level_actions("Peru has strategic partnerships with Chile, the United Arab Emirates (UAE), Japan, "
                        "the European Union (EU), ASEAN, Spain and Ghana.")
    assert {p for p, _ in got} == _PER | {("ARE", "PER"), ("GHA", "PER")}


def test_a_dash_list_with_semicolons_between_the_partners():
    got = level_actions("The study grades Peru’s strategic partnership with three countries — Chile; Japan; and Spain — "
                        "by what each has yielded.")
    assert {p for p, _ in got} == _PER


@pytest.mark.parametrize("text", [
    "Until then Peru had comprehensive strategic partnerships only with Chile, Japan and Spain.",
    "Peru has strategic partnerships also with Chile, Japan and Spain.",
])
def test_partnerships_only_or_also_with_a_list(text):
    assert {p for p, _ in level_actions(text)} == _PER


def test_one_of_only_a_few_countries_alongside_others_pairs_each_with_the_owner():
    got = level_actions("Ghana is one of only four countries with which Peru has a comprehensive strategic "
                        "partnership, alongside Chile, Japan and Spain.")
    assert {p for p, _ in got} == _PER | {("GHA", "PER")}


@pytest.mark.parametrize("second", [
    "By 2024 there were three more: Chile, Japan and Spain.",
    "By 2024, there will be 3 more countries, including Chile, Japan and Spain.",
    "Three more countries followed: Chile, Japan and Spain.",
])
@pytest.mark.parametrize("first", [
    "In 2023, Ghana became a comprehensive strategic partner of Peru.",
    "In 2023 Peru established a comprehensive strategic partnership with Ghana.",
])
def test_more_partners_counted_and_listed_after_the_first(first, second):
    got = level_actions(first + " " + second)
    assert got == {(q, "comprehensive strategic partnership"): "establish" for q in _PER | {("GHA", "PER")}}


def test_more_of_something_else_lists_no_partners():
    got = level_actions("Ghana and Peru have a comprehensive strategic partnership. Three more cars were sold in "
                        "Chile and Japan.")
    assert {p for p, _ in got} == {("GHA", "PER")}


def test_the_press_initials_in_the_plural_before_a_list():
    got = level_actions("Peru has comprehensive strategic partners. Peru has CSPs with Chile, Japan and Spain.")
    assert {p for p, _ in got} == _PER


def test_counted_partners_then_among_them_a_list():
    got = level_actions("Peru has strategic partnerships with 18 countries, among them Chile, Japan and Spain.")
    assert {p for p, _ in got} == _PER


@pytest.mark.parametrize("text", [
    "Peru now counts Chile, Japan and Spain as comprehensive strategic partners.",
    "Peru counts Chile, Japan and Spain as its comprehensive strategic partners.",
])
def test_a_country_counting_others_as_its_partners(text):
    got = level_actions(text)
    assert got == {(q, "comprehensive strategic partnership"): "reaffirm" for q in _PER}


def test_the_owner_nearest_the_level_after_a_fronted_country():
    got = level_actions("Before Ghana, Peru had comprehensive strategic partnerships only with Chile, Japan and Spain.")
    assert {p for p, _ in got} == _PER


def test_two_owners_joined_by_and_share_no_list():
    assert level_actions("Ghana and Peru have strategic partnerships with Chile and Japan.") == {}


def test_a_level_held_earlier_only_with_a_list_is_held_not_replaced():
    got = level_actions("Ghana and Peru upgraded ties to a Comprehensive Strategic Partnership. Peru had earlier "
                        "Comprehensive Strategic Partnership only with Chile and Japan.")
    assert got == {(("GHA", "PER"), "comprehensive strategic partnership"): "upgrade",
                   (("CHL", "PER"), "comprehensive strategic partnership"): "reaffirm",
                   (("JPN", "PER"), "comprehensive strategic partnership"): "reaffirm"}


def test_a_previous_level_is_still_the_one_replaced():
    assert level_actions("Peru replaced its previous strategic partnership with Chile.") == {}
