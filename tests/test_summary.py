"""The relations' stored summaries (kg/summary.py): every write path keeps them equal to what the
facts say, and the page drawn from them is the page drawn from the facts."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from vizdata import load_facts, viz_facts

from kg import summary
from kg.analyze import Layer, Measure, Selection, load_graph
from kg.facts import Article, ArticleFacts, CooperationFact, Mention, PartnershipFact
from kg.store import open_store
from kg.viz import VizOptions, page_html

ALL_LAYERS = frozenset({Layer.FIELDS, Layer.AGREEMENTS})


_PARTS = {"https://w3id.org/bilateral-kg/ontology#summary": "page",
          "https://w3id.org/bilateral-kg/ontology#summaryRecord": "r"}


def _stored(store) -> dict:
    """Relation IRI -> its stored page part and record (parsed)."""
    out: dict = {}
    for r in store.query("SELECT ?r ?p ?s WHERE { VALUES ?p { " + " ".join(f"<{p}>" for p in _PARTS)
                         + " } ?r ?p ?s }"):
        out.setdefault(r[0].value, {})[_PARTS[r[1].value]] = json.loads(r[2].value)
    return out


def _derived(store) -> dict:
    """What the facts give now, in the stored form."""
    out: dict = {}
    for q in summary._quads(summary.derive(store)):
        out.setdefault(q.subject.value, {})[_PARTS[q.predicate.value]] = json.loads(q.object.value)
    return out


def _facts_store():
    s = open_store(":memory:")
    load_facts(s, viz_facts())  # the facts alone, as an older kg or another tool leaves a store
    return s


@pytest.mark.parametrize("options", [
    VizOptions(), VizOptions(layers=ALL_LAYERS), VizOptions(layers=ALL_LAYERS, min_level="strategic partnership"),
    VizOptions(layers=ALL_LAYERS, field="energy"), VizOptions(country="KAZ", depth=1, layers=ALL_LAYERS),
], ids=["plain", "layers", "min-level", "field", "around-KAZ"])
def test_the_page_from_summaries_is_the_page_from_the_facts(options):
    store = _facts_store()
    assert summary.read(store) is None  # no summaries yet: the page reads every fact
    from_facts = page_html(load_graph(store, options, layers=options.layers, evidence=3), options=options)
    assert summary.refresh(store) > 0
    assert summary.read(store) is not None
    from_summaries = page_html(load_graph(store, options, layers=options.layers, evidence=3), options=options)
    assert from_summaries == from_facts


def test_the_year_slider_from_summaries_is_the_slider_from_the_facts(tmp_path, monkeypatch):
    from kg import history
    from kg.viz import render

    store = _facts_store()
    render(store, tmp_path / "facts.html")
    summary.refresh(store)
    monkeypatch.setattr(history, "page_time", lambda *a, **k: pytest.fail("the slider's data asked of the facts"))
    render(store, tmp_path / "summaries.html")
    page = (tmp_path / "summaries.html").read_bytes()
    assert b'"time":{"edges":[[' in page and b'"conflicts":[' in page
    assert page == (tmp_path / "facts.html").read_bytes()


def test_fewer_sentences_than_stored_are_cut_from_the_summary():
    store = _facts_store()
    long_way = load_graph(store, Selection(), evidence=1)
    summary.refresh(store)
    short = load_graph(store, Selection(), evidence=1)
    assert [d["evidence"] for *_, d in short.edges(data=True)] == [d["evidence"] for *_, d in long_way.edges(data=True)]
    assert all(len(d["evidence"]) <= 1 for *_, d in short.edges(data=True))


def _summarised_store(change: str):
    """A store whose summaries were derived, then changed by the SPARQL update ``change``."""
    store = _facts_store()
    summary.refresh(store)
    store.update("PREFIX bkg: <https://w3id.org/bilateral-kg/ontology#> " + change)
    return store


def _summaries_set_to(json_text: str) -> str:
    return ('DELETE { ?r bkg:summary ?s } INSERT { ?r bkg:summary "' + json_text.replace('"', '\\"')
            + '"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON> } WHERE { ?r bkg:summary ?s }')


def test_a_date_window_is_read_from_the_facts_not_the_summaries():
    store = _summarised_store(_summaries_set_to('{"v":1}'))
    window = load_graph(store, Selection(until=dt.date(2012, 1, 1)))
    assert window.number_of_edges() > 0  # the emptied summaries were not used


def test_summaries_of_an_older_shape_are_ignored():
    store = _summarised_store(_summaries_set_to('{"v":0}'))
    assert summary.read(store) is None


def test_a_relation_without_a_summary_sends_the_page_the_long_way():
    store = _summarised_store("DELETE WHERE { <https://w3id.org/bilateral-kg/id/relation/CHN-KAZ> bkg:summary ?s }")
    assert summary.read(store) is None


def test_a_relation_without_its_record_sends_filters_the_long_way_and_the_default_page_not():
    store = _summarised_store("DELETE WHERE { <https://w3id.org/bilateral-kg/id/relation/CHN-KAZ> bkg:summaryRecord ?s }")
    assert summary.read(store) is None  # filters and layers need the record
    assert summary.read_pages(store) is not None  # the default page needs only the page part


def _article(key: str, text: str, day: dt.date) -> Article:
    return Article(text, id=key, title=f"title {key}", url=f"https://news.example/{key}", published=day)


def _ingest(store, facts: list[ArticleFacts], *, replace: bool = False):
    from kg.ingest import ingest_articles

    by_key = {f.article.key: f for f in facts}
    return ingest_articles(store, [f.article for f in facts], replace=replace, batch_size=2,
                           extract=lambda arts: (by_key[a.key] for a in arts))


def _upgrade(key: str, level: str, day: dt.date, field: str | None = None) -> ArticleFacts:
    text = f"Chile and Peru agreed on a {level}. They will work on {field or 'nothing'}."
    art = _article(key, text, day)
    first, second = Mention(0, text.index(".") + 1, text), Mention(text.index(".") + 2, len(text), text)
    coop = (CooperationFact(("CHL", "PER"), field, (second,)),) if field else ()
    return ArticleFacts(art, partnerships=(PartnershipFact(("CHL", "PER"), level, "establish", day,
                                                           mentions=(first,)),), cooperation=coop)


def test_ingest_keeps_every_touched_summary_current():
    store = open_store(":memory:")
    _ingest(store, viz_facts())
    assert _stored(store) == _derived(store)
    _ingest(store, [_upgrade("cp-1", "strategic partnership", dt.date(2016, 3, 1), "mining")])
    stored = _stored(store)
    assert stored == _derived(store)
    assert stored["https://w3id.org/bilateral-kg/id/relation/CHL-PER"]["r"]["level_label"] == "strategic partnership"


def test_ingest_replace_rewrites_and_drops_summaries():
    store = open_store(":memory:")
    _ingest(store, viz_facts() + [_upgrade("cp-1", "strategic partnership", dt.date(2016, 3, 1), "mining")])
    changed = _upgrade("cp-1", "comprehensive strategic partnership", dt.date(2016, 3, 1))
    changed = dataclasses.replace(changed, article=dataclasses.replace(changed.article, text=changed.article.text + " "))
    report = _ingest(store, [changed], replace=True)
    assert report.replaced == 1
    stored = _stored(store)
    assert stored == _derived(store)
    rec = stored["https://w3id.org/bilateral-kg/id/relation/CHL-PER"]["r"]
    assert rec["level_label"] == "comprehensive strategic partnership" and rec["fields"] == []


def test_kg_load_writes_the_summaries(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    source = _facts_store()
    nq = tmp_path / "facts.nq"
    with open(nq, "wb") as out:
        source.dump(out, format=__import__("pyoxigraph").RdfFormat.N_QUADS, from_graph=__import__("pyoxigraph").DefaultGraph())
    res = CliRunner().invoke(main, ["load", str(nq), "--store", str(tmp_path / "s")])
    assert res.exit_code == 0, res.output
    store = open_store(str(tmp_path / "s"))
    try:
        assert summary.read(store) is not None
        assert _stored(store) == _derived(store)
    finally:
        store.close()


def test_summaries_pass_the_shapes():
    from kg.validate import validate_store

    store = open_store(":memory:")
    _ingest(store, viz_facts())
    assert _stored(store)
    report = validate_store(store)
    assert report.conforms, report.text()[:2000]


@pytest.mark.parametrize("size_by", list(Measure), ids=lambda m: m.value)
def test_the_default_page_from_page_parts_is_the_page_from_the_facts(tmp_path, size_by):
    """The default page skips networkx and the records (kg.viz reads only the page parts): same bytes."""
    from kg.viz import render

    store = _facts_store()
    options = VizOptions(size_by=size_by)
    render(store, tmp_path / "facts.html", options=options)
    summary.refresh(store)
    assert summary.read_pages(store) is not None
    drawing = render(store, tmp_path / "parts.html", options=options)
    assert drawing.edges > 0
    assert (tmp_path / "parts.html").read_bytes() == (tmp_path / "facts.html").read_bytes()


def test_a_summary_in_another_shape_sends_the_page_the_long_way():
    store = _summarised_store(_summaries_set_to('{"p":[], "v":3}'))
    assert summary.read_pages(store) is None
