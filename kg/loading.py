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




def load_files(store: Store, files: Iterable[str | Path], *, batch: int = 50_000) -> int:
    """Load each file (format from its extension); returns the number of quads loaded.

    The embedded store streams each file through Oxigraph's bulk loader (not one transaction:
    a failed load may leave part of a file); a remote store gets batched ``INSERT DATA``.
    """
    total = 0
    for f in files:
        path = Path(f)
        if not path.is_file():
            raise LoadError(f"{f}: no such file")
        try:
            fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".") or "nq")
        except ValueError:
            fmt = None
        if fmt is None:
            raise LoadError(f"{f}: unknown RDF format (use .nq, .nt, .ttl, .trig or .jsonld)")
        counted = _Counted(ox.parse(path=str(path), format=fmt))
        try:
            if isinstance(store, OxigraphStore):
                store.bulk_add(counted)
            else:
                chunk: list[ox.Quad] = []
                for q in counted:
                    chunk.append(q)
                    if len(chunk) >= batch:
                        store.add(chunk)
                        chunk = []
                if chunk:
                    store.add(chunk)
        except SyntaxError as e:
            raise LoadError(f"{f}: {str(e).splitlines()[0]}") from None
        total += counted.n
    _refresh_levels(store)
    if isinstance(store, OxigraphStore):
        store.optimize()
    return total


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
