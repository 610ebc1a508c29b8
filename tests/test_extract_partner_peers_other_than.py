"""A ranked roll's other members: "one of only four countries that hold X with Chile, along with A, B and C",
"the only Gulf country other than (besides) A with X with Chile", "the second country after A to establish X
with Chile"; "that status with A and B" after a level; "A and B are both ... partners of Chile". Each
listed country pairs with the roll's owner, never with the country that joins it. Our own sentences."""
from __future__ import annotations

import pytest

from extracting import level_actions

_CSP = "comprehensive strategic partnership"
_SP = "strategic partnership"


def test_one_of_only_n_along_with_others():
    got = level_actions("Kenya is one of only four countries that hold a comprehensive strategic partnership with "
                        "Chile, along with Peru, Ghana and Oman.")
    assert {p for p, _ in got} == {("CHL", "KEN"), ("CHL", "PER"), ("CHL", "GHA"), ("CHL", "OMN")}


@pytest.mark.parametrize("text", [
    "Oman is the only Gulf country other than Qatar with a strategic partnership with Chile.",
    "Oman is the only Gulf country besides Qatar that has a strategic partnership with Chile.",
    "Oman became the second country after Qatar to establish a strategic partnership with Chile.",
])
def test_the_one_other_member_of_a_ranked_roll(text):
    got = level_actions(text)
    assert {p for p, _ in got} == {("CHL", "OMN"), ("CHL", "QAT")}


def test_an_unranked_after_lists_no_peer():
    assert ("OMN", "QAT") not in {p for p, _ in level_actions("Besides Qatar, Oman and Chile are strategic partners.")}


@pytest.mark.parametrize("second", [
    "Chile already has that status with Peru and Ghana.",
    "Chile has held the same status with Peru and Ghana since 2010.",
])
def test_that_status_with_others_after_a_level(second):
    got = level_actions("Chile raised ties with Oman to a comprehensive strategic partnership. " + second)
    assert {p for p, _ in got} == {("CHL", "OMN"), ("CHL", "PER"), ("CHL", "GHA")}


def test_both_partners_of_an_owner():
    got = level_actions("Peru and Ghana are both comprehensive strategic partners of Chile.")
    assert got == {(("CHL", "PER"), _CSP): "reaffirm", (("CHL", "GHA"), _CSP): "reaffirm"}


def test_both_partners_of_no_one_named_is_no_pair():
    assert level_actions("Peru and Ghana are both strategic partners.") == {}
    assert level_actions("Peru and Ghana are strategic partners.") == {(("GHA", "PER"), _SP): "reaffirm"}
