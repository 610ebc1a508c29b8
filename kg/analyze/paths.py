"""The strongest chain of partnerships between two countries."""
from __future__ import annotations

from dataclasses import dataclass

from kg.errors import AnalyzeError as GraphError
from kg.analyze.measures import country_graph

__all__ = ["PathStep", "strongest_path"]


@dataclass(frozen=True)
class PathStep:
    a: str
    b: str
    level: str | None
    rank: int
    since: str


def strongest_path(g, a: str, b: str) -> list[PathStep]:
    """The chain of relations from ``a`` to ``b`` whose weakest link is strongest.

    Among chains with the same weakest link, the one with the smallest total of
    (top rank - rank + 1) wins, so fewer and closer partnerships beat long detours.
    """
    import networkx as nx

    a, b = a.strip().upper(), b.strip().upper()
    known = g.graph.get("countries")
    for c in (a, b):
        if known is not None and c not in known:
            raise GraphError(f"unknown country code {c!r}: use an ISO 3166-1 alpha-3 code such as CHN")
    cg = country_graph(g)
    for c in (a, b):
        if c not in cg:
            raise GraphError(f"{c} has no relations in this graph")
    if a == b:
        raise GraphError("a path needs two different countries")
    top = max((d["rank"] for _, _, d in cg.edges(data=True)), default=0)
    for threshold in sorted({d["rank"] for _, _, d in cg.edges(data=True)}, reverse=True):
        sub = nx.Graph()
        sub.add_nodes_from(sorted(cg.nodes))
        sub.add_edges_from(sorted((min(x, y), max(x, y), {"cost": top - d["rank"] + 1})
                                  for x, y, d in cg.edges(data=True) if d["rank"] >= threshold))
        if nx.has_path(sub, a, b):
            nodes = nx.dijkstra_path(sub, a, b, weight="cost")
            steps = []
            for x, y in zip(nodes, nodes[1:]):
                d = cg.edges[x, y]
                steps.append(PathStep(x, y, d.get("level_label"), d["rank"], d.get("since", "")))
            return steps
    raise GraphError(f"no chain of relations links {a} and {b}")


