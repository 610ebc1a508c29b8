"""The `kg` command through click's CliRunner: exit codes, one-line errors, stdout vs stderr."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import main


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def disk_store(tmp_path):
    from corefacts import load_core

    from kg.store import open_store

    path = tmp_path / "store"
    with open_store(path) as store:
        load_core(store)
    return str(path)


def test_version_and_help(runner):
    assert runner.invoke(main, ["--version"]).output.startswith("kg, version")
    for cmd in ["ingest", "query", "export", "validate", "stats", "serve", "demo", "extract", "load"]:
        res = runner.invoke(main, [cmd, "--help"])
        assert res.exit_code == 0 and "Example" in res.output, cmd


def test_help_does_not_import_heavy_libraries():
    code = ("import sys; from kg.cli import main\n"
            "try: main(['--help'])\nexcept SystemExit: pass\n"
            "heavy = [m for m in ('spacy', 'pyvis', 'pyshacl', 'rdflib', 'networkx', 'trafilatura') if m in sys.modules]\n"
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_query_saved_and_inline(runner, disk_store):
    res = runner.invoke(main, ["query", "partners", "PER", "--store", disk_store])
    assert res.exit_code == 0, res.output
    assert "GHA" in res.output and "comprehensive strategic partnership" in res.output
    res = runner.invoke(main, ["query", "SELECT ?a WHERE { ?c bkg:iso3 ?a } ORDER BY ?a LIMIT 2",
                               "--store", disk_store, "--format", "json"])
    assert json.loads(res.output)["head"]["vars"] == ["a"]


def test_query_list(runner):
    res = runner.invoke(main, ["query", "--list"])
    assert res.exit_code == 0 and "partners" in res.output and "timeline" in res.output


def test_query_from_file(runner, disk_store, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?e a bkg:PartnershipEvent }")
    res = runner.invoke(main, ["query", str(rq), "--store", disk_store, "--format", "csv"])
    assert res.output.splitlines() == ["n", "3"]


@pytest.mark.parametrize("args, message", [
    (["query", "DELETE WHERE { ?s ?p ?o }"], "--update"),
    (["query", "SELECT ?x WHERE { ?x }"], "line 1, column"),
    (["query", "nosuchquery"], "not a saved query"),
    (["query", "partners", "Peru"], "ISO 3166"),
    (["query", "ASK {}", "--format", "turtle"], "CONSTRUCT"),
])
def test_query_errors_are_one_line(runner, disk_store, args, message):
    res = runner.invoke(main, args + ["--store", disk_store])
    assert res.exit_code == 1
    assert message in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert res.stdout == ""


def test_missing_store_is_one_line(runner, tmp_path):
    res = runner.invoke(main, ["query", "ASK {}", "--store", str(tmp_path / "none")])
    assert res.exit_code == 1 and "no store here" in res.stderr


def test_update_runs_with_flag(runner, disk_store):
    res = runner.invoke(main, ["query", "--update", "--store", disk_store,
                               "DELETE WHERE { ?e a bkg:PartnershipEvent ; ?p ?o }"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["query", "ASK { ?e a bkg:PartnershipEvent }", "--store", disk_store])
    assert res.output.strip() == "false"


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "nquads", "trig", "jsonld"])
def test_export_writes_the_file(runner, disk_store, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    res = runner.invoke(main, ["export", "--store", disk_store, "--format", fmt, "--output", str(out)])
    assert res.exit_code == 0, res.output
    assert out.stat().st_size > 10_000 and not (tmp_path / f"g.{fmt}.part").exists()


def test_stats(runner, disk_store):
    res = runner.invoke(main, ["stats", "--store", disk_store, "--format", "json"])
    s = json.loads(res.output)
    assert s["counts"]["relations"] == 2 and s["counts"]["partnership events"] == 3
    assert s["counts"]["articles"] == 3 and s["counts"]["agreements"] == 2
    assert s["top_pairs"][0] == {"a": "GHA", "b": "PER", "articles": 2, "level": "comprehensive strategic partnership"}
