"""The country graph as networkx, and what network analysis says about it.

``load_graph`` turns the store into one undirected graph: countries are nodes, a relation
is an edge carrying its current level, history, fields, agreements and evidence. The same
graph feeds ``kg viz`` (drawn) and ``kg analyze`` (measured), so what the page shows and
what the numbers say never disagree. Filters (a date window, a minimum level, a field, a
country's neighbourhood, a user's query) are applied here, once.
"""
from __future__ import annotations

from kg.errors import AnalyzeError  # noqa: F401  (re-exported)

import datetime as dt
import enum
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import IO

from kg.store import Store

__all__ = [
    "GraphError", "Layer", "Measure", "TableFormat", "Selection", "load_graph", "country_graph",
    "measure", "strongest_path", "PathStep", "write_table", "MEASURE_COLUMNS", "parse_date", "parse_layers",
]

ID = "https://w3id.org/bilateral-kg/id/"
MAX_EVIDENCE = 12  # sentences kept per edge: enough to judge, small enough for 20,000 edges


GraphError = AnalyzeError


class Layer(enum.Enum):
    """Extra node kinds drawn next to countries."""

    FIELDS = "fields"
    AGREEMENTS = "agreements"


class Measure(enum.Enum):
    PARTNERS = "partners"  # number of partner countries
    DEGREE = "degree"  # weighted degree: supporting articles summed over a country's relations
    BETWEENNESS = "betweenness"
    EIGENVECTOR = "eigenvector"


class TableFormat(enum.Enum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"


@dataclass(frozen=True, kw_only=True)
class Selection:
    """Which part of the graph to look at; every field narrows it, ``None`` keeps all."""

    country: str | None = None  # ISO 3166-1 alpha-3: that country's neighbourhood
    depth: int = 1
    min_level: str | None = None  # a level's label: relations at least that close
    field: str | None = None  # a field id or label, narrower fields included
    since: dt.date | None = None  # facts from this date on (a level that still held then counts)
    until: dt.date | None = None  # the graph as of this date
    query: Path | None = None  # a .rq file: CONSTRUCT, or SELECT of pairs ?a ?b


def parse_date(text: str, *, end: bool = False) -> dt.date:
    """YYYY-MM-DD, YYYY-MM or YYYY; a month or year means its first day, or its last with ``end``."""
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", text or "")
    try:
        if not m:
            raise ValueError
        year, month, day = int(m.group(1)), m.group(2), m.group(3)
        if day is not None:
            return dt.date(year, int(month), int(day))
        if month is not None:
            first = dt.date(year, int(month), 1)
            if not end:
                return first
            return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except ValueError:
        raise GraphError(f"bad date {text!r}: use YYYY-MM-DD, YYYY-MM or YYYY") from None


def parse_layers(text: str | None) -> frozenset[Layer]:
    """A comma-separated list such as ``fields,agreements``."""
    out = set()
    for part in (text or "").split(","):
        part = part.strip().lower()
        if not part:
            continue
        try:
            out.add(Layer(part))
        except ValueError:
            known = ", ".join(x.value for x in Layer)
            raise GraphError(f"unknown layer {part!r}; layers: {known}") from None
    return frozenset(out)


# ---------------------------------------------------------------------------------------------
# Reading the store


@dataclass
class _Fact:
    iri: str
    pair: tuple[str, str]
    date: dt.date | None = None  # its own date (a year alone counts from 1 January)
    dated_text: str = ""  # "2024-05-09", "2024" or ""
    mentions: list = field(default_factory=list)  # (sentence, article iri, start)
    data: dict = field(default_factory=dict)

    def effective(self, articles: dict) -> dt.date | None:
        """Its own date, else the first article that reports it (it happened no later)."""
        if self.date is not None:
            return self.date
        days = [articles[a]["date"] for _, a, _ in self.mentions if articles.get(a, {}).get("date")]
        return min(days) if days else None


def _rows(store: Store, sparql: str):
    from kg.query import QueryError, run_query

    try:
        return run_query(store, sparql)
    except QueryError as e:  # pragma: no cover - our own queries
        raise GraphError(str(e)) from None


def _v(term):
    return None if term is None else term.value


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _objects(store: Store, predicate: str) -> dict[str, list[str]]:
    """Subject -> values of one predicate, from a single-pattern scan.

    On a disk store every term a query returns is a look-up and every join a seek per row, so
    one scan per predicate joined here in dicts is several times faster than the joined query.
    """
    out: dict[str, list[str]] = defaultdict(list)
    for r in _rows(store, f"SELECT ?s ?o WHERE {{ ?s {predicate} ?o }}"):
        out[r[0].value].append(r[1].value)
    return out


def _instances(store: Store, cls: str) -> list[str]:
    return sorted({r[0].value for r in _rows(store, f"SELECT ?s WHERE {{ ?s a {cls} }}")})


def _first(values: dict[str, list[str]], key: str) -> str | None:
    v = values.get(key)
    return min(v) if v else None


class _Data:
    """Everything the graph needs, read with one scan per kind of fact."""

    def __init__(self, store: Store):
        self.countries: dict[str, str] = {}
        iso_of: dict[str, str] = {}
        for r in _rows(store, "SELECT ?c ?iso ?name WHERE { ?c a bkg:Country ; bkg:iso3 ?iso . "
                              "OPTIONAL { ?c skos:prefLabel ?name } }"):
            self.countries[r["iso"].value] = _v(r["name"]) or r["iso"].value
            iso_of[r["c"].value] = r["iso"].value
        self.levels: dict[str, dict] = {}
        for r in _rows(store, "SELECT ?l ?label ?rank WHERE { ?l a bkg:PartnershipLevel . "
                              "OPTIONAL { ?l skos:prefLabel ?label } OPTIONAL { ?l bkg:rank ?rank } }"):
            lv = self.levels.setdefault(r["l"].value, {"label": None, "rank": 0, "names": set()})
            if r["label"] is not None and (lv["label"] is None or r["label"].value < lv["label"]):
                lv["label"] = r["label"].value
            if r["rank"] is not None:
                lv["rank"] = max(lv["rank"], int(r["rank"].value))
        for r in _rows(store, "SELECT ?l ?alt WHERE { ?l a bkg:PartnershipLevel ; skos:altLabel ?alt }"):
            self.levels[r["l"].value]["names"].add(r["alt"].value.lower())
        for iri, lv in self.levels.items():
            lv["label"] = lv["label"] or iri.rsplit("/", 1)[1].replace("-", " ")
            lv["names"] |= {lv["label"].lower(), iri.rsplit("/", 1)[1]}
        self.fields: dict[str, dict] = {}
        for r in _rows(store, "SELECT ?f ?label ?broader WHERE { "
                              "{ ?f skos:inScheme bkg:CooperationFieldScheme } UNION "
                              "{ ?f skos:topConceptOf bkg:CooperationFieldScheme } "
                              "OPTIONAL { ?f skos:prefLabel ?label } OPTIONAL { ?f skos:broader ?broader } }"):
            f = self.fields.setdefault(r["f"].value, {"label": None, "broader": set()})
            if r["label"] is not None:
                f["label"] = r["label"].value
            if r["broader"] is not None:
                f["broader"].add(r["broader"].value)
        self.articles: dict[str, dict] = {}
        ident, title, issued, url = (_objects(store, p) for p in (
            "dcterms:identifier", "dcterms:title", "dcterms:issued", "dcterms:source"))
        for art in _instances(store, "bkg:Article"):
            self.articles[art] = {"id": _first(ident, art), "title": _first(title, art),
                                  "date": _date(_first(issued, art)), "url": _first(url, art)}
        text, article, offset = (_objects(store, p) for p in ("bkg:text", "bkg:article", "bkg:startOffset"))
        mentions: dict[str, list] = defaultdict(list)
        for x, ms in _objects(store, "prov:wasDerivedFrom").items():
            for m in ms:
                starts = [int(o) for o in offset.get(m, ()) if o.lstrip("-").isdigit()] or [0]
                mentions[x] += [(t, a, st) for t in text.get(m, ()) for a in article.get(m, ()) for st in starts]

        parties = _objects(store, "bkg:party")

        def pair(iri: str) -> tuple[str, str] | None:
            codes = sorted({iso_of[c] for c in parties.get(iri, ()) if c in iso_of})
            return (codes[0], codes[1]) if len(codes) == 2 else None

        relation = _objects(store, "bkg:relation")
        rel_pair = {rel: pair(rel) for rel in {r for rels in relation.values() for r in rels}}
        dates, years = _objects(store, "bkg:date"), _objects(store, "bkg:year")
        notation = {k: min(v) for k, v in _objects(store, "skos:notation").items()}

        def facts(cls: str, pairs_of) -> list[tuple[str, tuple[str, str], _Fact]]:
            out = []
            for x in _instances(store, cls):
                for p in pairs_of(x):
                    d, y = _first(dates, x), _first(years, x)
                    own = _date(d) or (dt.date(int(y[:4]), 1, 1) if y and y[:4].isdigit() else None)
                    out.append(_Fact(x, p, own, d or y or "", sorted(set(mentions.get(x, ())))))
            return out

        def via_relation(x: str) -> list[tuple[str, str]]:
            return sorted({rel_pair[r] for r in relation.get(x, ()) if rel_pair.get(r)})

        level, action = _objects(store, "bkg:level"), _objects(store, "bkg:action")
        self.events = []
        for f in facts("bkg:PartnershipEvent", via_relation):
            for lvl in sorted(set(level.get(f.iri, ()))):
                acts = sorted({notation[a] for a in action.get(f.iri, ()) if a in notation}) or [""]
                self.events += [_Fact(f.iri, f.pair, f.date, f.dated_text, f.mentions, {"level": lvl, "action": a})
                                for a in acts]
        field_of = _objects(store, "bkg:field")
        self.statements = [_Fact(f.iri, f.pair, f.date, f.dated_text, f.mentions, {"field": fld})
                           for f in facts("bkg:CooperationStatement", via_relation)
                           for fld in sorted(set(field_of.get(f.iri, ())))]
        labels = _objects(store, "skos:prefLabel")
        kinds, status, count = (_objects(store, p) for p in ("bkg:agreementType", "bkg:status", "bkg:agreementCount"))
        self.agreements = []
        for cls in ("bkg:Agreement", "bkg:PlannedAgreement"):
            for f in facts(cls, lambda x: [p] if (p := pair(x)) else []):
                x = f.iri
                types = sorted({lab for k in kinds.get(x, ()) for lab in labels.get(k, ())})
                n = _first(count, x)
                f.data = {"type": types[0] if types else "other", "name": _first(title, x),
                          "status": min((notation[s] for s in status.get(x, ()) if s in notation), default=None),
                          "count": int(n) if n is not None and n.lstrip("-").isdigit() else None,
                          "fields": sorted(set(field_of.get(x, ())))}
                self.agreements.append(f)
        for facts_ in (self.events, self.statements, self.agreements):
            facts_.sort(key=lambda f: f.iri)

    # -- look-ups that turn user input into concepts, with one-line errors

    def country(self, code: str) -> str:
        iso = code.strip().upper()
        if iso not in self.countries:
            raise GraphError(f"unknown country code {code!r}: use an ISO 3166-1 alpha-3 code such as CHN")
        return iso

    def level(self, name: str) -> str:
        key = name.strip().lower()
        found = sorted(iri for iri, lv in self.levels.items() if key in lv["names"] or key.replace(" ", "-") in lv["names"])
        if not found:
            known = ", ".join(lv["label"] for _, lv in sorted(self.levels.items(), key=lambda kv: (kv[1]["rank"], kv[0])))
            raise GraphError(f"unknown level {name!r}; known levels: {known or 'none'}")
        return found[0]

    def field_tree(self, name: str) -> set[str]:
        key = name.strip().lower()
        top = [iri for iri, f in sorted(self.fields.items())
               if iri.rsplit("/", 1)[1] == key or (f["label"] or "").lower() == key]
        if not top:
            tops = sorted(iri.rsplit("/", 1)[1] for iri, f in self.fields.items() if not f["broader"])
            raise GraphError(f"unknown field {name!r}; top fields: {', '.join(tops) or 'none'}")
        found = {top[0]}
        grew = True
        while grew:
            more = {iri for iri, f in self.fields.items() if f["broader"] & found} - found
            found |= more
            grew = bool(more)
        return found

    def field_label(self, iri: str) -> str:
        f = self.fields.get(iri)
        return (f and f["label"]) or iri.rsplit("/", 1)[1]

    def rank(self, level: str | None) -> int:
        return self.levels.get(level, {}).get("rank", 0) if level else 0


# ---------------------------------------------------------------------------------------------
# Facts -> relations, as of a date window


def _in_window(when: dt.date | None, sel: Selection) -> bool:
    if when is None:
        return True  # undatable: nothing says it falls outside
    return (sel.since is None or when >= sel.since) and (sel.until is None or when <= sel.until)


def _level_key(ev: _Fact, data: _Data) -> tuple:
    """The order ``kg.model.current_level_update`` uses: own date, then rank, then IRI."""
    when = ev.dated_text if len(ev.dated_text) == 10 else (f"{ev.dated_text}-00-00" if ev.dated_text else "0000-00-00")
    return (when, data.rank(ev.data["level"]), ev.data["level"])


def _relations(data: _Data, sel: Selection) -> dict[tuple[str, str], dict]:
    arts = data.articles
    events: dict = defaultdict(list)
    for ev in data.events:
        eff = ev.effective(arts)
        if sel.until is None or eff is None or eff <= sel.until:
            events[ev.pair].append((ev, eff))
    statements: dict = defaultdict(list)
    for st in data.statements:
        kept = [m for m in st.mentions if _in_window(arts.get(m[1], {}).get("date"), sel)]
        if kept or not st.mentions:
            statements[st.pair].append((st, kept))
    agreements: dict = defaultdict(list)
    for ag in data.agreements:
        if _in_window(ag.effective(arts), sel):
            agreements[ag.pair].append((ag, ag.mentions))

    out = {}
    for p in sorted(set(events) | set(statements) | set(agreements)):
        evs = events.get(p, [])
        level = since = None
        shown: list = []
        if evs:
            best = max(evs, key=lambda e: _level_key(e[0], data))[0]
            level = best.data["level"]
            starts = [e.date for e, _ in evs if e.data["level"] == level and e.data["action"] != "reaffirm"
                      and len(e.dated_text) == 10]
            since = min(starts) if starts else None
            if sel.since is None:
                shown = [e for e, _ in evs]
            else:  # what happened in the window, and the event that set the level holding when it opened
                before = [e for e, eff in evs if eff is not None and eff < sel.since]
                shown = [e for e, eff in evs if eff is None or eff >= sel.since]
                if before:
                    shown.append(max(before, key=lambda e: _level_key(e, data)))
        sts, ags = statements.get(p, []), agreements.get(p, [])
        if level is None and not sts and not ags:
            continue
        history = sorted(
            ({"when": e.dated_text, "action": e.data["action"], "level": data.levels.get(e.data["level"], {})
              .get("label", e.data["level"]), "rank": data.rank(e.data["level"])} for e, _ in evs),
            key=lambda h: (h["when"] or "9999", h["rank"], h["level"], h["action"]))
        evidence = []
        for e in sorted(shown, key=lambda e: _level_key(e, data)):
            evidence += [("partnership", data.levels.get(e.data["level"], {}).get("label", ""), m) for m in e.mentions]
        for st, kept in sts:
            evidence += [("cooperation", data.field_label(st.data["field"]), m) for m in kept]
        for ag, ms in ags:
            evidence += [("agreement", ag.data["type"], m) for m in ms]
        out[p] = {
            "level": level, "since": since, "history": history,
            "fields": sorted({st.data["field"] for st, _ in sts}),
            "statements": [st for st, _ in sts],
            "agreements": [ag for ag, _ in ags],
            "evidence": evidence,
        }
    return out


def _evidence_items(evidence: list, data: _Data) -> tuple[list[dict], int, int]:
    """Unique sentences, newest article first, capped; with the total and distinct articles."""
    seen: dict[tuple[str, str], dict] = {}
    for kind, fact, (text, art, start) in evidence:
        a = data.articles.get(art, {})
        item = seen.setdefault((art, text), {
            "sentence": text, "title": a.get("title") or a.get("id") or "", "url": a.get("url") or "",
            "date": a["date"].isoformat() if a.get("date") else "", "about": [], "_start": start})
        if f"{kind}: {fact}" not in item["about"]:
            item["about"].append(f"{kind}: {fact}")
    items = sorted(seen.values(), key=lambda i: (i["title"], i["_start"], i["sentence"]))
    items.sort(key=lambda i: i["date"], reverse=True)  # newest first, undated ("") last; stable
    for i in items:
        del i["_start"]
    return items[:MAX_EVIDENCE], len(items), len({art for art, _ in seen})


# ---------------------------------------------------------------------------------------------
# The networkx graph


def load_graph(store: Store, selection: Selection = Selection(), *, layers: Iterable[Layer] = ()):
    """The (filtered) country graph, with layer nodes if asked; deterministic node and edge order."""
    import networkx as nx

    sel = selection
    if sel.since and sel.until and sel.since > sel.until:
        raise GraphError(f"--since {sel.since} is after --until {sel.until}")
    if sel.depth < 0:
        raise GraphError("--depth must be 0 or more")
    data = _Data(store)
    focus = data.country(sel.country) if sel.country else None
    min_rank = data.rank(data.level(sel.min_level)) if sel.min_level else None
    fields = data.field_tree(sel.field) if sel.field else None
    rels = _relations(data, sel)

    g = nx.Graph()
    if sel.query is not None:
        extra_nodes, pairs, other = _query_result(store, sel.query, data)
    else:
        extra_nodes, pairs, other = {}, sorted(rels), []
    for a, b in pairs:
        rel = rels.get((a, b))
        if rel is None:
            if sel.query is None:
                continue
            if min_rank is not None or fields is not None:
                continue
            g.add_edge(a, b, kind="pair", weight=1, articles=0, level=None, level_label=None, rank=0)
            continue
        if min_rank is not None and (rel["level"] is None or data.rank(rel["level"]) < min_rank):
            continue
        if fields is not None and not (set(rel["fields"]) & fields
                                       or any(set(ag.data["fields"]) & fields for ag in rel["agreements"])):
            continue
        evidence, total, n_articles = _evidence_items(rel["evidence"], data)
        g.add_edge(a, b, kind="relation", level=rel["level"],
                   level_label=(data.levels.get(rel["level"], {}).get("label") or rel["level"].rsplit("/", 1)[-1])
                   if rel["level"] else None,
                   rank=data.rank(rel["level"]), since=rel["since"].isoformat() if rel["since"] else "",
                   history=rel["history"], fields=[data.field_label(f) for f in rel["fields"]],
                   agreements=[_agreement_info(ag, data) for ag in rel["agreements"]],
                   evidence=evidence, evidence_total=total, articles=n_articles, weight=max(n_articles, 1),
                   _rel=rel)
    for s, o, pred in other:
        g.add_edge(s, o, kind="triple", predicate=pred, weight=1, articles=0, level=None, level_label=None, rank=0)
    if focus is not None:
        g.add_node(focus)
        g = nx.ego_graph(g, focus, radius=sel.depth).copy()
    for n in g.nodes:
        if n in data.countries:
            g.nodes[n].update(kind="country", label=data.countries[n], iso3=n)
        else:
            g.nodes[n].update(kind="node", label=extra_nodes.get(n, n))
    layer_set = set(layers)
    country_edges = [(a, b, d) for a, b, d in g.edges(data=True) if d["kind"] == "relation"]
    if Layer.FIELDS in layer_set:
        _add_field_layer(g, country_edges, data, fields)
    if Layer.AGREEMENTS in layer_set:
        _add_agreement_layer(g, country_edges, data, fields)
    for _, _, d in g.edges(data=True):
        d.pop("_rel", None)
    g.graph.update(selection=sel, levels={iri: (lv["label"], lv["rank"]) for iri, lv in data.levels.items()},
                   countries=frozenset(data.countries))
    return _sorted_graph(g)


def _sorted_graph(g):
    import networkx as nx

    out = nx.Graph(**g.graph)
    out.add_nodes_from(sorted(g.nodes(data=True), key=lambda nd: (nd[1].get("kind") != "country", str(nd[0]))))
    out.add_edges_from(sorted(((min(a, b), max(a, b), d) for a, b, d in g.edges(data=True)), key=itemgetter(0, 1)))
    return out


def _agreement_info(ag: _Fact, data: _Data) -> dict:
    d = ag.data
    return {"type": d["type"], "name": d["name"] or "", "when": ag.dated_text, "status": d["status"] or "",
            "count": d["count"], "fields": [data.field_label(f) for f in d["fields"]]}


def _add_field_layer(g, edges, data: _Data, only: set[str] | None) -> None:
    partners: dict = defaultdict(lambda: defaultdict(set))
    for a, b, d in edges:
        for st in d["_rel"]["statements"]:
            f = st.data["field"]
            if only is None or f in only:
                partners[f][a].add(b)
                partners[f][b].add(a)
    for f in sorted(partners):
        node = "field/" + f.rsplit("/", 1)[1]
        g.add_node(node, kind="field", label=data.field_label(f))
        for c in sorted(partners[f]):
            ids = sorted(partners[f][c])
            names = [data.countries.get(p, p) for p in ids]
            g.add_edge(c, node, kind="field", partners=names, partner_ids=ids, weight=len(names), articles=0,
                       level=None, level_label=None, rank=0)


def _add_agreement_layer(g, edges, data: _Data, only: set[str] | None) -> None:
    for a, b, d in edges:
        for ag in d["_rel"]["agreements"]:
            if only is not None and not set(ag.data["fields"]) & only:
                continue
            node = "agreement/" + ag.iri.split("/agreement/", 1)[-1]
            info = _agreement_info(ag, data)
            evidence, total, _ = _evidence_items([("agreement", ag.data["type"], m) for m in ag.mentions], data)
            g.add_node(node, kind="agreement", label=info["name"] or info["type"], info=info,
                       evidence=evidence, evidence_total=total, parties=[a, b])
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
    import networkx as nx

    if only in (Measure.PARTNERS, Measure.DEGREE):
        return _degrees(g)
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
    """Eigenvector centrality of the unweighted graph; zeros where there are no edges."""
    import networkx as nx

    if cg.number_of_edges() == 0:
        return {n: 0.0 for n in cg.nodes}
    try:
        return nx.eigenvector_centrality(cg, max_iter=2000, tol=1e-10)
    except nx.PowerIterationFailedConvergence:  # pragma: no cover - (A + I) iteration converges on graphs
        return {n: 0.0 for n in cg.nodes}


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


# ---------------------------------------------------------------------------------------------
# Output


def write_table(rows: list[dict], columns: list[str], out: IO[str], *, format: TableFormat = TableFormat.TABLE) -> None:
    """Rows as an aligned table, CSV or JSON (a list of objects)."""
    import csv
    import json

    if format is TableFormat.JSON:
        out.write(json.dumps([{c: r.get(c) for c in columns} for r in rows], ensure_ascii=False, indent=1) + "\n")
        return
    if format is TableFormat.CSV:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow(["" if r.get(c) is None else r.get(c) for c in columns])
        return
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    numeric = [all(isinstance(r.get(c), (int, float)) for r in rows) and rows for c in columns]

    def line(values):
        return "  ".join(v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric)).rstrip()

    out.write(line(columns) + "\n" + line(["-" * w for w in widths]) + "\n")
    for row in cells:
        out.write(line(row) + "\n")


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.4f}"
    return re.sub(r"\s+", " ", str(v))
