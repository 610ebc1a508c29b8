"""Text wrapped at a fixed width (a statement pasted from a PDF): a line cut after a word no sentence ends
with ("of the", "and") goes on with the next line even when that line starts with a capital, so the
founding said across the cut stays a founding; a headline line before a capitalised one stays apart."""
from __future__ import annotations

from extracting import facts

PAIR = ("IRL", "URY")


def test_a_founding_wrapped_after_of_the_stays_a_founding():
    f = facts("The leaders of Ireland and Uruguay praised their ties, especially since the establishment "
              "of the\n\"Strategic Partnership\" in 2009, and exchanged views.")
    # the founding in 2009 is read across the cut (the praise may add today's holding beside it)
    assert (PAIR, "strategic partnership", "establish", 2009) in {
        (p.pair, p.level, p.action, p.year) for p in f.partnerships}


def test_a_line_ending_in_a_full_word_still_ends_there():
    f = facts("Ireland and Uruguay sign water pact\nUruguay and Ireland signed a treaty on water on Monday.")
    assert sorted(a.type for a in f.agreements if a.status == "signed") == ["treaty"]


def test_a_joint_statement_wrapped_and_told_again_undated_is_one_text():
    f = facts("The Ireland-Uruguay Joint Statement was\nadopted during the visit from June 10 to 12, 2025.\n"
              "We introduce the\nfull text of the Ireland-Uruguay Joint Statement on the Strategic\nPartnership.")
    assert sorted(a.type for a in f.agreements if a.status == "signed") == ["joint-statement"]
