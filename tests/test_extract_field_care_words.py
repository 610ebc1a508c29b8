"""Care of the elderly is health; protecting the oceans is environment; a trade route is connectivity. Our own
fixtures."""
from __future__ import annotations

from extracting import facts, tops


def test_elderly_care_projects_are_health_cooperation():
    got = tops(facts("Ghana and Brazil reviewed their joint projects in elderly care and water security."))
    assert (("BRA", "GHA"), "health") in got


def test_care_alone_is_no_field():
    got = tops(facts("Ghana and Brazil said they take great care to keep their ties strong."))
    assert (("BRA", "GHA"), "health") not in got


def test_ocean_protection_is_environment_not_shipping():
    got = tops(facts("Ghana and Brazil will work together on ocean protection."))
    assert (("BRA", "GHA"), "environment") in got
    assert (("BRA", "GHA"), "connectivity") not in got


def test_ocean_shipping_is_still_connectivity():
    got = tops(facts("Ghana and Brazil will work together on ocean shipping routes."))
    assert (("BRA", "GHA"), "connectivity") in got


def test_a_trade_route_is_connectivity_not_trade():
    got = tops(facts("Ghana and Brazil are working together on a new trade route."))
    assert (("BRA", "GHA"), "connectivity") in got
    assert (("BRA", "GHA"), "trade") not in got
