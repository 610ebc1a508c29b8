"""A pair named in a clause about something else ("The two presidents discussed the region, where A
and B cooperate") while the story's pair is the subject: the next "Both sides" is still the story's.
Our own sentences."""
from __future__ import annotations

from extracting import facts

_TEXT = ("Peru and Ghana held talks in Lima on Monday. "
         "The two presidents also discussed West Africa, where Ghana and Togo have long cooperated on security. "
         "Both sides agreed to expand cooperation in mining.")


def _coop() -> set:
    f = facts(_TEXT)
    return {(c.pair, c.field) for c in f.cooperation}


def test_a_pair_in_an_aside_clause_leaves_the_story_with_the_subject_pair():
    assert (("GHA", "PER"), "mining") in _coop()
    assert (("GHA", "TGO"), "mining") not in _coop()


def test_the_aside_pair_keeps_its_own_fact():
    assert (("GHA", "TGO"), "defence-security") in _coop()
