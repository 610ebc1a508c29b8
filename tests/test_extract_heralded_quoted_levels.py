"""A quoted designation opened by "a new" ("heralds ‘a new forward-looking strategic partnership’") is the level
without "new", and a visit that heralds a new partnership establishes it. Our own text."""
from __future__ import annotations

from tests.extracting import level_actions


def test_new_after_the_article_inside_the_quote_is_no_part_of_the_level():
    got = level_actions("Chile and Peru hail ‘a new comprehensive strategic partnership’\n")
    assert (("CHL", "PER"), "comprehensive strategic partnership") in got


def test_a_visit_heralding_a_new_quoted_partnership_establishes_it():
    got = level_actions("Chilean president’s Peru visit heralds ‘a new future-oriented strategic partnership’\n\n"
                        "The Chilean president visited Peru.\n")
    assert got == {(("CHL", "PER"), "future-oriented strategic partnership"): "establish"}


def test_a_new_type_of_partnership_keeps_its_words():
    got = level_actions("Chile and Peru build ‘a new type of strategic partnership’\n")
    assert (("CHL", "PER"), "type of strategic partnership") not in got
