"""One side's "social and economic development" (either order) is a goal, no economic-ties field; a
memorandum on geophysics is science."""
from __future__ import annotations

from extracting import facts, tops

PAIR = ("CHL", "NZL")


def test_social_and_economic_development_of_one_side_is_no_economy_field():
    f = facts("The New Zealand premier said his country will maintain its development assistance at a high "
              "level to support Chile's efforts towards social and economic development.")
    assert (PAIR, "economy") not in tops(f)


def test_economic_cooperation_stays_economy():
    f = facts("New Zealand and Chile agreed to expand economic cooperation and joint social development work.")
    assert (PAIR, "economy") in tops(f)


def test_a_memorandum_on_geophysics_is_science():
    f = facts("Chile and New Zealand signed a memorandum of understanding on cooperation in geophysics.")
    assert (PAIR, "science-technology") in tops(f)
