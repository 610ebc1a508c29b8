"""Write the whole graph (facts, ontology, schemes) as one self-contained RDF file.

Oxigraph's own serializers stream straight from the store: nothing is built in memory
twice, which is what lets a million-triple export run in about a second. Graph formats
(Turtle, N-Triples) get the facts then the ontology; dataset formats keep the ontology in
its named graph.

Files are meant for people as well as parsers: Turtle and TriG resolve the project's ids
against ``@base`` (``<agreement/JPN-PHL/...>``, where a prefixed name would need ``\\/``
escapes), and JSON-LD carries an ``@context`` with the usual prefixes.
"""
from __future__ import annotations

import enum
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from kg.prefixes import PREFIXES

if TYPE_CHECKING:  # pyoxigraph is imported when a file is written: the CLI reads the choices cheaply
    import pyoxigraph as ox

    from kg.store import Store

__all__ = ["ExportFormat", "WRITERS", "Writer", "export", "PREFIXES", "ID_BASE"]

ID_BASE = PREFIXES["id"]
_NAMED = {k: v for k, v in PREFIXES.items() if k != "id"}  # ids are written relative to @base


class ExportFormat(enum.Enum):
    TURTLE = "turtle"
    NTRIPLES = "ntriples"
    NQUADS = "nquads"
    TRIG = "trig"
    JSONLD = "jsonld"

    @property
    def rdf_format(self) -> ox.RdfFormat:
        import pyoxigraph as ox

        return getattr(ox.RdfFormat, WRITERS[self].rdf_format)

    @property
    def extension(self) -> str:
        return WRITERS[self].extension


@dataclass(frozen=True)
class Writer:
    """One export format: a new format is one entry of :data:`WRITERS` (the CLI's choices come from it)."""

    rdf_format: str  # the name of a pyoxigraph.RdfFormat
    extension: str
    write: Callable[[Store, IO[bytes], ox.RdfFormat], None]


def export(store: Store, output: IO[bytes], *, format: ExportFormat = ExportFormat.TURTLE) -> None:
    """Stream the store to ``output`` (a binary file)."""
    WRITERS[format].write(store, output, format.rdf_format)


def _graphs_in_turn(store: Store, output: IO[bytes], fmt: ox.RdfFormat) -> None:
    """Turtle: the facts, then the ontology and schemes, under one sorted header."""
    import pyoxigraph as ox

    from kg.store import ONTOLOGY_GRAPH

    _header(output)
    _dump_body(store, output, format=fmt, from_graph=ox.DefaultGraph())
    output.write(b"\n# The ontology and concept schemes\n")
    _dump_body(store, output, format=fmt, from_graph=ONTOLOGY_GRAPH)


def _lines_in_turn(store: Store, output: IO[bytes], fmt: ox.RdfFormat) -> None:
    import pyoxigraph as ox

    from kg.store import ONTOLOGY_GRAPH

    store.dump(output, format=fmt, from_graph=ox.DefaultGraph())
    store.dump(output, format=fmt, from_graph=ONTOLOGY_GRAPH)


def _dataset(store: Store, output: IO[bytes], fmt: ox.RdfFormat) -> None:
    store.dump(output, format=fmt)


def _dataset_with_header(store: Store, output: IO[bytes], fmt: ox.RdfFormat) -> None:
    _header(output)
    _dump_body(store, output, format=fmt, from_graph=None)


def _jsonld(store: Store, output: IO[bytes], fmt: ox.RdfFormat) -> None:
    """Oxigraph's expanded JSON-LD, compacted with an ``@context`` of the project's prefixes."""
    buf = io.BytesIO()
    store.dump(buf, format=fmt)
    nodes = json.loads(buf.getvalue() or b"[]")
    doc = {"@context": dict(sorted(PREFIXES.items())), "@graph": [_compact_node(n) for n in nodes]}
    output.write(json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8") + b"\n")


def _compact_iri(iri: str) -> str:
    """The longest prefix wins; IRIs no prefix covers stay whole."""
    best = max((k for k, v in PREFIXES.items() if iri.startswith(v) and len(iri) > len(v)),
               key=lambda k: len(PREFIXES[k]), default=None)
    return f"{best}:{iri[len(PREFIXES[best]):]}" if best else iri


def _compact_node(node):
    """Keys, ``@id`` and ``@type`` values compacted; literal values (``@value``) as they are."""
    if isinstance(node, list):
        return [_compact_node(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "@id" and not value.startswith("_:"):
            out[key] = _compact_iri(value)
        elif key == "@type":
            out[key] = [_compact_iri(t) for t in value] if isinstance(value, list) else _compact_iri(value)
        elif key in ("@value", "@language", "@direction"):
            out[key] = value
        else:
            out[key if key.startswith("@") else _compact_iri(key)] = _compact_node(value)
    return out


def _header(output: IO[bytes]) -> None:
    lines = [f"@base <{ID_BASE}> .\n"] + [f"@prefix {k}: <{v}> .\n" for k, v in sorted(_NAMED.items())]
    output.write("".join(lines).encode())


def _dump_body(store: Store, output: IO[bytes], *, format: ox.RdfFormat, from_graph) -> None:
    body = _SkipPrologue(output)
    store.dump(body, format=format, from_graph=from_graph, prefixes=_NAMED, base_iri=ID_BASE)
    body.close()


class _SkipPrologue(io.RawIOBase):
    """Drops the serializer's own @base/@prefix lines (their order is not stable); we write them sorted once."""

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
            if line.startswith((b"@prefix ", b"@base ")) or not line.strip():
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


WRITERS: dict[ExportFormat, Writer] = {
    ExportFormat.TURTLE: Writer("TURTLE", "ttl", _graphs_in_turn),
    ExportFormat.NTRIPLES: Writer("N_TRIPLES", "nt", _lines_in_turn),
    ExportFormat.NQUADS: Writer("N_QUADS", "nq", _dataset),
    ExportFormat.TRIG: Writer("TRIG", "trig", _dataset_with_header),
    ExportFormat.JSONLD: Writer("JSON_LD", "jsonld", _jsonld),
}
