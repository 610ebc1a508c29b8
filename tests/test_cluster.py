"""Extraction on a Dask cluster (2 local worker processes) gives the graph a plain ingest gives.

One LocalCluster serves the module; the oxigraph server from PyPI receives the shards.
"""
from __future__ import annotations

import io
import json
import os
import signal
import time

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic
from test_remote import server  # noqa: F401  (the oxigraph server fixture)

from kg.cli import main
from kg.cluster import ClusterEngine, ClusterError, LocalRunner, connect, plan
from kg.demo import DEMO_CORPUS
from kg.export import ExportFormat, export
from kg.ingest import ingest
from kg.read import read_paths
from kg.shards import extract_shards
from kg.store import open_store

pytest.importorskip("distributed")

PART = 6000  # bytes per task: the feed below becomes about a dozen tasks


@pytest.fixture(scope="module")
def client():
    with connect("local:2") as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The demo corpus, a generated feed with a bad line in the middle, and two bad inputs."""
    from benchmarks.corpus import generate

    d = tmp_path_factory.mktemp("corpus")
    records = generate(48)
    lines = [json.dumps(r) for r in records]
    lines.insert(30, '{"id": "broken", "text": ')
    (d / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "blank.txt").write_text(" \n", encoding="utf-8")
    (d / "zz-binary.txt").write_bytes(b"\x00\x01" * 300)
    return [str(DEMO_CORPUS), str(d), str(d / "missing.txt")]


@pytest.fixture(scope="module")
def plain(corpus, tmp_path_factory):
    store = open_store(":memory:")
    report = ingest(store, corpus)
    return report, _nt(store)


def _nt(store) -> bytes:
    buf = io.BytesIO()
    export(store, buf, format=ExportFormat.NTRIPLES)
    return buf.getvalue()


def _graph(data: bytes) -> Graph:
    return Graph().parse(data=data.decode("utf-8"), format="nt")


def test_feed_is_cut_into_several_tasks(corpus):
    tasks, errors = plan(corpus, part_bytes=PART)
    cut = [t[0] for t in tasks if t[0].end is not None]
    assert len(cut) >= 8 and cut[0].start == 0 and cut[1].first_line > 1
    assert [str(e) for e in errors] == [f"{corpus[2]}: no such file or directory"]


def test_cluster_ingest_stores_the_bytes_of_a_plain_ingest(client, corpus, plain):
    store = open_store(":memory:")
    report = ingest(store, corpus, engine=ClusterEngine(client, part_bytes=PART))
    plain_report, plain_nt = plain
    demo = sum(1 for f in DEMO_CORPUS.iterdir() if f.suffix in (".txt", ".html")) + sum(
        1 for f in DEMO_CORPUS.glob("*.jsonl") for line in f.read_text().splitlines() if line.strip())
    assert report.added == plain_report.added == demo + 48  # the demo corpus and the feed
    assert sorted(report.errors) == sorted(plain_report.errors)
    assert _nt(store) == plain_nt


def test_a_file_failing_on_a_worker_gets_the_local_one_line_error(client, corpus, plain):
    report = ingest(open_store(":memory:"), corpus, engine=ClusterEngine(client, part_bytes=PART))
    assert any(e.startswith(f"{corpus[1]}/feed.jsonl:31: not valid JSON") for e in report.errors)
    assert f"{corpus[1]}/zz-binary.txt: binary file (NUL bytes), not text" in report.errors
    assert sorted(report.errors) == sorted(plain[0].errors) and len(report.errors) == 4


def test_cluster_reingest_changes_nothing(client, corpus, plain):
    store = open_store(":memory:")
    ingest(store, corpus)
    again = ingest(store, corpus, engine=ClusterEngine(client, part_bytes=PART))
    assert again.added == 0 and again.skipped == plain[0].added
    assert _nt(store) == plain[1]


def test_a_worker_killed_mid_run_changes_nothing(client, corpus, plain):
    pids = client.run(os.getpid)
    killed = []

    def kill_a_busy_worker(done, total):
        if killed:
            return
        busy = [w for w, keys in client.processing().items() if keys and w in pids]
        if busy:
            os.kill(pids[busy[0]], signal.SIGKILL)
            killed.append(busy[0])

    store = open_store(":memory:")
    report = ingest(store, corpus, engine=ClusterEngine(client, part_bytes=PART // 2,
                                                        on_progress=kill_a_busy_worker))
    assert killed, "no worker was busy when the first task came back"
    assert report.added == plain[0].added and _nt(store) == plain[1]
    client.wait_for_workers(2, timeout=60)  # the nanny restarts it for the tests after this one


def test_cli_ingest_on_a_running_scheduler(client, corpus, plain, tmp_path):
    res = CliRunner().invoke(main, ["ingest", *corpus, "--store", str(tmp_path / "s"), "--part-size", str(PART),
                                    "--scheduler", client.scheduler.address])
    assert res.exit_code == 1 and "feed.jsonl:31: not valid JSON" in res.stderr
    assert f"{plain[0].added} article(s) added" in res.stdout
    CliRunner().invoke(main, ["ingest", *corpus, "--store", str(tmp_path / "plain")])
    with open_store(tmp_path / "s", read_only=True) as s, open_store(tmp_path / "plain", read_only=True) as p:
        assert _nt(s) == _nt(p)  # the same bytes from disk stores (a store dumps in its own order)


@pytest.mark.server
def test_sharded_extract_then_load_into_the_server_gives_the_plain_graph(client, corpus, plain, server, tmp_path):  # noqa: F811
    shards = tmp_path / "shards"
    report = extract_shards(corpus, shards, runner=ClusterEngine(client, part_bytes=PART), part_bytes=PART)
    assert len(report.shards) >= 8 and report.articles == plain[0].added
    assert sorted(report.errors) == sorted(plain[0].errors)
    res = CliRunner().invoke(main, ["load", str(shards), "--store", server])
    assert res.exit_code == 0, res.output
    remote = _graph(_nt(open_store(server, read_only=True)))
    assert len(remote) > 5000 and isomorphic(remote, _graph(plain[1]))


def test_shards_are_named_from_their_inputs_so_a_rerun_overwrites(client, corpus, tmp_path):
    shards = tmp_path / "shards"
    first = extract_shards(corpus, shards, runner=ClusterEngine(client, part_bytes=PART), part_bytes=PART)
    before = {p.name: p.read_bytes() for p in shards.iterdir()}
    again = extract_shards(corpus, shards, runner=LocalRunner(), part_bytes=PART)
    assert sorted(first.shards) == sorted(again.shards) == sorted(before)
    assert {p.name: p.read_bytes() for p in shards.iterdir()} == before
    res = CliRunner().invoke(main, ["load", str(shards), "--store", str(tmp_path / "s")])
    assert res.exit_code == 0, res.output
    with open_store(tmp_path / "s", read_only=True) as s:
        loaded = _graph(_nt(s))
    plain_store = open_store(":memory:")
    ingest(plain_store, corpus)
    assert isomorphic(loaded, _graph(_nt(plain_store)))


@settings(max_examples=25, deadline=None)
@given(part=st.integers(min_value=1, max_value=4000), blank=st.integers(min_value=0, max_value=5))
def test_a_jsonl_file_cut_anywhere_reads_as_the_whole_file(tmp_path_factory, part, blank):
    d = tmp_path_factory.mktemp("cut")
    rows = [json.dumps({"id": f"a{i}", "text": f"Article {i} about Chile and Peru."}) for i in range(12)]
    rows[4] = "[1, 2]"
    path = d / "f.jsonl"
    path.write_text("\n".join(rows[:6]) + "\n" * (blank + 1) + "\n".join(rows[6:]) + "\n", encoding="utf-8")
    whole = list(read_paths([path]))
    tasks, _ = plan([str(path)], part_bytes=part)
    cut = [item for t in tasks for p in t for item in p.read(on_warning=lambda w: None)]
    assert [(type(x), str(x) if isinstance(x, Exception) else x) for x in cut] == \
           [(type(x), str(x) if isinstance(x, Exception) else x) for x in whole]


def test_an_unreachable_scheduler_is_one_clear_error():
    from test_remote import _free_port

    t = time.monotonic()
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler"):
        with connect(f"tcp://127.0.0.1:{_free_port()}", timeout=1):
            pass
    assert time.monotonic() - t < 30


def test_scheduler_without_dask_names_the_extra(monkeypatch, tmp_path):
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)
    res = CliRunner().invoke(main, ["ingest", str(DEMO_CORPUS), "--store", str(tmp_path / "s"),
                                    "--scheduler", "local:2"])
    assert res.exit_code == 1 and "pip install 'bilateral-kg[dask]'" in res.stderr


def test_graph_store_url_beside_the_query_url():
    from kg.loading import graph_store_url

    assert graph_store_url("http://h:7878/query") == "http://h:7878/store"
    assert graph_store_url("http://h:3030/news/sparql") == "http://h:3030/news/data"
    assert graph_store_url("http://h:3030/news/query") == "http://h:3030/news/data"


@pytest.mark.server
def test_readme_scale_out_commands_run_from_a_clone(client, server, tmp_path, monkeypatch):  # noqa: F811
    """The README's scale-out block, on the demo corpus: its cluster and server swapped for the tests' own."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("### Scale out", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    lines = [ln.split("  #")[0].split() for ln in block.splitlines() if ln.startswith("kg ")]
    assert [ln[1] for ln in lines] == ["ingest", "extract", "load"]
    (tmp_path / "kg").symlink_to(Path(DEMO_CORPUS).parent)
    monkeypatch.chdir(tmp_path)
    for argv in lines:
        argv = [client.scheduler.address if a == "local:2" else a for a in argv[1:]]
        argv = [re.sub(r"^http://127\.0\.0\.1:7878/query$", server, a) for a in argv]
        res = CliRunner().invoke(main, argv)
        assert res.exit_code == 0, (argv, res.output)
    assert "quad(s) loaded into http" in res.output
    loaded = _graph(_nt(open_store(server, read_only=True)))
    with open_store("cluster-store", read_only=True) as s:
        assert isomorphic(loaded, _graph(_nt(s)))


def test_a_task_crashing_on_a_worker_is_one_line_naming_its_file(client):
    from kg.cluster import Part

    task = (Part("/nowhere/a.txt", name="a.txt"), Part("/nowhere/b.txt", name="b.txt"))
    with pytest.raises(ClusterError) as err:
        list(ClusterEngine(client).results(lambda t: 1 / 0, [task]))
    assert str(err.value) == "a.txt (and 1 more file(s)): failed on a worker (ZeroDivisionError: division by zero)"
