"""The README's promises: its SPARQL examples run on the demo corpus and return rows."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.query import run_query, saved_query

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```sparql\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


@pytest.fixture(scope="module")
def demo_store():
    from kg.demo import DEMO_CORPUS
    from kg.ingest import ingest
    from kg.store import open_store

    store = open_store(":memory:")
    report = ingest(store, [DEMO_CORPUS])
    assert report.ok and report.added == 9
    return store


def test_readme_has_examples():
    assert len(BLOCKS) >= 4
    first = README.read_text(encoding="utf-8").split("```sh\n", 1)[1].split("```")[0]
    assert "./dev.sh demo" in first and "./dev.sh test" in first


@pytest.mark.parametrize("sparql", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_query_runs_and_answers(demo_store, sparql):
    assert list(run_query(demo_store, sparql)), "the README example returned nothing on the demo corpus"


@pytest.mark.parametrize("line", re.findall(r"^kg query (\w[\w-]*)((?: [A-Z]{3}| \"[^\"]+\"| [a-z]+)*)",
                                             README.read_text(encoding="utf-8"), flags=re.M))
def test_readme_saved_query_lines_run(demo_store, line):
    name, rest = line
    args = [a.strip('"') for a in re.findall(r'"[^"]+"|\S+', rest)]
    list(run_query(demo_store, saved_query(name).render(args)))


def test_demo_command_writes_its_files(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from kg.cli import main

    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["demo"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "exports" / "demo.ttl").stat().st_size > 10_000
    assert (tmp_path / "exports" / "demo.html").stat().st_size > 10_000
    assert "strongest" in res.output and (tmp_path / "kg-store").is_dir()
