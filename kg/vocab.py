"""The project's vocabulary as Python names, checked against ``ontology/*.ttl``.

Every ontology term the code uses goes through :class:`BKG`, so a typo fails
at import (``AttributeError``) and ``tests/test_ontology.py`` fails if a term
here is missing from the ontology file.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from kg import iris
from kg.prefixes import BASE, ONTOLOGY_GRAPH_IRI, PREFIXES

__all__ = [
    "BKG", "ID", "GRAPH", "PROV", "DCTERMS", "SKOS", "XSD", "ONTOLOGY_DIR",
    "ONTOLOGY_GRAPH", "PREFIXES", "ontology_files", "level_iri", "field_iri",
    "agreement_type_iri", "action_iri", "status_iri", "country_iri", "slug",
]


class BKG(DefinedNamespace):
    """https://w3id.org/bilateral-kg/ontology#"""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Country: URIRef
    BilateralRelation: URIRef
    PartnershipEvent: URIRef
    CooperationStatement: URIRef
    Agreement: URIRef
    PlannedAgreement: URIRef
    Mention: URIRef
    Article: URIRef
    PartnershipLevel: URIRef
    CooperationField: URIRef
    AgreementType: URIRef
    PartnershipAction: URIRef
    AgreementStatus: URIRef
    # properties
    iso3: URIRef
    iso2: URIRef
    commonName: URIRef
    party: URIRef
    relation: URIRef
    level: URIRef
    action: URIRef
    date: URIRef
    year: URIRef
    month: URIRef
    conflictsWith: URIRef
    field: URIRef
    agreementType: URIRef
    agreementCount: URIRef
    status: URIRef
    article: URIRef
    text: URIRef
    startOffset: URIRef
    endOffset: URIRef
    contentHash: URIRef
    partnershipLevel: URIRef
    levelSince: URIRef
    rank: URIRef
    summary: URIRef
    summaryRecord: URIRef
    countsFrom: URIRef
    # concept schemes
    PartnershipLevelScheme: URIRef
    CooperationFieldScheme: URIRef
    AgreementTypeScheme: URIRef
    PartnershipActionScheme: URIRef
    AgreementStatusScheme: URIRef


ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
ONTOLOGY_GRAPH = URIRef(ONTOLOGY_GRAPH_IRI)
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")



def _find_ontology_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "_ontology", here.parent / "ontology"):
        if (candidate / "bkg.ttl").exists():
            return candidate
    return here.parent / "ontology"


ONTOLOGY_DIR = _find_ontology_dir()


def ontology_files() -> list[Path]:
    """The Turtle files loaded into every new store, in a fixed order (shapes excluded)."""
    return sorted(p for p in ONTOLOGY_DIR.glob("*.ttl") if p.name != "shapes.ttl")


slug = iris.slug


def country_iri(iso3: str) -> URIRef:
    return URIRef(iris.country(iso3.upper()))


def level_iri(name: str) -> URIRef:
    return URIRef(iris.level(slug(name)))


def field_iri(field_id: str) -> URIRef:
    return URIRef(iris.field(field_id))


def agreement_type_iri(notation: str) -> URIRef:
    return URIRef(iris.agreement_type(notation))


def action_iri(notation: str) -> URIRef:
    return URIRef(iris.action(notation))


def status_iri(notation: str) -> URIRef:
    return URIRef(iris.status(notation))
