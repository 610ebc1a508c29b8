"""Measures per country: partners, weighted degree, betweenness, eigenvector, community."""
from __future__ import annotations

import enum

__all__ = ["Measure", "measure", "MEASURE_COLUMNS", "country_graph"]


class Measure(enum.Enum):
    PARTNERS = "partners"  # number of partner countries
    DEGREE = "degree"  # weighted degree: supporting articles summed over a country's relations
    BETWEENNESS = "betweenness"
    EIGENVECTOR = "eigenvector"



def country_graph(g):
    """Countries and the relations between them (no layer nodes), nodes sorted."""
    import networkx as nx

    cg = nx.Graph()
    cg.add_nodes_from(sorted((n, d) for n, d in g.nodes(data=True) if d.get("kind") == "country"))
    cg.add_edges_from(sorted((a, b, d) for a, b, d in g.edges(data=True)
                             if d["kind"] in ("relation", "pair") and a in cg and b in cg))
    return cg


# ---------------------------------------------------------------------------------------------
# Measures


def measure(g, *, only: Measure | None = None) -> list[dict]:
    """One row per country: partners, weighted degree, betweenness, eigenvector, community.

    ``only`` computes just that measure (the page needs one; betweenness is the costly one).
    """
    if only in (Measure.PARTNERS, Measure.DEGREE):
        return _degrees(g)  # no networkx: its import alone is a tenth of the 1M-triple page
    import networkx as nx

    cg = country_graph(g)
    want = {only} if only else set(Measure)
    between = nx.betweenness_centrality(cg, normalized=True) if Measure.BETWEENNESS in want else {}
    eigen = _eigenvector(cg) if Measure.EIGENVECTOR in want else {}
    communities = _communities(cg) if only is None else {}
    return [{
        "country": n, "name": cg.nodes[n].get("label", n), "partners": cg.degree(n),
        "degree": sum(d.get("weight", 1) for _, _, d in cg.edges(n, data=True)),
        "betweenness": round(between.get(n, 0.0), 6), "eigenvector": round(eigen.get(n, 0.0), 6),
        "community": communities.get(n, 0),
    } for n in cg.nodes]


MEASURE_COLUMNS = ["country", "name", "partners", "degree", "betweenness", "eigenvector", "community"]


def _degrees(g) -> list[dict]:
    """Partners and weighted degree straight from the edges: no copy of a 20,000-edge graph for a count."""
    countries = sorted(n for n, d in g.nodes(data=True) if d.get("kind") == "country")
    partners = dict.fromkeys(countries, 0)
    degree = dict.fromkeys(countries, 0)
    for a, b, d in g.edges(data=True):
        if d["kind"] in ("relation", "pair") and a in partners and b in partners:
            for n in (a, b):
                partners[n] += 1
                degree[n] += d.get("weight", 1)
    return [{"country": n, "name": g.nodes[n].get("label", n), "partners": partners[n], "degree": degree[n],
             "betweenness": 0.0, "eigenvector": 0.0, "community": 0} for n in countries]


def _eigenvector(cg) -> dict[str, float]:
    """Eigenvector centrality computed within each connected group of countries.

    On a disconnected graph the whole-graph vector is zero outside the largest group (and a
    pair on its own gets 0.7071 when drawn alone), so each group gets its own unit vector, scaled
    by the group's share of the countries: a country's value does not depend on unrelated groups,
    and a lone pair does not outrank a hub. On a connected graph this is the usual centrality.
    """
    import networkx as nx

    out = dict.fromkeys(cg.nodes, 0.0)
    total = cg.number_of_nodes()
    for members in nx.connected_components(cg):
        if len(members) < 2:
            continue
        sub = cg.subgraph(sorted(members))
        try:
            values = nx.eigenvector_centrality(sub, max_iter=2000, tol=1e-10)
        except nx.PowerIterationFailedConvergence:  # pragma: no cover - (A + I) iteration converges on graphs
            continue
        for n, v in values.items():
            out[n] = v * len(members) / total
    return out


def _communities(cg) -> dict[str, int]:
    """Louvain communities with a fixed seed, numbered 1.. by size (then by first member)."""
    import networkx as nx

    if cg.number_of_nodes() == 0:
        return {}
    sub = nx.Graph()
    sub.add_nodes_from(sorted(cg.nodes))
    sub.add_edges_from(sorted((min(a, b), max(a, b), {"weight": d.get("weight", 1)}) for a, b, d in cg.edges(data=True)))
    groups = nx.community.louvain_communities(sub, weight="weight", seed=1)
    groups = sorted((sorted(c) for c in groups), key=lambda c: (-len(c), c[0]))
    return {n: i for i, c in enumerate(groups, 1) for n in c}


