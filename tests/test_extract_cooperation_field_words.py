"""Field words that name no field of the pair's cooperation, and field words the lexicon needs to see.
Texts are our own words, each standing for a construction that real articles use."""
from __future__ import annotations

from extracting import facts, tops


def fields(text: str, pair: tuple, published: str = "2025-06-14") -> set:
    """The top fields the text gives the pair."""
    return {top for p, top in tops(facts(text, published)) if p == pair}


def test_sustainable_development_in_the_goal_formula_is_no_environment_field():
    text = ("Chile and Peru upgraded their ties to a partnership for peace, cooperation and sustainable development "
            "on Monday. The two leaders agreed to expand cooperation in trade and energy, contributing to peace, "
            "stability and sustainable development in the region.")
    assert fields(text, ("CHL", "PER")) == {"trade", "energy"}


def test_sustainable_development_as_an_area_of_the_pair_stays_an_environment_field():
    text = "Chile and Peru agreed to deepen cooperation in trade and sustainable development."
    assert fields(text, ("CHL", "PER")) == {"trade", "environment"}
