"""Lines that link other stories are no part of the article."""
from extracting import facts


def test_a_related_story_link_gives_no_facts():
    found = facts("Chile and Peru signed a fisheries agreement on Monday.\nRelated: Ghana and Togo sign a border treaty\n"
                  "Read also: Kenya, Ethiopia agree on power trade\n", "2025-06-04")
    assert {a.pair for a in found.agreements} == {("CHL", "PER")}
    assert {c.pair for c in found.cooperation} == {("CHL", "PER")}


def test_a_sentence_about_related_matters_stays():
    found = facts("Related to this, Chile and Peru signed an agreement on fisheries on Monday.", "2025-06-04")
    assert {a.pair for a in found.agreements} == {("CHL", "PER")}
