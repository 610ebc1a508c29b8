"""Write the whole graph (facts, ontology, schemes) as one self-contained RDF file.

Oxigraph's own serializers stream straight from the store: nothing is built in memory
twice, which is what lets a million-triple export run in about a second. Graph formats
(Turtle, N-Triples) get the facts then the ontology; dataset formats keep the ontology in
its named graph.
"""
from __future__ import annotations

import enum
import io
from typing import IO

import pyoxigraph as ox

from kg.prefixes import PREFIXES

from kg.store import ONTOLOGY_GRAPH, Store

__all__ = ["ExportFormat", "export", "PREFIXES"]



class ExportFormat(enum.Enum):
    TURTLE = "turtle"
    NTRIPLES = "ntriples"
    NQUADS = "nquads"
    TRIG = "trig"
    JSONLD = "jsonld"

    @property
    def rdf_format(self) -> ox.RdfFormat:
        return {
            "turtle": ox.RdfFormat.TURTLE,
            "ntriples": ox.RdfFormat.N_TRIPLES,
            "nquads": ox.RdfFormat.N_QUADS,
            "trig": ox.RdfFormat.TRIG,
            "jsonld": ox.RdfFormat.JSON_LD,
        }[self.value]

    @property
    def extension(self) -> str:
        return {"turtle": "ttl", "ntriples": "nt", "nquads": "nq", "trig": "trig", "jsonld": "jsonld"}[self.value]


def export(store: Store, output: IO[bytes], *, format: ExportFormat = ExportFormat.TURTLE) -> None:
    """Stream the store to ``output`` (a binary file)."""
    fmt = format.rdf_format
    if format is ExportFormat.TURTLE:
        _sorted_prefixes(output)
        _dump_body(store, output, format=fmt, from_graph=ox.DefaultGraph())
        output.write(b"\n# The ontology and concept schemes\n")
        _dump_body(store, output, format=fmt, from_graph=ONTOLOGY_GRAPH)
    elif format is ExportFormat.NTRIPLES:
        store.dump(output, format=fmt, from_graph=ox.DefaultGraph())
        store.dump(output, format=fmt, from_graph=ONTOLOGY_GRAPH)
    elif format is ExportFormat.TRIG:
        _sorted_prefixes(output)
        _dump_body(store, output, format=fmt, from_graph=None)
    else:
        store.dump(output, format=fmt)


def _sorted_prefixes(output: IO[bytes]) -> None:
    output.write("".join(f"@prefix {k}: <{v}> .\n" for k, v in sorted(PREFIXES.items())).encode())


def _dump_body(store: Store, output: IO[bytes], *, format: ox.RdfFormat, from_graph) -> None:
    body = _SkipPrefixes(output)
    store.dump(body, format=format, from_graph=from_graph, prefixes=PREFIXES)
    body.close()


class _SkipPrefixes(io.RawIOBase):
    """Drops the serializer's own @prefix lines (their order is not stable); we write them sorted once."""

    def __init__(self, out: IO[bytes]):
        self._out = out
        self._head = True
        self._buf = b""

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        data = bytes(data)
        if not self._head:
            self._out.write(data)
            return len(data)
        self._buf += data
        while self._head and b"\n" in self._buf:
            line, _, rest = self._buf.partition(b"\n")
            if line.startswith(b"@prefix ") or not line.strip():
                self._buf = rest
            else:
                self._head = False
                self._out.write(self._buf)
                self._buf = b""
        return len(data)

    def close(self) -> None:
        if self._buf:
            self._out.write(self._buf)
            self._buf = b""
        super().close()
