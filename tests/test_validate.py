"""SHACL: the hand-built fixture graph conforms, each planted fault in broken.ttl is reported."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph

from kg.store import OxigraphStore, StoreKind
from kg.validate import Report, Severity, ShapesError, Violation, shorten, validate, validate_store
from kg.vocab import ID, ONTOLOGY_DIR, ONTOLOGY_GRAPH, ontology_files

GRAPHS = Path(__file__).resolve().parent / "fixtures" / "graphs"
SCHEMES = ONTOLOGY_DIR / "schemes.ttl"
HAVE_LADDER = (ONTOLOGY_DIR / "levels.ttl").exists() and (ONTOLOGY_DIR / "fields.ttl").exists()

# (focus, path, words of the message) for each fault planted in broken.ttl
EXPECTED = [
    ("id:relation/AZE-CHN-PAK", "bkg:party", "exactly two"),
    ("id:event/PAK-VNM/comprehensive-strategic-partnership/upgrade/2023-11-20", "prov:wasDerivedFrom",
     "at least one prov:wasDerivedFrom"),
    ("id:event/AZE-CHN/strategic-partnership/reaffirm/string-date", "bkg:date", "xsd:date"),
    ("id:event/AZE-CHN/good-friends/reaffirm/undated", "bkg:level", "bkg:PartnershipLevelScheme"),
    ("id:cooperation/RUS-VNM/astrology", "bkg:field", "bkg:CooperationFieldScheme"),
    ("id:agreement/RUS-VNM/mou/fx4", "bkg:agreementType", "bkg:AgreementTypeScheme"),
    ("id:agreement/AZE-CHN/treaty/fx5", "prov:wasDerivedFrom", "bkg:Mention nodes only"),
    ("id:mention/fx-baku-visit/400-450", "bkg:article", "exactly one bkg:article"),
    ("id:mention/fx-baku-visit/500-460", "bkg:startOffset", "less than"),
    ("id:article/fx-no-identifier", "dcterms:identifier", "dcterms:identifier"),
    ("id:country/zzz", "bkg:iso3", "three capital letters"),
]


def _graph(*paths: Path) -> Graph:
    g = Graph()
    for p in paths:
        g.parse(p, format="turtle")
    return g


@pytest.fixture(scope="module")
def valid_report() -> Report:
    return validate(_graph(SCHEMES, GRAPHS / "concepts.ttl", GRAPHS / "valid.ttl"))


@pytest.fixture(scope="module")
def broken_report() -> Report:
    return validate(_graph(SCHEMES, GRAPHS / "concepts.ttl", GRAPHS / "valid.ttl", GRAPHS / "broken.ttl"))


def test_valid_fixture_conforms(valid_report):
    assert valid_report.conforms, valid_report.text()
    assert valid_report.violations == []
    assert valid_report.text().startswith("conforms")


@pytest.mark.skipif(not HAVE_LADDER, reason="ontology/levels.ttl and fields.ttl not written yet")
def test_valid_fixture_conforms_with_the_real_ontology():
    report = validate(_graph(*ontology_files(), GRAPHS / "valid.ttl"))
    assert report.conforms, report.text()


def test_broken_fixture_fails(broken_report):
    assert not broken_report.conforms
    assert all(v.severity is Severity.VIOLATION for v in broken_report.violations)


@pytest.mark.parametrize("focus, path, words", EXPECTED, ids=[e[0].split("/", 1)[1] for e in EXPECTED])
def test_each_planted_fault_is_reported(broken_report, focus, path, words):
    hits = [v for v in broken_report.violations if shorten(v.focus) == focus]
    assert [(shorten(v.path), words in v.message) for v in hits] == [(path, True)], broken_report.text()


def test_nothing_but_the_planted_faults(broken_report):
    assert sorted(shorten(v.focus) for v in broken_report.violations) == sorted(e[0] for e in EXPECTED)


def test_report_is_sorted_and_repeatable(broken_report):
    again = validate(_graph(GRAPHS / "broken.ttl", GRAPHS / "valid.ttl", GRAPHS / "concepts.ttl", SCHEMES))
    assert broken_report.violations == sorted(broken_report.violations) == again.violations
    assert broken_report.text() == again.text()


def test_report_text_has_one_line_per_violation(broken_report):
    lines = broken_report.text().splitlines()
    assert len(lines) == len(EXPECTED) + 1 and lines[-1] == f"{len(EXPECTED)} violations"
    assert "id:relation/AZE-CHN-PAK  bkg:party  A bilateral relation has exactly two" in lines[-2]
    assert any('(value: "2024-07-03")' in line for line in lines)
    assert not any("https://w3id.org" in line for line in lines)


def test_report_turtle_is_the_shacl_results_graph(broken_report):
    g = Graph().parse(data=broken_report.turtle(), format="turtle")
    assert len(list(g.subjects(None, None))) > 0
    assert "sh:ValidationReport" in broken_report.turtle()


def test_a_datetime_is_not_a_date():
    g = _graph(SCHEMES, GRAPHS / "concepts.ttl", GRAPHS / "valid.ttl")
    g.update('PREFIX bkg: <https://w3id.org/bilateral-kg/ontology#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> '
             'DELETE { ?e bkg:date ?d } INSERT { ?e bkg:date "2024-07-03T09:00:00"^^xsd:dateTime } '
             'WHERE { ?e a bkg:PartnershipEvent ; bkg:date ?d }')
    report = validate(g)
    assert [(shorten(v.path), v.value) for v in report.violations] == [
        ("bkg:date", '"2024-07-03T09:00:00"^^xsd:dateTime')]


def test_custom_shapes_file(tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix bkg: <https://w3id.org/bilateral-kg/ontology#> .\n"
        "[] a sh:NodeShape ; sh:targetClass bkg:Country ; sh:property [ sh:path bkg:commonName ; "
        "sh:minCount 1 ; sh:message \"needs a common name\" ] .\n", encoding="utf-8")
    report = validate(_graph(GRAPHS / "valid.ttl"), shapes=shapes)
    assert {shorten(v.focus) for v in report.violations} == {
        "id:country/AZE", "id:country/PAK", "id:country/RUS", "id:country/VNM"}
    assert {v.message for v in report.violations} == {"needs a common name"}


@pytest.mark.parametrize("content, words", [(None, "no such shapes file"), ("this is not turtle", "not valid Turtle")])
def test_bad_shapes_file_is_a_one_line_error(tmp_path, content, words):
    shapes = tmp_path / "shapes.ttl"
    if content is not None:
        shapes.write_text(content, encoding="utf-8")
    with pytest.raises(ShapesError) as e:
        validate(Graph(), shapes=shapes)
    assert str(shapes) in str(e.value) and words in str(e.value) and "\n" not in str(e.value)


def _quads(path: Path, graph) -> list[ox.Quad]:
    return [ox.Quad(q.subject, q.predicate, q.object, graph)
            for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]


@pytest.mark.parametrize("with_faults", [False, True])
def test_validate_store_sees_facts_and_ontology_graph(with_faults):
    """Facts in the default graph, schemes in the ontology graph, as a real store holds them."""
    store = OxigraphStore(ox.Store(), kind=StoreKind.MEMORY, location=":memory:")
    onto = ox.NamedNode(str(ONTOLOGY_GRAPH))
    store.add(_quads(SCHEMES, onto) + _quads(GRAPHS / "concepts.ttl", onto)
              + _quads(GRAPHS / "valid.ttl", ox.DefaultGraph()))
    if with_faults:
        store.add(_quads(GRAPHS / "broken.ttl", ox.DefaultGraph()))
    report = validate_store(store)
    assert report.conforms is not with_faults
    assert len(report.violations) == (len(EXPECTED) if with_faults else 0)


@pytest.mark.skipif(not HAVE_LADDER, reason="ontology/levels.ttl and fields.ttl not written yet")
def test_what_the_model_writes_conforms():
    from corefacts import core_facts

    from kg.model import article_quads, current_level_update
    from kg.store import open_store

    store = open_store(":memory:")
    for facts in core_facts():
        store.add(article_quads(facts))
    store.update(current_level_update())  # as every ingest batch does
    report = validate_store(store)
    assert report.conforms, report.text()


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_shorten_uses_the_longest_project_prefix(rest):
    assert shorten(str(ID) + rest) == "id:" + rest
    assert shorten(f"<{ID}{rest}>") == "id:" + rest
    assert shorten("https://example.org/" + rest) == "https://example.org/" + rest


def test_violation_order_ignores_severity():
    a = Violation("x", "p", "m", Severity.WARNING)
    b = Violation("x", "p", "m", Severity.VIOLATION)
    assert a == b and sorted([Violation("y", "p", "m"), a]) == [a, Violation("y", "p", "m")]


QUERIES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "queries"


@pytest.mark.skipif(not QUERIES.is_dir(), reason="the shared competency queries are not beside this checkout")
def test_fixture_answers_the_competency_queries():
    """valid.ttl has the shape the scorer's queries expect (photovoltaics counts as energy)."""
    g = _graph(SCHEMES, GRAPHS / "concepts.ttl", GRAPHS / "valid.ttl")

    def rows(name, *cols):
        return {tuple(str(r[c]) if r[c] is not None else None for c in cols)
                for r in g.query((QUERIES / f"{name}.rq").read_text(encoding="utf-8"))}

    assert rows("cooperation", "article", "a", "b", "field") == {
        ("fx-baku-visit", "AZE", "CHN", "energy"), ("fx-baku-visit", "AZE", "CHN", "trade"),
        ("fx-hanoi-talks", "RUS", "VNM", "energy")}
    assert rows("agreements", "article", "a", "b", "type") == {
        ("fx-baku-visit", "AZE", "CHN", "joint-statement"), ("fx-baku-visit", "AZE", "CHN", "memorandum"),
        ("fx-hanoi-talks", "RUS", "VNM", "plan")}
    assert rows("partnerships", "article", "a", "b", "action", "date") == {
        ("fx-baku-visit", "AZE", "CHN", "upgrade", "2024-07-03"), ("fx-baku-visit", "AZE", "CHN", "establish", None),
        ("fx-hanoi-talks", "PAK", "VNM", "reaffirm", None)}
