"""The store behind a real SPARQL 1.1 server: the `oxigraph` server from PyPI on 127.0.0.1."""
from __future__ import annotations

import io
import urllib.error
import socket
import subprocess

import pytest

from kg.export import ExportFormat, export
from kg.query import run_query, saved_query
from kg.serve import server_command, wait_until_ready
from kg.store import RemoteStore, StoreError, open_store

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    port = _free_port()
    proc = subprocess.Popen(server_command(str(tmp_path / "srv"), port=port, writable=True),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(url, proc=proc)
        yield url + "/query"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_remote_store_answers_like_the_embedded_one(server):
    from corefacts import load_core

    store = open_store(server)
    assert isinstance(store, RemoteStore) and store.update_url.endswith("/update")
    load_core(store)
    local = open_store(":memory:")
    load_core(local)
    for name, args in [("partners", ["PER"]), ("timeline", ["GHA", "PER"]), ("fields", ["GHA", "PER"])]:
        q = saved_query(name).render(args)
        remote_rows = [tuple(str(r[v]) for v in res.variables) for res in [run_query(store, q)] for r in res]
        local_rows = [tuple(str(r[v]) for v in res.variables) for res in [run_query(local, q)] for r in res]
        assert remote_rows == local_rows and remote_rows
    assert bool(run_query(store, "ASK { ?c bkg:iso3 'GHA' }"))
    buf = io.BytesIO()
    export(store, buf, format=ExportFormat.NTRIPLES)
    local_buf = io.BytesIO()
    export(local, local_buf, format=ExportFormat.NTRIPLES)
    from rdflib import Graph
    from rdflib.compare import isomorphic

    remote_g = Graph().parse(data=buf.getvalue().decode(), format="nt")
    assert isomorphic(remote_g, Graph().parse(data=local_buf.getvalue().decode(), format="nt"))
    assert len(remote_g) > 2000


def test_unreachable_endpoint_is_one_clear_error():
    port = _free_port()
    with pytest.raises(StoreError, match="cannot reach"):
        open_store(f"http://127.0.0.1:{port}/query")


def test_kg_serve_answers_sparql_over_http(tmp_path):
    import sys
    import urllib.parse
    import urllib.request

    from corefacts import load_core

    with open_store(tmp_path / "s") as store:
        load_core(store)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(tmp_path / "s"), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_until_ready(f"http://127.0.0.1:{port}", timeout=20)
        q = "PREFIX bkg: <https://w3id.org/bilateral-kg/ontology#> SELECT ?a WHERE { ?r bkg:partnershipLevel ?l ; bkg:party/bkg:iso3 ?a } ORDER BY ?a"
        req = urllib.request.Request(f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": q}),
                                     headers={"Accept": "text/csv"})
        body = urllib.request.urlopen(req, timeout=5).read().decode()
        assert body.split() == ["a", "CHL", "GHA", "PER", "PER"]
        upd = urllib.request.Request(f"http://127.0.0.1:{port}/update", data=b"INSERT DATA { <x:a> <x:b> <x:c> }",
                                     headers={"Content-Type": "application/sparql-update"}, method="POST")
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(upd, timeout=5)  # read-only unless --writable
    finally:
        proc.terminate()
        proc.wait(timeout=10)
