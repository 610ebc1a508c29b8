"""Verbs that found a level, and the talks that do not."""
from extracting import facts


def actions(text):
    return {p.pair: p.action for p in facts(text, "2025-06-02").partnerships}


def test_initiated_partnerships_are_founded():
    assert actions("Chile has initiated strategic partnerships with Spain and Mexico.") == {
        ("CHL", "ESP"): "establish", ("CHL", "MEX"): "establish"}


def test_talks_launched_on_a_level_found_nothing():
    assert actions("Chile and Spain launched talks on a strategic partnership.").get(("CHL", "ESP")) != "establish"



def test_relations_turned_into_a_level_are_raised_to_it():
    assert actions("Kenya and Ghana turned their relationship into a comprehensive partnership.") == {
        ("GHA", "KEN"): "upgrade"}
    assert actions("Chile and Spain turned their ties into a strategic partnership.") == {("CHL", "ESP"): "upgrade"}
