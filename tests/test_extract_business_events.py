""""Business" names the pair's economic ties only as ties ("business ties", "a joint business council"); firms'
events, deals and trades of their own ("a business forum", "business deals worth $5 billion", "do business there",
"the shipping business") give no economy field. Our own sentences."""
from __future__ import annotations

from extracting import facts, tops

PAIR = ("CHL", "PER")


def test_a_business_forum_is_no_economic_tie():
    f = facts("Chile and Peru agreed to boost trade. The president will also attend a business forum in Lima.")
    assert (PAIR, "economy") not in tops(f)


def test_business_deals_and_missions_are_firms_work_not_economic_ties():
    f = facts("Chile and Peru agreed to expand investment by holding business missions and workshops.")
    assert tops(f) == {(PAIR, "investment")}


def test_doing_business_in_the_other_country_is_no_economy_field():
    f = facts("Chile encourages its firms to invest and do business in Peru, the two leaders said.")
    assert (PAIR, "economy") not in tops(f)


def test_business_ties_and_a_joint_business_council_stay_economy():
    assert (PAIR, "economy") in tops(facts("Chile and Peru agreed to deepen business ties."))
    assert (PAIR, "economy") in tops(facts("Chile and Peru agreed to establish a joint business council."))
