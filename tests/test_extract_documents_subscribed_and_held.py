"""Documents signed in other words ("subscribed", as Spanish-speaking ministries word it in English; talks that
"ended with" documents), and plural packages told apart by their fields. Our own fixtures."""
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


def test_two_plural_packages_with_fields_of_their_own_are_two():
    got = signed_docs(facts("Ghana and Brazil set up a joint commission. Its first session led to agreements in "
                            "security, finance and education. At later sessions, agreements were signed in fields "
                            "such as culture, trade and tourism."))
    assert got.count((GB, "agreement")) == 2


def test_a_plural_package_told_again_with_some_of_its_fields_is_one():
    got = signed_docs(facts("Ghana and Brazil signed agreements in security, finance and education on Monday. "
                            "The agreements were signed in finance and education by the ministers."))
    assert got.count((GB, "agreement")) == 1


def test_talks_that_ended_with_a_number_of_agreements_signed_them():
    got = signed_docs(facts("Ghana and Brazil held talks in Accra on Monday, which ended with a number of agreements."))
    assert (GB, "agreement") in got


def test_talks_that_ended_with_calls_for_agreements_signed_none():
    got = signed_docs(facts("Ghana and Brazil held talks in Accra on Monday, which ended with calls for more agreements."))
    assert not got
