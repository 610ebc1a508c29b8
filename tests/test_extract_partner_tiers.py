"""A page's table of one country's partners by tier: the level of a tier heading applies to each partner on the
lines under it (or a row carries its own level), paired with the country the page's title names; never two
listed partners with each other, nothing under prose. Our own fixtures."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article


def _levels(text: str, title: str) -> dict:
    got = extract(Article(text=text, id="t", title=title, published=dt.date(2025, 6, 1)))
    return {(p.pair, p.level): p.action for p in got.partnerships}


_HEADINGS = """Peru has built a wide network of partners since 2000.

Comprehensive Strategic Partnership

Chile (2008)

Japan (2012)

Strategic Partnership

1. Spain

2. Ghana
"""


def test_partners_under_a_tier_heading_hold_its_level_with_the_pages_country():
    got = _levels(_HEADINGS, "Partnerships of Peru")
    assert got == {(("CHL", "PER"), "comprehensive strategic partnership"): "establish",
                   (("JPN", "PER"), "comprehensive strategic partnership"): "establish",
                   (("ESP", "PER"), "strategic partnership"): "reaffirm",
                   (("GHA", "PER"), "strategic partnership"): "reaffirm"}


def test_table_rows_that_carry_their_own_level():
    text = ("Peru has built a wide network of partners since 2000.\n\nCountry | Level | Year\n"
            "Chile | Comprehensive Strategic Partnership | 2008\nSpain | Strategic Partnership | 2006\n")
    got = _levels(text, "Partnerships of Peru")
    assert {k for k in got} == {(("CHL", "PER"), "comprehensive strategic partnership"),
                                (("ESP", "PER"), "strategic partnership")}


def test_no_table_without_one_country_in_the_title():
    got = _levels(_HEADINGS, "Partnerships in South America")
    assert not {q for q, _ in got} & {("CHL", "PER"), ("ESP", "PER"), ("GHA", "PER"), ("JPN", "PER")}


def test_prose_after_a_heading_ends_the_tier():
    text = ("Peru has built a wide network of partners.\n\nStrategic Partnership\n\n"
            "Officials in Lima said the talks with Chile went well and would go on next year.\n\nSpain (2006)\n")
    got = _levels(text, "Partnerships of Peru")
    assert (("ESP", "PER"), "strategic partnership") not in got


def test_a_list_with_no_owner_on_a_page_about_one_country():
    text = ("Peru wants a bigger voice abroad. To reach that goal, it has forged strategic partnerships with "
            "countries like Chile, Japan and Spain.")
    got = _levels(text, "Strategic partnership: Peru's foreign policy word")
    assert {q for q, _ in got} == {("CHL", "PER"), ("JPN", "PER"), ("ESP", "PER")}


def test_no_owner_for_a_list_on_a_page_about_no_one_country():
    text = "Leaders met in Lima. It has forged strategic partnerships with countries like Chile, Japan and Spain."
    got = _levels(text, "Strategic partnership as a foreign policy word")
    assert not {q for q, _ in got} & {("CHL", "PER"), ("JPN", "PER"), ("ESP", "PER")}


def test_a_heading_that_names_the_owner_over_its_partners_lines():
    text = ("Peru and Ghana held talks on Friday in Lima.\n\nPeru's comprehensive strategic partners:\n\n"
            "- Chile (2008)\n\n- Japan (2012)\n\nThe statement also named new goals for trade.\n")
    got = _levels(text, "Peru, Ghana hold talks")
    assert got == {(("CHL", "PER"), "comprehensive strategic partnership"): "establish",
                   (("JPN", "PER"), "comprehensive strategic partnership"): "establish"}


def test_no_page_owner_for_a_list_once_a_story_of_two_has_begun():
    text = ("China and Kazakhstan held talks in Astana on Friday. Strategic partnerships with Uzbekistan and "
            "Kyrgyzstan were also discussed.")
    got = _levels(text, "Kazakhstan hosts talks")
    assert not {q for q, _ in got} & {("KAZ", "UZB"), ("KAZ", "KGZ")}


_MEMBERS = """Ruritania keeps friendly ties with many states.

Strategic Partners:

- Chile: Ruritania and Chile have worked together on mining and ports for decades.
- Spain (ES): Ruritania and Spain hold yearly talks; their trade keeps growing.

Important Partners:

- Ghana: Ruritania and Ghana cooperate on cocoa.
"""


def test_rows_of_prose_under_a_members_heading_hold_its_level_with_the_pages_country():
    text = _MEMBERS.replace("Ruritania", "Peru")
    got = _levels(text, "Who are Peru's friends?")
    assert got.get((("CHL", "PER"), "strategic partnership")) == "reaffirm"
    assert got.get((("ESP", "PER"), "strategic partnership")) == "reaffirm"
    assert (("GHA", "PER"), "strategic partnership") not in got  # "Important Partners" is praise, no tier


def test_a_row_that_names_its_partner_later_is_no_row_of_the_tier():
    text = ("Peru keeps friendly ties with many states.\n\nStrategic Partners:\n\n"
            "- Officials said that Chile and Peru talk often.\n")
    got = _levels(text, "Who are Peru's friends?")
    assert (("CHL", "PER"), "strategic partnership") not in got


def test_a_list_whose_partners_the_sentence_took_for_its_pair_is_still_the_pages_countrys():
    got = _levels("The country has comprehensive strategic partnerships with Spain, Ghana and Japan.",
                  "Foreign relations of Peru")
    assert {q for q, _ in got} == {("ESP", "PER"), ("GHA", "PER"), ("JPN", "PER")}


def test_a_members_heading_that_names_its_owner_needs_no_page_country():
    text = "Peru's comprehensive strategic partners\n\nSpain\n\nGhana (2012)\n"
    got = _levels(text, "News of the week")
    assert got == {(("ESP", "PER"), "comprehensive strategic partnership"): "reaffirm",
                   (("GHA", "PER"), "comprehensive strategic partnership"): "establish"}
