"""`kg serve`: the live store behind a guard that fails loudly -- a taken port, a missing store,
a dead server -- and that no query can crash, keep busy past its time, or use to fetch URLs."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.serve import wait_until_ready
from kg.store import open_store

pytestmark = pytest.mark.server
ROOT = Path(__file__).resolve().parents[1]
TEXT = ("Peru and Ghana signed a memorandum of understanding on fisheries cooperation on Monday, "
        "the Peruvian foreign ministry said.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(store, *extra):
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    return proc, f"http://127.0.0.1:{port}"


@pytest.fixture
def served(tmp_path, request):
    from corefacts import load_core

    store = tmp_path / "s"
    with open_store(store) as s:
        load_core(s)
    proc, url = _start(store, *getattr(request, "param", ()))
    try:
        wait_until_ready(url, timeout=30, proc=proc)
        yield proc, url, store
    finally:
        if proc.poll() is None:
            proc.terminate()
        proc.wait(timeout=15)


def _ask(url, query, timeout=30):
    req = urllib.request.Request(f"{url}/query?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "text/csv"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


@pytest.mark.parametrize("served", [("--writable",)], indirect=True)
def test_data_ingested_through_a_writable_endpoint_is_answered_at_once(served):
    _, url, _ = served
    ask = "SELECT ?h WHERE { ?a a <https://w3id.org/bilateral-kg/ontology#Article> ; " \
          "<https://w3id.org/bilateral-kg/ontology#contentHash> ?h }"
    before = _ask(url, ask)[1].split()
    res = CliRunner().invoke(main, ["ingest", "-", "--store", f"{url}/query"], input=TEXT)
    assert res.exit_code == 0, res.stderr
    assert len(_ask(url, ask)[1].split()) == len(before) + 1  # the live store, not a snapshot


def test_an_ingest_into_a_served_folder_is_refused_rather_than_unseen(served):
    _, url, store = served
    res = CliRunner().invoke(main, ["ingest", "-", "--store", str(store)], input=TEXT)
    assert res.exit_code == 1 and "in use by another kg process (an ingest, or kg serve)" in res.stderr
    assert _ask(url, "ASK { ?s ?p ?o }") == (200, "true")


def test_a_taken_port_is_an_error_not_ready(tmp_path):
    open_store(tmp_path / "s").close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        res = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "s"), "--port", str(port)])
    assert res.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in res.stderr
    assert "SPARQL endpoint at" not in res.stderr


def test_serving_a_missing_store_creates_nothing(tmp_path):
    res = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "none"), "--port", str(_free_port())])
    assert res.exit_code == 1 and "no store here yet" in res.stderr
    assert not (tmp_path / "none").exists()


def test_a_server_that_dies_makes_kg_serve_exit_non_zero(served):
    proc, _, _ = served
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
    assert children
    for pid in children:
        os.kill(int(pid), 9)
    assert proc.wait(timeout=15) == 1
    assert "the SPARQL server stopped unexpectedly" in proc.stderr.read().decode()


def test_hostile_queries_are_refused_and_the_server_stays_up(served):
    _, url, _ = served
    status, body = _ask(url, "SELECT * WHERE " + "{" * 10_000 + "}" * 10_000)
    assert status == 400 and "nests 10000 levels" in body
    status, body = _ask(url, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    assert status == 400 and "SERVICE" in body
    assert _ask(url, "ASK { ?s ?p ?o }") == (200, "true")


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.mark.parametrize("served", [("--timeout", "1", "--max-queries", "1")], indirect=True)
def test_a_runaway_query_is_cancelled_and_queries_beyond_the_limit_wait_outside(served):
    proc, url, _ = served
    backend = int(Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()[0])
    first: list = []
    t = threading.Thread(target=lambda: first.append(_ask(url, CROSS)))
    t.start()
    time.sleep(0.3)
    status, body = _ask(url, "ASK { ?s ?p ?o }")
    t.join(timeout=60)
    assert status == 503 and "1 queries are running" in body
    assert first and "cancelled" in first[0][1]  # not a count: Oxigraph stopped it
    spent = _cpu_seconds(backend)
    time.sleep(1.5)
    assert _cpu_seconds(backend) - spent < 0.5  # nothing is still evaluating the cross product
    assert _ask(url, "ASK { ?s ?p ?o }") == (200, "true")
