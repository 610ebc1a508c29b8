"""Interests the two sides share "in the fields of" some areas are no cooperation in those fields ("have a lot of
shared interests in the fields of energy and security", "share interests in the areas of trade and culture");
cooperation named in the same sentence still counts."""
from __future__ import annotations

from extracting import facts, tops


def test_shared_interests_in_fields_are_no_cooperation():
    f = facts("Peru and Ghana have a lot of shared interests in the fields of energy and security.")
    assert tops(f) == set()


def test_verb_share_interests_in_areas_is_no_cooperation():
    f = facts("Peru and Ghana share common interests in the areas of trade and culture, the envoy said.")
    assert tops(f) == set()


def test_cooperation_beside_shared_interests_still_counts():
    f = facts("Peru and Ghana have shared interests in the fields of security, and agreed to cooperate in energy.")
    assert tops(f) == {(("GHA", "PER"), "energy")}
