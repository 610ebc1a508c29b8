"""Published partnership designations, each in one plain sentence, through the extractor and the ladder.

The table (tests/fixtures/designations.tsv) holds formal designations collected from public tables of
China's, Vietnam's, India's, Japan's and Russia's partnerships, with the published orderings between
them: a designation announced as an upgrade of another ranks higher, renderings of one term are one
concept, and an ending or an extra qualifier never lowers a rank.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.countries import countries
from kg.extract import extract
from kg.facts import Article, pair
from kg.ladder import find_level, normalize_level, rank_of

TABLE = Path(__file__).parent / "fixtures" / "designations.tsv"

# wordings the extractor cannot yet keep whole; the reason names the recogniser change they need
RECOGNISER_GAPS: dict[str, str] = {}


@dataclass(frozen=True)
class Row:
    designation: str
    countries: tuple[str, str]
    expect: tuple[tuple[str, str], ...]  # (kind, argument)
    source: str


def _rows() -> list[Row]:
    rows = []
    with TABLE.open(encoding="utf-8") as f:
        for rec in csv.reader((ln for ln in f if ln.strip() and not ln.startswith("#")), delimiter="\t"):
            designation, countries, expect, source = rec
            a, b = (c.strip() for c in countries.split(","))
            kinds = tuple((k.partition("=")[0].strip(), k.partition("=")[2].strip())
                          for k in expect.split(";") if k.strip())
            rows.append(Row(designation, (a, b), kinds, source))
    return rows


ROWS = _rows()
_ISO = {c.pref_label: c.iso3 for c in countries()}
BY_NAME = {r.designation: r for r in ROWS}


def _sentence(row: Row) -> str:
    a, b = row.countries
    article = "an" if row.designation[0] in "aeiou" else "a"
    return f"On Monday {a} and {b} agreed on {article} {row.designation}."


def _levels_found(row: Row) -> list[str]:
    """Normalised levels the extractor gives for the row's pair from its sentence."""
    facts = extract(Article(text=_sentence(row), id="t"))
    want = pair(*(_ISO[c] for c in row.countries))
    return [normalize_level(p.level) for p in facts.partnerships if p.pair == want]


def _gap(row: Row):
    reason = RECOGNISER_GAPS.get(row.designation)
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def _is_level(row: Row) -> bool:
    return all(kind != "none" for kind, _ in row.expect)


LEVEL_ROWS = [pytest.param(r, id=r.designation, marks=_gap(r)) for r in ROWS if _is_level(r)]


def test_table_names_real_pairs_and_known_references():
    assert len(BY_NAME) == len(ROWS), "a designation is listed twice"
    for row in ROWS:
        assert all(c in _ISO for c in row.countries), row.designation
        for kind, arg in row.expect:
            assert kind in {"level", "concept", "same", "above", "atleast", "none"}, (row.designation, kind)
            if kind in {"same", "above", "atleast"}:
                assert arg in BY_NAME, f"{row.designation}: {arg} is not in the table"


@pytest.mark.parametrize("row", LEVEL_ROWS)
def test_designation_is_recognised_with_its_whole_wording(row):
    assert _levels_found(row) == [normalize_level(row.designation)]


@pytest.mark.parametrize("row", [pytest.param(r, id=r.designation) for r in ROWS if not _is_level(r)])
def test_sector_partnerships_slogans_and_alliances_are_no_level(row):
    assert _levels_found(row) == []


@pytest.mark.parametrize("row", [pytest.param(r, id=r.designation) for r in ROWS
                                 if any(k == "concept" for k, _ in r.expect)])
def test_designation_is_its_ladder_concept(row):
    slug = next(arg for kind, arg in row.expect if kind == "concept")
    assert find_level(row.designation) == slug


ORDERINGS = [pytest.param(r, kind, arg, id=f"{r.designation} {kind} {arg}")
             for r in ROWS for kind, arg in r.expect if kind in {"same", "above", "atleast"}]


@pytest.mark.parametrize("row, kind, other", ORDERINGS)
def test_published_ordering_holds(row, kind, other):
    mine, theirs = rank_of(row.designation), rank_of(other)
    if kind == "same":
        assert find_level(row.designation) is not None
        assert find_level(row.designation) == find_level(other)
    elif kind == "above":
        assert mine > theirs, f"{row.designation} ({mine}) must outrank {other} ({theirs})"
    else:
        assert mine >= theirs, f"{row.designation} ({mine}) must not rank below {other} ({theirs})"
