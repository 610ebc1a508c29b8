"""Extraction measured on a third held-out set, written by one author who never saw the other two.

These 20 texts (tests/fixtures/heldout3/) are long wire and ministry pages (300-700 words) with
the bilateral facts scattered among background: Xinhua-style meetings with Latin American,
African, Central Asian and Pacific partners, an MEA visit preview and outcome list, Kremlin and
TASS readouts, Vietnamese upgrade stories, Gulf, Turkish and Iranian diplomacy, European
treaties and action plans, African pairs and a US joint statement. Hard cases: three meetings
on a summit's sidelines, a level only inside a quote, counted packages with only some
documents named, unusual level wordings and an earlier treaty between a third pair. Scoring is
the first held-out set's, pointed at this file.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import test_heldout as base

GOLD = Path(__file__).resolve().parent / "fixtures" / "heldout3" / "heldout3.jsonl"

# Floors: the figures measured at the end of the 2026-11-27 session minus about 0.05 (the
# first blind scores are in the README); they catch regressions, not targets.
FLOORS = {"partnership": 0.95, "cooperation": 0.82, "agreement": 0.85}
DETAIL_FLOORS = {"action": 0.95, "date": 0.70}
TYPES = {"joint-statement", "joint-declaration", "memorandum", "agreement", "treaty", "plan", "protocol", "other"}
ACTIONS = {"upgrade", "establish", "reaffirm", "downgrade"}


def _rows():
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.heldout
def test_third_heldout_extraction_keeps_its_floors():
    base.check_floors(FLOORS, DETAIL_FLOORS, label="third held-out", gold_path=GOLD)


@pytest.mark.heldout
def test_third_heldout_gold_is_well_formed():
    """Sorted ISO pairs, known ids, verbatim evidence, dates not after publication."""
    fields = set(base._top_fields().values())
    rows = _rows()
    assert len(rows) == 20 and len({r["id"] for r in rows}) == 20
    for r in rows:
        assert r["url"] == f"https://heldout3.example/{r['id']}", r["id"]
        assert 300 <= len(r["text"].split()) <= 700, r["id"]
        published = dt.date.fromisoformat(r["published"])
        g = r["gold"]
        for x in g["partnerships"] + g["cooperation"] + g["agreements"]:
            pair = x["countries"]
            assert pair == sorted(pair) and len(set(pair)) == 2, (r["id"], x)
            assert all(len(c) == 3 and c.isupper() for c in pair), (r["id"], x)
            assert x["evidence"] in r["text"], (r["id"], x["evidence"])
        for x in g["partnerships"] + g["agreements"]:
            assert x["date"] is None or dt.date.fromisoformat(x["date"]) <= published, (r["id"], x)
        for x in g["partnerships"]:
            assert x["action"] in ACTIONS and x["level"] == x["level"].lower(), (r["id"], x)
        assert all(x["field"] in fields for x in g["cooperation"]), r["id"]
        coop = {(tuple(x["countries"]), x["field"]) for x in g["cooperation"]}
        assert len(coop) == len(g["cooperation"]), f"{r['id']}: one cooperation entry per pair and field"
        for x in g["agreements"]:
            assert x["type"] in TYPES and set(x["fields"]) <= fields, (r["id"], x)
            assert {(tuple(x["countries"]), f) for f in x["fields"]} <= coop, (r["id"], x)
