"""A sentence opening "Other agreements included an MoU on A" after a package told by its topics adds
documents besides that package: the MoU is one more, not a member told again. Our own sentences."""
from __future__ import annotations

from extracting import facts, signed_docs

_TEXT = ("Peru and Chile signed memoranda of understanding in the fisheries, mining and tourism sectors on Monday. "
         "Other agreements included an MoU on mineral exploration and an agreement on customs.")


def test_other_documents_are_more_than_the_package():
    assert signed_docs(facts(_TEXT)) == [(("CHL", "PER"), "agreement"), (("CHL", "PER"), "memorandum"),
                                         (("CHL", "PER"), "memorandum")]


def test_documents_naming_a_counted_package_stay_its_members():
    text = ("Peru and Chile signed five documents on Monday. "
            "The documents included an MoU on mineral exploration and an agreement on customs.")
    assert signed_docs(facts(text)) == [(("CHL", "PER"), "agreement"), (("CHL", "PER"), "memorandum")]
