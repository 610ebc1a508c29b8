"""A minister meeting many counterparts tweets about each: "Delighted to meet FM <name> of X", "Welcoming a close
partner, FM @handle of X": the country of the minister met, with the side meeting them, is the pair of what follows."""
from __future__ import annotations

from extracting import facts, signed_docs

OPEN = ("New York: Foreign Minister Vivian Balakrishnan of Singapore has held ten bilateral meetings with his "
        "counterparts on the sidelines of the UN General Assembly.\n")


def test_welcoming_a_minister_by_handle_opens_that_pair():
    f = facts(OPEN + "\"Welcoming a close and trusted partner, FM @PeaceMaker of Ghana.\n"
              "Will jointly implement the roadmap of our cooperation,\" he tweeted.")
    assert signed_docs(f) == [(("GHA", "SGP"), "plan")]


def test_meeting_a_minister_by_name_opens_that_pair():
    f = facts(OPEN + "\"Delighted to meet FM Jane Doe of Ghana again.\n"
              "We agreed to implement the action plan of our ties,\" he said.")
    assert signed_docs(f) == [(("GHA", "SGP"), "plan")]
