"""A document a bloc or body adopts, the body named right before the verb ("the OECD Council adopted the accession
road map for Ghana's membership, backed by Peru"), is that body's act, not a document between the two countries the
sentence names; the pair adopting a document still signs it, even beside a body named elsewhere."""
from __future__ import annotations

from extracting import facts, signed_docs


def test_body_adopting_a_road_map_gives_the_pair_no_document():
    f = facts("In March, the OECD Council adopted the accession road map for Ghana's membership, which Peru has "
              "long backed.")
    assert signed_docs(f) == []


def test_pair_adopting_a_road_map_beside_a_body_named_earlier_signs_it():
    f = facts("The OECD praised Ghana, and Peru and Ghana adopted a road map on trade on Monday.")
    assert signed_docs(f) == [(("GHA", "PER"), "plan")]
