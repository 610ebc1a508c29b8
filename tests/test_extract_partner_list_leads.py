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
