"""The holder of a level named apart from it: an appositive partner of a list ("Vietnam, a comprehensive
strategic partner of A, B and C, ..."), a relative clause ("sold to Vietnam, which has a ... partnership
with Russia": not the seller), and a fronted likeness ("Like Thailand, Vietnam has ..."): the country
compared is no party. Our own sentences."""
from __future__ import annotations

import pytest

from extracting import level_actions


def test_an_appositive_partner_of_a_list():
    got = level_actions("Kenya, a comprehensive strategic partner of Chile, Peru and Ghana, welcomed Japan's envoy.")
    assert {p for p, _ in got} == {("CHL", "KEN"), ("KEN", "PER"), ("GHA", "KEN")}


def test_becoming_a_partner_of_a_list_is_established_with_each():
    assert level_actions("Kenya became a strategic partner of Chile and Peru.") == {
        (("CHL", "KEN"), "strategic partnership"): "establish", (("KEN", "PER"), "strategic partnership"): "establish"}


@pytest.mark.parametrize("text", [
    "The Japanese-made radars were sold to Kenya, which has a strategic partnership with Peru.",
    "Chile welcomed Kenya, which has a strategic partnership with Peru, to the summit.",
])
def test_the_relative_clause_holder(text):
    assert set(level_actions(text)) == {(("KEN", "PER"), "strategic partnership")}


@pytest.mark.parametrize("lead", ["Like", "Just like", "Similar to", "As with"])
def test_a_fronted_likeness_is_no_party(lead):
    got = level_actions(f"{lead} Ghana, Kenya has a strategic partnership with Peru.")
    assert set(got) == {(("KEN", "PER"), "strategic partnership")}
