"""Words of a gathering of many that name no bilateral party or field: the country a summit is "to be held in",
a capital naming a text of many parties ("the Paris Agreement"), a title ("National Security Advisers") and a
slogan's list ("global initiatives on development, security and culture")."""
from __future__ import annotations

from extracting import facts, tops


def test_country_a_summit_is_to_be_held_in_is_no_party():
    got = tops(facts("Kenya's minister said the bloc's envoys will meet next month ahead of the summit of the bloc "
                     "to be held in Brazil's Belem city, and they will discuss trade."))
    assert not any("BRA" in p for p, _ in got)


def test_capital_naming_a_text_of_many_parties_is_no_party():
    got = tops(facts("Ghana and Peru held talks on Monday. He asked the EU to help Peru meet its commitments "
                     "under the 2015 Paris Agreement on Climate Change."))
    assert not any("FRA" in p for p, _ in got)
    assert (("GHA", "PER"), "environment") not in got


def test_security_advisers_are_a_title_not_a_field():
    got = tops(facts("Chile and Peru said their joint working group has concluded, and their National Security "
                     "Advisers will meet next month."))
    assert (("CHL", "PER"), "defence-security") not in got


def test_fields_listed_in_a_global_initiative_slogan_are_no_field():
    got = tops(facts("Chile and Peru met on Monday. The Chilean leader suggested strengthening partnerships in "
                     "multilateral forums and advancing three global initiatives on development, security, and culture."))
    assert (("CHL", "PER"), "defence-security") not in got
    assert (("CHL", "PER"), "culture") not in got
