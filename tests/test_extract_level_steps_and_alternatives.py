"""Actions of levels told as steps or weighed in a question: a deepening of ties "to the level of" a named level
raises them to it (deepening a level held keeps it); "ties developed from A to B in 1998" is a step of the
history; the level after "from one described as" is the one left behind; a level weighed against another in a
question ("X or friendly ties?") is talked of in general."""
from __future__ import annotations

from tests.extracting import facts


def _events(text: str, published: str = "2024-05-20") -> set:
    return {(p.pair, p.level, p.action) for p in facts(text, published).partnerships}


def test_deepening_of_ties_to_the_level_of_a_named_level_is_an_upgrade():
    got = _events("The visit marked a deepening of Egypt-Kenya relations to the level of a comprehensive strategic partnership.")
    assert (("EGY", "KEN"), "comprehensive strategic partnership", "upgrade") in got


def test_deepening_a_level_held_is_still_a_reaffirmation():
    got = _events("Egypt and Kenya agreed on Monday to deepen their comprehensive strategic partnership.")
    assert (("EGY", "KEN"), "comprehensive strategic partnership", "reaffirm") in got


def test_ties_developed_from_one_state_to_levels_in_years_are_upgrades():
    text = ("Since Chile and Peru set up diplomatic ties in 1990, their relationship has developed from a "
            "\"friendly relationship\" to a \"cooperative partnership\" in 1998, and a \"strategic partnership\" in 2006.")
    got = _events(text)
    assert (("CHL", "PER"), "cooperative partnership", "upgrade") in got
    assert (("CHL", "PER"), "strategic partnership", "upgrade") in got


def test_level_after_from_one_described_as_is_left_behind():
    text = ("An official said Chile and Peru would lift the relationship to a \"strategic partnership\" from one "
            "formally described as a \"cooperative partnership.\"")
    levels = {lv for _, lv, _ in _events(text)}
    assert "cooperative partnership" not in levels


def test_level_weighed_against_another_in_a_question_is_no_fact():
    text = ("Chile and Peru met in Lima on Monday.\n\nAll-weather strategic partnership or friendly relationship?\n\n"
            "Analysts ask what the labels mean.")
    levels = {lv for _, lv, _ in _events(text)}
    assert not any("all" in lv for lv in levels)


def test_ties_grown_closer_to_the_official_level_of_a_named_level_is_an_upgrade():
    text = "Over the decades Chile and Peru have grown even closer in their defence ties, to the official level of a 'Special Strategic Partnership'."
    got = _events(text)
    assert (("CHL", "PER"), "special strategic partnership", "upgrade") in got


def test_heading_glued_to_a_raise_keeps_the_raise():
    text = ("Key Aspects of Chile-Peru Relations1. Strategic PartnershipElevated to a\n"
            "Strategic Partnership in 2016, both nations have stepped up their work together.")
    got = _events(text)
    assert (("CHL", "PER"), "strategic partnership", "upgrade") in got


def test_level_the_pair_still_has_to_realize_is_no_fact():
    text = ("For Chile and Peru to realize a truly comprehensive strategic partnership over the next decade, the two "
            "will need a shared vision.")
    levels = {lv for _, lv, _ in _events(text)}
    assert "comprehensive strategic partnership" not in levels
