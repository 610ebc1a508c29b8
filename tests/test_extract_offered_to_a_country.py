"""A story side that offers, pledges or gives a new country something acts with that country: the
sentence's pair is theirs, not the story's. Our own sentences."""
from __future__ import annotations

from extracting import facts

_TEXT = ("Chile and Peru held talks in Lima on Monday on trade. "
         "The Chilean president has also offered Bolivia's new government Chilean assistance in building police stations.")


def _coop() -> set:
    return {(c.pair, c.field) for c in facts(_TEXT).cooperation}


def test_country_offered_help_is_the_pair_of_the_offer():
    assert (("BOL", "CHL"), "law-enforcement") in _coop()


def test_offer_to_a_new_country_is_not_the_story_pairs():
    assert (("CHL", "PER"), "law-enforcement") not in _coop()
