"""The remote store against the servers people already run: Oxigraph's and Debian's Virtuoso,
each started here on 127.0.0.1 and stopped after. The same ingest and queries must answer as
they do on the embedded store, with the same export."""
from __future__ import annotations

import io
import shutil
import socket
import subprocess

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import main
from kg.export import ExportFormat, export
from kg.query import run_query, saved_query
from kg.serve import server_command, wait_until_ready
from kg.store import FACTS_GRAPH, ONTOLOGY_GRAPH, RemoteStore, open_store

pytestmark = pytest.mark.server
TEXT = ("Peru and Ghana signed a memorandum of understanding on fisheries cooperation on Monday, "
        "the Peruvian foreign ministry said. Peru and Ghana upgraded their ties to a strategic partnership.")

VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/v.db
ErrorLogFile = {d}/v.log
LockFile = {d}/v.lck
TransactionFile = {d}/v.trx
xa_persistent_file = {d}/v.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/v-temp.db
TransactionFile = {d}/v-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory):
    port = _free_port()
    proc = subprocess.Popen(server_command(str(tmp_path_factory.mktemp("ox") / "srv"), port=port, writable=True),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until_ready(f"http://127.0.0.1:{port}", proc=proc)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        _stop(proc)


@pytest.fixture(scope="module")
def virtuoso_url(tmp_path_factory):
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if not binary or not isql:
        pytest.skip("virtuoso-t/isql-vt not found: Debian's virtuoso-opensource is not installed "
                    "(./dev.sh test installs it with apt-get; see its output for why that failed)")
    d = tmp_path_factory.mktemp("virtuoso")
    sql, http = _free_port(), _free_port()
    (d / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=d, sql=sql, http=http), encoding="utf-8")
    proc = subprocess.Popen([binary, "-f", "-c", str(d / "virtuoso.ini")], cwd=d,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{http}/sparql"
    try:
        wait_until_ready(f"http://127.0.0.1:{http}", timeout=120, proc=proc, path="/sparql")
        # The endpoint runs as user SPARQL, which may not write until granted.
        subprocess.run([isql, str(sql), "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                       check=True, capture_output=True, timeout=60)
        yield url
    finally:
        _stop(proc)


@pytest.fixture(params=["oxigraph", "virtuoso"])
def endpoint(request):
    """An empty remote store on each server."""
    url = request.getfixturevalue(f"{request.param}_url")
    probe = RemoteStore(url)
    probe.probe()
    for graph in (FACTS_GRAPH, ONTOLOGY_GRAPH.value):
        probe.update(f"CLEAR SILENT GRAPH <{graph}>")
    if not probe.facts_graph:
        probe.update("CLEAR SILENT DEFAULT")
    return url


def _rows(store, q):
    """Rows as a sorted list: SPARQL leaves the order of rows that tie on ORDER BY to the server."""
    res = run_query(store, q)
    return sorted(tuple(str(r[v]) for v in res.variables) for r in res)


def _nt(store) -> Graph:
    buf = io.BytesIO()
    export(store, buf, format=ExportFormat.NTRIPLES)
    return Graph().parse(data=buf.getvalue().decode(), format="nt")


def test_the_remote_store_answers_and_exports_like_the_embedded_one(endpoint):
    from corefacts import load_core

    remote, local = open_store(endpoint), open_store(":memory:")
    load_core(remote)
    load_core(local)
    for name, args in [("partners", ["PER"]), ("timeline", ["GHA", "PER"]), ("fields", ["GHA", "PER"]),
                       ("strongest", [])]:
        q = saved_query(name).render(args)
        assert _rows(remote, q) == _rows(local, q) != []
    assert bool(run_query(remote, "ASK { ?c bkg:iso3 'GHA' }"))
    assert not bool(run_query(remote, "ASK { ?c bkg:iso3 'QQQ' }"))
    got, expected = _nt(remote), _nt(local)
    assert len(got) > 2000 and isomorphic(got, expected)


def test_kg_ingest_and_query_through_the_cli_on_each_server(endpoint, tmp_path):
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", "-", "--store", endpoint], input=TEXT)
    assert res.exit_code == 0, res.stderr
    again = runner.invoke(main, ["ingest", "-", "--store", endpoint], input=TEXT)
    assert "0 article(s) added, 1 already stored" in again.stdout
    res = runner.invoke(main, ["query", "partners", "GHA", "--store", endpoint, "--format", "csv"])
    assert res.exit_code == 0, res.stderr
    assert "PER" in res.stdout and "strategic partnership" in res.stdout
    local = tmp_path / "local"
    runner.invoke(main, ["ingest", "-", "--store", str(local)], input=TEXT)
    with open_store(local, read_only=True) as s:
        assert isomorphic(_nt(open_store(endpoint)), _nt(s))
