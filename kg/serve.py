"""A local SPARQL 1.1 endpoint over the store folder, served by Oxigraph's own server.

The server binary comes with the ``oxigraph`` package (same version as pyoxigraph, so it
reads the folder pyoxigraph wrote). Queries see the union of the facts and the ontology graph.
"""
from __future__ import annotations

from kg.errors import ServeError  # noqa: F401  (re-exported)

import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

__all__ = ["ServeError", "serve", "server_command", "oxigraph_binary"]




def oxigraph_binary() -> str:
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.exists() else shutil.which("oxigraph")
    if not found:
        raise ServeError("the oxigraph server is not installed (pip install 'oxigraph>=0.5,<0.6')")
    return found


def server_command(location: str, *, host: str = "127.0.0.1", port: int = 7878, writable: bool = False) -> list[str]:
    mode = "serve" if writable else "serve-read-only"
    return [oxigraph_binary(), mode, "--location", location, "--bind", f"{host}:{port}", "--union-default-graph"]


def wait_until_ready(url: str, *, timeout: float = 10.0, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            err = (proc.stderr.read() or b"").decode("utf-8", "replace").strip().splitlines() if proc.stderr else []
            raise ServeError(f"the SPARQL server stopped at start: {err[-1] if err else 'exit ' + str(proc.returncode)}")
        try:
            with urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise ServeError(f"the SPARQL server did not answer at {url} within {timeout:.0f} s")


def _stop(signum, frame):
    raise KeyboardInterrupt


def serve(location: str | None, *, host: str = "127.0.0.1", port: int = 7878, writable: bool = False,
          on_ready: Callable[[str], None] | None = None) -> None:
    """Run the endpoint until interrupted."""
    from kg.store import default_location, open_store

    loc = location or default_location()
    if loc.startswith(("http://", "https://")) or loc == ":memory:":
        raise ServeError(f"{loc}: kg serve serves a store folder")
    open_store(loc).close()  # creates it (with the ontology) if new; fails clearly if locked
    signal.signal(signal.SIGTERM, _stop)  # a terminated `kg serve` must not leave its server behind
    proc = subprocess.Popen(server_command(loc, host=host, port=port, writable=writable),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://{host}:{port}"
    try:
        wait_until_ready(url, proc=proc)
        if on_ready:
            on_ready(url + "/query")
        proc.wait()
    except KeyboardInterrupt:
        pass
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=10)
