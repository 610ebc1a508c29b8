"""Documents in our own sentences: an "outcome document" a summit adopted is a document of the pair (type other);
a document "finalized ... for signing at an early date" is not signed yet."""
from __future__ import annotations

from extracting import facts, signed_docs


def test_an_adopted_outcome_document_is_the_pairs():
    f = facts("Peru and Ghana held talks in Lima on Monday. An outcome document “Horizon 2040: Towards a Century "
              "of Peru-Ghana Relations” was also adopted.", "2023-07-18")
    assert signed_docs(f) == [(("GHA", "PER"), "other")]


def test_a_programme_finalized_for_signing_is_not_signed_yet():
    f = facts("Peru and Ghana have finalized a joint action programme for the 2024-2028 period for signing at an "
              "early date.", "2023-06-26")
    assert signed_docs(f) == []
    assert [(a.type, a.status) for a in f.agreements] == [("plan", "planned")]


def test_a_programme_finalized_on_a_day_is_signed():
    f = facts("Peru and Ghana finalized a joint action programme on trade on Monday.", "2023-06-26")
    assert signed_docs(f) == [(("GHA", "PER"), "plan")]
