"""The store read into Python: one scan per kind of fact, joined in dicts.

On a disk store every term a query returns is a look-up and every join a seek per row, so one
scan per predicate joined here is several times faster than one joined query.
"""
from __future__ import annotations

import datetime as dt
import re
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


_MENTION = re.compile(r"^(.*)/mention/(.+)/(\d+)-(\d+)$")


def _mention_start(iri: str) -> int:
    """Where a mention starts in its article, from the IRI kg.model gives it (ordering only; else 0)."""
    m = _MENTION.match(iri)
    return int(m.group(3)) if m else 0


def _mention_articles(store: Store, derived: dict[str, list[str]], articles: dict) -> dict[str, list[str]]:
    """Mention -> its article.

    kg.model names a mention ``id/mention/<article>/<start>-<end>`` after its article
    ``id/article/<article>``; when every mention's name leads to a stored article, that is read
    from the names (saving a scan as long as the mentions); otherwise from ``bkg:article``.
    """
    out: dict[str, list[str]] = {}
    for ms in derived.values():
        for m in ms:
            if m in out:
                continue
            found = _MENTION.match(m)
            art = f"{found.group(1)}/article/{found.group(2)}" if found else None
            if art not in articles:
                return _objects(store, "bkg:article")
            out[m] = [art]
    return out


def _first(values: dict[str, list[str]], key: str) -> str | None:
    v = values.get(key)
    return min(v) if v else None


class _Data:
    """Everything the graph needs, read with one scan per kind of fact."""

    def __init__(self, store: Store, *, facts: bool = True):
        """``facts=False`` reads only the concepts (countries, levels, fields): the relations then
        come from their stored summaries (:mod:`kg.summary`)."""
        self._store = store
        self._shown: dict[str, tuple[str, str, str]] = {}
        self.iso_of = iso_of = self._read_countries()
        self._read_levels()
        self._read_fields()
        self.events, self.statements, self.agreements = [], [], []
        self.articles: dict[str, dict] = {}
        if not facts:
            return
        title = self._read_articles()
        mentions = self._read_mentions()
        self._read_facts(iso_of, title, mentions)
        for facts_ in (self.events, self.statements, self.agreements):
            facts_.sort(key=lambda f: f.iri)

    def _read_countries(self) -> dict[str, str]:
        """Countries' names (the English preferred label names one) and every label; returns IRI -> ISO3."""
        self.countries: dict[str, str] = {}
        self.country_names: dict[str, set[str]] = defaultdict(set)  # every label, any language
        iso_of: dict[str, str] = {}
        for r in _rows(self._store, "SELECT ?c ?iso ?name WHERE { ?c a bkg:Country ; bkg:iso3 ?iso . OPTIONAL { "
                                    "{ ?c skos:prefLabel ?name } UNION { ?c skos:altLabel ?name } UNION "
                                    "{ ?c rdfs:label ?name } UNION { ?c bkg:commonName ?name } } }"):
            iso = r["iso"].value
            iso_of[r["c"].value] = iso
            if r["name"] is not None:
                self.country_names[iso].add(r["name"].value)
        best: dict[str, tuple] = {}
        for r in _rows(self._store, "SELECT ?iso ?name WHERE { ?c a bkg:Country ; bkg:iso3 ?iso ; skos:prefLabel ?name }"):
            rank = (r["name"].language not in ("en", None), r["name"].value)  # English first, ties by value
            if r["iso"].value not in best or rank < best[r["iso"].value]:
                self.countries[r["iso"].value] = r["name"].value
                best[r["iso"].value] = rank
        for iso in iso_of.values():
            self.countries.setdefault(iso, iso)
        return iso_of

    def _read_levels(self) -> None:
        self.levels: dict[str, dict] = {}
        for r in _rows(self._store, "SELECT ?l ?label ?rank WHERE { ?l a bkg:PartnershipLevel . "
                                    "OPTIONAL { ?l skos:prefLabel ?label } OPTIONAL { ?l bkg:rank ?rank } }"):
            lv = self.levels.setdefault(r["l"].value, {"label": None, "rank": 0, "names": set()})
            if r["label"] is not None and (lv["label"] is None or r["label"].value < lv["label"]):
                lv["label"] = r["label"].value
            if r["rank"] is not None:
                lv["rank"] = max(lv["rank"], int(r["rank"].value))
        for r in _rows(self._store, "SELECT ?l ?alt WHERE { ?l a bkg:PartnershipLevel ; skos:altLabel ?alt }"):
            self.levels[r["l"].value]["names"].add(r["alt"].value.lower())
        for iri, lv in self.levels.items():
            lv["label"] = lv["label"] or iri.rsplit("/", 1)[1].replace("-", " ")
            lv["names"] |= {lv["label"].lower(), iri.rsplit("/", 1)[1]}

    def _read_fields(self) -> None:
        self.fields: dict[str, dict] = {}
        for r in _rows(self._store, "SELECT ?f ?label ?broader WHERE { "
                                    "{ ?f skos:inScheme bkg:CooperationFieldScheme } UNION "
                                    "{ ?f skos:topConceptOf bkg:CooperationFieldScheme } "
                                    "OPTIONAL { ?f skos:prefLabel ?label } OPTIONAL { ?f skos:broader ?broader } }"):
            f = self.fields.setdefault(r["f"].value, {"label": None, "broader": set()})
            if r["label"] is not None:
                f["label"] = r["label"].value
            if r["broader"] is not None:
                f["broader"].add(r["broader"].value)

    def _read_articles(self) -> dict[str, list[str]]:
        """The articles' metadata; returns the dcterms:title scan (agreements have titles too)."""
        self.articles: dict[str, dict] = {}
        ident, title, issued, url = (_objects(self._store, p) for p in (
            "dcterms:identifier", "dcterms:title", "dcterms:issued", "dcterms:source"))
        for art in _instances(self._store, "bkg:Article"):
            self.articles[art] = {"id": _first(ident, art), "title": _first(title, art),
                                  "date": _date(_first(issued, art)), "url": _first(url, art)}
        return title

    def _read_mentions(self) -> dict[str, list]:
        """Fact -> its mentions as (sentence, article, start)."""
        derived, text = _objects(self._store, "prov:wasDerivedFrom"), _objects(self._store, "bkg:text")
        article = _mention_articles(self._store, derived, self.articles)
        mentions: dict[str, list] = defaultdict(list)
        for x, ms in derived.items():
            for m in ms:
                start = _mention_start(m)
                mentions[x] += [(t, a, start) for t in text.get(m, ()) for a in article.get(m, ())]
        return mentions

    def _read_facts(self, iso_of: dict[str, str], title: dict, mentions: dict) -> None:
        store = self._store
        parties = _objects(store, "bkg:party")

        def pair(iri: str) -> tuple[str, str] | None:
            codes = sorted({iso_of[c] for c in parties.get(iri, ()) if c in iso_of})
            return (codes[0], codes[1]) if len(codes) == 2 else None

        relation = _objects(store, "bkg:relation")
        rel_pair = {rel: pair(rel) for rel in {r for rels in relation.values() for r in rels}}
        dates, years = _objects(store, "bkg:date"), _objects(store, "bkg:year")
        notation = {k: min(v) for k, v in _objects(store, "skos:notation").items()}
        level, field_of = _objects(store, "bkg:level"), _objects(store, "bkg:field")
        # events and statements are the relation's facts with a level or a field (no type scan needed)
        kinds_of = {"bkg:PartnershipEvent": sorted(x for x in relation if x in level),
                    "bkg:CooperationStatement": sorted(x for x in relation if x in field_of)}

        def facts(cls: str, pairs_of) -> list[_Fact]:
            out = []
            for x in kinds_of.get(cls) or _instances(store, cls):
                for p in pairs_of(x):
                    d, y = _first(dates, x), _first(years, x)
                    own = _date(d) or (dt.date(int(y[:4]), 1, 1) if y and y[:4].isdigit() else None)
                    out.append(_Fact(x, p, own, d or y or "", sorted(set(mentions.get(x, ())))))
            return out

        def via_relation(x: str) -> list[tuple[str, str]]:
            return sorted({rel_pair[r] for r in relation.get(x, ()) if rel_pair.get(r)})

        action = _objects(store, "bkg:action")
        self.events = []
        for f in facts("bkg:PartnershipEvent", via_relation):
            for lvl in sorted(set(level.get(f.iri, ()))):
                acts = sorted({notation[a] for a in action.get(f.iri, ()) if a in notation}) or [""]
                self.events += [_Fact(f.iri, f.pair, f.date, f.dated_text, f.mentions, {"level": lvl, "action": a})
                                for a in acts]
        self.statements = [_Fact(f.iri, f.pair, f.date, f.dated_text, f.mentions, {"field": fld})
                           for f in facts("bkg:CooperationStatement", via_relation)
                           for fld in sorted(set(field_of.get(f.iri, ())))]
        def own_pair(x: str) -> list[tuple[str, str]]:
            p = pair(x)
            return [p] if p else []

        self.agreements = [f for cls in ("bkg:Agreement", "bkg:PlannedAgreement") for f in facts(cls, own_pair)]
        self._describe_agreements(title, notation, field_of)

    def _describe_agreements(self, title: dict, notation: dict, field_of: dict) -> None:
        labels = _objects(self._store, "skos:prefLabel")
        kinds, status, count = (_objects(self._store, p)
                                for p in ("bkg:agreementType", "bkg:status", "bkg:agreementCount"))
        for f in self.agreements:
            x = f.iri
            types = sorted({lab for k in kinds.get(x, ()) for lab in labels.get(k, ())})
            n = _first(count, x)
            f.data = {"type": types[0] if types else "other", "name": _first(title, x),
                      "status": min((notation[s] for s in status.get(x, ()) if s in notation), default=None),
                      "count": int(n) if n is not None and n.lstrip("-").isdigit() else None,
                      "fields": sorted(set(field_of.get(x, ())))}

    def level_label(self, iri: str) -> str:
        """A level's label; a level no ladder in the store describes is named by its IRI's last part."""
        lv = self.levels.get(iri)
        return lv["label"] if lv else iri.rsplit("/", 1)[-1].replace("-", " ")

    def article_shown(self, art: str) -> tuple[str, str, str]:
        """(title, url, ISO date) of an article as a sentence's source shows it; cached."""
        got = self._shown.get(art)
        if got is None:
            a = self.articles.get(art, {})
            got = self._shown[art] = (a.get("title") or a.get("id") or "", a.get("url") or "",
                                      a["date"].isoformat() if a.get("date") else "")
        return got

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


