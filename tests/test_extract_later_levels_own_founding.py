"""A year in the founding clause of a level told after another one belongs to that later level ("the strategic
partnership marks an upgrade of the existing comprehensive partnership that came into force in 2012": 2012 is the
comprehensive partnership's, no second event of the strategic one); "came into force" founds a level like "was
established". Our own sentences."""
from __future__ import annotations

import datetime as dt

from extracting import facts


def test_the_later_levels_founding_year_makes_no_event_of_the_first():
    f = facts("Peru and Chile entered into a strategic partnership at their summit in Lima on Monday. The strategic "
              "partnership marks an upgrade of the existing comprehensive partnership that came into force in 2012.")
    sp = [p for p in f.partnerships if p.level == "strategic partnership"]
    assert len(sp) == 1 and sp[0].date == dt.date(2025, 6, 9)
    assert any(p.level == "comprehensive partnership" for p in f.partnerships)


def test_a_level_that_came_into_force_in_a_year_was_founded_then():
    f = facts("Ghana and Kenya signed several accords. Their strategic partnership, which came into force in 2016, "
              "guides the talks.")
    assert ("strategic partnership", "establish", 2016) in {(p.level, p.action, p.year) for p in f.partnerships}


def test_a_level_declared_in_a_year_was_founded_then_and_that_year_is_not_the_raises():
    f = facts("Bilateral relations between Peru and Chile advanced from a comprehensive partnership, declared in 2011, "
              "to a strategic partnership.")
    got = {(p.level, p.action, p.year) for p in f.partnerships}
    assert ("comprehensive partnership", "establish", 2011) in got
    assert ("strategic partnership", "upgrade", 2011) not in got
