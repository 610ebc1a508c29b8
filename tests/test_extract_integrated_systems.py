"""Joining two countries' systems is cooperation in the systems' field: "integrate A's payment system with B's",
"link the two countries' payment systems"; one country integrating its own network, with no other named, is not.
Our own sentences."""
from __future__ import annotations

from extracting import facts


def _coop(text: str) -> set:
    got = facts(text, "2025-03-12", title="Notes")
    return {(c.pair, c.field) for c in got.cooperation}


def test_integrating_one_sides_payment_system_with_the_others_is_finance_cooperation():
    got = _coop("Chile and Ghana upgraded ties. The leaders backed efforts to integrate Chile’s payment system with Ghana’s.")
    assert (("CHL", "GHA"), "finance") in got


def test_linking_the_two_countries_payment_systems_is_finance_cooperation():
    got = _coop("Chile and Ghana upgraded ties. The leaders discussed plans to link the two countries' payment systems.")
    assert (("CHL", "GHA"), "finance") in got


def test_one_country_integrating_its_own_network_is_no_cooperation():
    assert _coop("Kenya wants to integrate its railway network, the minister said in Nairobi.") == set()
