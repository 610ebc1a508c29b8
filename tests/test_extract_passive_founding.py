"""A level founded in the reported event, told in the passive ("A comprehensive partnership was established,
focusing on ..."): establish; a founding in the background ("since the partnership was established") is not
the event's. Our own sentences."""
from __future__ import annotations

from extracting import level_actions


def test_a_level_told_as_established_in_the_passive_is_established():
    acts = level_actions("Peru and Ghana held talks in Accra on Monday. "
                         "A comprehensive partnership was established, focusing on cocoa and gold.")
    assert acts[(("GHA", "PER"), "comprehensive partnership")] == "establish"


def test_a_passive_launch_between_the_two_is_established_too():
    acts = level_actions("Peru and Ghana held talks in Accra on Monday. "
                         "A strategic partnership between the two countries was formally launched.")
    assert acts[(("GHA", "PER"), "strategic partnership")] == "establish"


def test_a_founding_in_the_background_is_no_new_level():
    acts = level_actions("Peru and Ghana held talks in Accra on Monday. "
                         "Trade has doubled since the comprehensive partnership was established.")
    assert acts[(("GHA", "PER"), "comprehensive partnership")] == "reaffirm"
