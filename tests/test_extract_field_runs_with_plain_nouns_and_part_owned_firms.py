"""A run of fields said to be among the pair's areas keeps going over an item of two nouns one of which is no field
("health care, transport and communications, education and sport are among the fields where A and B agreed to
work together": health as well); and firms part-owned from the other side ("90 firms with Chilean participation are
registered in Peru") are investment between the two. Our own sentences."""
from __future__ import annotations

from extracting import facts, tops

_PAIR = ("CHL", "PER")


def test_a_run_goes_on_over_an_item_with_a_plain_noun():
    f = facts("Peru and Chile signed a treaty. Health care, transport and communications, education and sport are "
              "also among the fields where Peru and Chile agreed to work together.")
    got = tops(f)
    assert {(_PAIR, "health"), (_PAIR, "connectivity"), (_PAIR, "education")} <= got


def test_firms_with_the_other_sides_participation_are_investment():
    f = facts("Peru and Chile signed a treaty. Some 90 firms with Chilean participation are registered in Peru, the "
              "registry in Lima reports.")
    assert (_PAIR, "investment") in tops(f)


def test_a_run_still_stops_at_a_clause():
    f = facts("Peru and Chile signed a treaty. Mining grew in Peru and politics, the minister said, while education "
              "is among the fields where Peru and Chile agreed to work together.")
    assert (_PAIR, "mining") not in tops(f)
