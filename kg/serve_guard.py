"""The HTTP front of ``kg serve``: checks each SPARQL request, then passes it to Oxigraph.

Only ``/query`` (GET, form POST, ``application/sparql-query`` POST) and, when writable,
``/update`` get through; SERVICE, LOAD, oversized and over-nested queries are answered 400
here, before any parser sees them, and past ``max_queries`` at once the answer is 503.
"""
from __future__ import annotations

import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["guard_server"]

_FORM = "application/x-www-form-urlencoded"
_BODY_TYPES = {"query": "application/sparql-query", "update": "application/sparql-update"}


class _GuardServer(ThreadingHTTPServer):
    daemon_threads = True
    backend: str | None = None

    def __init__(self, address, *, limits, writable: bool):
        super().__init__(address, _Guard)
        self.limits = limits
        self.writable = writable
        self.slots = threading.BoundedSemaphore(limits.max_queries)


def guard_server(host: str, port: int, *, limits, writable: bool) -> _GuardServer:
    """Bind the user's port now (so a taken port fails before anything starts); serve later."""
    return _GuardServer((host, port), limits=limits, writable=writable)


class _Guard(BaseHTTPRequestHandler):
    server: _GuardServer

    def log_message(self, *args):  # no access log on the terminal
        pass

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/query":
            return self._refuse(404, "this endpoint answers at /query (and /update when writable)")
        self._forward("query", urllib.parse.parse_qsl(url.query, keep_blank_values=True))

    def do_POST(self):
        from kg.query import MAX_QUERY_CHARS

        kind = urllib.parse.urlsplit(self.path).path.strip("/")
        if kind not in _BODY_TYPES:
            return self._refuse(404, "this endpoint answers at /query (and /update when writable)")
        length = int(self.headers.get("Content-Length") or 0)
        if length > 4 * MAX_QUERY_CHARS:
            return self._refuse(413, f"the request is {length:,} bytes; queries are limited to "
                                     f"{MAX_QUERY_CHARS:,} characters")
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == _FORM:
            params = urllib.parse.parse_qsl(body, keep_blank_values=True)
        elif ctype == _BODY_TYPES[kind]:
            params = [(kind, body)] + urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query)
        else:
            return self._refuse(415, f"send {_FORM} or {_BODY_TYPES[kind]}")
        self._forward(kind, params)

    def _forward(self, kind: str, params: list[tuple[str, str]]) -> None:
        from kg.errors import QueryError
        from kg.query import check_query

        text = next((v for k, v in params if k == kind), None)
        if text is None:
            return self._refuse(400, f"no '{kind}' parameter")
        if kind == "update" and not self.server.writable:
            return self._refuse(403, "this endpoint is read-only (start it with kg serve --writable)")
        try:
            check_query(text, allow_remote=False)
        except QueryError as e:
            return self._refuse(400, str(e))
        if not self.server.slots.acquire(blocking=False):
            return self._refuse(503, f"{self.server.limits.max_queries} queries are running; try again shortly")
        try:
            self._relay(kind, params)
        finally:
            self.server.slots.release()

    def _relay(self, kind: str, params: list[tuple[str, str]]) -> None:
        req = urllib.request.Request(f"{self.server.backend}/{kind}", method="POST",
                                     data=urllib.parse.urlencode(params).encode(),
                                     headers={"Content-Type": _FORM})
        if self.headers.get("Accept"):
            req.add_header("Accept", self.headers["Accept"])
        try:
            resp = urllib.request.urlopen(req, timeout=self.server.limits.timeout + 30)
        except urllib.error.HTTPError as e:
            resp = e
        except OSError as e:
            return self._refuse(502, f"the SPARQL server did not answer ({getattr(e, 'reason', e)})")
        with resp:
            self.send_response(resp.status)
            self.send_header("Content-Type", resp.headers.get("Content-Type", "text/plain"))
            self.end_headers()
            try:
                shutil.copyfileobj(resp, self.wfile)
            except OSError:
                pass  # the client left; Oxigraph's timeout ends the query

    def _refuse(self, code: int, message: str) -> None:
        body = (message + "\n").encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
