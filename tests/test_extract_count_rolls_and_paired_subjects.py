"""A count of a country's partners brought to a new figure as newcomers join the ones it lists ("This took the
number of strategic partnerships Peru holds to nine, as the two joined A, B and C"): the one country the count
names holds the level with each listed country, never the listed ones with each other. And two subjects joined
by "and" that act, after a longer clause, "with" a third ("Ghana and Kenya are not the last countries expected to
sign such partnerships with Chile"): each with the third, never with each other. Our own sentences."""
from __future__ import annotations

import pytest

from extracting import level_actions


@pytest.mark.parametrize("text", [
    "Peru upgraded its ties with Oman to a strategic partnership. This took the number of strategic partnerships that "
    "Peru holds to nine, as Oman joined Chile, Ghana and Kenya on the top tier of its diplomacy.",
    "Peru raised its ties with Oman to a strategic partnership. That brought the number of strategic partnerships Peru "
    "has signed to 7, as Oman joined Chile, Ghana and Kenya.",
])
def test_a_count_brought_to_a_figure_gives_its_owner_the_listed_partners(text):
    got = {p for p, _ in level_actions(text)}
    assert {("CHL", "PER"), ("GHA", "PER"), ("KEN", "PER")} <= got
    assert ("CHL", "GHA") not in got and ("GHA", "KEN") not in got


def test_joined_without_a_count_or_rank_lists_no_partners():
    got = {p for p, _ in level_actions("Peru holds a strategic partnership with Oman. Its ministers joined Chile, "
                                        "Ghana and Kenya in a statement on the strategic partnership.")}
    assert ("CHL", "PER") not in got and ("GHA", "PER") not in got


def test_two_subjects_acting_with_a_third_after_a_long_clause_pair_with_it():
    got = level_actions("This month, Chile upgraded its relations with Ghana and Kenya to Comprehensive Strategic "
                        "Partnerships (CSPs). Ghana and Kenya are unlikely to be the last nations to establish CSPs with Chile.")
    assert {p for p, _ in got} == {("CHL", "GHA"), ("CHL", "KEN")}
