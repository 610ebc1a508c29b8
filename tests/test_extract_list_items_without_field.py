"""A list of fields with an abstract noun among them that names no field ("entrepreneurship", "governance"):
the noun does not end the list, so the fields before it share what is said of the list."""
from tests.extracting import facts, tops


def test_fields_before_a_non_field_item_share_the_lists_predicate():
    f = facts("The minister said energy, technology, governance, health and tourism are the priority areas "
              "for deepening the ties between Kenya and Japan.")
    got = tops(f)
    pair = ("JPN", "KEN")
    assert (pair, "energy") in got
    assert (pair, "science-technology") in got
    assert (pair, "health") in got

