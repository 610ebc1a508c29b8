"""An office named after documents ("the General Bureau of Protocol") is no document; a document named
after a level whose own clause raises the ties to another level founds only that one; human-resources
development is training. Our own sentences."""
from __future__ import annotations

from extracting import facts, level_actions, signed_docs, tops


def test_bureau_of_protocol_is_no_document():
    f = facts("Peru and Chile met at the office of the General Bureau of Protocol of the Peruvian Foreign Ministry "
              "and signed a memorandum on fisheries.")
    assert signed_docs(f) == [(("CHL", "PER"), "memorandum")]


def test_titled_agreement_that_raises_ties_founds_only_the_level_it_sets():
    got = level_actions("Peru and Chile signed the 'Strategic Partnership Agreement', which upgrades their relations "
                        "to the level of a long-term strategic partnership.")
    assert got == {(("CHL", "PER"), "long-term strategic partnership"): "upgrade"}


def test_titled_agreement_alone_still_founds_its_level():
    got = level_actions("Peru and Chile signed the Strategic Partnership Agreement on Monday.")
    assert got.get((("CHL", "PER"), "strategic partnership")) == "establish"


def test_human_resources_development_is_education():
    f = facts("Peru and Chile signed a memorandum on human-resources development co-operation.")
    assert (("CHL", "PER"), "education") in tops(f)
