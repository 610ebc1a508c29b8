"""The benchmark suite runs end to end at small scale and writes every section; its generators are deterministic.

Nothing here asserts how fast anything is: only that the figures exist.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = {"extraction", "cluster", "store", "query", "export", "drawing", "startup", "time"}


@pytest.fixture(scope="module")
def small_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench") / "small.json"
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--scale", "small",
                           "--output", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=900)
    return proc, out


def test_small_run_writes_every_section(small_run):
    proc, out = small_run
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert set(result["sections"]) == SECTIONS
    for name, entry in result["sections"].items():
        assert entry["status"] in ("ok", "unavailable"), (name, entry.get("error"))
    assert result["figures"], "no figure measured"
    assert result["commit"] and result["machine"]["cores"]


def test_every_available_section_has_a_figure_with_a_baseline(small_run):
    _, out = small_run
    result = json.loads(out.read_text(encoding="utf-8"))
    by_section = {f["section"] for f in result["figures"] if f["value"] is not None and f["baseline"]}
    ok = {n for n, e in result["sections"].items() if e["status"] == "ok"}
    assert ok <= by_section


def test_summary_table_is_printed(small_run):
    proc, _ = small_run
    assert "figure" in proc.stdout and "baseline" in proc.stdout and "ratio" in proc.stdout


def test_corpus_is_deterministic_and_noisy():
    from benchmarks import corpus

    a, b = corpus.generate(12, seed=3), corpus.generate(12, seed=3)
    assert a == b
    assert corpus.generate(12, seed=4) != a
    assert len({r["id"] for r in a}) == 12
    # A scraped page's noise: the headline repeated somewhere, navigation words, a related-stories box.
    assert any(r["text"].count(r["title"]) > 1 for r in a)
    assert all("Related stories" in r["text"] for r in a)


@pytest.mark.parametrize("triples", [3_000, 12_000])
def test_graph_is_valid_ntriples_in_the_project_shape(tmp_path, triples):
    import pyoxigraph as ox

    from benchmarks import graphgen

    info = graphgen.generate(tmp_path / "g.nt", graphgen.spec_for(triples))
    again = graphgen.generate(tmp_path / "h.nt", graphgen.spec_for(triples))
    assert (tmp_path / "g.nt").read_bytes() == (tmp_path / "h.nt").read_bytes()
    quads = list(ox.parse(path=str(tmp_path / "g.nt"), format=ox.RdfFormat.N_TRIPLES))
    assert len(quads) == info.triples == again.triples
    assert len(set(quads)) == len(quads), "duplicate triples"
    store = ox.Store()
    store.extend(quads)
    bkg = "https://w3id.org/bilateral-kg/ontology#"
    # Every relation has exactly two parties; every fact derives from a mention of an article.
    assert not list(store.query(
        f"SELECT ?r WHERE {{ ?r a <{bkg}BilateralRelation> ; <{bkg}party> ?p }} GROUP BY ?r HAVING (COUNT(?p) != 2)"))
    assert not list(store.query(
        f"SELECT ?x WHERE {{ {{ ?x a <{bkg}PartnershipEvent> }} UNION {{ ?x a <{bkg}CooperationStatement> }} "
        f"UNION {{ ?x a <{bkg}Agreement> }} FILTER NOT EXISTS {{ ?x <http://www.w3.org/ns/prov#wasDerivedFrom>/"
        f"<{bkg}article>/a <{bkg}Article> }} }}"))
    hub = f"<https://w3id.org/bilateral-kg/id/relation/{info.hub[0]}-{info.hub[1]}>"
    assert bool(store.query(f"ASK {{ ?e <{bkg}relation> {hub} ; a <{bkg}PartnershipEvent> }}"))
