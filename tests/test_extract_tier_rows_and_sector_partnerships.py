"""Rows of a country's partners that open with a tier worded by its members ("Strategic partners: A, B"), rows whose
list ends before a comment ("etc.", a long bracket, "is the only country"), and a sector's partnership ("in the field
of education") that is not the pair's level. Our own sentences."""
from __future__ import annotations

from extracting import facts


def _levels(text: str, title: str = "t") -> dict:
    got = facts(text, "2025-06-01", title=title)
    return {(p.pair, p.level): p.action for p in got.partnerships}


def test_a_row_worded_by_its_members_lists_the_tier_partners_of_the_pages_country():
    text = ("Peru sorts its partners into tiers.\n\n"
            "Comprehensive strategic partners: Chile, Japan\n\n"
            "Strategic partners: Spain, Ghana\n")
    got = _levels(text, "Peru's ranks of partners")
    assert got == {(("CHL", "PER"), "comprehensive strategic partnership"): "reaffirm",
                   (("JPN", "PER"), "comprehensive strategic partnership"): "reaffirm",
                   (("ESP", "PER"), "strategic partnership"): "reaffirm",
                   (("GHA", "PER"), "strategic partnership"): "reaffirm"}


def test_a_rows_list_ends_before_its_comment_and_the_comments_names_are_not_partners():
    text = ("Peru sorts its partners into tiers.\n\n"
            "Comprehensive strategic partners: Chile, Japan, etc. Both buy much of what Brazil sells as well.\n\n"
            "Strategic partnership: Spain, Ghana (old friends that Portugal and Morocco also court closely)\n\n"
            "Special strategic partnership: Mexico is the only country (a neighbour of the United States)\n")
    got = _levels(text, "Peru's ranks of partners")
    assert set(got) == {(("CHL", "PER"), "comprehensive strategic partnership"),
                        (("JPN", "PER"), "comprehensive strategic partnership"),
                        (("ESP", "PER"), "strategic partnership"),
                        (("GHA", "PER"), "strategic partnership"),
                        (("MEX", "PER"), "special strategic partnership")}


def test_praise_words_before_partners_are_no_tier():
    text = "Peru sorts its partners into tiers.\n\nImportant partners: Chile, Japan, etc. Both trade a lot with it.\n"
    assert _levels(text, "Peru's ranks of partners") == {}


def test_a_partnership_in_the_field_of_a_sector_is_not_the_pairs_level():
    text = ("Peru-Chile: The 2021 strategic partnership declaration on strategic partnership in the field of "
            "culture and sport.\n")
    assert _levels(text) == {}
    text = "Peru and Chile set up a strategic partnership in the sphere of energy last year."
    assert _levels(text) == {}


def test_a_level_with_its_fields_after_it_is_still_the_pairs_level():
    text = "Peru and Chile agreed to deepen the strategic partnership in the fields of trade and culture."
    assert (("CHL", "PER"), "strategic partnership") in _levels(text)


def test_an_ambitious_partnership_is_an_aim_not_a_level():
    text = "Before flying to Lima, the Chilean president said he wanted an 'ambitious partnership' with Peru."
    assert _levels(text) == {}


def test_a_row_with_two_alternative_levels_gives_its_partners_the_one_both_are():
    text = ("Peru sorts its partners into tiers.\n\n"
            "Enhanced strategic partnership/strategic partnership: Spain, Ghana, etc. Some old, some new.\n")
    got = _levels(text, "Peru's ranks of partners")
    assert set(got) == {(("ESP", "PER"), "strategic partnership"), (("GHA", "PER"), "strategic partnership")}


def test_a_row_with_two_unrelated_levels_never_pairs_its_partners_with_each_other():
    text = ("Peru sorts its partners into tiers.\n\n"
            "Comprehensive partnership/strategic partnership: Spain, Ghana, etc. Some old, some new.\n")
    assert all("PER" in pair for pair, _ in _levels(text, "Peru's ranks of partners"))
