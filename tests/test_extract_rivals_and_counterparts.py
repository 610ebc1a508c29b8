"""A rival after "tensions with" is no partner of the pair acting; the leader "told his X counterpart" is the one
met, ahead of a country named as an example. Our own sentences."""
from __future__ import annotations

from extracting import facts, signed_docs, tops


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


def test_a_bloc_and_a_country_in_a_which_clause_leave_the_story_its_fact():
    got = tops(facts("The President of Chile met the Prime Minister of New Zealand. The two leaders agreed to "
                     "cooperate in dairy farming, which the EU and Canada have long protected with tariffs."))
    assert (("CHL", "NZL"), "agriculture") in got


def test_a_rival_pairs_accord_in_an_after_clause_is_theirs():
    docs = signed_docs(facts("Cyprus and Israel signed a gas deal in 2010, after Turkey and Syria signed a rival accord."))
    assert (("CYP", "ISR"), "agreement") in docs
    assert docs.count((("CYP", "ISR"), "agreement")) == 1
    assert (("SYR", "TUR"), "agreement") in docs
