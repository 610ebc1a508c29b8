"""Documents called bilateral over a roll of partners ("signed bilateral air service pacts with A, B and C")
are one document with each partner; a roll without "bilateral" stays one side's list (no document); a
definition of a kind of document ("... agreements are treaties signed between nations") is no document."""
from __future__ import annotations

from extracting import facts, signed_docs


def test_bilateral_pacts_with_a_roll_of_partners_are_one_per_partner():
    f = facts("Ghana has signed bilateral air service pacts with Kenya, Peru as well as Chile, the minister said on Monday.")
    assert signed_docs(f) == [(("CHL", "GHA"), "agreement"), (("GHA", "KEN"), "agreement"), (("GHA", "PER"), "agreement")]


def test_a_roll_without_bilateral_is_one_sides_list():
    f = facts("Ghana has signed defence agreements with Kenya and Peru.")
    assert signed_docs(f) == []


def test_a_definition_of_a_kind_of_document_is_no_document():
    f = facts("Ghana and Kenya discussed flights on Monday. Bilateral air service agreements are treaties signed "
              "between nations to facilitate commercial air transport.")
    assert signed_docs(f) == []
