"""The store read into Python: one scan per kind of fact, joined in dicts.

On a disk store every term a query returns is a look-up and every join a seek per row, so one
scan per predicate joined here is several times faster than one joined query.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from kg.errors import AnalyzeError as GraphError
from kg.store import Store

ID = "https://w3id.org/bilateral-kg/id/"


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
        self._pref_rank: dict[str, tuple] = {}
        self.country_names: dict[str, set[str]] = defaultdict(set)  # every label, any language
        iso_of: dict[str, str] = {}
        for r in _rows(store, "SELECT ?c ?iso ?name WHERE { ?c a bkg:Country ; bkg:iso3 ?iso . OPTIONAL { "
                              "{ ?c skos:prefLabel ?name } UNION { ?c skos:altLabel ?name } UNION "
                              "{ ?c rdfs:label ?name } UNION { ?c bkg:commonName ?name } } }"):
            iso = r["iso"].value
            iso_of[r["c"].value] = iso
            name = r["name"]
            if name is not None:
                self.country_names[iso].add(name.value)
        for r in _rows(store, "SELECT ?iso ?name WHERE { ?c a bkg:Country ; bkg:iso3 ?iso ; skos:prefLabel ?name }"):
            # the English (or untagged) preferred label names a country; ties broken by value
            rank = (r["name"].language not in ("en", None), r["name"].value)
            if r["iso"].value not in self.countries or rank < self._pref_rank[r["iso"].value]:
                self.countries[r["iso"].value] = r["name"].value
                self._pref_rank[r["iso"].value] = rank
        for iso in iso_of.values():
            self.countries.setdefault(iso, iso)
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


