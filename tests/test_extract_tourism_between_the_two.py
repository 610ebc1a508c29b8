"""Tourism "between the two countries" flows between the pair as trade does; one side's tourism rising is
its own."""
from __future__ import annotations

from extracting import facts, tops

PAIR = ("IRL", "URY")


def test_tourism_between_the_two_countries_is_the_pairs():
    f = facts("Ireland and Uruguay held talks on Monday. Direct flights and tourism between the two countries "
              "must be revived, the Irish minister said.")
    assert (PAIR, "culture") in tops(f)


def test_one_sides_tourism_rising_is_its_own():
    f = facts("Ireland and Uruguay held talks on Monday. Uruguayan tourism rose sharply last year.")
    assert (PAIR, "culture") not in tops(f)
