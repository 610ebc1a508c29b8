"""A joint text is agreed, not signed: one the two sides "finalised" is adopted, while an agreement they
finalised still waits for its signing, and a finalised joint text still to be issued is not yet out."""
from __future__ import annotations

from extracting import facts, signed_docs

PAIR = ("BWA", "NOR")


def planned_docs(f):
    return sorted((a.pair, a.type) for a in f.agreements if a.status == "planned")


def test_a_joint_vision_statement_the_two_finalised_is_adopted():
    f = facts("During talks in Oslo on Monday, Norway and Botswana finalised a joint vision statement on "
              "fisheries that will guide their work.")
    assert signed_docs(f) == [(PAIR, "joint-statement")]


def test_an_agreement_the_two_finalised_still_waits_for_its_signing():
    f = facts("During talks in Oslo on Monday, Norway and Botswana finalised an agreement on fisheries.")
    assert signed_docs(f) == []
    assert planned_docs(f) == [(PAIR, "agreement")]


def test_a_finalised_joint_statement_still_to_be_issued_is_planned():
    f = facts("Norway and Botswana finalised a joint statement on fisheries, which is expected to be issued "
              "next week.")
    assert signed_docs(f) == []
