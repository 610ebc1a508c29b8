"""The as-of view of a saved query that reads relations and their levels alone (``partners``,
``strongest``, ``at-least``): from the relations' stored summaries instead of their facts.

Each relation's summary (:mod:`kg.summary`) holds the page slider's data, derived at write time
by the rule of :mod:`kg.levels`: the first day any fact about the relation counts, as
``--as-of`` counts it, and its level after each change. On a day a relation so exists when its
first day is on or before it, at the level of its last step by then. Its ``bkg:levelSince`` then
is the stored one when the relation has that level now and the event that dates it counts by
then: an event counting later starts later, so it is dated later, and one at another level would
have moved the stored date past that event. Else it is derived from the relation's dated events,
read for those relations only. Finding a hub's events among its facts costs more than the
saved query; the summaries cost a few milliseconds.

Without a country (``strongest``, ``at-least``), reading every summary (20 MB at 1M triples)
costs more than the query: the ``# view:`` header says which relations the ranking needs. For
the first N (``levels top N``) they are read a rank at a time from the highest; for those at
least as high as a level (``levels from PARAM``), a relation whose stored levelSince counts by
then has its stored level and levelSince (that event counts, and every event dated after it is
at that level), and only the others' summaries are read.

A store whose summaries are missing or older, or a query naming anything else, gets None: the
general view of :mod:`kg.asof`.
"""
from __future__ import annotations

import json
import re

import pyoxigraph as ox

from kg import iris
from kg.asof import empty_view, fact_start, minted_levels, query_names, query_reads, triples_of
from kg.levels import UNDATED, sort_keys
from kg.prefixes import PREFIXES
from kg.reads import HEAD, chunks, flat
from kg.store import Store
from kg.summary_version import EMPTY, PAGE_PREFIX  # kg.summary itself costs 0.1 s of rdflib

__all__ = ["level_view", "steps_of", "last_level"]

_BKG, _SKOS = PREFIXES["bkg"], PREFIXES["skos"]
# What such a query may name: relations, their parties and levels, the levels' and countries' labels.
_ALLOWED = {_BKG + n for n in ("BilateralRelation", "party", "partnershipLevel", "levelSince", "rank", "iso3",
                                 "PartnershipLevel")} | {_SKOS + "prefLabel", _SKOS + "altLabel", PREFIXES["rdf"] + "type"}
_OPEN_CLASS = re.compile(r"((?<![?$\w])a|rdf:type)\s+\?")  # ``?x a ?c`` may reach facts
_LEVEL, _SINCE = ox.NamedNode(_BKG + "partnershipLevel"), ox.NamedNode(_BKG + "levelSince")
_TYPE, _RELATION_CLASS = ox.NamedNode(PREFIXES["rdf"] + "type"), ox.NamedNode(_BKG + "BilateralRelation")
_XSD, _PARTY = PREFIXES["xsd"], _BKG + "party"
_REAFFIRM = iris.action("reaffirm")


def level_view(store: Store, day, *, countries, saved, args=()) -> Store | None:
    """The view of ``store`` on ``day`` for a saved query that reads only relations (of all of
    ``countries``) and their levels: those relations, their level and levelSince on that day and
    the ontology; None when the query reads more or the summaries cannot say. ``bkg:party`` is
    also an agreement's: a query naming it must leave agreements out (its ``# facts:`` header).
    A query of the strongest relations says so in its ``# view:`` header (:func:`_ranked_steps`)."""
    allowed = _ALLOWED if saved.facts and not {"Agreement", "PlannedAgreement"} & set(saved.facts) else _ALLOWED - {_PARTY}
    names = query_names(saved.body) | {_TYPE.value}
    if query_reads(saved.body) is None or _OPEN_CLASS.search(saved.body) or not names <= allowed:
        return None
    day_text = day.isoformat()
    parties = " ".join(f"?rel bkg:party <{iris.country(c)}> ." for c in sorted({c.upper() for c in countries}))
    if parties:
        steps = _steps(store, "?rel a bkg:BilateralRelation . " + parties)
    else:
        steps = _ranked_steps(store, day_text, saved, list(args))
    if steps is None:
        return None
    levels = {rel: last_level(s[1], day_text) for rel, s in steps.items() if s and s[0] and s[0] <= day_text}
    quads, stored = _relation_quads(store, parties, set(levels), names)
    since = _since(store, levels, stored, day_text) if _SINCE.value in names else {}
    quads += [ox.Quad(ox.NamedNode(r), _LEVEL, ox.NamedNode(lvl)) for r, lvl in sorted(levels.items()) if lvl]
    quads += [ox.Quad(ox.NamedNode(r), _SINCE, lit) for r, lit in sorted(since.items())]
    view = empty_view(store, names)
    view.add(quads)
    minted = minted_levels({lvl for lvl in levels.values() if lvl}, store)
    view.add(ox.Quad(t.subject, t.predicate, t.object) for ts in triples_of(store, minted, names).values() for t in ts)
    return view


def _ranked_steps(store: Store, day: str, saved, args: list[str]) -> dict[str, list | None] | None:
    """:func:`_steps` of the relations a ranking reads, by its ``# view:`` header: ``levels top N``,
    those ranked among the first N on ``day``; ``levels from PARAM``, those with a level
    (:func:`_stored_steps`); else every relation.

    A relation's level on a day is one of its events' levels, so for the first N the relations are
    read a rank at a time, from the highest, through the events at those levels: all those ranked
    at least as high as the last rank read are then known. ``from PARAM`` naming a level the model
    minted gets None, the general view: the level is there only once an event at it counts."""
    how = saved.view[1:] if saved.view[:1] == ("levels",) else ()
    if how[:1] == ("from",):
        label = str(ox.Literal(args[[p for p, _ in saved.params].index(how[1])]))
        named = {r[0].value for r in store.query(HEAD + f"""SELECT ?l WHERE {{ ?l a bkg:PartnershipLevel .
            {{ ?l skos:prefLabel ?x }} UNION {{ ?l skos:altLabel ?x }} FILTER(LCASE(STR(?x)) = LCASE({label})) }}""")}
        if minted_levels(named, store):
            return None
        return _stored_steps(store, day)
    if len(how) != 2 or how[0] != "top":
        return _all_steps(store)
    ranks = {r[0].value: int(r[1].value) for r in store.query(HEAD + "SELECT ?l ?r WHERE { ?l bkg:rank ?r }")}
    steps: dict[str, list | None] = {}
    for rank in sorted(set(ranks.values()), reverse=True):
        rels = {r[0].value for lvl, n in ranks.items() if n == rank for r in store.query(
            HEAD + f"SELECT DISTINCT ?rel WHERE {{ ?e bkg:level <{lvl}> ; bkg:relation ?rel }}")}
        got = steps_of(store, rels - steps.keys())
        if got is None:
            return None
        steps.update(got)
        known = (last_level(s[1], day) for s in steps.values() if s and s[0] and s[0] <= day)
        if sum(ranks.get(lvl, rank - 1) >= rank for lvl in known) >= int(how[1]):
            break
    return steps


def _stored_steps(store: Store, day: str) -> dict[str, list | None] | None:
    """:func:`_steps` of the relations with a level (the others have none on any day): a relation
    whose stored levelSince counts by ``day`` has its stored level then (see the module: no event at
    another level comes after the one dating it), read flat; the others' from their summaries."""
    since: dict[str, list] = {}
    for r in store.query(HEAD + "SELECT ?r ?s WHERE { ?r bkg:levelSince ?s }"):
        since.setdefault(r[0].value, []).append(r[1])
    levels: dict[str, list[str]] = {}
    for r in store.query(HEAD + "SELECT ?r ?l WHERE { ?r bkg:partnershipLevel ?l }"):
        levels.setdefault(r[0].value, []).append(r[1].value)
    steps: dict[str, list | None] = {}
    for rel, now in levels.items():
        if len(now) == 1 and len(since.get(rel, ())) == 1 and (start := _start_of(since[rel][0])) <= day:
            steps[rel] = [start, [[start, now[0]]]]
    rest = steps_of(store, levels.keys() - steps.keys())
    return None if rest is None else steps | rest


def steps_of(store: Store, relations) -> dict[str, list | None] | None:
    """:func:`_steps` of these relations, bound in chunks."""
    out: dict[str, list | None] = {}
    for chunk in chunks(sorted(relations)):
        got = _steps(store, "VALUES ?rel { " + " ".join(f"<{r}>" for r in chunk) + " }")
        if got is None:
            return None
        out.update(got)
    return out


def _all_steps(store: Store) -> dict[str, list | None] | None:
    """:func:`_steps` of every relation: the summaries read flat (joined to the relations, 3x slower),
    as many as the relations (as :func:`kg.summary.read` checks)."""
    out = _decoded((r[0].value, r[1]) for r in store.query(HEAD + "SELECT ?rel ?s WHERE { ?rel bkg:summary ?s }"))
    count = next(iter(store.query(HEAD + "SELECT (COUNT(*) AS ?n) WHERE { ?r a bkg:BilateralRelation }")))[0]
    return out if out is not None and len(out) == int(count.value) else None


def _steps(store: Store, scope: str) -> dict[str, list | None] | None:
    """Relation -> [first day, [[day, level], ...]] from its summary (None: no fact supports it);
    None when a relation has no summary of the current version."""
    rows = store.query(HEAD + f"SELECT ?rel ?s WHERE {{ {scope} OPTIONAL {{ ?rel bkg:summary ?s }} }}")
    return _decoded((r[0].value, r[1]) for r in rows)


def _decoded(rows) -> dict[str, list | None] | None:
    """:func:`_steps` from (relation, its summary or None) rows; a summary of facts outside any
    relation node (:func:`kg.summary.derive`) is left out."""
    head, empty = PAGE_PREFIX + "[", EMPTY
    decode = json.JSONDecoder().raw_decode
    out: dict[str, list | None] = {}
    for rel, summary in rows:
        text = summary.value if summary is not None else ""
        if text == empty:
            out.setdefault(rel, None)
        elif text.startswith(head) and rel not in out:
            _, i = decode(text, len(head))  # the pair, the slider's [first, steps, conflict], the edge, outside
            time, i = decode(text, i + 1)
            _, i = decode(text, i + 1)
            if not text.startswith("true", i + 1):
                out[rel] = time[:2]
        else:
            return None
    return out


def last_level(steps: list, day: str) -> str | None:
    """The level of the last step on or before ``day``."""
    level = None
    for d, lvl in steps:
        if d <= day:
            level = lvl
    return level


def _relation_quads(store: Store, parties: str, relations: set[str], names: set[str]):
    """The triples of these relations that the query names (their type, the derived ones aside),
    and the stored level and levelSince of each: relation -> (levels, since literals).

    With the parties bound, each relation's triples are read once; else one predicate at a time,
    flat, and only a relation's own (ontology/shapes.ttl), the stored level and levelSince only for a
    query naming levelSince (:func:`_since` reads them)."""
    quads = [ox.Quad(ox.NamedNode(r), _TYPE, _RELATION_CLASS) for r in sorted(relations)]
    preds = sorted(names - {_TYPE.value, _BKG + "conflictsWith"} | {_LEVEL.value, _SINCE.value})
    if not parties:
        preds = [p for p in preds if p == _PARTY or (p in (_LEVEL.value, _SINCE.value) and _SINCE.value in names)]
    if parties:
        listed = ", ".join(f"<{p}>" for p in preds)
        rows = store.query(HEAD + f"SELECT ?rel ?p ?o WHERE {{ ?rel a bkg:BilateralRelation . {parties} ?rel ?p ?o FILTER(?p IN ({listed})) }}")
    else:
        rows = (ox.Triple(ox.NamedNode(s), ox.NamedNode(p), o) for p in preds
                for s, os in flat(store, f"?s <{p}> ?v", relations, "?v", keyed=True, terms=True).items() for o in os)
    stored: dict[str, tuple[list, list]] = {}
    for r in rows:
        if r[0].value not in relations:
            continue
        if r[1] in (_LEVEL, _SINCE):
            stored.setdefault(r[0].value, ([], []))[r[1] == _SINCE].append(r[2])
        else:
            quads.append(ox.Quad(r[0], r[1], r[2]))
    return quads, stored


def _start_of(since: ox.Literal) -> str:
    kind = since.datatype.value.removeprefix(_XSD)
    return since.value + {"gYear": "-01-01", "gYearMonth": "-01"}.get(kind, "")


def _since(store: Store, levels: dict[str, str | None], stored: dict, day: str) -> dict[str, ox.Literal]:
    """Relation -> its levelSince on ``day``: the stored one where it holds (see the module), else
    derived from the relation's events."""
    out, pending = {}, []
    for rel, lvl in levels.items():
        now, since = stored.get(rel, ([], []))
        if lvl is None:
            continue
        if [n.value for n in now] == [lvl] and len(since) == 1 and _start_of(since[0]) <= day:
            out[rel] = since[0]
        else:
            pending.append(rel)
    for rel in sorted(pending):
        lit = _since_of(_events(store, rel), levels[rel], day)
        if lit is not None:
            out[rel] = lit
    return out


def _events(store: Store, rel: str) -> dict[str, dict[str, set[str]]]:
    """Event -> property -> values, for the rule's inputs of one relation's events."""
    out: dict[str, dict[str, set[str]]] = {}
    for r in store.query(HEAD + f"""SELECT ?x ?p ?o WHERE {{ ?x bkg:relation <{rel}> ; a bkg:PartnershipEvent ; ?p ?o .
        FILTER(?p IN (bkg:level, bkg:action, bkg:date, bkg:month, bkg:year)) }}"""):
        out.setdefault(r[0].value, {}).setdefault(r[1].value.removeprefix(_BKG), set()).add(r[2].value)
    return out


def _whens(ev: dict[str, set[str]]) -> tuple[set[str], str]:
    """The event's sort keys and first day, as :func:`kg.levels.event_when` binds them."""
    when = [ev.get(p) for p in ("date", "month", "year")]
    return sort_keys(*when), fact_start(*when)


def _since_of(events: dict, level: str, day: str) -> ox.Literal | None:
    """``bkg:levelSince`` as :func:`kg.levels.current_level_update` derives it from the events
    counting on ``day`` (an undated one sorts first, so it never dates a level nor breaks one):
    the earliest non-reaffirming event at ``level`` after the last one at another level."""
    counted = [(ev, whens) for ev in events.values() for whens, start in [_whens(ev)] if UNDATED < start <= day]
    broken = max((w for ev, whens in counted if ev.get("level", set()) - {level} for w in whens), default=None)
    first = min((w for ev, whens in counted if level in ev.get("level", ()) and ev.get("action", set()) - {_REAFFIRM}
                 for w in whens if broken is None or w > broken), default=None)
    if first is None:
        return None
    if first.endswith("-00-00"):
        return ox.Literal(first[:4], datatype=ox.NamedNode(_XSD + "gYear"))
    if first.endswith("-00"):
        return ox.Literal(first[:7], datatype=ox.NamedNode(_XSD + "gYearMonth"))
    return ox.Literal(first, datatype=ox.NamedNode(_XSD + "date"))
