"""Facilities the pair opens together are cooperation in their field."""
from extracting import facts


def fields_of(text):
    return {c.field for c in facts(text, "2025-06-04").cooperation}


def test_a_line_the_pair_inaugurates_is_its_field():
    assert "power-grid" in fields_of("Zambia and Malawi inaugurated a power transmission line between the two countries.")


def test_a_joint_plant_is_its_field():
    assert fields_of("Zambia and Malawi opened a joint hydropower plant on the border.") & {"renewable-energy", "energy",
                                                                                              "hydropower"}


def test_a_plant_one_side_opens_alone_is_its_own():
    assert not fields_of("Zambia inaugurated a new hydropower plant on Monday.")
