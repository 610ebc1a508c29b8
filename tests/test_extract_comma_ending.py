"""A designation's own ending written after a comma ("the extensive strategic partnership, for peace
and prosperity in Asia") is part of the level, without the comma; another phrase after a comma is not.
Our own sentences."""
from __future__ import annotations

from extracting import facts


def levels(text: str) -> set:
    f = facts(text)
    return {(p.pair, p.level) for p in f.partnerships}


def test_the_tables_ending_after_a_comma_belongs_to_the_level():
    got = levels("The leaders of Peru and Ghana hailed their intensive strategic partnership, for peace and prosperity in Asia.")
    assert got == {(("GHA", "PER"), "intensive strategic partnership for peace and prosperity in asia")}


def test_a_purpose_after_a_comma_is_no_ending():
    got = levels("The leaders of Peru and Ghana hailed their intensive strategic partnership, for peace and stability.")
    assert got == {(("GHA", "PER"), "intensive strategic partnership")}
