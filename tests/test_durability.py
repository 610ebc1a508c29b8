"""Nothing lost: an ingest SIGKILLed at any step of its write cycle leaves a store that validates
and equals a clean ingest of the articles it holds; a store missing a level does not validate."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.export import ExportFormat, export
from kg.store import open_store

FEED = Path(__file__).parent / "fixtures" / "durability" / "feed.jsonl"
ROOT = Path(__file__).resolve().parents[1]


def _kg(*args, env_extra=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, env=env, check=False, timeout=120)


def _nt(path) -> bytes:
    buf = io.BytesIO()
    with open_store(path, read_only=True) as s:
        export(s, buf, format=ExportFormat.NTRIPLES)
    return buf.getvalue()


def _stored_ids(path) -> list[str]:
    with open_store(path, read_only=True) as s:
        rows = s.query("SELECT ?k WHERE { ?a a <https://w3id.org/bilateral-kg/ontology#Article> ; "
                       "<http://purl.org/dc/terms/identifier> ?k }")
        return sorted(str(r["k"].value) for r in rows)


def _clean_ingest(tmp_path, ids: list[str], name: str) -> Path:
    """A fresh store holding exactly these articles of the feed."""
    lines = [line for line in FEED.read_text(encoding="utf-8").splitlines() if json.loads(line)["id"] in ids]
    feed = tmp_path / f"{name}.jsonl"
    feed.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    store = tmp_path / name
    if lines:
        assert _kg("ingest", str(feed), "--store", str(store), "--batch-size", "1").returncode == 0
    else:
        open_store(store).close()
    return store


KILL_POINTS = [f"{step}:{n}" for n in (1, 2, 3) for step in ("before-write", "after-write")]


@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_killed_ingest_leaves_a_valid_store_equal_to_a_clean_ingest_of_what_it_holds(tmp_path, point):
    store = tmp_path / "killed"
    killed = _kg("ingest", str(FEED), "--store", str(store), "--batch-size", "1",
                 env_extra={"KG_TEST_KILL_AT": point})
    assert killed.returncode == -9, killed.stderr  # the hook fired: the process died by SIGKILL
    check = _kg("validate", "--store", str(store))
    assert check.returncode == 0, check.stdout + check.stderr
    held = _stored_ids(store)
    assert _nt(store) == _nt(_clean_ingest(tmp_path, held, "clean"))
    # ... and ingesting everything again completes the store as a clean full ingest would.
    assert _kg("ingest", str(FEED), "--store", str(store)).returncode == 0
    assert _nt(store) == _nt(_clean_ingest(tmp_path, ["d1", "d2", "d3", "d4"], "full"))


def test_validate_reports_a_relation_whose_events_lost_their_level(tmp_path):
    from kg.validate import validate_store

    store = tmp_path / "s"
    assert _kg("ingest", str(FEED), "--store", str(store)).returncode == 0
    with open_store(store) as s:
        s.update("DELETE WHERE { <https://w3id.org/bilateral-kg/id/relation/CHL-PER> "
                 "<https://w3id.org/bilateral-kg/ontology#partnershipLevel> ?l }")
        report = validate_store(s)
    assert not report.conforms
    assert any(v.focus.endswith("relation/CHL-PER") and "no current level" in v.message for v in report.violations)
