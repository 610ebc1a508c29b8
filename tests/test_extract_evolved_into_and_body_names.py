"""Ties that "evolved (from aid) into" a level were raised to it; a country and a bloc hyphened inside the name of a
body ("the Forum on China-Africa Cooperation") set no pair, so the pair the sentence names stays its own."""
from __future__ import annotations

from extracting import facts


def events(text: str) -> set:
    return {(p.pair, p.level, p.action) for p in facts(text, "2024-05-15").partnerships}


def test_ties_evolved_into_a_level_were_raised_to_it():
    got = events("Ties between Kenya and Norway have evolved from aid projects into a strategic partnership in 2012.")
    assert (("KEN", "NOR"), "strategic partnership", "upgrade") in got


def test_hyphened_bloc_inside_a_forum_name_leaves_the_named_pair():
    got = events("Since the creation of the Forum on India-Africa Cooperation, relations between Kenya and India "
                 "have evolved into a strategic partnership.")
    assert (("IND", "KEN"), "strategic partnership", "upgrade") in got
