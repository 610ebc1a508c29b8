"""The money one side provides or extends to the other ("provides project financing", "extended concessional
loans") is finance between them; providing something else is no finance. Our own text."""
from __future__ import annotations

from tests.extracting import facts, tops


def test_project_financing_one_side_provides_is_finance():
    f = facts("Chile and Peru have long ties.\nInfrastructure: Chile provides project financing and know-how.\n")
    assert (("CHL", "PER"), "finance") in tops(f)


def test_concessional_loans_extended_are_finance():
    f = facts("Chile and Peru held talks. Chile extended concessional loans for Peruvian railways.\n")
    assert (("CHL", "PER"), "finance") in tops(f)


def test_providing_a_platform_is_no_finance():
    f = facts("Chile and Peru held talks. The forum provides a platform for dialogue.\n")
    assert (("CHL", "PER"), "finance") not in tops(f)
