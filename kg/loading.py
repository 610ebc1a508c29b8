"""Bulk-load RDF files (e.g. the N-Quads of ``kg extract``) into a store.

The embedded store uses Oxigraph's bulk loader; a remote store receives batched
``INSERT DATA`` updates.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.store import OxigraphStore, Store

__all__ = ["LoadError", "load_files"]


class LoadError(Exception):
    pass


def load_files(store: Store, files: Iterable[str | Path], *, batch: int = 50_000) -> int:
    """Load each file (format from its extension); returns the number of quads read."""
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
        try:
            quads = list(ox.parse(path=str(path), format=fmt))
        except SyntaxError as e:
            raise LoadError(f"{f}: {str(e).splitlines()[0]}") from None
        if isinstance(store, OxigraphStore):
            store.add(quads)
        else:
            for i in range(0, len(quads), batch):
                store.add(quads[i:i + batch])
        total += len(quads)
        _refresh_levels(store)
    return total


def _refresh_levels(store: Store) -> None:
    from kg.model import current_level_update

    store.update(current_level_update())
