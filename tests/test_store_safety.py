"""What a store never does: take over a folder of the user's files, drop a changed article in
silence, wait a minute on an endpoint that does not answer, or take a web page for results."""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store import MARKER, StoreError, open_store

TEXT = ("Peru and Ghana signed a memorandum of understanding on fisheries cooperation on Monday, "
        "the Peruvian foreign ministry said.")
CHANGED = ("Peru and Ghana signed a memorandum of understanding on mining cooperation on Monday, "
           "the Peruvian foreign ministry said.")


@pytest.mark.parametrize("names", [["OPTIONS-000001", "LOG"], ["photo.sst", "notes.txt"], ["CURRENT"]])
def test_a_folder_of_the_users_files_is_refused_and_left_untouched(tmp_path, names):
    folder = tmp_path / "mine"
    folder.mkdir()
    for n in names:
        (folder / n).write_text(f"my own {n}\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["ingest", "-", "--store", str(folder)], input=TEXT)
    assert res.exit_code == 1
    assert "holds other files and no kg store" in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)
    assert all((folder / n).read_text(encoding="utf-8") == f"my own {n}\n" for n in names)


def test_an_empty_folder_becomes_a_marked_store_that_opens_again(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    open_store(folder).close()
    assert (folder / MARKER).is_file()
    with open_store(folder, read_only=True) as s:
        assert not s.is_empty()


def test_an_article_whose_text_changed_is_an_error_unless_replaced(tmp_path):
    store = str(tmp_path / "s")
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({"id": "n1", "text": TEXT}) + "\n", encoding="utf-8")
    second.write_text(json.dumps({"id": "n1", "text": CHANGED}) + "\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(first), "--store", store]).exit_code == 0
    res = runner.invoke(main, ["ingest", str(second), "--store", store])
    assert res.exit_code == 1
    assert f"{second}:1: id 'n1' is already stored with a different text" in res.stderr

    def fields():
        with open_store(store, read_only=True) as s:
            return sorted(str(r["f"].value).rsplit("/", 1)[1] for r in s.query(
                "SELECT ?f WHERE { ?c <https://w3id.org/bilateral-kg/ontology#field> ?f }"))

    assert "fisheries" in fields() and "mining" not in fields()
    res = runner.invoke(main, ["ingest", str(second), "--store", store, "--replace"])
    assert res.exit_code == 0, res.output
    assert "mining" in fields() and "fisheries" not in fields()
    clean = str(tmp_path / "clean")
    runner.invoke(main, ["ingest", str(second), "--store", clean])
    from test_durability import _nt

    assert _nt(store) == _nt(clean)  # replacing leaves what a clean ingest of the new text leaves


def test_the_same_id_twice_with_different_texts_in_one_ingest_is_an_error(tmp_path):
    feed = tmp_path / "f.jsonl"
    feed.write_text(json.dumps({"id": "n1", "text": TEXT}) + "\n" + json.dumps({"id": "n1", "text": CHANGED}) + "\n",
                    encoding="utf-8")
    res = CliRunner().invoke(main, ["ingest", str(feed), "--store", str(tmp_path / "s")])
    assert res.exit_code == 1 and f"{feed}:2: id 'n1' was given twice" in res.stderr


class _Silent(BaseHTTPRequestHandler):
    """Accepts the request and never answers."""

    def do_GET(self):
        time.sleep(30)

    do_POST = do_GET

    def log_message(self, *a):
        pass


class _WebPage(BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"<html><body>Welcome to my blog</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *a):
        pass


@pytest.fixture
def http_server(request):
    server = ThreadingHTTPServer(("127.0.0.1", 0), request.param)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/query"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("http_server", [_Silent], indirect=True)
def test_an_endpoint_that_never_answers_fails_fast_with_one_line(http_server):
    started = time.monotonic()
    res = CliRunner().invoke(main, ["stats", "--store", http_server])
    assert res.exit_code == 1 and "no answer within" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    assert time.monotonic() - started < 20  # the probe gives up long before the 60 s request timeout


@pytest.mark.parametrize("http_server", [_WebPage], indirect=True)
def test_a_url_that_answers_html_is_reported_as_not_an_endpoint_not_as_a_query_error(http_server):
    res = CliRunner().invoke(main, ["query", "SELECT * WHERE { ?s ?p ?o }", "--store", http_server])
    assert res.exit_code == 1
    assert "not SPARQL JSON results (got text/html)" in res.stderr and "syntax" not in res.stderr


@pytest.mark.parametrize("http_server", [_Silent], indirect=True)
def test_the_remote_timeout_is_an_option(http_server, monkeypatch):
    res = CliRunner().invoke(main, ["stats", "--store", http_server, "--store-timeout", "1"])
    assert res.exit_code == 1 and "no answer within 1 s" in res.stderr
    monkeypatch.setenv("KG_STORE_TIMEOUT", "1.5")
    with pytest.raises(StoreError, match="no answer within 1.5 s"):
        open_store(http_server)
    monkeypatch.setenv("KG_STORE_TIMEOUT", "-1")
    with pytest.raises(StoreError, match="must be more than 0"):
        open_store(http_server)

