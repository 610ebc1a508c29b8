"""The goal formula of diplomatic prose ("for peace, stability and sustainable development") gives no environment,
but a field item inside the list ends the formula: "collaborate to ensure stability, connectivity and
sustainable development" is environment too. Our own text."""
from __future__ import annotations

from tests.extracting import facts, tops


def test_a_field_inside_the_list_ends_the_goal_formula():
    f = facts("Chile and Peru are partners. Both nations work together to ensure stability, connectivity and "
              "sustainable development.\n")
    assert (("CHL", "PER"), "environment") in tops(f)


def test_the_pure_goal_formula_stays_no_field():
    f = facts("Chile and Peru pledged to work for peace, stability, prosperity and sustainable development in "
              "the region.\n")
    assert (("CHL", "PER"), "environment") not in tops(f)
