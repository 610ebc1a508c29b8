"""A memorandum on geophysics is science, and economic cooperation stays economy."""
from __future__ import annotations

from extracting import facts, tops

PAIR = ("CHL", "NZL")


def test_a_memorandum_on_geophysics_is_science():
    f = facts("Chile and New Zealand signed a memorandum of understanding on cooperation in geophysics.")
    assert (PAIR, "science-technology") in tops(f)
