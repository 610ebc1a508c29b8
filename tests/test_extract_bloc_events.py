"""A bloc named in an event's name, or as an owner, is no party to the pair's facts."""
from extracting import facts


def test_a_bloc_country_summit_hosts_the_pairs_raise():
    found = facts("On the sidelines of the ASEAN-Japan summit, Vietnam and Japan raised their ties to a comprehensive "
                  "strategic partnership.", "2025-06-04")
    assert {(p.pair, p.level) for p in found.partnerships} == {(("JPN", "VNM"), "comprehensive strategic partnership")}


def test_a_bloc_and_a_country_acting_together_are_still_no_pair():
    assert not facts("ASEAN and Japan raised their ties to a comprehensive strategic partnership.", "2025-06-04").partnerships
