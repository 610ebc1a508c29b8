"""Which pair a sentence is about (our own sentences): the story's side meeting another country's leader
opens that pair's story, even where the sentence also speaks of "the bilateral relationship"."""
from __future__ import annotations

import pytest

from extracting import facts


def pairs_of(text: str) -> set:
    return {(p.pair, p.level) for p in facts(text, "2025-06-14").partnerships}


@pytest.mark.parametrize("meets", [
    "Soon after, the Peruvian president met Ghanaian President Mahama",
    "Later, the Peruvian president held talks with Ghana's President Mahama",
    "The Peruvian president also received Ghanaian President Mahama",
])
def test_the_storys_side_meeting_a_new_leader_opens_that_pair(meets):
    text = ("Peru's president met Chile's president in Lima and reaffirmed their comprehensive partnership. "
            f"{meets} and discussed the bilateral relationship. Deepening the strategic partnership, he wrote.")
    got = pairs_of(text)
    assert (("GHA", "PER"), "strategic partnership") in got
    assert (("CHL", "PER"), "comprehensive partnership") in got


def test_the_storys_pair_words_stay_with_the_story_when_no_one_new_is_met():
    text = ("Peru's president met Chile's president in Lima. The two sides discussed exports to Ghana and "
            "reaffirmed the bilateral strategic partnership.")
    assert pairs_of(text) == {(("CHL", "PER"), "strategic partnership")}
