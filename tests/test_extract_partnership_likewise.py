"""The same level again: "X similarly (likewise) upgraded ties with Y" after a level named in the sentence or
just before is Y's raise to that level with the subject (or the story's side). Our own sentences."""
from __future__ import annotations

from extracting import level_actions

_CSP = "comprehensive strategic partnership"


def test_similarly_in_the_same_sentence_pairs_the_subject():
    got = level_actions("Just days after upgrading relations with Ghana to a comprehensive strategic partner, Kenya has "
                        "similarly enhanced relations with Peru.")
    assert got == {(("GHA", "KEN"), _CSP): "upgrade", (("KEN", "PER"), _CSP): "upgrade"}


def test_likewise_in_the_next_sentence():
    got = level_actions("Kenya upgraded ties with Ghana to a comprehensive strategic partnership. Two days later it "
                        "likewise upgraded ties with Peru.")
    assert got == {(("GHA", "KEN"), _CSP): "upgrade", (("KEN", "PER"), _CSP): "upgrade"}


def test_two_subjects_each_with_their_own_partner():
    got = level_actions("Chile raised ties with Peru to a strategic partnership, and Kenya likewise elevated its "
                        "relations with Ghana.")
    assert set(got) == {(("CHL", "PER"), "strategic partnership"), (("GHA", "KEN"), "strategic partnership")}

