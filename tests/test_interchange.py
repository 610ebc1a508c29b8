"""Files other tools read: `kg extract | kg load -`, and exports that a second parser reads
to the same graph while staying readable (no ``\\/`` escapes, a JSON-LD ``@context``)."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from kg.cli import main
from kg.export import ExportFormat, export
from kg.store import open_store

FEED = Path(__file__).parent / "fixtures" / "durability" / "feed.jsonl"
ONTOLOGY_GRAPH = "https://w3id.org/bilateral-kg/graph/ontology"


@pytest.fixture(scope="module")
def fed_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("fed") / "s"
    res = CliRunner().invoke(main, ["ingest", str(FEED), "--store", str(path)])
    assert res.exit_code == 0, res.stderr
    return path


def _export(path, fmt: ExportFormat) -> bytes:
    buf = io.BytesIO()
    with open_store(path, read_only=True) as s:
        export(s, buf, format=fmt)
    return buf.getvalue()


def _graphs(data: bytes, rdflib_format: str) -> dict[str, rdflib.Graph]:
    """Facts and ontology graph as rdflib reads them from a dataset file."""
    ds = rdflib.Dataset()
    ds.parse(data=data.decode("utf-8"), format=rdflib_format)
    out = {"facts": rdflib.Graph(), "ontology": rdflib.Graph()}
    for s, p, o, g in ds.quads((None, None, None, None)):
        out["ontology" if str(g) == ONTOLOGY_GRAPH else "facts"].add((s, p, o))
    return out


def test_extract_piped_into_load_dash_gives_the_graph_of_ingest(fed_store, tmp_path):
    runner = CliRunner()
    nq = runner.invoke(main, ["extract", str(FEED)]).stdout_bytes
    res = runner.invoke(main, ["load", "-", "--store", str(tmp_path / "b")], input=nq)
    assert res.exit_code == 0, res.stderr
    assert _export(tmp_path / "b", ExportFormat.NTRIPLES) == _export(fed_store, ExportFormat.NTRIPLES)


def test_load_dash_reports_bad_rdf_as_one_line(tmp_path):
    res = CliRunner().invoke(main, ["load", "-", "--store", str(tmp_path / "b")], input=b"not rdf <x\n")
    assert res.exit_code == 1 and res.stderr.startswith("kg: error: <stdin>:") and res.stderr.count("\n") == 1


def test_turtle_and_trig_have_no_escaped_slashes_and_a_second_parser_reads_the_same_graph(fed_store):
    expected = _graphs(_export(fed_store, ExportFormat.NQUADS), "nquads")
    ttl = _export(fed_store, ExportFormat.TURTLE)
    assert b"\\/" not in ttl and b"<agreement/" in ttl
    both = expected["facts"] + expected["ontology"]
    assert isomorphic(rdflib.Graph().parse(data=ttl.decode(), format="turtle"), both)
    trig = _export(fed_store, ExportFormat.TRIG)
    assert b"\\/" not in trig
    got = _graphs(trig, "trig")
    assert all(isomorphic(got[k], expected[k]) for k in expected)


def test_jsonld_has_a_context_and_a_second_parser_reads_the_same_dataset(fed_store):
    data = _export(fed_store, ExportFormat.JSONLD)
    doc = json.loads(data)
    assert doc["@context"]["bkg"] == "https://w3id.org/bilateral-kg/ontology#"
    assert any(str(n.get("@id", "")).startswith("id:agreement/") for n in doc["@graph"])
    expected = _graphs(_export(fed_store, ExportFormat.NQUADS), "nquads")
    got = _graphs(data, "json-ld")
    assert all(isomorphic(got[k], expected[k]) for k in expected)
    assert len(got["facts"]) == len(expected["facts"]) > 50 and len(got["ontology"]) > 1000


def test_the_cli_offers_every_registered_export_format():
    from kg.cli.export import export as command
    from kg.export import WRITERS

    choices = next(p for p in command.params if p.name == "fmt").type.choices
    assert list(choices) == [f.value for f in WRITERS] == [f.value for f in ExportFormat]
