"""A rival after "tensions with" is no partner of the pair acting; the leader "told his X counterpart" is the one
met, ahead of a country named as an example. Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def test_a_rival_after_tensions_with_is_no_partner_of_either_side():
    got = tops(facts("Australia and the Philippines agreed to expand maritime security cooperation amid growing "
                     "tensions with China."))
    assert (("AUS", "PHL"), "defence-security") in got
    assert not any("CHN" in p for p, _ in got)


def test_the_counterpart_told_is_the_pair_not_the_example():
    got = tops(facts("Kenya hopes to copy the success of Singapore in building ports, President Ruto told his "
                     "Ghanaian counterpart. The two presidents agreed to cooperate in fisheries."))
    assert (("GHA", "KEN"), "agriculture") in got
    assert (("KEN", "SGP"), "agriculture") not in got
