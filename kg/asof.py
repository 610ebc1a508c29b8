"""The graph as its sources knew it on a day: one function, ``as_of``, behind every ``--as-of``.

The view holds the facts that count on that day by :func:`kg.levels.visible_as_of` (a dated
fact from its first day, whoever reported it and when: a 2019 article on a 1993 treaty puts the
treaty on the 1993 map; an undated one through the articles published by then), their mentions
and articles, the articles published by then, the relations those facts are about, and each
relation's level re-derived by the rule of :mod:`kg.levels`. It is what a fresh ingest of only
those articles and facts gives (``tests/test_time.py`` checks it), held in an in-memory store
that every command reads like any other.

A view narrowed to one country or one pair starts from that country's relations, so a saved
query on a big store copies only the few thousand triples it can see.
"""
from __future__ import annotations

import datetime as dt

import pyoxigraph as ox

from kg import iris
from kg.levels import counts_as_of, event_when
from kg.prefixes import ONTOLOGY_GRAPH_IRI, PREFIXES
from kg.store import Store

__all__ = ["as_of", "day_literal", "parse_day", "saved_query_view"]

_HEAD = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
_FACTS = "bkg:PartnershipEvent bkg:CooperationStatement bkg:Agreement bkg:PlannedAgreement"
_AGREEMENTS = "bkg:Agreement bkg:PlannedAgreement"
_BKG = PREFIXES["bkg"]
_DERIVED = ox.NamedNode(PREFIXES["prov"] + "wasDerivedFrom")
_ARTICLE = ox.NamedNode(_BKG + "article")
_LEVEL = ox.NamedNode(_BKG + "level")
_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
_RELATION = ox.NamedNode(_BKG + "relation")
_PARTY = ox.NamedNode(_BKG + "party")
_DERIVED_ONLY = {ox.NamedNode(_BKG + p) for p in ("partnershipLevel", "levelSince", "conflictsWith")}
_CHUNK = 2000


def day_literal(day: dt.date) -> str:
    return f'"{day.isoformat()}"'


def parse_day(text: str) -> dt.date:
    """``--as-of`` input: YYYY-MM-DD, YYYY-MM or YYYY; a month or a year means its last day."""
    from kg.analyze.filters import parse_date

    return parse_date(text, end=True)


def _scope_store(store: Store, countries) -> Store:
    """Everything ``store`` holds about one country or one pair (its relations, their facts, the
    facts' mentions and articles), copied by look-ups on bound terms: no join over the big store."""
    from kg.store import open_store

    codes = sorted({c.upper() for c in countries})
    subjects: set[str] | None = None
    for c in codes:  # relations and agreements with every one of these parties
        found = {r["s"].value for r in store.query(_HEAD + f"SELECT ?s WHERE {{ ?s bkg:party <{iris.country(c)}> }}")}
        subjects = found if subjects is None else subjects & found
    quads: list[ox.Quad] = []
    _describe(store, subjects or set(), quads)
    relations = {q.subject.value for q in quads if q.predicate == _TYPE and q.object.value == _BKG + "BilateralRelation"}
    facts: set[str] = set()
    for chunk in _chunks(sorted(relations)):
        values = " ".join(f"<{r}>" for r in chunk)
        facts |= {r["x"].value for r in store.query(_HEAD + f"SELECT ?x WHERE {{ VALUES ?rel {{ {values} }} ?x bkg:relation ?rel }}")}
    n = len(quads)
    _describe(store, facts, quads)
    mentions = {q.object.value for q in quads if q.predicate == _DERIVED}
    m = len(quads)
    _describe(store, mentions, quads)
    _describe(store, {q.object.value for q in quads[m:] if q.predicate == _ARTICLE}, quads)
    _describe(store, _minted({q.object.value for q in quads[n:m] if q.predicate == _LEVEL}, store), quads)
    scope = open_store(":memory:")
    scope.add(quads)
    return scope


def _chunks(items: list):
    return (items[i:i + _CHUNK] for i in range(0, len(items), _CHUNK))


def visible_facts(store: Store, day: dt.date) -> dict[str, set[str]]:
    """Fact -> the mentions through which it counts on ``day`` (by :func:`kg.levels.counts_as_of`).

    Read as three flat queries joined here: one joined query is far slower on oxigraph.
    """
    start = {r["x"].value: r["start"].value for r in store.query(_HEAD + f"""SELECT ?x ?start WHERE {{
      VALUES ?cls {{ {_FACTS} }} ?x a ?cls . {event_when("?x")} }}""")}
    issued: dict[str, str] = {}
    for r in store.query(_HEAD + "SELECT ?m ?i WHERE { ?m bkg:article ?a . ?a dcterms:issued ?i }"):
        issued[r["m"].value] = min(issued.get(r["m"].value, r["i"].value), r["i"].value)
    day_text = day.isoformat()
    facts: dict[str, set[str]] = {}
    for r in store.query(_HEAD + "SELECT ?x ?m WHERE { ?x prov:wasDerivedFrom ?m }"):
        x, m = r["x"].value, r["m"].value
        if x in start and counts_as_of(start[x], issued.get(m), day_text):
            facts.setdefault(x, set()).add(m)
    return facts


def _describe(store: Store, subjects, out: list, *, keep=None) -> None:
    """Every triple of these subjects (``keep`` filters them), as default-graph quads."""
    for chunk in _chunks(sorted(subjects)):
        values = " ".join(f"<{s}>" for s in chunk)
        for r in store.query(f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} ?s ?p ?o }}"):
            t = ox.Triple(r[0], r[1], r[2])
            if keep is None or keep(t):
                out.append(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()))


def as_of(store: Store, day: dt.date, *, countries=None) -> Store:
    """The view of ``store`` on ``day``, as a new in-memory store (the ontology included).

    ``countries`` narrows the view to the facts about one country or one pair: enough for a
    saved query whose parameters are those countries, and much faster on a big graph.
    """
    from kg.levels import current_level_update
    from kg.store import open_store

    if countries:
        store = _scope_store(store, countries)
    facts = visible_facts(store, day)
    quads: list[ox.Quad] = []
    _describe(store, facts, quads, keep=lambda t: t.predicate not in _DERIVED_ONLY and (
        t.predicate != _DERIVED or t.object.value in facts[t.subject.value]))
    relations = _relations(quads)
    mentions = {q.object.value for q in quads if q.predicate == _DERIVED}
    n = len(quads)
    _describe(store, mentions, quads)
    articles = {q.object.value for q in quads[n:] if q.predicate == _ARTICLE}
    articles |= _published_by(store, day)
    _describe(store, articles, quads)
    _describe(store, relations, quads, keep=lambda t: t.predicate not in _DERIVED_ONLY)
    _describe(store, _minted({q.object.value for q in quads if q.predicate == _LEVEL}, store), quads)
    view = open_store(":memory:")
    view.add(quads)
    if relations:
        view.update(current_level_update())
    return view


def _relations(quads: list[ox.Quad]) -> set[str]:
    """The relations of the facts: through ``bkg:relation``, or an agreement's two parties."""
    out, parties = set(), {}
    for q in quads:
        if q.predicate == _RELATION:
            out.add(q.object.value)
        elif q.predicate == _PARTY:
            parties.setdefault(q.subject.value, set()).add(q.object.value.rsplit("/", 1)[1])
    out |= {iris.relation(tuple(sorted(ps))) for ps in parties.values() if len(ps) == 2}
    return out


def _minted(levels: set[str], store: Store) -> set[str]:
    """The levels among these that the model minted (the ladder's own live in the ontology graph)."""
    if not levels:
        return set()
    values = " ".join(f"<{lvl}>" for lvl in sorted(levels))
    return {r["lvl"].value for r in store.query(_HEAD + f"""SELECT ?lvl WHERE {{ VALUES ?lvl {{ {values} }}
      FILTER NOT EXISTS {{ GRAPH <{ONTOLOGY_GRAPH_IRI}> {{ ?lvl ?p ?o }} }} }}""")}


def _published_by(store: Store, day: dt.date) -> set[str]:
    return {r["a"].value for r in store.query(_HEAD + f"""SELECT ?a WHERE {{
        ?a a bkg:Article ; dcterms:issued ?issued . FILTER(STR(?issued) <= {day_literal(day)}) }}""")}


def saved_query_view(store: Store, day: dt.date, saved, args: list[str]) -> Store:
    """The view a saved query needs: narrowed to its country arguments when it has any."""
    countries = [a for (_, kind), a in zip(saved.params, args) if kind.split()[0].lower() == "country"]
    return as_of(store, day, countries=countries or None)
