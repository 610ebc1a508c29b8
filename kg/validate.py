"""SHACL validation of the graph against ``ontology/shapes.ttl`` (pyshacl, no inference).

The shapes check concept values by scheme membership, so the data graph must carry the
concept schemes and countries as well as the facts; :func:`validate_store` merges a store's
default graph with its ontology graph before validating.
"""
from __future__ import annotations

from kg.errors import ValidateError  # noqa: F401  (re-exported)

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

from kg.vocab import ONTOLOGY_DIR, PREFIXES

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.store import Store

__all__ = ["Severity", "Violation", "Report", "ShapesError", "validate", "validate_store", "shorten"]


class ShapesError(ValidateError):
    """The shapes file is missing or is not Turtle."""


class Severity(enum.Enum):
    VIOLATION = "Violation"
    WARNING = "Warning"
    INFO = "Info"

    @classmethod
    def of(cls, iri: URIRef | None) -> Severity:
        name = str(iri or SH.Violation).rsplit("#", 1)[-1]
        return next((s for s in cls if s.value == name), cls.VIOLATION)


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result; IRIs as plain strings, literals in Turtle form, so results sort and compare."""

    focus: str
    path: str
    message: str
    severity: Severity = field(compare=False, default=Severity.VIOLATION)
    value: str = ""

    def line(self) -> str:
        parts = [shorten(self.focus), shorten(self.path) if self.path else "-", self.message]
        if self.value:
            parts.append(f"(value: {shorten(self.value)})")
        if self.severity is not Severity.VIOLATION:
            parts.insert(0, self.severity.value.upper())
        return "  ".join(parts)


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: list[Violation]
    results: Graph | None = field(default=None, repr=False, compare=False)

    def text(self) -> str:
        """One line per result, then a count; meant for a terminal."""
        if self.conforms and not self.violations:
            return "conforms: no SHACL violations"
        n = sum(v.severity is Severity.VIOLATION for v in self.violations)
        lines = [v.line() for v in self.violations]
        lines.append(f"{n} violation{'s' * (n != 1)}, {len(self.violations) - n} other result(s)"
                     if n != len(self.violations) else f"{n} violation{'s' * (n != 1)}")
        return "\n".join(lines)

    def turtle(self) -> str:
        """The W3C validation report graph as Turtle."""
        g = self.results if self.results is not None else Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        g.bind("sh", str(SH))
        return g.serialize(format="turtle")


def shorten(term: str) -> str:
    """``<https://w3id.org/bilateral-kg/id/country/CHN>`` -> ``id:country/CHN`` (longest namespace wins)."""
    iri = term[1:-1] if term.startswith("<") and term.endswith(">") else term
    best = max((ns for ns in PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
    if best is None or term.startswith('"'):
        return term
    prefix = next(p for p, ns in PREFIXES.items() if ns == best)
    return f"{prefix}:{iri[len(best):]}"


def _shapes_graph(shapes: Path | None) -> Graph:
    path = Path(shapes) if shapes is not None else ONTOLOGY_DIR / "shapes.ttl"
    if not path.is_file():
        raise ShapesError(f"{path}: no such shapes file")
    try:
        return Graph().parse(path, format="turtle")
    except Exception as e:  # rdflib raises several parser error types
        raise ShapesError(f"{path}: not valid Turtle: {str(e).strip().splitlines()[0]}") from None


_NSM = None


def _term(node) -> str:
    global _NSM
    if isinstance(node, URIRef):
        return str(node)
    if isinstance(node, Literal):
        if _NSM is None:
            g = Graph(bind_namespaces="none")
            for prefix, ns in PREFIXES.items():
                g.bind(prefix, ns)
            _NSM = g.namespace_manager
        return node.n3(_NSM)
    return f"_:{node}" if isinstance(node, BNode) else str(node)


def _path(results: Graph, node) -> str:
    """A property path as SPARQL-like text: IRIs in full, sequences with /, alternatives with |."""
    if node is None:
        return ""
    if isinstance(node, URIRef):
        return str(node)
    alt = results.value(node, SH.alternativePath)
    if alt is not None:
        return "|".join(shorten(_path(results, p)) for p in Collection(results, alt))
    inverse = results.value(node, SH.inversePath)
    if inverse is not None:
        return "^" + shorten(_path(results, inverse))
    for pred, mark in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = results.value(node, pred)
        if inner is not None:
            return shorten(_path(results, inner)) + mark
    if results.value(node, RDF.first) is not None:
        return "/".join(shorten(_path(results, p)) for p in Collection(results, node))
    return _term(node)


def _violations(results: Graph) -> list[Violation]:
    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        if (None, SH.detail, r) in results:
            continue  # the nested result of an sh:node check; its parent says it better
        messages = sorted(str(m) for m in results.objects(r, SH.resultMessage))
        value = results.value(r, SH.value)
        out.append(Violation(
            focus=_term(results.value(r, SH.focusNode)),
            path=_path(results, results.value(r, SH.resultPath)),
            message=" / ".join(messages) or shorten(str(results.value(r, SH.sourceConstraintComponent))),
            severity=Severity.of(results.value(r, SH.resultSeverity)),
            value=_term(value) if value is not None else "",
        ))
    return sorted(set(out))


def validate(graph: Graph | ox.Store, *, shapes: Path | None = None) -> Report:
    """Validate one graph (facts together with the schemes and countries they point at).

    A pyoxigraph Store is validated on its default graph, in place, which spares the
    rdflib parse (5 s per 100k triples here).
    """
    from pyshacl import validate as shacl
    from pyshacl.graph_abstraction import DataGraph

    shapes_graph = _shapes_graph(shapes)
    data = graph if isinstance(graph, Graph) else DataGraph.from_oxigraph_store(graph)
    conforms, results, _ = shacl(
        data, shacl_graph=shapes_graph, inference="none", advanced=False,
        allow_warnings=True, allow_infos=True,
    )
    return Report(conforms=bool(conforms), violations=_violations(results), results=results)


def validate_store(store: Store, *, shapes: Path | None = None) -> Report:
    """Validate a store's union graph (facts and ontology), copied into one in-memory graph.

    Besides the shapes, every relation with a partnership event must carry its current level:
    an ingest that wrote the events but not the levels would otherwise pass.
    """
    import pyoxigraph as ox

    union = ox.Store()
    data = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").serialize(format=ox.RdfFormat.N_TRIPLES)
    if data:
        union.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
    report = validate(union, shapes=shapes)
    missing = _levels_missing(union)
    if not missing:
        return report
    return Report(conforms=False, violations=sorted(set(report.violations) | set(missing)), results=report.results)


def _levels_missing(union: ox.Store) -> list[Violation]:
    from kg.vocab import BKG

    rows = union.query(f"""SELECT DISTINCT ?rel WHERE {{
        ?ev a <{BKG.PartnershipEvent}> ; <{BKG.relation}> ?rel .
        FILTER NOT EXISTS {{ ?rel <{BKG.partnershipLevel}> ?l }} }}""")
    return [Violation(focus=r["rel"].value, path=str(BKG.partnershipLevel),
                      message="a relation with partnership events has no current level (an interrupted write?)")
            for r in rows]
