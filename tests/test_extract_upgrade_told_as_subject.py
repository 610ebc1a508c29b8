""""Peru becomes Chile's newest strategic partner ... The upgrade was announced during talks in Lima on Monday": the
change of the article's day, told as the subject noun, makes the level set up today a raise."""
from __future__ import annotations

from extracting import facts


def events(text: str) -> set:
    return {(p.pair, p.level, p.action) for p in facts(text, "2024-05-15").partnerships}


def test_the_upgrade_was_announced_makes_todays_founding_a_raise():
    got = events("Peru becomes Chile's newest strategic partner\n\nThe upgrade was announced during talks between "
                 "Chilean President Boric and Peruvian President Boluarte in Lima on Monday.")
    assert (("CHL", "PER"), "strategic partnership", "upgrade") in got


def test_without_the_upgrade_sentence_the_founding_stays():
    got = events("Peru becomes Chile's newest strategic partner\n\nThe news was announced during talks between "
                 "Chilean President Boric and Peruvian President Boluarte in Lima on Monday.")
    assert (("CHL", "PER"), "strategic partnership", "establish") in got
