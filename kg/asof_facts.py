"""The as-of views of saved queries that read a few facts of the whole graph, named by their
``# view:`` header: ``field PARAM`` (the cooperation in a field and its narrower ones) and
``conflicts`` (the sources that disagree). Without a country to start from, the general view
copies every fact that counts on the day; these read only the facts the query can see.

``field``: the statements of those fields, whether each counts decided by the rule of
:func:`kg.levels.counts_as_of` from their dates and their articles' days, read in one query per
field. ``conflicts``: the stored conflicts whose two events count on the day. Both kinds join two
dated events (:func:`kg.levels._pair`), and any event between them in date order starts no later
than the later one, so the conflicts among the events counting on a day are the stored conflicts
whose two events count: each then counts through every mention. Their relations' levels on the
day come from the summaries (:mod:`kg.asof_levels`).
"""
from __future__ import annotations

import pyoxigraph as ox

from kg import iris
from kg.asof import _empty_view, _minted, _start, _triples, query_names
from kg.asof_levels import _last, steps_of
from kg.levels import UNDATED, counts_as_of
from kg.prefixes import PREFIXES
from kg.reads import HEAD, flat
from kg.store import Store

__all__ = ["fact_view"]

_BKG = PREFIXES["bkg"]
_DERIVED, _ARTICLE = ox.NamedNode(PREFIXES["prov"] + "wasDerivedFrom"), ox.NamedNode(_BKG + "article")
_RELATION, _LEVEL, _CONFLICT = (ox.NamedNode(_BKG + p) for p in ("relation", "level", "conflictsWith"))
_FIELD, _CURRENT = ox.NamedNode(_BKG + "field"), ox.NamedNode(_BKG + "partnershipLevel")
_WHEN = tuple(ox.NamedNode(_BKG + p) for p in ("date", "month", "year"))


def fact_view(store: Store, day, saved, args: list[str]) -> Store | None:
    """The view on ``day`` of what a ``# view: field PARAM`` or ``# view: conflicts`` query reads;
    None when the store cannot say (a relation without its summary): the general view."""
    names = query_names(saved.body)
    view = _empty_view(store, names)
    if saved.view[0] == "field":
        field = args[[p for p, _ in saved.params].index(saved.view[1])]
        quads = _field_quads(store, view, iris.field(field), day.isoformat())
    else:
        quads = _conflict_quads(store, names, day.isoformat())
    if quads is None:
        return None
    view.add(quads)
    return view


def _field_quads(store: Store, view: Store, field: str, day: str) -> list[ox.Quad]:
    """The statements of ``field`` and the narrower fields (in the view's ontology, as the whole
    view has them) counting on ``day``: their field and relation.

    Read per field: the statements with their relation and their mentions' articles in one query,
    their dates in one scan of each statement's triples (three look-ups cost more); an undated one
    counts when one of those articles is published by then."""
    fields = sorted(r[0].value for r in view.query(HEAD + f"SELECT ?f WHERE {{ ?f skos:broader* <{field}> }}"))
    facts: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    when: dict[str, dict[str, set[str]]] = {}
    for f in fields:
        for r in store.query(HEAD + f"""SELECT ?x ?rel ?a WHERE {{ ?x bkg:field <{f}> ; bkg:relation ?rel ;
            prov:wasDerivedFrom ?m OPTIONAL {{ ?m bkg:article ?a }} }}"""):
            rels, articles = facts.setdefault((r[0].value, f), (set(), set()))
            rels.add(r[1].value)
            if r[2] is not None:
                articles.add(r[2].value)
        for r in store.query(HEAD + f"""SELECT ?x ?p ?o WHERE {{ ?x bkg:field <{f}> ; ?p ?o
            FILTER(?p IN (bkg:date, bkg:month, bkg:year)) }}"""):
            when.setdefault(r[0].value, {}).setdefault(r[1].value, set()).add(r[2].value)
    issued = _days(store, {a for _, articles in facts.values() for a in articles})
    quads = []
    for (x, f), (rels, articles) in sorted(facts.items()):
        start = _start(*(when.get(x, {}).get(p.value) for p in _WHEN))
        if counts_as_of(start, min((issued[a] for a in articles if a in issued), default=None), day):
            node = ox.NamedNode(x)
            quads += [ox.Quad(node, _FIELD, ox.NamedNode(f))] + [ox.Quad(node, _RELATION, ox.NamedNode(r)) for r in sorted(rels)]
    return quads


def _days(store: Store, articles: set[str]) -> dict[str, str]:
    """Article -> its first day: past a thousand articles every article's days are read (one row
    each, three times cheaper than binding them)."""
    if len(articles) > 1000:
        rows = ((r[0].value, r[1].value) for r in store.query(HEAD + "SELECT ?a ?d WHERE { ?a dcterms:issued ?d }"))
    else:
        rows = ((a, d) for a, ds in flat(store, "?s dcterms:issued ?v", articles, "?v", keyed=True).items() for d in ds)
    out: dict[str, str] = {}
    for a, d in rows:
        if a in articles and (a not in out or d < out[a]):
            out[a] = d
    return out


def _conflict_quads(store: Store, names: set[str], day: str) -> list[ox.Quad] | None:
    """The stored conflicts whose two events count on ``day`` (see the module), with what the query
    names of the events, their mentions and articles, and their relations' levels on that day."""
    pairs = [(r[0].value, r[1].value) for r in store.query(HEAD + "SELECT ?a ?b WHERE { ?a bkg:conflictsWith ?b }")]
    triples = _triples(store, {e for p in pairs for e in p}, names | {t.value for t in _WHEN} | {_DERIVED.value})
    starts = {e: _start(*({t.object.value for t in ts if t.predicate == p} for p in _WHEN)) for e, ts in triples.items()}
    counted = {e for e, s in starts.items() if UNDATED < s <= day and any(t.predicate == _DERIVED for t in triples[e])}
    quads = [ox.Quad(t.subject, t.predicate, t.object) for e in sorted(counted) for t in triples[e]
             if t.predicate != _CONFLICT or t.object.value in counted]
    mentions = _triples(store, {q.object.value for q in quads if q.predicate == _DERIVED}, names)
    articles = _triples(store, {t.object.value for ts in mentions.values() for t in ts if t.predicate == _ARTICLE}, names)
    quads += [ox.Quad(t.subject, t.predicate, t.object) for got in (mentions, articles) for ts in got.values() for t in ts]
    relations = sorted({q.object.value for q in quads if q.predicate == _RELATION})
    steps = steps_of(store, relations)
    if steps is None:
        return None
    levels = {r: lvl for r, s in steps.items() if s and s[0] and s[0] <= day and (lvl := _last(s[1], day))}
    quads += [ox.Quad(ox.NamedNode(r), _CURRENT, ox.NamedNode(lvl)) for r, lvl in sorted(levels.items())]
    minted = _minted({q.object.value for q in quads if q.predicate == _LEVEL} | set(levels.values()), store)
    quads += [ox.Quad(t.subject, t.predicate, t.object) for ts in _triples(store, minted, names).values() for t in ts]
    return quads
