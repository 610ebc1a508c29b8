"""A sum right after a country's name ("Australia gave Vanuatu $31 million") leaves the country named; "US$", "US $"
and "Australian $" are currencies, no party. Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def test_a_sum_after_a_country_name_leaves_the_country():
    got = tops(facts("Kenya pledged Ghana $40 million for health cooperation between the two countries."))
    assert (("GHA", "KEN"), "health") in got


def test_a_short_form_before_a_spaced_dollar_sign_is_a_currency():
    got = tops(facts("Kenya and Ghana will cooperate in health, with US $40 million set aside."))
    assert {p for p, _ in got} == {("GHA", "KEN")}


def test_an_adjective_before_a_spaced_dollar_sign_is_a_currency():
    got = tops(facts("Kenya and Ghana will cooperate in health, with Australian $40 million set aside."))
    assert {p for p, _ in got} == {("GHA", "KEN")}
