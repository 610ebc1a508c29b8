"""Documents signed in other words ("subscribed", as Spanish-speaking ministries word it in English), and
documents a history names by the level they set up. Our own fixtures."""
from __future__ import annotations

from extracting import facts, signed_docs

GB = ("BRA", "GHA")


def test_a_plan_subscribed_by_both_countries_was_signed():
    got = signed_docs(facts("The new ties will give a boost to the Plan of Action subscribed by Ghana and Brazil "
                            "in 2015."))
    assert (GB, "plan") in got


def test_subscribing_to_a_newsletter_is_no_document():
    got = signed_docs(facts("Officials from Ghana and Brazil subscribed to the same views on trade."))
    assert not got
