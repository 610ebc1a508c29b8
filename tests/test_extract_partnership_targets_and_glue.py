"""Partnership constructions read in general (our own sentences): ties raised "to a new height" or "to the
level of a community with a shared future" stay at the level held; the level before such a target is
reaffirmed, not left behind as in "elevate X to Y". Scraped text that lost a space at a line break
("thecomprehensive", "Peruextensive", "strengtheningthe") is read as the two words it glued; a qualifier ending a
longer word ("geostrategic") is not."""
from __future__ import annotations

from extracting import facts


def events(text: str, published: str = "2024-05-20") -> list:
    return sorted((p.pair, p.level, p.action) for p in facts(text, published).partnerships)


def test_level_lifted_to_a_new_height_is_the_level_held():
    got = events("Ghana and Peru pledged on Monday to lift the comprehensive strategic partnership to new heights.")
    assert got == [(("GHA", "PER"), "comprehensive strategic partnership", "reaffirm")]


def test_level_raised_to_a_higher_level_is_the_level_held():
    got = events("The two presidents agreed to take the Ghana-Peru strategic partnership to a higher level.")
    assert got == [(("GHA", "PER"), "strategic partnership", "reaffirm")]


def test_level_raised_to_a_community_is_the_level_held():
    got = events("Ghana and Peru decided on Monday to elevate their global strategic partnership to the level of "
                 "a community with a shared future.")
    assert got == [(("GHA", "PER"), "global strategic partnership", "reaffirm")]


def test_level_raised_to_a_new_level_of_another_designation_is_left_behind():
    got = events("Ghana and Peru on Monday elevated the strategic partnership to a new level of comprehensive "
                 "strategic partnership.")
    assert (("GHA", "PER"), "strategic partnership", "reaffirm") not in got


def test_article_glued_to_a_designation_is_set_apart():
    got = events("Ghana and Peru agreed on Monday to raise their ties to thecomprehensive strategic partnership.")
    assert got == [(("GHA", "PER"), "comprehensive strategic partnership", "upgrade")]


def test_verb_glued_to_its_article_still_keeps_the_level():
    got = events("Ghana and Peru agreed on Monday on strengtheningthe comprehensive strategic partnership.")
    assert got == [(("GHA", "PER"), "comprehensive strategic partnership", "reaffirm")]


def test_word_that_only_begins_like_an_article_is_not_split():
    got = events("Ghana and Peru agreed on Monday on another strategic partnership for the region.")
    assert not any(level.startswith("other") for _, level, _ in got)


def test_qualifier_glued_to_a_name_is_set_apart():
    got = events("The leaders of Ghana and Peru on Monday hailed the Ghana-Peruextensive strategic partnership.")
    assert got == [(("GHA", "PER"), "extensive strategic partnership", "reaffirm")]


def test_qualifier_ending_a_longer_word_is_not_set_apart():
    got = events("The leaders of Ghana and Peru on Monday hailed their geostrategic comprehensive partnership.")
    assert all(not level.startswith("strategic") for _, level, _ in got)
