"""The partnership ladder read from ontology/levels.ttl."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.ladder import find_level, labels, levels, normalize_level, rank_by_rule, rank_of


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


def _in_order(big: str, small: str) -> bool:
    it = iter(normalize_level(big).split())
    return all(w in it for w in normalize_level(small).split())


def test_no_designation_ranks_below_one_it_contains():
    """Rule 3 of the ladder: an ending or an extra qualifier never lowers a rank."""
    worded = [(label, lv) for lv in levels() for label in lv.labels]
    for big, lv in worded:
        for small, other in worded:
            if other is not lv and _in_order(big, small):
                assert lv.rank >= other.rank, f"{big} ({lv.rank}) ranks below {small} ({other.rank})"


def test_ranks_stay_in_the_documented_tiers():
    assert all(10 <= lv.rank <= 99 for lv in levels())
    assert rank_of("partnership") < 20 <= rank_of("comprehensive partnership") < 40
    assert 40 <= rank_of("strategic partnership") < rank_of("comprehensive strategic partnership") < 85
    assert rank_of("all-weather strategic partnership") >= 85 and rank_of("permanent comprehensive strategic partnership") >= 85


def test_a_time_or_purpose_ending_never_lowers_the_rule_rank():
    for lv in levels():
        for label in lv.labels:
            assert rank_by_rule(label + " for the 21st century") >= lv.rank, label
            assert rank_by_rule(label + " for peace and prosperity") >= lv.rank, label


def test_a_qualifier_raises_the_rule_rank():
    assert rank_by_rule("full cooperative partnership") > rank_of("cooperative partnership")
    assert rank_by_rule("reinforced exceptional partnership") > rank_of("exceptional partnership")
    assert rank_by_rule("closer comprehensive partnership of cooperation") > rank_of("comprehensive cooperative partnership")
    assert rank_by_rule("strategic partnership and alliance relations") >= rank_of("strategic partnership and alliance")


_WORDS = ["comprehensive", "strategic", "cooperative", "all-weather", "special", "global", "for", "new", "era",
          "of", "coordination", "full", "friendly", "21st", "century", "and", "alliance", "innovative"]


@given(st.lists(st.sampled_from(_WORDS), max_size=5), st.sampled_from(_WORDS), st.integers(0, 6))
def test_inserting_a_word_never_lowers_the_rule_rank(words, extra, at):
    wording = words + ["partnership"]
    longer = wording[:at] + [extra] + wording[at:]
    assert rank_by_rule(" ".join(longer)) >= rank_by_rule(" ".join(wording))


def test_labels_are_every_wording_longest_first():
    got = labels()
    assert set(got) == {label for lv in levels() for label in lv.labels}
    assert [len(w) for w in got] == sorted((len(w) for w in got), reverse=True)


def test_other_languages_files_add_labels_but_not_the_english_label(tmp_path, monkeypatch):
    from kg import ladder

    (tmp_path / "levels.ttl").write_text((ladder.ONTOLOGY_DIR / "levels.ttl").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "levels-xx.ttl").write_text(
        '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n'
        '<https://w3id.org/bilateral-kg/id/level/strategic-partnership> skos:prefLabel "Aaa strategic"@xx .\n',
        encoding="utf-8")
    monkeypatch.setattr(ladder, "ONTOLOGY_DIR", tmp_path)
    for cached in (ladder.levels, ladder._by_label, ladder._ladder_tokens, ladder.rank_by_rule):
        cached.cache_clear()
    try:
        assert find_level("aaa strategic") == "strategic-partnership"
        assert next(lv.label for lv in levels() if lv.slug == "strategic-partnership") == "strategic partnership"
    finally:
        monkeypatch.undo()
        for cached in (ladder.levels, ladder._by_label, ladder._ladder_tokens, ladder.rank_by_rule):
            cached.cache_clear()
