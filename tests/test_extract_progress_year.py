"""A year after a standing level that a progress noun governs ("satisfaction at the progress in the X in
2018") dates the progress reviewed, not a separate saying of the level: the level is one fact with the
headline's. Our own sentences."""
from __future__ import annotations

from extracting import facts

_TEXT = ("Peru and Korea hail strategic partnership in phone call\n"
         "Lima, March 3 (PNA): During a phone call, the presidents of Peru and Korea also expressed satisfaction "
         "at the progress in Peru-Korea strategic partnership in 2024, officials said on Monday.")


def test_year_of_the_progress_leaves_one_fact_for_the_level():
    got = [p for p in facts(_TEXT, published="2025-03-03").partnerships if p.level == "strategic partnership"]
    assert len(got) == 1
    assert got[0].year is None
    assert got[0].action == "reaffirm"


def test_year_told_as_when_the_level_was_reaffirmed_stays_its_own():
    text = ("Peru and Korea reaffirmed their strategic partnership in 2019. "
            "On Monday the two presidents met in Lima and deepened the strategic partnership.")
    got = [p for p in facts(text, published="2025-03-03").partnerships if p.level == "strategic partnership"]
    assert len(got) == 2
