"""The partnership ladder read from ontology/levels.ttl."""
from __future__ import annotations

import pytest

from kg.ladder import find_level, levels, normalize_level, rank_by_rule, rank_of


@pytest.mark.parametrize("wording, normal", [
    ("The Comprehensive Strategic Partnership", "comprehensive strategic partnership"),
    ("all-weather  strategic cooperative partnership", "all weather strategic cooperative partnership"),
    ("bilateral strategic partnership for a new era", "strategic partnership for new era"),
])
def test_normalize(wording, normal):
    assert normalize_level(wording) == normal


@pytest.mark.parametrize("wording, slug", [
    ("comprehensive strategic partnership", "comprehensive-strategic-partnership"),
    ("Special Privileged Strategic Partnership", "special-and-privileged-strategic-partnership"),
    ("strategic partnership of cooperation", "strategic-cooperative-partnership"),
    ("comprehensive strategic partnership of coordination for a new era",
     "comprehensive-strategic-partnership-of-coordination-for-a-new-era"),
    ("reinforced exceptional partnership", None),
])
def test_find_level(wording, slug):
    assert find_level(wording) == slug


def test_ladder_is_ordered_and_labels_are_unique():
    seen = {}
    for lv in levels():
        for label in lv.labels:
            assert label not in seen, f"{label} in {lv.slug} and {seen[label]}"
            seen[label] = lv.slug
    assert rank_of("comprehensive strategic partnership") > rank_of("strategic partnership") > rank_of("partnership")
    assert rank_of("all-weather strategic cooperative partnership") > rank_of("comprehensive strategic partnership")


def test_rank_by_rule_orders_new_wordings_by_their_words():
    assert rank_by_rule("comprehensive strategic partnership for peace and prosperity") > rank_by_rule("strategic partnership")
    assert rank_by_rule("exceptional partnership") > rank_by_rule("partnership")
    assert rank_by_rule("") >= 1
