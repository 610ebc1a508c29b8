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

__all__ = ["LoadError", "load_files"]




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
    _refresh_levels(store)
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
    try:
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".") or "nq")
    except ValueError:
        fmt = None
    if fmt is None:
        raise LoadError(f"{f}: unknown RDF format (use .nq, .nt, .ttl, .trig or .jsonld)")
    return str(f), ox.parse(path=str(path), format=fmt)


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


def _refresh_levels(store: Store) -> None:
    from kg.model import current_level_update

    store.update(current_level_update())
