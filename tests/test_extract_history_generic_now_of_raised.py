"""A generic wording said today in a history whose first level was raised later ("set up a strategic partnership in
2005 ... raised ties to a special strategic partnership in 2015 ... ways of further strengthening strategic
partnership between A and B") speaks of the level held now, the raised one; the founding keeps its own level."""
from __future__ import annotations

from extracting import facts


def events(text: str) -> set:
    return {(p.level, p.action) for p in facts(text, "2024-05-15").partnerships}


def test_generic_wording_today_after_a_later_raise_restates_the_raised_level():
    got = events("Chile and Peru set up a strategic partnership in 2005. In 2015, Chile and Peru raised their ties to "
                 "a special strategic partnership. The report suggests ways of further strengthening strategic "
                 "partnership between Chile and Peru.")
    assert ("strategic partnership", "establish") in got
    assert ("special strategic partnership", "upgrade") in got
    assert ("special strategic partnership", "reaffirm") in got
    assert ("strategic partnership", "reaffirm") not in got
