"""The pair's trade told by its trend before it ("commended the increase in the volume of trade") is trade
between them, as "bilateral trade rose" is; the world's trade is not."""
from __future__ import annotations

from extracting import facts, tops

PAIR = ("BWA", "NOR")


def test_the_increase_in_the_volume_of_trade_the_sides_commended_is_their_trade():
    f = facts("Norway and Botswana issued a joint statement on Monday.\n"
              "The two sides commended the increase in the volume of trade over the past year.")
    assert (PAIR, "trade") in tops(f)


def test_the_growth_of_global_trade_is_not_the_pairs():
    f = facts("Norway and Botswana issued a joint statement on Monday.\n"
              "The two sides commended the growth of global trade over the past year.")
    assert (PAIR, "trade") not in tops(f)
