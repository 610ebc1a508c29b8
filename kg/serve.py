"""A local SPARQL 1.1 endpoint over the store folder: Oxigraph's server behind a guard.

The server binary comes with the ``oxigraph`` package (same version as pyoxigraph, so it
reads the folder pyoxigraph wrote). It serves the live store: it opens the folder read-write
(updates are refused by the guard unless ``writable``), so what is ingested through the
endpoint is answered at once, and a ``kg ingest`` into the folder meanwhile is refused
(the store is locked) rather than written where the server would not see it.

The guard, a small HTTP server in this process, is what the user's port reaches. Before a
query gets to Oxigraph it checks size and nesting and refuses SERVICE and LOAD
(:func:`kg.query.check_query`); it runs at most ``max_queries`` at once, and Oxigraph cancels
any query after ``timeout`` seconds. A server that stops is reported and ``serve`` raises.
"""
from __future__ import annotations

from kg.errors import ServeError  # noqa: F401  (re-exported)

import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ServeError", "ServeLimits", "serve", "server_command", "oxigraph_binary", "wait_until_ready"]


@dataclass(frozen=True)
class ServeLimits:
    """What one client can ask of the server."""

    timeout: float = 30.0  # seconds before Oxigraph cancels a query
    max_queries: int = 4  # queries evaluated at once; more get 503


def oxigraph_binary() -> str:
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.exists() else shutil.which("oxigraph")
    if not found:
        raise ServeError("the oxigraph server is not installed (pip install 'oxigraph>=0.5,<0.6')")
    return found


def server_command(location: str, *, host: str = "127.0.0.1", port: int = 7878, writable: bool = False,
                   timeout: float | None = None) -> list[str]:
    mode = "serve" if writable else "serve-read-only"
    cmd = [oxigraph_binary(), mode, "--location", location, "--bind", f"{host}:{port}", "--union-default-graph"]
    if timeout is not None and writable:  # only `serve` takes a timeout
        cmd += ["--timeout-s", str(max(1, round(timeout)))]
    return cmd


def wait_until_ready(url: str, *, timeout: float = 10.0, proc: subprocess.Popen | None = None,
                     path: str = "/query") -> None:
    """Return once the SPARQL endpoint at ``url + path`` answers; a server that exits first is a ServeError."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise ServeError(f"the SPARQL server stopped at start: {_last_words(proc)}")
        try:
            with urllib.request.urlopen(url + path + "?query=ASK%7B%7D", timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise ServeError(f"the SPARQL server did not answer at {url} within {timeout:.0f} s")


def _last_words(proc: subprocess.Popen) -> str:
    err = (proc.stderr.read() or b"").decode("utf-8", "replace").strip().splitlines() if proc.stderr else []
    err = [line for line in err if not line.startswith("Listening for requests")]
    return err[-1][:300] if err else "no message"


def _stop(signum, frame):
    raise KeyboardInterrupt


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(location: str | None, *, host: str = "127.0.0.1", port: int = 7878, writable: bool = False,
          limits: ServeLimits = ServeLimits(), on_ready: Callable[[str], None] | None = None) -> None:
    """Run the endpoint until interrupted; raises ServeError if it cannot start or its server dies."""
    from kg.serve_guard import guard_server
    from kg.store import check_existing_store, open_store

    loc = location or _default_location()
    if loc.startswith(("http://", "https://")) or loc == ":memory:":
        raise ServeError(f"{loc}: kg serve serves a store folder")
    check_existing_store(loc)  # never creates a store where none is
    open_store(loc).close()  # a locked or read-only store fails here, in one line
    try:
        front = guard_server(host, port, limits=limits, writable=writable)
    except OSError as e:
        raise ServeError(f"cannot listen on {host}:{port} ({e.strerror or e}); is another server using the port?") \
            from None
    inner = _free_port()
    proc = subprocess.Popen(server_command(loc, port=inner, writable=True, timeout=limits.timeout),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    previous = signal.signal(signal.SIGTERM, _stop)  # a terminated `kg serve` must not leave its server behind
    try:
        wait_until_ready(f"http://127.0.0.1:{inner}", proc=proc)
        front.backend = f"http://127.0.0.1:{inner}"
        threading.Thread(target=front.serve_forever, daemon=True).start()
        if on_ready:
            on_ready(f"http://{host}:{front.server_address[1]}/query")
        while proc.poll() is None:
            time.sleep(0.2)
        raise ServeError(f"the SPARQL server stopped unexpectedly (exit {proc.returncode}): {_last_words(proc)}")
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        if front.backend:
            front.shutdown()
        front.server_close()
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=10)


def _default_location() -> str:
    from kg.store import default_location

    return default_location()
