"""A joint statement's list of fields under "cooperation in the following areas:": each bulleted line
names fields of the pair, and a bulleted line that names none of ours does not end the list."""
from __future__ import annotations

from extracting import facts, tops

PAIR = ("GHA", "NOR")


def test_bullets_under_cooperation_in_the_following_areas_are_fields():
    f = facts("Ghana and Norway issued a joint statement on Monday.\n"
              "The two sides agreed on the importance of expanding cooperation in the following areas:\n"
              "• fisheries;\n"
              "• higher education;\n"
              "• public health;")
    assert {(PAIR, "agriculture"), (PAIR, "education"), (PAIR, "health")} <= tops(f)


def test_a_bullet_with_no_field_of_ours_keeps_the_list_open():
    f = facts("Ghana and Norway issued a joint statement on Monday.\n"
              "The two sides agreed to deepen cooperation in the following priority sectors:\n"
              "• customs and justice matters in general;\n"
              "• consular affairs;\n"
              "• renewable energy;")
    assert (PAIR, "energy") in tops(f)


def test_the_list_ends_at_a_line_that_is_no_bullet():
    f = facts("Ghana and Norway issued a joint statement on Monday.\n"
              "The two sides agreed to deepen cooperation in the following areas:\n"
              "• consular affairs;\n"
              "The Norwegian minister later visited a hospital in Accra with his wife and talked about the weather.")
    assert (PAIR, "health") not in tops(f)

