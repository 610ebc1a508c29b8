"""kg analyze: the graph read from the store, its filters, measures and strongest path."""
from __future__ import annotations

import datetime as dt
import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.analyze import (
    GraphError, Layer, Measure, Selection, country_graph, load_graph, measure, parse_date, parse_layers,
    strongest_path,
)
from vizdata import KZ_ESTABLISH, KZ_UPGRADE, load_viz


def edges(g) -> dict:
    return {(a, b): d.get("level_label") for a, b, d in g.edges(data=True)}


ALL = {("BRA", "CHN"): "strategic partnership", ("CHN", "EGY"): "comprehensive strategic partnership",
       ("CHN", "KAZ"): "comprehensive strategic partnership",
       ("CHN", "PAK"): "all-weather strategic cooperative partnership", ("EGY", "FRA"): None, ("KAZ", "PAK"): None}


@pytest.mark.parametrize("selection, expected", [
    (Selection(), ALL),
    (Selection(until=dt.date(2008, 1, 1)),
     {("BRA", "CHN"): "strategic partnership", ("CHN", "KAZ"): "strategic partnership"}),
    (Selection(until=dt.date(2012, 1, 1)),
     {("BRA", "CHN"): "strategic partnership", ("CHN", "KAZ"): "comprehensive strategic partnership"}),
    # levels set before --since still held then; cooperation reported only before it drops out
    (Selection(since=dt.date(2020, 1, 1)),
     {k: v for k, v in ALL.items() if v is not None}),
    (Selection(since=dt.date(2016, 1, 1), until=dt.date(2017, 1, 1)),
     {("BRA", "CHN"): "strategic partnership", ("CHN", "EGY"): "comprehensive strategic partnership",
      ("CHN", "KAZ"): "comprehensive strategic partnership", ("KAZ", "PAK"): None}),
    (Selection(min_level="comprehensive strategic partnership"),
     {k: v for k, v in ALL.items() if v and v != "strategic partnership"}),
    (Selection(min_level="Strategic Partnership"), {k: v for k, v in ALL.items() if v}),
    (Selection(min_level="comprehensive strategic cooperative partnership"),  # rank 65: only the all-weather one
     {("CHN", "PAK"): "all-weather strategic cooperative partnership"}),
    (Selection(field="energy"), {k: ALL[k] for k in [("CHN", "EGY"), ("CHN", "KAZ")]}),
    (Selection(field="photovoltaics"), {("CHN", "EGY"): "comprehensive strategic partnership"}),
    (Selection(field="trade"), {("EGY", "FRA"): None, ("KAZ", "PAK"): None}),
    (Selection(country="KAZ"), {k: ALL[k] for k in [("CHN", "KAZ"), ("CHN", "PAK"), ("KAZ", "PAK")]}),
    (Selection(country="fra"), {("EGY", "FRA"): None}),
    (Selection(country="FRA", depth=2), {("CHN", "EGY"): ALL[("CHN", "EGY")], ("EGY", "FRA"): None}),
    (Selection(country="BRA", until=dt.date(2008, 1, 1)), {("BRA", "CHN"): "strategic partnership"}),
])
def test_filters(store, selection, expected):
    assert edges(load_graph(store, selection)) == expected


def test_default_levels_agree_with_the_store(store):
    """Levels computed from the events match what kg.model wrote as bkg:partnershipLevel."""
    rows = store.query("""PREFIX bkg: <https://w3id.org/bilateral-kg/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?a ?b ?label WHERE { ?r bkg:partnershipLevel/skos:prefLabel ?label ; bkg:party ?x, ?y .
        ?x bkg:iso3 ?a . ?y bkg:iso3 ?b . FILTER(?a < ?b) }""")
    from_store = {(r["a"].value, r["b"].value): r["label"].value for r in rows}
    assert from_store == {k: v for k, v in ALL.items() if v}


def test_edge_carries_history_since_fields_and_evidence(store):
    d = load_graph(store).edges["CHN", "KAZ"]
    assert d["since"] == "2011-06-13"
    assert [(h["when"], h["action"], h["level"]) for h in d["history"]] == [
        ("2005-07-04", "establish", "strategic partnership"),
        ("2011-06-13", "upgrade", "comprehensive strategic partnership")]
    assert d["fields"] == ["Nuclear energy", "Oil and gas"]
    assert [a["type"] for a in d["agreements"]] == ["memorandum"]
    sentences = [e["sentence"] for e in d["evidence"]]
    assert KZ_UPGRADE in sentences and KZ_ESTABLISH in sentences
    assert d["articles"] == 2


def test_planned_agreements_are_kept_apart(store):
    d = load_graph(store).edges["EGY", "FRA"]
    assert [(a["type"], a["status"], a["fields"]) for a in d["agreements"]] == [("agreement", "planned", ["Culture"])]


def test_since_keeps_the_event_that_set_the_level_but_not_older_ones(store):
    d = load_graph(store, Selection(since=dt.date(2020, 1, 1))).edges["CHN", "KAZ"]
    sentences = [e["sentence"] for e in d["evidence"]]
    assert sentences == [KZ_UPGRADE]


def test_layers_add_field_and_agreement_nodes(store):
    g = load_graph(store, layers=[Layer.FIELDS, Layer.AGREEMENTS])
    kinds = {}
    for _, d in g.nodes(data=True):
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    assert kinds == {"country": 6, "field": 7, "agreement": 3}
    assert sorted(g.neighbors("field/trade")) == ["EGY", "FRA", "KAZ", "PAK"]
    assert g.edges["KAZ", "field/trade"]["partners"] == ["Pakistan"]
    energy = load_graph(store, Selection(field="energy"), layers=[Layer.FIELDS])
    assert sorted(n for n, d in energy.nodes(data=True) if d["kind"] == "field") == [
        "field/nuclear-energy", "field/oil-and-gas", "field/photovoltaics"]


def test_query_of_pairs_draws_those_pairs(store, tmp_path):
    rq = tmp_path / "pairs.rq"
    rq.write_text("SELECT ?a ?b WHERE { ?r bkg:partnershipLevel ?l ; bkg:party ?a, ?b . "
                  "?l bkg:rank ?k . FILTER(?k >= 60 && STR(?a) < STR(?b)) }", encoding="utf-8")
    assert set(edges(load_graph(store, Selection(query=rq)))) == {("CHN", "EGY"), ("CHN", "KAZ"), ("CHN", "PAK")}
    construct = tmp_path / "c.rq"
    construct.write_text("CONSTRUCT { ?x bkg:field ?f } WHERE { ?x a bkg:CooperationStatement ; bkg:field ?f ; "
                         "bkg:relation id:relation\\/EGY-FRA }", encoding="utf-8")
    g = load_graph(store, Selection(query=construct))
    assert g.number_of_edges() == 2 and all(d["kind"] == "triple" for *_, d in g.edges(data=True))


@pytest.mark.parametrize("selection, message", [
    (Selection(country="XYZ"), "unknown country code 'XYZ'"),
    (Selection(min_level="best friends"), "unknown level 'best friends'"),
    (Selection(field="gardening"), "unknown field 'gardening'"),
    (Selection(since=dt.date(2020, 1, 1), until=dt.date(2010, 1, 1)), "is after"),
])
def test_bad_selection_is_one_line(store, selection, message):
    with pytest.raises(GraphError, match=message) as e:
        load_graph(store, selection)
    assert "\n" not in str(e.value)


def test_query_that_is_not_a_graph(store, tmp_path):
    rq = tmp_path / "ask.rq"
    rq.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    with pytest.raises(GraphError, match="ask.rq"):
        load_graph(store, Selection(query=rq))


def test_measures_by_hand(store):
    rows = {r["country"]: r for r in measure(load_graph(store))}
    assert {c: r["partners"] for c, r in rows.items()} == {"BRA": 1, "CHN": 4, "EGY": 2, "FRA": 1, "KAZ": 2, "PAK": 2}
    # weighted degree: supporting articles; China–Kazakhstan has two
    assert rows["CHN"]["degree"] == 5 and rows["KAZ"]["degree"] == 3
    # 10 pairs of other countries; China lies on the only shortest path of 8, Egypt of 4 (all France's)
    assert {c: r["betweenness"] for c, r in rows.items()} == {
        "BRA": 0.0, "CHN": 0.8, "EGY": 0.4, "FRA": 0.0, "KAZ": 0.0, "PAK": 0.0}
    assert rows["KAZ"]["eigenvector"] == rows["PAK"]["eigenvector"]  # symmetric positions
    assert max(rows.values(), key=lambda r: r["eigenvector"])["country"] == "CHN"
    assert rows["FRA"]["eigenvector"] < rows["BRA"]["eigenvector"]
    assert rows["EGY"]["community"] == rows["FRA"]["community"] != rows["KAZ"]["community"]


@pytest.mark.parametrize("only", [Measure.PARTNERS, Measure.DEGREE])
def test_one_cheap_measure_agrees_with_all(store, only):
    g = load_graph(store, layers=[Layer.FIELDS, Layer.AGREEMENTS])  # layer edges are not partners
    full = [(r["country"], r["name"], r[only.value]) for r in measure(g)]
    assert [(r["country"], r["name"], r[only.value]) for r in measure(g, only=only)] == full
    assert dict((c, v) for c, _, v in full)["CHN"] == {Measure.PARTNERS: 4, Measure.DEGREE: 5}[only]


def test_eigenvector_of_a_star():
    """A star with k leaves: the centre has 1/sqrt(2), each leaf 1/sqrt(2k)."""
    import networkx as nx

    g = nx.Graph()
    for c in ["AAA", "BBB", "CCC", "DDD", "EEE"]:
        g.add_node(c, kind="country", label=c)
    for leaf in ["BBB", "CCC", "DDD", "EEE"]:
        g.add_edge("AAA", leaf, kind="relation", weight=1, rank=0)
    rows = {r["country"]: r for r in measure(g)}
    assert rows["AAA"]["eigenvector"] == pytest.approx(1 / math.sqrt(2), abs=1e-4)
    assert rows["BBB"]["eigenvector"] == pytest.approx(1 / math.sqrt(8), abs=1e-4)
    assert rows["AAA"]["betweenness"] == 1.0


def test_measures_of_an_empty_graph(store):
    assert measure(load_graph(store, Selection(until=dt.date(1900, 1, 1)))) == []


@pytest.mark.parametrize("a, b, chain", [
    ("PAK", "KAZ", ["PAK", "CHN", "KAZ"]),  # the direct tie is cooperation only: go through China
    ("FRA", "BRA", ["FRA", "EGY", "CHN", "BRA"]),
    ("kaz", "chn", ["KAZ", "CHN"]),
])
def test_strongest_path(store, a, b, chain):
    steps = strongest_path(load_graph(store), a, b)
    assert [s.a for s in steps] + [steps[-1].b] == chain


def test_strongest_path_prefers_the_closer_of_two_equal_bottlenecks():
    import networkx as nx

    g = nx.Graph()
    for c in "ABCD":
        g.add_node(c * 3, kind="country", label=c)
    for x, y, rank in [("AAA", "BBB", 40), ("BBB", "DDD", 40), ("AAA", "CCC", 40), ("CCC", "DDD", 90)]:
        g.add_edge(x, y, kind="relation", rank=rank, level_label=str(rank), since="", weight=1)
    steps = strongest_path(g, "AAA", "DDD")
    assert [s.b for s in steps] == ["CCC", "DDD"]


@pytest.mark.parametrize("a, b, message", [
    ("XXX", "CHN", "unknown country code"), ("CHN", "USA", "no relations"), ("CHN", "CHN", "two different")])
def test_strongest_path_errors(store, a, b, message):
    with pytest.raises(GraphError, match=message):
        strongest_path(load_graph(store), a, b)


def test_country_graph_drops_layers(store):
    g = load_graph(store, layers=[Layer.FIELDS, Layer.AGREEMENTS])
    cg = country_graph(g)
    assert cg.number_of_nodes() == 6 and cg.number_of_edges() == 6


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_parse_date_round_trip(day):
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.year:04d}") == dt.date(day.year, 1, 1)
    end = parse_date(f"{day.year:04d}-{day.month:02d}", end=True)
    assert end.month == day.month and end >= day and (end + dt.timedelta(days=1)).month != day.month


@given(st.text(max_size=12))
def test_parse_date_rejects_or_returns_a_date(text):
    try:
        assert isinstance(parse_date(text), dt.date)
    except GraphError as e:
        assert "\n" not in str(e)


def test_parse_layers():
    assert parse_layers("fields, Agreements") == {Layer.FIELDS, Layer.AGREEMENTS}
    assert parse_layers("") == frozenset()
    with pytest.raises(GraphError, match="unknown layer 'x'"):
        parse_layers("fields,x")


def test_cli_analyze(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main
    from kg.store import open_store

    loc = str(tmp_path / "store")
    with open_store(loc) as s:
        load_viz(s)
    run = CliRunner().invoke
    res = run(main, ["analyze", "--store", loc, "--format", "json", "--sort-by", "betweenness", "--top", "2"])
    assert res.exit_code == 0, res.output
    assert [(r["country"], r["betweenness"]) for r in json.loads(res.output)] == [("CHN", 0.8), ("EGY", 0.4)]
    res = run(main, ["analyze", "--store", loc, "--format", "csv", "--until", "2008"])
    assert res.output.splitlines()[0] == "country,name,partners,degree,betweenness,eigenvector,community"
    assert sorted(line.split(",")[0] for line in res.output.splitlines()[1:]) == ["BRA", "CHN", "KAZ"]
    res = run(main, ["analyze", "--store", loc, "path", "PAK", "KAZ"])
    assert res.exit_code == 0 and "weakest link: CHN–KAZ, comprehensive strategic partnership (rank 60)" in res.output
    res = run(main, ["analyze", "path", "PAK", "KAZ", "--store", loc, "--until", "2008"])
    assert res.exit_code == 1 and res.output.strip() == "kg: error: PAK has no relations in this graph"
    res = run(main, ["analyze", "--store", loc, "--since", "yesterday"])
    assert res.exit_code == 1 and res.output.strip() == "kg: error: bad date 'yesterday': use YYYY-MM-DD, YYYY-MM or YYYY"


def test_eigenvector_is_defined_outside_the_largest_group():
    """Two groups: each country's value is its group's own centrality scaled by the group's share."""
    import networkx as nx

    g = nx.Graph()
    star, pair = ["AAA", "BBB", "CCC", "DDD", "EEE"], ["FFF", "GGG"]
    for c in star + pair:
        g.add_node(c, kind="country", label=c)
    for leaf in star[1:]:
        g.add_edge("AAA", leaf, kind="relation", weight=1, rank=0)
    g.add_edge("FFF", "GGG", kind="relation", weight=1, rank=0)
    rows = {r["country"]: r["eigenvector"] for r in measure(g)}
    assert rows["AAA"] == pytest.approx(1 / math.sqrt(2) * 5 / 7, abs=1e-4)
    assert rows["FFF"] == rows["GGG"] == pytest.approx(1 / math.sqrt(2) * 2 / 7, abs=1e-4)
    assert 0 < rows["FFF"] < rows["AAA"]
    alone = {r["country"]: r["eigenvector"] for r in measure(g.subgraph(star).copy())}
    assert rows["BBB"] / rows["CCC"] == pytest.approx(alone["BBB"] / alone["CCC"])
