"""A short line with a level and no country heads the section after it (our own sentences): its level
belongs to the pair of the section's first sentence, not to the story before it."""
from __future__ import annotations

from extracting import level_actions


def test_a_heading_level_goes_to_the_next_sections_pair():
    text = ("Peru and Chile signed a trade deal on Monday.\n\nBoosting our comprehensive strategic partnership!\n\n"
            "Ghana's president thanked Kenya's leader on Tuesday.")
    assert level_actions(text) == {(("GHA", "KEN"), "comprehensive strategic partnership"): "reaffirm"}


def test_a_heading_inside_one_story_stays_with_it():
    text = "Peru and Chile met on Monday.\n\nComprehensive strategic partnership\n\nThe two presidents hailed ties."
    assert level_actions(text) == {(("CHL", "PER"), "comprehensive strategic partnership"): "reaffirm"}


def test_a_heading_on_the_last_line_keeps_the_story():
    text = "Peru and Chile met on Monday.\n\nComprehensive strategic partnership"
    assert level_actions(text) == {(("CHL", "PER"), "comprehensive strategic partnership"): "reaffirm"}


def test_a_sentence_with_a_full_stop_is_no_heading():
    text = ("Peru and Chile met on Monday.\n\nThey hailed their comprehensive strategic partnership.\n\n"
            "Ghana's president thanked Kenya's leader on Tuesday.")
    assert level_actions(text) == {(("CHL", "PER"), "comprehensive strategic partnership"): "reaffirm"}
