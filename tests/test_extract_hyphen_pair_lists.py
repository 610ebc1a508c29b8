"""Pairs written with a dash and listed under one relation noun ("the A-B and A-C ties"): each pair
gets the fact, not only the first. Our own sentences."""
from __future__ import annotations

from extracting import facts


def test_each_dashed_pair_under_one_relation_noun_gets_the_level():
    f = facts("Officials said the Peru–Chile and Peru–Ghana ties have been elevated to a strategic partnership.")
    assert {(p.pair, p.action) for p in f.partnerships} == {
        (("CHL", "PER"), "upgrade"), (("GHA", "PER"), "upgrade")}


def test_a_single_dashed_pair_stays_one_pair():
    f = facts("Officials said the Peru–Chile ties have been elevated to a strategic partnership.")
    assert {p.pair for p in f.partnerships} == {("CHL", "PER")}


def test_dashed_names_of_things_are_no_pairs():
    f = facts("The Peru-Chile and Peru-Ghana railway was opened and the strategic partnership was reaffirmed.")
    assert ("GHA", "PER") not in {p.pair for p in f.partnerships}
