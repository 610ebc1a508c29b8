"""An uncounted "package of documents" whose documents later sentences name is those documents; a "Joint
Understanding on ..." and notes the sides "exchanged ... on" a matter are signed texts of their own; a plan a
memorandum affirms is its topic, no second document."""
from __future__ import annotations

from extracting import facts, signed_docs


def test_a_package_of_documents_named_after_is_the_named_ones():
    f = facts("After the talks the presidents of Chile and Peru signed a package of documents on defence, fisheries and "
              "health. In particular, they signed an agreement on fisheries. A memorandum was also signed between the "
              "health ministries.")
    assert signed_docs(f) == [(("CHL", "PER"), "agreement"), (("CHL", "PER"), "memorandum")]


def test_a_joint_understanding_on_a_matter_is_a_document():
    f = facts("The presidents of Chile and Peru signed the Joint Understanding on Further Reduction of Border Troops.")
    assert signed_docs(f) == [(("CHL", "PER"), "other")]


def test_notes_exchanged_on_a_matter_are_a_document():
    f = facts("Chile and Peru signed a memorandum on health, and the sides exchanged notes on the joint commission on missing persons.")
    assert signed_docs(f) == [(("CHL", "PER"), "memorandum"), (("CHL", "PER"), "other")]


def test_a_plan_a_memorandum_affirms_is_its_topic():
    f = facts("Chile and Peru signed a memorandum affirming a working plan for military cooperation in 2025.")
    assert signed_docs(f) == [(("CHL", "PER"), "memorandum")]
