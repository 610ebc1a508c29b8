"""An anniversary still to come counts back from its own year: "will celebrate 10 years of their strategic
partnership in 2023", said in 2021, looks back to a founding in 2013 (not 2011)."""
from __future__ import annotations

from extracting import facts


def test_coming_anniversary_counts_back_from_its_own_year():
    got = {(p.level, p.action, p.year) for p in facts(
        "Ties between Chile and Peru are growing fast. The two countries will celebrate 10 years of their strategic "
        "partnership in 2023.", "2021-11-01").partnerships}
    assert ("strategic partnership", "establish", 2013) in got
    assert ("strategic partnership", "establish", 2011) not in got
