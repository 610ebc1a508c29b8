"""The as-of views of saved queries that read a few facts of the whole graph, named by their
``# view:`` header: ``field PARAM`` (the cooperation in a field and its narrower ones) and
``conflicts`` (the sources that disagree). Without a country to start from, the general view
copies every fact that counts on the day; these read only the facts the query can see.

``field``: the statements of those fields counting on the day, read in one query per field
through each statement's first counting day, ``bkg:countsFrom``, which every write stores beside
the summaries by the rule of :func:`kg.levels.counts_as_of` (:func:`kg.summary.counting_quads`).
``conflicts``: the stored conflicts whose two events count on the day. Both kinds join two
dated events (:func:`kg.levels._pair`), and any event between them in date order starts no later
than the later one, so the conflicts among the events counting on a day are the stored conflicts
whose two events count: each then counts through every mention. Their relations' levels on the
day come from the summaries (:mod:`kg.asof_levels`).
"""
from __future__ import annotations

import pyoxigraph as ox

from kg import iris
from kg.asof import empty_view, fact_start, minted_levels, query_names, triples_of
from kg.asof_levels import last_level, steps_of
from kg.levels import UNDATED
from kg.prefixes import PREFIXES
from kg.reads import HEAD
from kg.store import Store

__all__ = ["fact_view"]

_BKG = PREFIXES["bkg"]
_DERIVED, _ARTICLE = ox.NamedNode(PREFIXES["prov"] + "wasDerivedFrom"), ox.NamedNode(_BKG + "article")
_RELATION, _LEVEL, _CONFLICT = (ox.NamedNode(_BKG + p) for p in ("relation", "level", "conflictsWith"))
_FIELD, _CURRENT = ox.NamedNode(_BKG + "field"), ox.NamedNode(_BKG + "partnershipLevel")
_WHEN = tuple(ox.NamedNode(_BKG + p) for p in ("date", "month", "year"))


def fact_view(store: Store, day, saved, args: list[str]) -> Store | None:
    """The view on ``day`` of what a ``# view: field PARAM`` or ``# view: conflicts`` query reads;
    None when the store cannot say (a relation without its summary, or one of another version): the
    general view."""
    names = query_names(saved.body)
    view = empty_view(store, names)
    if saved.view[0] == "field":
        field = args[[p for p, _ in saved.params].index(saved.view[1])]
        quads = _field_quads(store, view, iris.field(field), day.isoformat())
    else:
        quads = _conflict_quads(store, names, day.isoformat())
    if quads is None:
        return None
    view.add(quads)
    return view


def _field_quads(store: Store, view: Store, field: str, day: str) -> list[ox.Quad] | None:
    """The statements of ``field`` and the narrower fields (in the view's ontology, as the whole
    view has them) counting on ``day``: their field and relation; None when the store's summaries
    are of another version, so its statements' ``bkg:countsFrom`` (:func:`kg.summary.counting_quads`)
    may be missing or wrong.

    One query per field: a statement counts on the day its first counting day is on or before it."""
    from kg.summary_version import stale

    if stale(store):
        return None
    fields = sorted(r[0].value for r in view.query(HEAD + f"SELECT ?f WHERE {{ ?f skos:broader* <{field}> }}"))
    facts: set[tuple[str, str, str]] = set()
    for f in fields:
        facts.update((r[0].value, f, r[1].value) for r in store.query(HEAD + f"""SELECT ?x ?rel WHERE {{
            ?x bkg:field <{f}> ; bkg:countsFrom ?d ; bkg:relation ?rel FILTER(STR(?d) <= "{day}") }}"""))
    return [q for x, f, rel in sorted(facts) for node in [ox.NamedNode(x)]
            for q in (ox.Quad(node, _FIELD, ox.NamedNode(f)), ox.Quad(node, _RELATION, ox.NamedNode(rel)))]


def _conflict_quads(store: Store, names: set[str], day: str) -> list[ox.Quad] | None:
    """The stored conflicts whose two events count on ``day`` (see the module), with what the query
    names of the events, their mentions and articles, and their relations' levels on that day."""
    pairs = [(r[0].value, r[1].value) for r in store.query(HEAD + "SELECT ?a ?b WHERE { ?a bkg:conflictsWith ?b }")]
    triples = triples_of(store, {e for p in pairs for e in p}, names | {t.value for t in _WHEN} | {_DERIVED.value})
    starts = {e: fact_start(*({t.object.value for t in ts if t.predicate == p} for p in _WHEN)) for e, ts in triples.items()}
    counted = {e for e, s in starts.items() if UNDATED < s <= day and any(t.predicate == _DERIVED for t in triples[e])}
    quads = [ox.Quad(t.subject, t.predicate, t.object) for e in sorted(counted) for t in triples[e]
             if t.predicate != _CONFLICT or t.object.value in counted]
    mentions = triples_of(store, {q.object.value for q in quads if q.predicate == _DERIVED}, names)
    articles = triples_of(store, {t.object.value for ts in mentions.values() for t in ts if t.predicate == _ARTICLE}, names)
    quads += [ox.Quad(t.subject, t.predicate, t.object) for got in (mentions, articles) for ts in got.values() for t in ts]
    relations = sorted({q.object.value for q in quads if q.predicate == _RELATION})
    steps = steps_of(store, relations)
    if steps is None:
        return None
    levels = {r: lvl for r, s in steps.items() if s and s[0] and s[0] <= day and (lvl := last_level(s[1], day))}
    quads += [ox.Quad(ox.NamedNode(r), _CURRENT, ox.NamedNode(lvl)) for r, lvl in sorted(levels.items())]
    minted = minted_levels({q.object.value for q in quads if q.predicate == _LEVEL} | set(levels.values()), store)
    quads += [ox.Quad(t.subject, t.predicate, t.object) for ts in triples_of(store, minted, names).values() for t in ts]
    return quads
