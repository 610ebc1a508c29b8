"""Partners of one owner (our own sentences): "A and B are our strategic partners" and "Both countries
are X's strategic partners" pair each of the two (named, or those of the sentence before) with the
owner, not with each other; a third country's partners stay out of a story about others."""
from __future__ import annotations

import pytest

from extracting import level_actions

BOTH = {(("BOL", "PER"), "strategic partnership"): "reaffirm", (("CHL", "PER"), "strategic partnership"): "reaffirm"}


@pytest.mark.parametrize("text", [
    "Chile and Bolivia are our strategic partners, the Peruvian minister said.",
    "Chile and Bolivia are strategic partners of Peru.",
    "Peru's foreign minister held talks with his counterparts from Chile and Bolivia. Both countries are our "
    "strategic partners, he said.",
    "Peru's foreign minister met envoys from Chile and Bolivia. The two countries are Peru's strategic partners.",
])
def test_both_are_partners_of_one_owner_pairs_each_with_the_owner(text):
    assert level_actions(text) == BOTH


def test_they_after_a_named_pair_is_that_pair():
    assert level_actions("Peru and Chile signed a deal. They are strategic partners.") == {
        (("CHL", "PER"), "strategic partnership"): "reaffirm"}


def test_a_third_countrys_partners_stay_out():
    assert level_actions("Peru and Chile signed a deal. Both are strategic partners of the US.") == {}


def test_a_quoted_partner_to_a_country_pairs_the_subject_with_it_not_a_pair_named_before():
    text = "While trade between Germany and Chile is high, Peru remains a “strategic partner” to Chile."
    assert level_actions(text) == {(("CHL", "PER"), "strategic partnership"): "reaffirm"}


def test_a_dashed_chain_of_three_countries_is_no_pair():
    text = "Peru's ties with both Chile and Ghana are good. The talks will broaden the strategic partnership of Peru-Chile-Ghana."
    assert level_actions(text) == {}


def test_a_blocs_document_beside_a_country_leaves_the_story_pair():
    text = ("Peru and Japan met on Monday. They said the Pacific Vision of Japan and the ASEAN Outlook on the region "
            "share much, pledging to promote the countries' strategic partnership.")
    assert level_actions(text) == {(("JPN", "PER"), "strategic partnership"): "reaffirm"}


def test_a_bloc_beside_a_country_is_still_a_party():
    assert level_actions("The EU and Japan upgraded ties to a strategic partnership.") == {}


def test_three_countries_after_between_are_a_trilateral():
    text = "Chile and Peru met on Thursday. The relationship between Ghana, Chile and Peru has grown into a strategic partnership."
    assert level_actions(text) == {}


def test_it_called_a_partner_of_the_owner_is_the_country_before():
    text = "Our stay in Ghana ended today. It is a nation we have long felt close to, a strategic partner of Peru."
    assert level_actions(text) == {(("GHA", "PER"), "strategic partnership"): "reaffirm"}


def test_a_bloc_as_the_subject_of_a_sentence_naming_no_country_speaks_of_its_own_ties():
    text = ("Peru and Ghana met on Monday. In 2021 ASEAN accorded comprehensive strategic partnership status to Chile "
            "and Japan. Before the comprehensive strategic partnership, ASEAN insisted that the name implied no rank.")
    assert level_actions(text) == {}
