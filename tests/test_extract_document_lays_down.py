"""A document "which sets out / establishes / outlines" something: what it lays down is its field too; the
relative clause does not end the fields the cue governs."""
from tests.extracting import facts, tops


def test_fields_a_document_sets_out_are_the_pairs():
    f = facts("The ministers of Kenya and Rwanda discussed the roadmap signed last year, which sets out the course "
              "for rail transport and tourism between the two countries.")
    got = tops(f)
    assert (("KEN", "RWA"), "connectivity") in got
    assert (("KEN", "RWA"), "culture") in got
