"""The graph as its sources knew it on a day: one function, ``as_of``, behind every ``--as-of``.

The view holds the facts that count on that day by :func:`kg.levels.visible_as_of` (a dated
fact from its first day, whoever reported it and when: a 2019 article on a 1993 treaty puts the
treaty on the 1993 map; an undated one through the articles published by then), their mentions
and articles, the articles published by then, the relations those facts are about, and each
relation's level re-derived by the rule of :mod:`kg.levels`. It is what a fresh ingest of only
those articles and facts gives (``tests/test_time.py`` checks it), held in an in-memory store
that every command reads like any other.

A view narrowed to one country or one pair (and to the kinds of fact a saved query reads, its
``# facts:`` header) starts from that country's relations and reads each of their facts,
mentions and articles once; which of them count is decided in Python. A saved query on a big
store so copies only the few thousand triples it can see, and reads from its view what it
would read from the whole view (``tests/test_time.py`` checks that too).
"""
from __future__ import annotations

import datetime as dt
import re

import pyoxigraph as ox

from kg import iris
from kg.levels import UNDATED, counts_as_of, event_when
from kg.prefixes import ONTOLOGY_GRAPH_IRI, PREFIXES
from kg.reads import HEAD as _HEAD, chunks, dated, flat, sources, subjects_of
from kg.store import Store

__all__ = ["as_of", "day_literal", "parse_day", "query_names", "query_reads", "saved_query_view",
           # what the narrower views (kg.asof_levels, kg.asof_facts) build theirs from
           "empty_view", "fact_start", "minted_levels", "triples_of"]

_FACTS = "bkg:PartnershipEvent bkg:CooperationStatement bkg:Agreement bkg:PlannedAgreement"
_FACT_CLASSES = {PREFIXES["bkg"] + c.removeprefix("bkg:") for c in _FACTS.split()}
_AGREEMENTS = "bkg:Agreement bkg:PlannedAgreement"
_BKG = PREFIXES["bkg"]
_DERIVED = ox.NamedNode(PREFIXES["prov"] + "wasDerivedFrom")
_ARTICLE = ox.NamedNode(_BKG + "article")
_LEVEL = ox.NamedNode(_BKG + "level")
_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
_RELATION = ox.NamedNode(_BKG + "relation")
_PARTY = ox.NamedNode(_BKG + "party")
_ISSUED = ox.NamedNode(PREFIXES["dcterms"] + "issued")
_WHEN = tuple(ox.NamedNode(_BKG + p) for p in ("date", "month", "year"))
_SCOPE_READS = {t.value for t in (_TYPE, _RELATION, _PARTY, _DERIVED, _ARTICLE, _ISSUED, *_WHEN)}  # what _Scope decides by
# Derived from the whole store, not the view: the levels re-derived for the day, the summaries (kg.summary) and
# what is written beside them left out.
_DERIVED_ONLY = {ox.NamedNode(_BKG + p) for p in ("partnershipLevel", "levelSince", "conflictsWith", "summary",
                                                  "summaryRecord", "countsFrom")}


def day_literal(day: dt.date) -> str:
    return f'"{day.isoformat()}"'


def parse_day(text: str) -> dt.date:
    """``--as-of`` input: YYYY-MM-DD, YYYY-MM or YYYY; a month or a year means its last day."""
    from kg.days import parse_date

    return parse_date(text, end=True)


class _Scope:
    """The triples of one country's or one pair's facts, their mentions and their articles, each
    subject looked up once: the relations and agreements with every one of these parties, then
    the facts of those relations. Which facts count on a day is then decided here, in Python."""

    def __init__(self, store: Store, countries, kinds: set[str], reads: set[str] | None = None):
        self.store = store
        self.keep = None if reads is None else reads | _SCOPE_READS  # what the query and the scope read
        subjects: set[str] | None = None
        for c in sorted({c.upper() for c in countries}):  # one bound pattern: joined to a class, oxigraph scans
            found = {r["s"].value for r in store.query(_HEAD + f"SELECT ?s WHERE {{ ?s bkg:party <{iris.country(c)}> }}")}
            subjects = found if subjects is None else subjects & found
        self.triples = triples_of(store, subjects or set(), self.keep)
        relations = {s for s, ts in self.triples.items() if _has(ts, _TYPE, _BKG + "BilateralRelation")}
        by_relation = subjects_of(store, "bkg:relation", relations)
        facts = {x for xs in by_relation.values() for x in xs} - set(self.triples)
        self.others: dict[str, str] = {}  # a fact of another kind -> its relation, which it may make exist
        if kinds != _FACT_CLASSES:  # only the facts of these kinds are worth reading whole
            classes = flat(store, "?s a ?c", facts, "?c", keyed=True)
            classes.update({s: {t.object.value for t in ts if t.predicate == _TYPE} for s, ts in self.triples.items()})
            rel = {x: r for r, xs in by_relation.items() for x in xs} | _relations(
                [ox.Quad(t.subject, t.predicate, t.object) for ts in self.triples.values() for t in ts], keyed=True)
            self.others = {x: rel[x] for x, cs in classes.items() if cs & (_FACT_CLASSES - kinds) and x in rel}
            facts = {x for x, cs in classes.items() if cs & kinds} - set(self.triples)
        self.triples.update(triples_of(store, facts, self.keep))
        self.facts = {s for s, ts in self.triples.items() if any(t.predicate == _TYPE and t.object.value in kinds for t in ts)}
        sourced = self.facts if reads is None or _DERIVED.value in reads else {  # else the undated facts' alone
            x for x in self.facts if not any(t.predicate in _WHEN for t in self.triples[x])}
        mentions = triples_of(store, self.objects(sourced, _DERIVED), self.keep)
        self.triples.update(mentions)
        self.triples.update(triples_of(store, self.objects(mentions, _ARTICLE) - set(self.triples), self.keep))

    def objects(self, subjects, predicate) -> set[str]:
        return {t.object.value for s in subjects for t in self.triples.get(s, ()) if t.predicate == predicate}

    def read(self, subjects) -> list[ox.Triple]:
        """The triples of these subjects: from the scope, else from the store."""
        missing = {s for s in subjects if s not in self.triples}
        held = [t for s in sorted(set(subjects) - missing) for t in self.triples[s]]
        return held + [t for ts in triples_of(self.store, missing, self.keep).values() for t in ts]

    def visible(self, day: dt.date) -> tuple[dict[str, set[str]], set[str], set[str]]:
        """:func:`visible_facts` for the scope's facts; the scope's articles published by ``day``; and
        the relations that only facts of other kinds make exist on that day."""
        day_text = day.isoformat()
        issued = {s: min(days) for s, ts in self.triples.items() if (days := [t.object.value for t in ts if t.predicate == _ISSUED])}
        facts: dict[str, set[str]] = {}
        for x in self.facts:
            ts = self.triples[x]
            start = fact_start(*({t.object.value for t in ts if t.predicate == p} for p in _WHEN))
            for m in self.objects([x], _DERIVED):
                days = [issued[a] for a in self.objects([m], _ARTICLE) if a in issued]
                if counts_as_of(start, min(days) if days else None, day_text):
                    facts.setdefault(x, set()).add(m)
        published = {a for a, d in issued.items() if d <= day_text and _has(self.triples[a], _TYPE, _BKG + "Article")}
        return facts, published, self._made_to_exist(day_text, {r for x in facts for r in self.objects([x], _RELATION)})

    def _made_to_exist(self, day_text: str, known: set[str]) -> set[str]:
        """The other relations that a fact of another kind, counting on the day, makes exist."""
        pending = {x: r for x, r in self.others.items() if r not in known}
        return {pending[x] for x in _counting(self.store, pending, day_text)}


def _counting(store: Store, facts, day_text: str) -> dict[str, set[str]]:
    """:func:`visible_facts` for these facts alone: read flat, one predicate at a time."""
    when = dated(store, facts)
    mentions, article = sources(store, facts)
    issued = flat(store, "?s dcterms:issued ?v", {a for as_ in article.values() for a in as_}, "?v", keyed=True)
    out: dict[str, set[str]] = {}
    for x in facts:
        start = fact_start(*(when[p].get(x) for p in ("date", "month", "year")))
        for m in mentions.get(x, ()):
            days = [min(issued[a]) for a in article.get(m, ()) if a in issued]
            if counts_as_of(start, min(days) if days else None, day_text):
                out.setdefault(x, set()).add(m)
    return out


def _has(triples, predicate, obj: str) -> bool:
    return any(t.predicate == predicate and t.object.value == obj for t in triples)


def triples_of(store: Store, subjects, keep: set[str] | None = None) -> dict[str, list[ox.Triple]]:
    """Every triple of these subjects (with ``keep``, of those predicates only), by subject."""
    only = "" if keep is None else "FILTER(?p IN (" + ", ".join(f"<{p}>" for p in sorted(keep)) + "))"
    out: dict[str, list[ox.Triple]] = {}
    for chunk in chunks(sorted(subjects)):
        values = " ".join(f"<{s}>" for s in chunk)
        for r in store.query(f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} ?s ?p ?o {only} }}"):
            out.setdefault(r[0].value, []).append(ox.Triple(r[0], r[1], r[2]))
    return out


def fact_start(dates, months, years) -> str:
    """The first day a fact's date allows, as :func:`kg.levels.event_when` binds ``?start``."""
    if dates:
        return min(dates)
    if months:
        return min(months) + "-01"
    return min(years) + "-01-01" if years else UNDATED


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


def _describe(read, subjects, out: list, *, keep=None) -> None:
    """Every triple of these subjects (``keep`` filters them), as default-graph quads."""
    for t in read(subjects):
        if keep is None or keep(t):
            out.append(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()))


def as_of(store: Store, day: dt.date, *, countries=None, kinds=None, reads: set[str] | None = None) -> Store:
    """The view of ``store`` on ``day``, as a new in-memory store (the ontology included).

    ``countries`` narrows the view to the facts about one country or one pair, and then ``kinds``
    (class names: ``PartnershipEvent``, ``CooperationStatement``, ``Agreement``,
    ``PlannedAgreement``) to those kinds of fact: enough for a saved query whose parameters are
    those countries and that reads those facts, and much faster on a big graph. ``reads`` (predicate
    IRIs, :func:`query_reads`) keeps only those triples in the view, with what the level rule needs.
    """
    from kg.levels import current_level_update

    if countries:
        scope = _Scope(store, countries, _kinds(kinds), reads)
        (facts, published, exist), read = scope.visible(day), scope.read
    else:
        facts, published, exist = visible_facts(store, day), _published_by(store, day), set()
        read = lambda subjects: [t for ts in triples_of(store, subjects).values() for t in ts]  # noqa: E731
    quads: list[ox.Quad] = []
    wanted = (lambda t: True) if reads is None else (lambda t: t.predicate.value in reads)  # noqa: E731
    _describe(read, facts, quads, keep=lambda t: t.predicate not in _DERIVED_ONLY and wanted(t) and (
        t.predicate != _DERIVED or t.object.value in facts[t.subject.value]))
    relations = _relations(quads) | exist
    mentions = {q.object.value for q in quads if q.predicate == _DERIVED}
    n = len(quads)
    _describe(read, mentions, quads)
    articles = {q.object.value for q in quads[n:] if q.predicate == _ARTICLE} | published
    _describe(read, articles, quads, keep=wanted)
    _describe(read, relations, quads, keep=lambda t: t.predicate not in _DERIVED_ONLY and wanted(t))
    _describe(read, minted_levels({q.object.value for q in quads if q.predicate == _LEVEL}, store), quads, keep=wanted)
    view = empty_view(store, reads)
    view.add(quads)
    if relations:
        view.update(current_level_update())
    return view


def _kinds(names) -> set[str]:
    from kg.errors import TimeError

    kinds = {_BKG + n for n in names} if names else _FACT_CLASSES
    if not kinds <= _FACT_CLASSES:
        raise TimeError(f"no kind of fact {' '.join(sorted(n for n in names if _BKG + n not in _FACT_CLASSES))!r}")
    return kinds


def empty_view(store: Store, reads: set[str] | None = None) -> Store:
    """A new in-memory store holding ``store``'s ontology graph (only the predicates in ``reads``):
    copied, as parsing the ontology files costs more (and imports rdflib); a store without one
    gets the files'."""
    from kg.store import MEMORY, OxigraphStore, StoreKind, open_store

    graph = ox.NamedNode(ONTOLOGY_GRAPH_IRI)
    only = "" if reads is None else "VALUES ?p { " + " ".join(f"<{p}>" for p in sorted(reads)) + " }"
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ {only} GRAPH <{ONTOLOGY_GRAPH_IRI}> {{ ?s ?p ?o }} }}")
    quads = [ox.Quad(r[0], r[1], r[2], graph) for r in rows]
    if not quads:
        return open_store(MEMORY)
    view = OxigraphStore(ox.Store(), kind=StoreKind.MEMORY, location=MEMORY)
    view.add(quads)
    return view


def _relations(quads: list[ox.Quad], *, keyed: bool = False):
    """The relations of the facts: through ``bkg:relation``, or an agreement's two parties
    (with ``keyed``, a dict fact -> its relation)."""
    out, parties = {}, {}
    for q in quads:
        if q.predicate == _RELATION:
            out[q.subject.value] = q.object.value
        elif q.predicate == _PARTY:
            parties.setdefault(q.subject.value, set()).add(q.object.value.rsplit("/", 1)[1])
    out |= {x: iris.relation(tuple(sorted(ps))) for x, ps in parties.items() if len(ps) == 2}
    return out if keyed else set(out.values())


def minted_levels(levels: set[str], store: Store) -> set[str]:
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
    """The view a saved query needs: its relations and their levels alone when it reads nothing
    else (:mod:`kg.asof_levels`); the few facts its ``# view:`` header names (:mod:`kg.asof_facts`);
    else narrowed to its country arguments, when it has any, and to the kinds of fact its
    ``# facts:`` header names."""
    from kg.asof_levels import level_view

    countries = [a for (_, kind), a in zip(saved.params, args) if kind.split()[0].lower() == "country"]
    if saved.view[:1] in (("field",), ("conflicts",)):
        from kg.asof_facts import fact_view

        view = fact_view(store, day, saved, args)
    else:
        view = level_view(store, day, countries=countries, saved=saved, args=args)
    if view is not None:
        return view
    if not countries:
        return as_of(store, day)
    return as_of(store, day, countries=countries, kinds=saved.facts, reads=query_reads(saved.body))


# The level rule's inputs (kg.levels), and the sources it compares for conflicts.
_RULE = {PREFIXES["rdf"] + "type", PREFIXES["skos"] + "prefLabel"} | {
    _BKG + p for p in ("relation", "party", "level", "action", "date", "month", "year", "rank")}
_CONFLICT = {_DERIVED.value, _ARTICLE.value}
_NAMED = re.compile(r"\b(" + "|".join(PREFIXES) + r"):([A-Za-z][\w-]*)")
_CLAUSES = re.compile(r"SELECT[^{]*\{|(GROUP|ORDER) BY[^}]*", re.I)


def query_names(text: str) -> set[str]:
    """The IRIs a query names as prefixed names (predicates and classes)."""
    return {PREFIXES[p] + local for p, local in _NAMED.findall(text)}


def query_reads(text: str) -> set[str] | None:
    """The predicates a query names (every prefixed name: extra ones cost nothing), with the
    rule's inputs; None when a pattern has a variable predicate, so the view must hold all."""
    body = _CLAUSES.sub(" ", text)
    if re.search(r"\?\w+\s+\?\w+\s+[?<\"%]", body):
        return None
    named = query_names(body)
    return named | _RULE | (_CONFLICT if _BKG + "conflictsWith" in named else set())
