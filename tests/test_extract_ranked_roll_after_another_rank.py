"""A ranked roll whose joiner first holds another rank ("Peru became the first in the region and the fifth country to
hold a strategic partnership with Ghana, after A, B and C"): the listed ones are Ghana's earlier partners at that
level, never the joiner's."""
from __future__ import annotations

from extracting import facts


def pairs_of(text: str) -> set:
    return {(p.pair, p.level) for p in facts(text, "2024-05-15").partnerships}


def test_roll_joiner_with_an_earlier_rank_leaves_the_listed_partners_with_the_owner():
    got = pairs_of("Peru and Ghana agreed on a comprehensive strategic partnership on Monday. Peru has become the "
                   "first of the Andean states and the fourth nation to hold such a partnership with Ghana, after "
                   "Chile, Brazil and Mexico.")
    level = "comprehensive strategic partnership"
    assert (("CHL", "GHA"), level) in got and (("BRA", "GHA"), level) in got and (("GHA", "MEX"), level) in got
    assert not [p for p, _ in got if "PER" in p and p != ("GHA", "PER")]


def test_roll_joiner_with_a_regional_first_rank_is_still_the_joiner():
    got = pairs_of("Kenya became the first in Africa and the third country to share a strategic partnership with "
                   "Norway, after Chile and Japan.")
    assert (("CHL", "NOR"), "strategic partnership") in got and (("JPN", "NOR"), "strategic partnership") in got
    assert (("CHL", "KEN"), "strategic partnership") not in got
