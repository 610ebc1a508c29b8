"""Qualifier words of partnership designations (our own sentences): "forward-looking" joined by "and" to the
qualifiers of a strategic designation belongs to it; alone it describes ties and names no level; an ending
"featuring sincere mutual assistance and lasting friendship" belongs to the designation. Words around a level that decide its action: "bring new contents to
the X" keeps X as held; ties "transformed into" X, a declaration that "brings" ties to a new level of X, or ties upgraded "to become" X are
raised to it."""
from __future__ import annotations

from extracting import facts


def levels(text: str, published: str = "2024-05-20") -> list:
    return sorted((p.pair, p.level, p.action) for p in facts(text, published).partnerships)


def test_forward_looking_joined_by_and_is_part_of_the_designation():
    got = levels("Ghana and Peru pledged on Monday to deepen their comprehensive and forward-looking global "
                 "strategic partnership.")
    assert got == [(("GHA", "PER"), "comprehensive and forward-looking global strategic partnership", "reaffirm")]


def test_forward_looking_alone_is_no_designation():
    got = levels("Ghana and Peru pledged on Monday to build a forward-looking partnership in trade.")
    assert got == []


def test_new_contents_brought_to_a_level_keep_the_level_held():
    got = levels("Ghana stands ready to work with Peru to bring new contents to the Ghana-Peru comprehensive "
                 "strategic partnership, the minister said on Monday.")
    assert got == [(("GHA", "PER"), "comprehensive strategic partnership", "reaffirm")]


def test_ties_transformed_into_a_level_are_raised_to_it():
    got = levels("Over the past decade, the relationship between Ghana and Peru has transformed into a global "
                 "strategic partnership, the minister said.")
    assert got == [(("GHA", "PER"), "global strategic partnership", "upgrade")]


def test_a_declaration_that_brings_ties_to_a_new_level_of_a_designation_raises_them():
    got = levels("Ghana and Peru signed a declaration on Monday that brings bilateral relations to a qualitatively "
                 "new level of comprehensive strategic partnership.")
    assert got == [(("GHA", "PER"), "comprehensive strategic partnership", "upgrade")]


def test_ending_featuring_mutual_assistance_belongs_to_the_designation():
    got = levels("Ghana and Peru vowed on Monday to advance their strategic cooperative partnership featuring sincere "
                 "mutual assistance and lasting friendship.")
    assert [level for _, level, _ in got] == [
        "strategic cooperative partnership featuring sincere mutual assistance and lasting friendship"]


def test_ties_upgraded_to_become_a_level_are_raised_to_it():
    got = levels("Ghana and Peru agreed on Monday to upgrade the partnership between the two countries to become a "
                 "comprehensive strategic partnership.")
    assert got == [(("GHA", "PER"), "comprehensive strategic partnership", "upgrade")]


def test_countries_that_became_partners_in_a_year_founded_the_level():
    got = levels("Ghana and Peru became strategic partners in 2015, the minister recalled on Monday.")
    assert got == [(("GHA", "PER"), "strategic partnership", "establish")]
