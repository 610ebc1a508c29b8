"""Countries named for another reason in a partner list: the foil of a fronted comparison ("Unlike Japan,
...", "Compared to the United States, ..."), and partners compared with each other ("partnership with A is
kept at the same level as partnership with B": the owner is someone else, never a pair of the two). A quote
that closes a sentence stays with it, so a quoted designation ending the sentence is read whole. Our own
sentences."""
from __future__ import annotations

import pytest

from extracting import level_actions
from kg.extract.sentences import sentences


@pytest.mark.parametrize("text, want", [
    ("Unlike Japan, Vietnam has a comprehensive strategic partnership with Russia.", ("RUS", "VNM")),
    ("Compared with Chile, Peru and Ghana have a strategic partnership.", ("GHA", "PER")),
    ("Unlike Japan and Korea, Vietnam and Russia have a comprehensive strategic partnership.", ("RUS", "VNM")),
    ("In contrast to Brazil, Chile describes the Chile-Peru ties as a comprehensive strategic partnership.", ("CHL", "PER")),
])
def test_the_foil_of_a_fronted_comparison_is_no_party(text, want):
    assert {p for p, _ in level_actions(text)} == {want}


def test_partners_compared_with_each_other_are_no_pair():
    # the owner: the story's side the article names most
    got = level_actions("Kenya signed a strategic partnership with Peru in 2010. Kenya has since been criticised: its "
                        "strategic partnership with Ghana is kept at the same level as its strategic partnership with Chile.")
    assert ("CHL", "GHA") not in {p for p, _ in got}
    assert {("GHA", "KEN"), ("CHL", "KEN")} <= {p for p, _ in got}


def test_partners_compared_with_no_owner_named_give_nothing():
    got = level_actions("That means a strategic partnership with Ghana is on par with a strategic partnership with Chile.")
    assert got == {}


@pytest.mark.parametrize("text, first", [
    ('Peru calls it a "comprehensive strategic partnership." Chile agrees.', 'Peru calls it a "comprehensive strategic partnership."'),
    ("He said “we agree.” Then he left.", "He said “we agree.”"),
    ('The talks ended."The next round', "The talks ended."),
])
def test_a_closing_quote_stays_with_its_sentence(text, first):
    assert sentences(text)[0].text == first


def test_a_quoted_designation_that_ends_a_sentence_before_another():
    got = level_actions('Peru uses a unique name for the Peru-Chile "partnership," which is "comprehensive strategic '
                        'collaborative partnership." Peru does not use it for other countries.')
    assert {p for p, _ in got} == {("CHL", "PER")}
