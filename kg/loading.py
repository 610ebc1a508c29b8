"""Bulk-load RDF files (e.g. the N-Quads of ``kg extract``) into a store.

The embedded store uses Oxigraph's bulk loader; a remote store receives batched
``INSERT DATA`` updates.
"""
from __future__ import annotations

from kg.errors import LoadError  # noqa: F401  (re-exported)

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.store import OxigraphStore, Store

__all__ = ["LoadError", "load_files", "load_paths", "rdf_files", "graph_store_url", "upload_file"]




STDIN = "-"


def load_files(store: Store, files: Iterable[str | Path], *, batch: int = 50_000, stdin=None,
               stdin_format: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> int:
    """Load each file (format from its extension; ``-`` is ``stdin`` in ``stdin_format``);
    returns the number of quads loaded.

    The embedded store streams each file through Oxigraph's bulk loader (not one transaction:
    a failed load may leave part of a file); a remote store gets batched ``INSERT DATA``.
    """
    total = 0
    for f in files:
        name, quads = _open_rdf(f, stdin, stdin_format)
        counted = _Counted(quads)
        try:
            _add_all(store, counted, batch)
        except SyntaxError as e:
            raise LoadError(f"{name}: {str(e).splitlines()[0]}") from None
        except OSError as e:
            raise LoadError(f"{name}: {e.strerror or _first_line(e)}") from None
        total += counted.n
    _refresh_derived(store)
    if isinstance(store, OxigraphStore):
        store.optimize()
    return total


def _first_line(e: Exception) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]


def _open_rdf(f: str | Path, stdin, stdin_format: ox.RdfFormat):
    """The name to report and a lazy quad stream for one argument."""
    import sys

    if str(f) == STDIN:
        stream = stdin if stdin is not None else sys.stdin
        return "<stdin>", ox.parse(getattr(stream, "buffer", stream), format=stdin_format)
    path = Path(f)
    if not path.is_file():
        raise LoadError(f"{f}: no such file")
    return str(f), ox.parse(path=str(path), format=_format_of(path))


def _add_all(store: Store, quads: Iterable[ox.Quad], batch: int) -> None:
    if isinstance(store, OxigraphStore):
        store.bulk_add(quads)
        return
    chunk: list[ox.Quad] = []
    for q in quads:
        chunk.append(q)
        if len(chunk) >= batch:
            store.add(chunk)
            chunk = []
    if chunk:
        store.add(chunk)


class _Counted:
    """Counts quads as the loader pulls them, so nothing is held in memory."""

    def __init__(self, it):
        self._it = iter(it)
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        q = next(self._it)
        self.n += 1
        return q


def _refresh_derived(store: Store) -> None:
    """What kg derives from the facts: current levels, then the relations' summaries."""
    from kg import levels, summary

    levels.refresh(store)
    summary.refresh(store)


# ---------------------------------------------------------------------------------------------
# Folders of shards, and a SPARQL server's Graph Store endpoint

_RDF_SUFFIXES = (".nq", ".nt", ".ttl", ".trig", ".jsonld")
_MEDIA_TYPES = {ox.RdfFormat.N_QUADS: "application/n-quads", ox.RdfFormat.N_TRIPLES: "application/n-triples",
                ox.RdfFormat.TURTLE: "text/turtle", ox.RdfFormat.TRIG: "application/trig",
                ox.RdfFormat.JSON_LD: "application/ld+json"}


def rdf_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to load: files as given, folders' RDF files sorted (hidden ones, e.g. unfinished shards, left out)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if str(p) == STDIN:
            out.append(p)
        elif p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix in _RDF_SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not found:
                raise LoadError(f"{p}: folder holds no {', '.join(_RDF_SUFFIXES)} files")
            out += found
        else:
            out.append(p)
    return out


def graph_store_url(query_url: str) -> str:
    """The Graph Store endpoint beside a query URL: Oxigraph's ``/store`` at the server's root,
    Fuseki's ``/<dataset>/data`` beside ``/<dataset>/query`` or ``/<dataset>/sparql``."""
    import urllib.parse

    u = urllib.parse.urlsplit(query_url)
    segments = u.path.rstrip("/").split("/")[1:]
    if len(segments) <= 1:
        path = "/store"
    else:
        path = "/".join(["", *segments[:-1], "data"])
    return urllib.parse.urlunsplit((u.scheme, u.netloc, path, "", ""))


def load_paths(store: Store, paths: Iterable[str | Path], *, graph_store: str | None = None, stdin=None,
               stdin_format: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> int:
    """Load files and folders of shards; a remote store receives each file through its Graph Store endpoint
    (standard input, ``-``, goes in batched updates)."""
    from kg.store import RemoteStore

    files = rdf_files(paths)
    if not isinstance(store, RemoteStore) or any(str(f) == STDIN for f in files):
        return load_files(store, files, stdin=stdin, stdin_format=stdin_format)
    url = graph_store or graph_store_url(store.query_url)
    total = sum(upload_file(url, f, timeout=store.timeout) for f in files)
    _refresh_derived(store)
    return total


def upload_file(url: str, file: str | Path, *, timeout: float = 600.0) -> int:
    """POST one file to a Graph Store endpoint (SPARQL 1.1 Graph Store HTTP Protocol); returns its quads.

    The file is parsed first, so a bad file is reported before anything of it reaches the server.
    """
    import urllib.error
    import urllib.request

    path = Path(file)
    if not path.is_file():
        raise LoadError(f"{file}: no such file")
    fmt = _format_of(path)
    try:
        n = sum(1 for _ in ox.parse(path=str(path), format=fmt))
    except SyntaxError as e:
        raise LoadError(f"{file}: {str(e).splitlines()[0]}") from None
    target = url if fmt.supports_datasets else url + ("&" if "?" in url else "?") + "default"
    with open(path, "rb") as body:
        req = urllib.request.Request(target, data=body, method="POST", headers={
            "Content-Type": _MEDIA_TYPES[fmt], "Content-Length": str(path.stat().st_size)})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                resp.read()
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace").strip().splitlines()
            raise LoadError(f"{file}: {url} answered HTTP {e.code} ({detail[0] if detail else e.reason}); "
                            "pass --graph-store with the server's Graph Store URL") from None
        except (urllib.error.URLError, OSError) as e:
            raise LoadError(f"{file}: cannot reach the Graph Store endpoint {url} ({getattr(e, 'reason', e)})") from None
    return n


def _format_of(path: Path) -> ox.RdfFormat:
    try:
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".") or "nq")
    except ValueError:
        fmt = None
    if fmt is None or fmt not in _MEDIA_TYPES:
        raise LoadError(f"{path}: unknown RDF format (use .nq, .nt, .ttl, .trig or .jsonld)")
    return fmt
