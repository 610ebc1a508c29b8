"""The ontology files parse, declare every term the code uses, and stay in step with pycountry."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg import countries as countries_mod
from kg.vocab import BKG, ONTOLOGY_DIR, action_iri, agreement_type_iri, country_iri, ontology_files, status_iri

ROOT = Path(__file__).resolve().parent.parent
NS = str(BKG._NS)
TTL_FILES = sorted(ONTOLOGY_DIR.glob("*.ttl"))
VOCAB_TERMS = sorted(BKG.__annotations__)
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
DECLARING_TYPES = PROPERTY_TYPES | {OWL.Class, SKOS.ConceptScheme}


@pytest.fixture(scope="module")
def bkg() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "bkg.ttl")


@pytest.fixture(scope="module")
def schemes() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "schemes.ttl")


@pytest.fixture(scope="module")
def country_graph() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "countries.ttl")


def _declared(g: Graph) -> set[str]:
    return {str(s)[len(NS):] for s, t in g.subject_objects(RDF.type)
            if isinstance(s, URIRef) and str(s).startswith(NS) and t in DECLARING_TYPES}


@pytest.mark.parametrize("path", TTL_FILES, ids=lambda p: p.name)
def test_every_ontology_file_parses_with_rdflib_and_oxigraph(path):
    assert len(Graph().parse(path, format="turtle")) > 0
    assert len(list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))) > 0


def test_store_loads_every_file_but_the_shapes():
    assert ONTOLOGY_DIR / "shapes.ttl" not in ontology_files()
    assert {p.name for p in ontology_files()} >= {"bkg.ttl", "schemes.ttl", "countries.ttl"}


def test_ontology_header(bkg):
    onto = URIRef("https://w3id.org/bilateral-kg/ontology")
    assert (onto, RDF.type, OWL.Ontology) in bkg
    version = bkg.value(onto, OWL.versionIRI)
    assert version is not None and str(version).startswith(str(onto) + "/")
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.license):
        assert bkg.value(onto, prop) is not None, prop


@pytest.mark.parametrize("term", VOCAB_TERMS)
def test_vocab_term_is_declared_with_english_label_and_comment(bkg, term):
    iri = BKG[term]
    types = set(bkg.objects(iri, RDF.type))
    assert types & DECLARING_TYPES, f"bkg:{term} has no OWL/SKOS type in bkg.ttl"
    for prop in (RDFS.label, RDFS.comment):
        assert any(isinstance(v, Literal) and v.language == "en" for v in bkg.objects(iri, prop)), (term, prop)


def test_ontology_declares_nothing_the_code_does_not_name(bkg):
    assert _declared(bkg) - set(VOCAB_TERMS) == set()


def test_object_and_datatype_properties_have_domain_and_range(bkg):
    for t in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in bkg.subjects(RDF.type, t):
            assert bkg.value(prop, RDFS.domain) is not None, prop
            assert bkg.value(prop, RDFS.range) is not None, prop


@pytest.mark.parametrize("name", ["PartnershipLevel", "CooperationField", "AgreementType",
                                  "PartnershipAction", "AgreementStatus"])
def test_concept_classes_are_skos_concepts(bkg, name):
    assert (BKG[name], RDFS.subClassOf, SKOS.Concept) in bkg
    assert (BKG[name + "Scheme"], RDF.type, SKOS.ConceptScheme) in bkg


@pytest.mark.parametrize("cls", ["PartnershipEvent", "CooperationStatement", "Agreement", "Mention"])
def test_provenance_bearing_classes_are_prov_entities(bkg, cls):
    assert (BKG[cls], RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")) in bkg


# -- every bkg: term used anywhere in the project is declared ---------------------------

_PY_TERM = re.compile(r"\bBKG\.([A-Za-z]\w*)|\bbkg:([A-Za-z]\w*)|ontology#([A-Za-z]\w*)")
_RQ_TERM = re.compile(r"\bbkg:([A-Za-z]\w*)|ontology#([A-Za-z]\w*)")


def _used_in_text(path: Path) -> set[str]:
    pattern = _PY_TERM if path.suffix == ".py" else _RQ_TERM
    return {next(g for g in m.groups() if g) for m in pattern.finditer(path.read_text(encoding="utf-8"))}


def _used_in_turtle(path: Path) -> set[str]:
    g = Graph().parse(path, format="turtle")
    return {str(t)[len(NS):] for triple in g for t in triple if isinstance(t, URIRef) and str(t).startswith(NS)}


def _sources() -> list[Path]:
    kg = ROOT / "kg"
    files = sorted(kg.rglob("*.py")) + sorted(kg.rglob("*.rq")) + sorted(kg.rglob("*.ttl"))
    return files + TTL_FILES + sorted((ROOT / "tests" / "fixtures" / "graphs").glob("*.ttl"))


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_bkg_term_used_is_declared(bkg, path):
    used = _used_in_turtle(path) if path.suffix == ".ttl" else _used_in_text(path)
    assert used - _declared(bkg) == set()


def test_term_scanner_finds_terms():
    sample = 'x = BKG.party\nq = "SELECT ?a WHERE { ?a bkg:iso3 ?c ; <' + NS + 'level> ?l }"\n'
    found = {next(g for g in m.groups() if g) for m in _PY_TERM.finditer(sample)}
    assert found == {"party", "iso3", "level"}


# -- the small SKOS schemes --------------------------------------------------------------

SCHEMES = {
    "AgreementTypeScheme": (agreement_type_iri, BKG.AgreementType,
                            ["joint-statement", "joint-declaration", "memorandum", "agreement",
                             "treaty", "plan", "protocol", "other"]),
    "PartnershipActionScheme": (action_iri, BKG.PartnershipAction,
                                ["upgrade", "establish", "reaffirm", "downgrade"]),
    "AgreementStatusScheme": (status_iri, BKG.AgreementStatus, ["signed", "planned"]),
}


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_small_scheme_concepts(schemes, scheme):
    mint, cls, notations = SCHEMES[scheme]
    members = set(schemes.subjects(SKOS.inScheme, BKG[scheme]))
    assert members == {mint(n) for n in notations}
    for n in notations:
        c = mint(n)
        assert schemes.value(c, SKOS.notation) == Literal(n)
        assert (c, RDF.type, cls) in schemes and (c, RDF.type, SKOS.Concept) in schemes
        assert (c, SKOS.topConceptOf, BKG[scheme]) in schemes
        assert (BKG[scheme], SKOS.hasTopConcept, c) in schemes
        for prop in (SKOS.prefLabel, SKOS.definition):
            assert schemes.value(c, prop).language == "en", (c, prop)


@pytest.mark.parametrize("alt, notation", [("MoU", "memorandum"), ("memorandum of understanding", "memorandum"),
                                           ("communiqué", "joint-statement"), ("roadmap", "plan"),
                                           ("action plan", "plan"), ("programme", "plan")])
def test_agreement_type_alt_labels(schemes, alt, notation):
    assert (agreement_type_iri(notation), SKOS.altLabel, Literal(alt, lang="en")) in schemes


def test_no_alt_label_names_two_concepts_of_one_scheme(schemes):
    seen: dict[tuple, URIRef] = {}
    for c, label in schemes.subject_objects(SKOS.altLabel):
        key = (schemes.value(c, SKOS.inScheme), str(label).lower())
        assert seen.setdefault(key, c) == c, key


# -- countries ---------------------------------------------------------------------------

def test_countries_ttl_is_up_to_date(tmp_path):
    fresh = countries_mod.write_countries_ttl(tmp_path / "countries.ttl")
    assert fresh.read_bytes() == (ONTOLOGY_DIR / "countries.ttl").read_bytes(), \
        "ontology/countries.ttl is stale: regenerate it with kg.countries.write_countries_ttl"


def test_country_triples_are_deterministic():
    assert list(countries_mod.country_triples()) == list(countries_mod.country_triples())


def test_every_iso_country_and_kosovo(country_graph):
    import pycountry

    codes = {str(c) for c in country_graph.objects(None, BKG.iso3)}
    assert codes == {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    assert len(set(country_graph.subjects(RDF.type, BKG.Country))) == len(codes)


def test_each_country_has_one_pref_label_and_codes(country_graph):
    for c in country_graph.subjects(RDF.type, BKG.Country):
        iso3 = str(country_graph.value(c, BKG.iso3))
        assert c == country_iri(iso3)
        assert re.fullmatch(r"[A-Z]{3}", iso3) and re.fullmatch(r"[A-Z]{2}", str(country_graph.value(c, BKG.iso2)))
        assert country_graph.value(c, BKG.iso3).datatype is None
        assert len(list(country_graph.objects(c, SKOS.prefLabel))) == 1
        assert list(country_graph.objects(c, RDFS.label)), iso3


@pytest.mark.parametrize("iso3, pref, label, common", [
    ("CHN", "China", "People's Republic of China", "PRC"),
    ("RUS", "Russia", "Russian Federation", None),
    ("KOR", "South Korea", "Korea, Republic of", "Republic of Korea"),
    ("VNM", "Vietnam", "Viet Nam", None),
    ("GBR", "United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "Britain"),
    ("TUR", "Türkiye", "Republic of Türkiye", "Turkey"),
    ("XKX", "Kosovo", "Republic of Kosovo", None),
    ("JPN", "Japan", "Japan", None),
])
def test_country_names(country_graph, iso3, pref, label, common):
    c = country_iri(iso3)
    assert country_graph.value(c, SKOS.prefLabel) == Literal(pref, lang="en")
    assert (c, RDFS.label, Literal(label, lang="en")) in country_graph
    commons = {str(n) for n in country_graph.objects(c, BKG.commonName)}
    assert pref not in commons and label not in commons
    if common:
        assert common in commons
