"""What `kg query` refuses before it parses: queries that reach out of the machine, that would
overflow the parser, and saved-query arguments naming nothing in the store."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import QueryError, check_query
from test_cli import disk_store  # noqa: F401  (the CLI tests' store of hand-built facts)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def listener():
    """A local HTTP server that counts the requests it gets and answers empty SPARQL results."""
    hits = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self):
            hits.append(self.path)
            body = b'{"head":{"vars":["x"]},"results":{"bindings":[]}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

        def log_message(self, *a):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", hits
    server.shutdown()
    server.server_close()


def test_service_makes_no_request_unless_allowed(disk_store, listener):
    url, hits = listener
    q = f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"
    res = CliRunner().invoke(main, ["query", q, "--store", disk_store])
    assert res.exit_code == 1 and "pass --allow-remote" in res.stderr
    assert hits == []
    res = CliRunner().invoke(main, ["query", q, "--store", disk_store, "--allow-remote"])
    assert res.exit_code == 0, res.stderr
    assert hits  # the explicit option is what lets the store fetch


@pytest.mark.parametrize("q", ["LOAD <file:///etc/passwd>", "LOAD <FILE:///etc/hostname> INTO GRAPH <x:g>"])
def test_load_of_a_local_file_is_one_line_even_with_every_option(disk_store, q):
    res = CliRunner().invoke(main, ["query", q, "--store", disk_store, "--update", "--allow-remote"])
    assert res.exit_code == 1 and res.stderr.count("\n") == 1 and "kg load" in res.stderr


def test_keywords_inside_strings_iris_and_comments_are_not_refused():
    check_query("SELECT * WHERE { ?s ?p 'SERVICE {{{' . ?s ?p <x:LOAD> } # SERVICE <http://x/>")


def test_ten_thousand_nested_braces_are_refused_without_crashing(disk_store):
    q = "SELECT * WHERE " + "{" * 10_000 + " ?s ?p ?o " + "}" * 10_000
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    res = subprocess.run([sys.executable, "-m", "kg", "query", q, "--store", disk_store],
                         capture_output=True, text=True, env=env, check=False, timeout=60)
    assert res.returncode == 1  # not -11 (a segfault)
    assert res.stderr.strip() == "kg: error: the query nests 10000 levels deep; the limit is 100"


def test_an_oversized_query_is_refused_before_parsing():
    with pytest.raises(QueryError, match="the limit is 1,000,000"):
        check_query("SELECT * WHERE { ?s ?p ?o } #" + "x" * 1_000_000)


def test_an_inline_query_without_a_slash_runs(disk_store):
    q = "SELECT ?name WHERE { ?c a bkg:Country ; bkg:iso3 'GHA' ; skos:prefLabel ?name } " + " " * 300
    res = CliRunner().invoke(main, ["query", q, "--store", disk_store])
    assert res.exit_code == 0, res.stderr
    assert "Ghana" in res.stdout


@pytest.mark.parametrize("args, message", [
    (["partners", "XYZ"], "no country code 'XYZ' in the store"),
    (["at-least", "strategic partnershp"], "nearest: strategic partnership"),
    (["field", "enrgy"], "nearest: energy"),
])
def test_saved_query_arguments_must_name_something_in_the_store(disk_store, args, message):
    res = CliRunner().invoke(main, ["query", *args, "--store", disk_store])
    assert res.exit_code == 1 and message in res.stderr and "rows" not in res.stdout


def test_saved_query_arguments_in_the_store_still_answer(disk_store):
    for args in (["partners", "per"], ["at-least", "Strategic  Partnership"], ["field", "energy"]):
        res = CliRunner().invoke(main, ["query", *args, "--store", disk_store])
        assert res.exit_code == 0, (args, res.stderr)
