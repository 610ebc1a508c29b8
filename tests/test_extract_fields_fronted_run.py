"""A run of fields said to be among the pair's areas, in our own sentences: "energy and mining are among the areas in
which A and B agreed to cooperate" gives every field of the run, not only the last; "also among" reads the same."""
from __future__ import annotations

from extracting import facts, tops


def test_every_field_of_a_run_among_the_areas_is_the_pairs():
    f = facts("Energy and mining are among the areas in which Peru and Ghana agreed to cooperate.", "2024-01-10")
    assert tops(f) == {(("GHA", "PER"), "energy"), (("GHA", "PER"), "mining")}


def test_also_among_the_fields_reads_the_same():
    f = facts("Peru and Ghana signed a treaty. Education, culture and tourism are also among the fields where Peru "
              "and Ghana agreed to collaborate.", "2024-01-10")
    assert tops(f) == {(("GHA", "PER"), "education"), (("GHA", "PER"), "culture")}


def test_a_bullet_train_project_is_railways():
    f = facts("Peru and Ghana signed four agreements today, putting the bullet train project on track.", "2024-01-10")
    assert (("GHA", "PER"), "connectivity") in tops(f)


def test_e_vehicles_are_the_automotive_industry():
    f = facts("The Peruvian leader called on businesses of Peru and Ghana to invest in new spheres such as e-vehicle "
              "ecosystem development.", "2024-01-10")
    assert (("GHA", "PER"), "industry") in tops(f)


def test_a_field_that_has_emerged_as_a_pillar_is_the_pairs():
    f = facts("Peru and Ghana held talks in Lima. Defence has emerged as an important pillar of the bilateral "
              "relationship.", "2024-01-10")
    assert tops(f) == {(("GHA", "PER"), "defence-security")}


def test_a_field_that_has_become_a_pillar_is_the_pairs():
    f = facts("Peru and Ghana held talks in Lima. Energy has become a key pillar of the relationship.", "2024-01-10")
    assert tops(f) == {(("GHA", "PER"), "energy")}


def test_contacts_between_emergency_services_are_disaster_relief():
    f = facts("Peru and Ghana agreed to build links between their emergency services so as to answer floods "
              "together.", "2024-01-10")
    assert (("GHA", "PER"), "humanitarian") in tops(f)
