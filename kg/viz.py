"""``kg viz``: the graph as one self-contained HTML page (vis-network embedded, no network access).

The page is written from our own template around the vis-network build that ships inside
the pyvis package, not by pyvis itself: pyvis links a CDN even "in line", switches tooltips
to innerHTML when any text contains "href", and writes files without an encoding. Article
text reaches the page only as JSON data (``<`` escaped) and is put into the DOM with
``textContent``, so markup in an article shows as text and runs nothing.

At 20,000 edges the data are packed (each sentence, article and agreement once, referenced by
index; tooltips unpacked on hover), positions come from Python and physics stays off.
"""
from __future__ import annotations

import functools
import html
import math
import re
from itertools import accumulate, chain
from dataclasses import dataclass
from pathlib import Path

from kg import summary
from kg.pagedata import Table, agreement_parts, evidence_rows, json_for_script, relation_part, text_table
from kg.analyze import GraphError, Layer, Measure, Selection, load_graph, measure
from kg.store import Store

__all__ = ["VizOptions", "SizeBy", "Layer", "Drawing", "GraphError", "render", "page_html", "open_in_browser", "agreement_label",
           "LAYOUT_IN_PYTHON"]

SizeBy = Measure
TEMPLATE = Path(__file__).resolve().parent / "templates" / "graph.html"
LAYOUT_IN_PYTHON = 300  # above this many nodes, positions come from Python and physics stays off
NO_LEVEL = "#9e9e9e"
# Sequential, light to dark (viridis without its palest yellow, which vanishes on white): closer
# partnerships are darker. Each step stays told apart from the next under protanopia,
# deuteranopia and tritanopia (tests/test_viz.py simulates them).
PALETTE = ["#addc30", "#5ec962", "#28ae80", "#21918c", "#2c728e", "#3b528b", "#472d7b", "#440154"]
NODE_COLORS = {"country": "#4a6fa5", "field": "#7fbf7b", "agreement": "#b48ead", "node": "#9aa5b1"}
# One table for the map and the legend, so the two cannot disagree.
NODE_SHAPES = {"country": "dot", "field": "diamond", "agreement": "square", "node": "box"}
# sentences per edge in the page, as many as the summaries keep; `kg query evidence A B` lists them all
PAGE_EVIDENCE = summary.EVIDENCE
AGREEMENT_LABEL = 32  # characters of an agreement's label on the canvas (all of it in its tooltip)
SIZE_NOTES = {
    Measure.PARTNERS: "number of partner countries",
    Measure.DEGREE: "supporting articles summed over a country's relations",
    Measure.BETWEENNESS: "betweenness centrality (share of shortest paths through the country)",
    Measure.EIGENVECTOR: "eigenvector centrality within each connected group, scaled by the group's share of countries",
}
CONFLICT_DASHES = [8, 5]  # a relation whose sources disagree on its level (kg query conflicts)
_DASHED = tuple(CONFLICT_DASHES)  # as a style's key
LAYER_EDGE = {"field": "#a6d9a0", "agreement": "#d5bfd6", "triple": "#9aa5b1", "pair": NO_LEVEL}


@dataclass(frozen=True, kw_only=True)
class VizOptions(Selection):
    """What to draw: a selection of the graph, extra layers, and what sizes the country nodes."""

    layers: frozenset[Layer] = frozenset()
    size_by: Measure = Measure.PARTNERS


@dataclass(frozen=True)
class Drawing:
    path: Path
    nodes: int
    edges: int
    size: int  # bytes written


def render(store: Store, path: Path, *, options: VizOptions = VizOptions()) -> Drawing:
    """Write the page for the selected graph to ``path`` (UTF-8) and say what it holds."""
    import gc

    # A 20,000-edge page allocates a few million small objects and frees none until written: the
    # cyclic collector would walk them all again and again (a third of the time), for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        g = _stored_page_graph(store, options) or load_graph(store, options, layers=options.layers,
                                                             evidence=PAGE_EVIDENCE)
        stored_time = g.graph.pop("summary_time", None)
        if options.query is None:  # the year slider's data (kg/history.py), stored with the summaries
            from kg.history import page_time

            g.graph["time"] = stored_time or page_time(store, until=options.until)
        text = page_html(g, options=options)
    finally:
        if collecting:
            gc.enable()
    path = Path(path)
    body = text.encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body)
    except OSError as e:
        raise GraphError(f"{path}: cannot write the page ({e.strerror or type(e).__name__})") from None
    return Drawing(path, g.number_of_nodes(), g.number_of_edges(), len(body))


class _Nodes(dict):
    """Node -> attributes, called as networkx's node view is (``g.nodes(data=True)``)."""

    def __call__(self, data: bool = False):
        return self.items() if data else self.keys()


class _PageGraph:
    """The default page's graph without networkx: what the page, its layout and the measures read of a
    graph. Its import and graph cost a quarter of the 1M-triple page, for edges already in order."""

    def __init__(self, nodes: dict, edges: list, graph: dict):
        self.nodes, self._edges, self.graph = _Nodes(nodes), edges, graph
        self._adj: dict = {n: [] for n in nodes}
        for a, b, _ in edges:
            self._adj[a].append(b)
            self._adj[b].append(a)

    def edges(self, data: bool = False):
        return iter(self._edges) if data else ((a, b) for a, b, _ in self._edges)

    def degree(self, n=None):
        return len(self._adj[n]) if n is not None else ((k, len(v)) for k, v in self._adj.items())

    def neighbors(self, n):
        return iter(self._adj[n])

    def number_of_nodes(self) -> int:
        return len(self.nodes)

    def number_of_edges(self) -> int:
        return len(self._edges)


def _stored_page_graph(store: Store, options: VizOptions) -> _PageGraph | None:
    """The whole graph from the summaries' page parts (:func:`kg.summary.read_pages`) when nothing
    narrows it; ``None`` otherwise (or without summaries): then :func:`load_graph` builds it."""
    if any((options.country, options.min_level, options.field, options.since, options.until, options.query,
            options.layers)):
        return None
    from kg.analyze.graph import graph_attrs, node_attrs, slider_time
    from kg.analyze.loading import _Data

    stored = summary.read_pages(store)
    if stored is None:  # checked first: the long way reads the concepts again
        return None
    data = _Data(store, facts=False)
    rows = sorted(stored.items())
    edges = [(a, b, {"kind": "relation", "_page": part, "weight": max(part[3], 1)}) for (a, b), (_, part) in rows]
    nodes = {n: node_attrs(n, data, {}) for n in sorted({n for pair in stored for n in pair})}
    graph = graph_attrs(data, options)
    if edges:
        graph["summary_time"] = slider_time(edges, [time for _, (time, _) in rows])
    return _PageGraph(nodes, edges, graph)


def open_in_browser(path: Path) -> bool:
    """Open the page in the desktop's browser; False (and nothing printed) where there is none."""
    import os
    import shutil
    import subprocess
    import sys

    if sys.platform == "win32":  # pragma: no cover - not this machine
        os.startfile(str(path))
        return True
    if sys.platform == "darwin":  # pragma: no cover
        command = ["open", str(path)]
    elif (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and shutil.which("xdg-open"):
        command = [shutil.which("xdg-open"), str(path)]
    else:
        return False
    try:
        done = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=15, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _vis_assets() -> tuple[str, str]:
    import importlib.util

    spec = importlib.util.find_spec("pyvis")  # located, not imported: pyvis imports IPython (half a second)
    if spec is None or not spec.submodule_search_locations:
        raise GraphError("pyvis is not installed: the page embeds the vis-network build it ships")
    base = Path(list(spec.submodule_search_locations)[0]).resolve() / "templates" / "lib" / "vis-9.1.2"
    js = (base / "vis-network.min.js").read_text(encoding="utf-8")
    css = (base / "vis-network.css").read_text(encoding="utf-8")
    return js.replace("</script", "<\\/script"), css.replace("</style", "<\\/style")


def level_colors(ranks) -> dict[int, str]:
    """A colour per rank: the ladder's rank range cut into as many equal bands as the palette has steps.

    Bands, not one shade per level: neighbouring levels a few ranks apart share a colour rather
    than getting two shades nobody can tell apart.
    """
    ranks = sorted(set(ranks))
    if not ranks:
        return {}
    lo, hi = ranks[0], ranks[-1]
    steps = len(PALETTE)
    if hi == lo:
        return {lo: PALETTE[-1]}
    return {r: PALETTE[min(int((r - lo) * steps / (hi - lo)), steps - 1)] for r in ranks}


def _layout(g) -> dict:
    """Positions for large graphs: countries on a sunflower spiral, the most connected in the middle,
    others beside their countries.

    Computed in one pass: a spring layout of the countries cost a second (and numpy's import) for
    a picture vis redraws as the reader drags; the spiral spaces the countries evenly and keeps the
    hubs, which most edges meet, central.
    """
    degree = dict(g.degree())
    anchors = [n for n, d in g.nodes(data=True) if d.get("kind") == "country"]
    if not anchors:
        anchors = sorted(g.nodes, key=lambda n: (-degree[n], str(n)))[:LAYOUT_IN_PYTHON]
    anchors.sort(key=lambda n: (-degree[n], str(n)))
    spread = 120 * math.sqrt(len(anchors))
    golden = math.pi * (3 - math.sqrt(5))
    pos = {n: (120 * math.sqrt(k) * math.cos(k * golden), 120 * math.sqrt(k) * math.sin(k * golden))
           for k, n in enumerate(anchors)}
    placed_near: dict = {}
    ring = []
    for n in g.nodes:
        if n in pos:
            continue
        near = [pos[m] for m in g.neighbors(n) if m in pos]
        if not near:
            ring.append(n)
            continue
        cx, cy = sum(p[0] for p in near) / len(near), sum(p[1] for p in near) / len(near)
        key = (round(cx), round(cy))
        k = placed_near[key] = placed_near.get(key, 0) + 1
        r = 25 + 9 * math.sqrt(k)
        pos[n] = (cx + r * math.cos(k * golden), cy + r * math.sin(k * golden))
    for i, n in enumerate(ring):
        a = 2 * math.pi * i / max(len(ring), 1)
        pos[n] = ((spread + 200) * math.cos(a), (spread + 200) * math.sin(a))
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in pos.items()}


def _summary(g, options: VizOptions) -> str:
    kinds: dict[str, int] = {}
    for _, d in g.nodes(data=True):
        kinds[d.get("kind", "node")] = kinds.get(d.get("kind", "node"), 0) + 1
    relations = sum(1 for *_, d in g.edges(data=True) if d["kind"] == "relation")
    parts = [f"{kinds.get('country', 0)} countries", f"{relations} relations"]
    parts += [f"{v} {k} nodes" for k, v in sorted(kinds.items()) if k != "country"]
    filters = []
    if options.country:
        filters.append(f"around {options.country.upper()} (depth {options.depth})")
    if options.min_level:
        filters.append(f"level ≥ {options.min_level}")
    if options.field:
        filters.append(f"field {options.field}")
    if options.since:
        filters.append(f"since {options.since.isoformat()}")
    if options.until:
        filters.append(f"as of {options.until.isoformat()}")
    if options.query:
        filters.append(f"query {Path(options.query).name}")
    return " · ".join(parts + filters) + f" · size: {options.size_by.value}"


class _Packer:
    """The page's data in compact form: short keys, every repeated text in a table.

    Tooltips are assembled in the browser from these tables on hover, so the page carries
    each sentence once instead of an HTML string per edge. The tables hold texts already
    encoded for the page (a relation's come so from its stored summary: copied, not re-encoded).
    """

    def __init__(self):
        self.text, self.articles, self.agreements = Table(), Table(), Table()
        self.places: list[str] = []  # the relations' texts' places in ``text`` (as written), relation after relation
        self.article_places: list[str] = []

    def evidence(self, items: list[dict]) -> list:
        return evidence_rows(items, self.text, self.articles)

    def agreement(self, ag: dict) -> int:
        return self.agreement_row(*agreement_parts(ag, self.text))

    def agreement_row(self, kind: int, rest: str, fields: list[int]) -> int:
        """An agreement's place in its table; ``kind`` and ``fields`` are places in the text table."""
        return self.agreements(f"[{kind},{rest},[{','.join(map(str, fields))}]]")

    def relations(self, parts: list[list]) -> list[str]:
        """The relations' tooltips: each stored part with where its own texts' and articles' places
        start in the flat ``M`` and ``MA`` arrays (one array for all: no list of places per relation)."""
        t, a = len(self.places), len(self.article_places)
        m = self.places
        m += _written(self.text, chain.from_iterable(p[5] for p in parts))
        self.article_places += _written(self.articles, chain.from_iterable(p[6] for p in parts))
        row = self.agreement_row

        def agreements(ags: list, t: int) -> str:
            return ",".join([str(row(m[t + kind], rest, [m[t + f] for f in fields])) for kind, rest, fields in ags])

        starts = zip(accumulate((len(p[5]) for p in parts), initial=t), accumulate((len(p[6]) for p in parts), initial=a))
        return [f'{p[4]},"a":[{agreements(p[7], t) if p[7] else ""}],"o":{t},"oa":{a}}}' for p, (t, a) in zip(parts, starts)]

    def tables(self) -> dict[str, str]:
        """The tables as the page writes them: every value in them is already encoded."""
        arrays = {"A": self.articles.values, "G": self.agreements.values, "M": self.places, "MA": self.article_places}
        return {"S": text_table(self.text.values), **{k: "[" + ",".join(v) + "]" for k, v in arrays.items()}}


def _written(table: Table, values) -> list[str]:
    """The places of ``values`` in ``table`` as the page writes them: one string per place, shared."""
    places = table.places(values)
    names = list(map(str, range(len(table.index))))
    return list(map(names.__getitem__, places))


def page_html(g, *, options: VizOptions = VizOptions(), title: str = "bilateral-kg: relations between countries") -> str:
    """The whole page as a string; same graph and options give the same bytes."""
    big = g.number_of_nodes() > LAYOUT_IN_PYTHON
    pack = _Packer()
    nodes, node_info, index = _nodes(g, options, pack, big)
    edges, edge_info, legend, styles = _edges(g, index, pack, big)
    kinds = {d.get("kind", "node") for _, d in g.nodes(data=True)}
    legend += [{"label": {"country": "country", "field": "cooperation field", "agreement": "agreement",
                          "node": "other node"}[k], "color": NODE_COLORS[k], "shape": NODE_SHAPES[k], "kind": k}
               for k in ("country", "field", "agreement", "node") if k in kinds]
    physics = {"enabled": False} if big else {
        "enabled": True, "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -4000, "springLength": 120, "avoidOverlap": 0.2},
        "stabilization": {"enabled": True, "iterations": 400, "fit": True}}
    vis_options = {
        "physics": physics,
        "layout": {"randomSeed": 7, "improvedLayout": g.number_of_nodes() <= 150},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "navigationButtons": False, "multiselect": False},
        "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"min": 10, "max": 36, "label": {"enabled": True, "min": 14, "max": 24,
                                                              "drawThreshold": 6}}},
        "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 1.5},
    }
    enc = json_for_script
    data = {"nodes": enc(nodes), "edges": enc(edges), "styles": enc(styles), "nodeInfo": enc(node_info),
            "edgeInfo": "[" + ",".join(edge_info) + "]", "legend": enc(legend),
            "size": enc(f"{options.size_by.value}: {SIZE_NOTES[options.size_by]}"), "options": enc(vis_options),
            **pack.tables()}
    if "time" in g.graph:
        data["time"] = enc(_time_data(g))
    js, css = _vis_assets()
    values = {"TITLE": html.escape(title), "SUMMARY": html.escape(_summary(g, options)), "VIS_CSS": css,
              "VIS_JS": js, "DATA": "{" + ",".join(f'"{k}":{v}' for k, v in data.items()) + "}"}
    template = TEMPLATE.read_text(encoding="utf-8")
    # One pass, so nothing inserted is scanned again for placeholders.
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], template)


def _nodes(g, options: VizOptions, pack: _Packer, big: bool) -> tuple[list, list, dict]:
    """vis nodes and their packed tooltips; countries carry the names the search box matches."""
    sizes = {r["country"]: r[options.size_by.value] for r in measure(g, only=options.size_by)}
    top = max(sizes.values(), default=0) or 1
    pos = _layout(g) if big else {}
    names = _search_names(g)
    nodes, node_info, index = [], [], {}
    for n, d in g.nodes(data=True):
        index[n] = len(nodes)
        kind = d.get("kind", "node")
        kind = kind if kind in NODE_SHAPES else "node"
        node = {"id": n, "label": d.get("label", n), "color": NODE_COLORS[kind], "shape": NODE_SHAPES[kind],
                "kind": kind}
        if kind == "country":
            node["value"] = round(1 + 9 * sizes.get(n, 0) / top, 3)
            info = {"h": f"{d['label']} ({n})", "q": names.get(n, [n, d["label"]]),
                    "x": [f"node size, {options.size_by.value}: {_fmt(sizes.get(n, 0))}"]}
        elif kind == "field":
            node["size"] = 10
            info = {"h": f"Field: {d['label']}", "x": [f"{g.degree(n)} countries"]}
        elif kind == "agreement":
            node["size"] = 6
            about = agreement_label(d["info"])
            node["label"] = "" if big else _short(about, AGREEMENT_LABEL)
            info = {"h": "Agreement", "n": about, "g": pack.agreement(d["info"]),
                    "v": pack.evidence(d["evidence"][:PAGE_EVIDENCE]), "t": d["evidence_total"],
                    "x": [" – ".join(d["parties"])]}
        else:
            node["size"] = 8
            info = {"h": str(d.get("label", n)), "x": []}
        if big:
            node.update(x=pos[n][0], y=pos[n][1])
        nodes.append(node)
        node_info.append(info)
    return nodes, node_info, index


def _edges(g, index: dict, pack: _Packer, big: bool) -> tuple[list, list, list, list]:
    """vis edges (as [from, to, style, width]), their packed tooltips, and the level legend."""
    levels = g.graph.get("levels", {})
    colors = level_colors(rank for _, rank in levels.values())
    conflicts = g.graph.get("time", {}).get("conflicts", ())  # dashed as built: a later update costs vis a pass
    # Dashed lines cost vis a canvas save/restore each: on a big graph layer edges are drawn solid, in their own colours.
    edges, edge_info, relations, present, styles, enc = [], [], [], {}, Table(), json_for_script
    for a, b, d in g.edges(data=True):
        kind = d["kind"]
        if kind == "relation":
            part = d.get("_page") or relation_part(d, evidence=PAGE_EVIDENCE)
            level, label, rank, articles = part[:4]  # level: whether it has one
            color = colors.get(rank, PALETTE[-1]) if level else NO_LEVEL
            present[(rank, label) if level else (-1, None)] = color
            style = (color, _DASHED if (a, b) in conflicts else False)
            width = round(2 + 2 * math.log2(max(articles, 1)), 2)
            relations.append(part)
            edge_info.append(None)  # numbered below, all at once
        elif kind == "field":
            style, width = (LAYER_EDGE["field"], not big), 1
            edge_info.append(enc({"k": "f", "p": [index[p] for p in d["partner_ids"]]}))
        else:
            style, width = (LAYER_EDGE.get(kind, NO_LEVEL), kind != "pair" and not big), 1
            line = d.get("predicate") or ("a pair from the query, with no facts about it" if kind == "pair" else kind)
            edge_info.append(enc({"k": kind, "x": [line]}))
        edges.append([index[a], index[b], styles(style), width])
    tips = iter(pack.relations(relations))
    edge_info = [next(tips) if x is None else x for x in edge_info]
    legend = [{"label": f"{lab} ({rank})", "color": c} for (rank, lab), c in sorted(present.items(), reverse=True)
              if lab is not None]
    if (-1, None) in present:
        legend.append({"label": "cooperation or agreements only", "color": NO_LEVEL})
    if not legend:
        legend.append({"label": "no relations in this view", "color": NO_LEVEL})
    return edges, edge_info, legend, [[c, list(d) if isinstance(d, tuple) else d] for c, d in styles.values]


def _time_data(g) -> dict:
    """The year slider's and conflict marks' key of the page data (kg/history.py), in the drawing's palette."""
    from kg.history import slider_data

    levels = g.graph.get("levels", {})
    colors = level_colors(rank for _, rank in levels.values())
    rel_index = {(a, b): i for i, (a, b, d) in enumerate(g.edges(data=True)) if d["kind"] == "relation"}
    # worked out once per level: the slider asks at every step
    colour = functools.cache(lambda lvl: colors.get(levels.get(lvl, ("", -1))[1], PALETTE[-1]))
    label = functools.cache(lambda lvl: levels.get(lvl, (lvl.rsplit("/", 1)[-1], 0))[0])
    out = slider_data(g.graph["time"], rel_index, colour, label)
    out["grey"] = NO_LEVEL
    return out


def agreement_label(info: dict) -> str:
    """What an agreement is about: its name, else its type and fields ("memorandum ×10: tourism")."""
    if info.get("name"):
        return info["name"]
    kind = info.get("type") or "agreement"
    if info.get("count") and info["count"] > 1:
        kind += f" ×{info['count']}"
    return f"{kind}: {', '.join(info['fields'])}" if info.get("fields") else kind


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _search_names(g) -> dict[str, list[str]]:
    """Every name the search box matches per country: its code, labels in the store (any language)."""
    out = {}
    for n, d in g.nodes(data=True):
        if d.get("kind") == "country":
            out[n] = sorted({n, d.get("label", n), *d.get("names", ())})
    return out


def _fmt(v) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)
