"""A country named as the source of provocations is background, no partner in security; "emerging industries"
are industry."""
from __future__ import annotations

from extracting import facts, tops


def test_provocation_from_a_country_makes_no_security_pair():
    got = tops(facts("Amid repeated provocation from North Korea, Seoul has sharpened its focus on the security of "
                     "the peninsula."))
    assert not [p for p, _ in got if "PRK" in p]


def test_emerging_industries_are_industry():
    got = tops(facts("Chile and Peru signed documents on cooperation in energy, mining and emerging industries."))
    assert (("CHL", "PER"), "industry") in got
