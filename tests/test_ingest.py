"""`kg ingest` end to end: bad inputs, idempotence, transactions, extract | load equivalence."""
from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.export import ExportFormat, export
from kg.store import open_store

GOOD = ("Mongolia and Kazakhstan upgrade ties to strategic partnership\n\n"
        "ULAANBAATAR, May 6, 2025 -- Mongolia and Kazakhstan on Tuesday upgraded their relations to a strategic "
        "partnership, Mongolian President Ukhnaagiin Khurelsukh said after talks with Kazakh President "
        "Kassym-Jomart Tokayev.\n\nThe two sides signed an agreement on road transport and agreed to expand "
        "cooperation in agriculture and mining.\n")
OTHER = ("Peru, Thailand sign fisheries memorandum\n\nLIMA -- Peru and Thailand signed a memorandum of "
         "understanding on fisheries cooperation on Monday, the Peruvian foreign ministry said.\n")


def count(store_path, cls):
    with open_store(store_path, read_only=True) as s:
        return int(next(iter(s.query(f"SELECT (COUNT(?x) AS ?n) WHERE {{ ?x a <https://w3id.org/bilateral-kg/ontology#{cls}> }}")))["n"].value)


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_text("  \n", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02" * 400)
    (d / "latin1.txt").write_bytes(OTHER.replace("Peruvian", "Peruvian\xe9").encode("latin-1"))
    (d / "feed.jsonl").write_text(
        json.dumps({"id": "j1", "title": "t", "published": "2025-05-07", "text": GOOD.replace("Tuesday", "Monday")}) + "\n"
        + "{not json\n" + json.dumps({"id": "j3", "title": "no text"}) + "\n", encoding="utf-8")
    return d


def test_bad_inputs_are_one_line_each_and_the_rest_goes_in(corpus, tmp_path):
    store = str(tmp_path / "store")
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)
    res = CliRunner().invoke(main, ["ingest", str(corpus), str(big), str(tmp_path / "missing.txt"),
                                    "--store", store])
    assert res.exit_code == 1
    errors = [line for line in res.stderr.splitlines() if "error:" in line]
    named = "\n".join(errors)
    for needle in ["empty.txt", "binary.txt", "feed.jsonl:2", "feed.jsonl:3", "big.txt", "missing.txt"]:
        assert needle in named, needle
    assert len(errors) == 6
    assert "latin1.txt" in res.stderr and "warning" in res.stderr  # decoded with replacement, kept
    assert "Traceback" not in res.output
    assert count(store, "Article") == 3  # good.txt, latin1.txt, feed.jsonl:1


def test_reingest_changes_nothing(corpus, tmp_path):
    store = tmp_path / "store"
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(corpus / "good.txt"), str(corpus / "feed.jsonl"), "--store", str(store)])
    before = _export(store)
    res = runner.invoke(main, ["ingest", str(corpus / "good.txt"), str(corpus / "feed.jsonl"), "--store", str(store)])
    assert "0 article(s) added, 2 already stored" in res.output
    assert _export(store) == before


def _export(path) -> bytes:
    buf = io.BytesIO()
    with open_store(path, read_only=True) as s:
        export(s, buf, format=ExportFormat.NTRIPLES)
    return buf.getvalue()


def test_a_failing_batch_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    from kg import ingest as ingest_mod
    from kg.facts import Article

    store_path = tmp_path / "store"
    with open_store(store_path) as store:
        ingest_mod.ingest_articles(store, [Article(GOOD, id="first")])
    before = _export(store_path)

    import kg.model

    real = kg.model.article_quads

    def boom(facts):
        if facts.article.id == "second-bad":
            raise RuntimeError("disk full")
        return real(facts)

    monkeypatch.setattr(kg.model, "article_quads", boom)
    with open_store(store_path) as store, pytest.raises(RuntimeError):
        ingest_mod.ingest_articles(store, [Article(OTHER, id="second-ok"), Article(GOOD + " ", id="second-bad")])
    assert _export(store_path) == before


def test_extract_then_load_gives_the_same_graph_as_ingest(corpus, tmp_path):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    runner = CliRunner()
    files = [str(corpus / "good.txt"), str(corpus / "feed.jsonl")]
    runner.invoke(main, ["ingest", *files, "--store", str(tmp_path / "a")])
    nq = tmp_path / "facts.nq"
    res = runner.invoke(main, ["extract", *files, "--output", str(nq)])
    assert res.exit_code == 1 and "feed.jsonl:2" in res.stderr  # the bad lines are still reported
    res = runner.invoke(main, ["load", str(nq), "--store", str(tmp_path / "b")])
    assert res.exit_code == 0, res.output
    a = Graph().parse(data=_export(tmp_path / "a").decode(), format="nt")
    b = Graph().parse(data=_export(tmp_path / "b").decode(), format="nt")
    assert len(a) > 2500 and isomorphic(a, b)


def test_stdin(tmp_path):
    res = CliRunner().invoke(main, ["ingest", "-", "--store", str(tmp_path / "s")], input=OTHER)
    assert res.exit_code == 0, res.output
    assert count(tmp_path / "s", "Agreement") >= 1


def test_workers_give_the_same_graph(corpus, tmp_path):
    runner = CliRunner()
    files = [str(corpus / "good.txt"), str(corpus / "feed.jsonl"), str(corpus / "latin1.txt")]
    runner.invoke(main, ["ingest", *files, "--store", str(tmp_path / "one")])
    runner.invoke(main, ["ingest", *files, "--store", str(tmp_path / "two"), "--workers", "2"])
    assert _export(tmp_path / "one") == _export(tmp_path / "two")
