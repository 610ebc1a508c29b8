"""A level "dating back to" a year began then: that founding is its own event beside today's. Our own sentences."""
from __future__ import annotations

from extracting import facts


def test_a_level_dating_back_to_a_year_is_its_founding():
    f = facts("Ghana and Turkey held talks on Monday to deepen their strategic partnership. The minister praised "
              "the strategic partnership between the two countries, which dates back to 2011, and its results.")
    acts = sorted(p.action for p in f.partnerships if p.pair == ("GHA", "TUR"))
    assert acts == ["establish", "reaffirm"]
