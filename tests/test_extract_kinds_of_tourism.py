"""A field word that names a kind of tourism ("wildlife tourism") is tourism, no environment work of its own;
wildlife conservation beside tourism stays environment. Our own text."""
from __future__ import annotations

from tests.extracting import facts, tops


def test_wildlife_tourism_is_no_environment():
    f = facts("Chile and Peru signed MoUs on trade, wildlife tourism cooperation and mining.\n")
    got = tops(f)
    assert (("CHL", "PER"), "culture") in got and (("CHL", "PER"), "environment") not in got


def test_wildlife_conservation_beside_tourism_stays_environment():
    f = facts("Chile and Peru signed MoUs on wildlife conservation and tourism.\n")
    assert (("CHL", "PER"), "environment") in tops(f)
