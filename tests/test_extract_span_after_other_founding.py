""""Will celebrate the 50th anniversary of the establishment of their diplomatic ties and 10 years of their
strategic partnership": the founding verb is the ties'; the level is a span held (restated today) and founded ten
years before the anniversary, not founded today."""
from __future__ import annotations

from extracting import facts


def test_years_of_the_level_after_another_founding_is_a_span_held():
    got = {(p.level, p.action, p.year) for p in facts(
        "Ties between Chile and Peru keep growing. The two countries will celebrate the 50th anniversary of the "
        "establishment of their diplomatic relations and 10 years of their strategic partnership in 2023.",
        "2021-11-01").partnerships}
    assert ("strategic partnership", "reaffirm", None) in got
    assert ("strategic partnership", "establish", 2013) in got
    assert ("strategic partnership", "establish", None) not in got
