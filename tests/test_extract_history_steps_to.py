"""A history told as steps: "starting with a X in 2001, to a Y in 2006 and ultimately to a Z in 2015" founds X and
raises the pair to Y, then to Z, each in its own year."""
from __future__ import annotations

from extracting import facts


def events(text: str) -> set:
    return {(p.level, p.action, p.year) for p in facts(text, "2024-05-15").partnerships}


def test_steps_from_a_first_level_found_it_and_raise_to_each_next_one():
    got = events("Relations between Norway and Chile deepened, starting with a strategic partnership in 2001, to a "
                 "comprehensive partnership in 2006 and ultimately to a comprehensive strategic partnership in 2015.")
    assert ("strategic partnership", "establish", 2001) in got
    assert ("comprehensive partnership", "upgrade", 2006) in got
    assert ("comprehensive strategic partnership", "upgrade", 2015) in got


def test_step_after_a_capitalised_first_rung_is_a_raise():
    got = events("Norway and Chile gained strategic weight, beginning with an Enhanced Partnership in 2003, then to a "
                 "Strategic Partnership in 2011.")
    assert ("strategic partnership", "upgrade", 2011) in got
