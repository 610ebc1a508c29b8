"""The filtered country graph as networkx: relations as edges, fields and agreements as layer nodes."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from operator import itemgetter
from pathlib import Path

from kg.errors import AnalyzeError as GraphError
from kg import summary
from kg.analyze.filters import MAX_EVIDENCE, Layer, Selection, relations
from kg.analyze.loading import ID, _Data
from kg.levels import stored_levels
from kg.store import Store

__all__ = ["load_graph", "graph_attrs", "node_attrs", "slider_time"]



def load_graph(store: Store, selection: Selection = Selection(), *, layers: Iterable[Layer] = (),
               evidence: int = MAX_EVIDENCE):
    """The (filtered) country graph, with layer nodes if asked; deterministic node and edge order.

    Each edge and agreement keeps its ``evidence`` best sentences (newest first) and their total.
    """
    sel = selection
    if sel.since and sel.until and sel.since > sel.until:
        raise GraphError(f"--since {sel.since} is after --until {sel.until}")
    if sel.depth < 0:
        raise GraphError("--depth must be 0 or more")
    if sel.until is not None:  # the graph as its sources knew it then: the one as-of view
        from kg.asof import as_of

        store = as_of(store, sel.until)
    data, records = _records(store, sel, evidence)
    focus = data.country(sel.country) if sel.country else None
    min_rank = data.rank(data.level(sel.min_level)) if sel.min_level else None
    fields = data.field_tree(sel.field) if sel.field else None
    if sel.query is not None:
        extra_nodes, pairs, other = _query_result(store, sel.query, data)
    else:
        extra_nodes, pairs, other = {}, sorted(records), []
    edges = _country_edges(pairs, records, query=sel.query is not None, min_rank=min_rank, fields=fields)
    edges += [(s, o, {"kind": "triple", "predicate": pred, "weight": 1, "articles": 0, "level": None,
                      "level_label": None, "rank": 0}) for s, o, pred in other]
    g = _graph(edges, data, extra_nodes)
    if focus is not None:
        import networkx as nx

        g.add_node(focus, **node_attrs(focus, data, extra_nodes))
        g = _sorted_graph(nx.ego_graph(g, focus, radius=sel.depth))
    country_edges = [(a, b, d) for a, b, d in g.edges(data=True) if d["kind"] == "relation"]
    layer_set = set(layers)
    if Layer.FIELDS in layer_set:
        _add_field_layer(g, country_edges, data, fields)
    if Layer.AGREEMENTS in layer_set:
        _add_agreement_layer(g, country_edges, fields)
    times = [d.pop("_time", None) for _, _, d in country_edges]
    if sel.query is None and country_edges and None not in times:  # stored with the summaries
        g.graph["summary_time"] = slider_time(country_edges, times)
    for _, _, d in country_edges:
        del d["_fields"], d["_agreements"]
    g.graph.update(graph_attrs(data, sel))
    return g


def graph_attrs(data: _Data, sel: Selection) -> dict:
    """What the page reads of a graph beside its nodes and edges (also the stored page graph's, kg/viz.py)."""
    return {"selection": sel, "levels": {iri: (lv["label"], lv["rank"]) for iri, lv in data.levels.items()},
            "countries": frozenset(data.countries)}


def _records(store: Store, sel: Selection, evidence: int) -> tuple[_Data, dict]:
    """The relations as edge records: from the stored summaries when they answer this selection,
    else derived from every fact and mention (a date window, more sentences, an older store)."""
    if sel.since is None and sel.until is None and evidence <= summary.EVIDENCE:
        data = _Data(store, facts=False)
        stored = summary.read(store)
        if stored is not None:
            if evidence < summary.EVIDENCE:
                for rec in stored.values():
                    del rec["_page"]  # it holds the stored sentences: the page derives its part from these
                    rec["evidence"] = rec["evidence"][:evidence]
                    for ag in rec["_agreements"]:
                        ag["evidence"] = ag["evidence"][:evidence]
            return data, stored
    data = _Data(store)
    return data, {p: summary.relation_record(rel, data, evidence=evidence) for p, rel in relations(data, sel, stored_levels(store)).items()}


def slider_time(edges: list, times: list) -> dict:
    """The page's year slider data (:func:`kg.history.page_time`'s shape) from the summaries' ``_time``."""
    out: dict = {"steps": {}, "first": {}, "conflicts": set()}
    for (a, b, _), (first, steps, conflict) in zip(edges, times):
        out["steps"][(a, b)] = steps
        if first is not None:
            out["first"][(a, b)] = first
        if conflict:
            out["conflicts"].add((a, b))
    return out


def _country_edges(pairs, records: dict, *, query: bool, min_rank, fields) -> list:
    """(a, b, attributes) for each pair that passes the filters, in the pairs' order."""
    out = []
    for a, b in pairs:
        rec = records.get((a, b))
        if rec is None:
            if query and min_rank is None and fields is None:
                out.append((a, b, {"kind": "pair", "weight": 1, "articles": 0, "level": None, "level_label": None,
                                   "rank": 0}))
            continue
        if min_rank is not None and (rec["level"] is None or rec["rank"] < min_rank):
            continue
        if fields is not None and not (set(rec["_fields"]) & fields
                                       or any(set(ag["fields"]) & fields for ag in rec["_agreements"])):
            continue
        out.append((a, b, rec))
    return out


def node_attrs(n: str, data: _Data, extra_nodes: dict) -> dict:
    if n in data.countries:
        return {"kind": "country", "label": data.countries[n], "iso3": n,
                "names": sorted(data.country_names.get(n, ()))}
    return {"kind": "node", "label": extra_nodes.get(n, n)}


def _graph(edges: list, data: _Data, extra_nodes: dict):
    """A graph whose nodes come sorted (countries first) before any edge, so edges iterate as (lower, higher)."""
    import networkx as nx

    g = nx.Graph()
    ends = {n for a, b, _ in edges for n in (a, b)}
    g.add_nodes_from((n, node_attrs(n, data, extra_nodes))
                     for n in sorted(ends, key=lambda n: (n not in data.countries, str(n))))
    g.add_edges_from(edges)
    return g


def _sorted_graph(g):
    import networkx as nx

    out = nx.Graph(**g.graph)
    out.add_nodes_from(sorted(g.nodes(data=True), key=lambda nd: (nd[1].get("kind") != "country", str(nd[0]))))
    out.add_edges_from(sorted(((min(a, b), max(a, b), d) for a, b, d in g.edges(data=True)), key=itemgetter(0, 1)))
    return out


def _add_field_layer(g, edges, data: _Data, only: set[str] | None) -> None:
    partners: dict = defaultdict(lambda: defaultdict(set))
    for a, b, d in edges:
        for f in d["_fields"]:
            if only is None or f in only:
                partners[f][a].add(b)
                partners[f][b].add(a)
    for f in sorted(partners):
        node = "field/" + f.rsplit("/", 1)[1]
        g.add_node(node, kind="field", label=data.field_label(f))
        for c in sorted(partners[f]):
            ids = sorted(partners[f][c])
            names = [data.countries.get(p, p) for p in ids]
            g.add_edge(c, node, kind="field", partners=names, partner_ids=ids, weight=len(ids), articles=0,
                       level=None, level_label=None, rank=0)


def _add_agreement_layer(g, edges, only: set[str] | None) -> None:
    for a, b, d in edges:
        for ag in d["_agreements"]:
            if only is not None and not set(ag["fields"]) & only:
                continue
            node, info = ag["node"], ag["info"]
            g.add_node(node, kind="agreement", label=info["name"] or info["type"], info=info,
                       evidence=ag["evidence"], evidence_total=ag["evidence_total"], parties=[a, b])
            for c in (a, b):
                g.add_edge(c, node, kind="agreement", weight=1, articles=0, level=None, level_label=None, rank=0)


def _query_result(store: Store, path: Path, data: _Data):
    """A user's query as pairs of countries plus other triples: (labels, pairs, triples)."""
    import pyoxigraph as ox

    from kg.query import QueryError, compact, run_query

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise GraphError(f"{path}: cannot read the query ({type(e).__name__})") from None
    try:
        result = run_query(store, text)
    except QueryError as e:
        raise GraphError(f"{path}: {e}") from None
    if result is None or isinstance(result, ox.QueryBoolean):
        raise GraphError(f"{path}: draw a CONSTRUCT or a SELECT of pairs ?a ?b, not an ASK or an update")

    def node(term) -> str:
        if isinstance(term, ox.NamedNode) and term.value.startswith(ID + "country/"):
            return term.value.rsplit("/", 1)[1]
        if isinstance(term, ox.Literal) and term.value.upper() in data.countries and len(term.value) == 3:
            return term.value.upper()
        return compact(term)

    labels: dict[str, str] = {}
    pairs: set = set()
    other: set = set()
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        if len(names) < 2:
            raise GraphError(f"{path}: a SELECT to draw needs two variables (?a ?b), got {len(names)}")
        va, vb = ("a", "b") if {"a", "b"} <= set(names) else (names[0], names[1])
        for row in result:
            if row[va] is not None and row[vb] is not None:
                _add_pair(node(row[va]), node(row[vb]), "", data, pairs, other)
    else:
        for t in result:
            if not isinstance(t.object, ox.Literal):
                _add_pair(node(t.subject), node(t.object), compact(t.predicate), data, pairs, other)
    for x, y, _ in other:
        for n in (x, y):
            if n not in data.countries:
                labels[n] = n
    return labels, sorted(pairs), sorted(other)


def _add_pair(x: str, y: str, predicate: str, data: _Data, pairs: set, other: set) -> None:
    if x == y:
        return
    if x in data.countries and y in data.countries:
        pairs.add((min(x, y), max(x, y)))
    else:
        other.add((x, y, predicate))


