"""Fields written right after the pair hyphened are the pair's, as a head noun after them would make them; a
hyphened pair that names a war before a field word gives nothing. Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def test_fields_right_after_the_hyphened_pair_are_its_own():
    got = tops(facts("Scholars held a seminar on Sino-Peruvian economy and fisheries."))
    assert (("CHN", "PER"), "economy") in got
    assert (("CHN", "PER"), "agriculture") in got


def test_a_field_after_a_hyphened_war_is_no_cooperation():
    got = tops(facts("Analysts said the Russia-Ukraine war hit energy markets."))
    assert not any(p == ("RUS", "UKR") for p, _ in got)
