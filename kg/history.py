"""Each relation over time, for the page's year slider: when it was first known, its level at each change.

The levels come from the rule of :mod:`kg.levels`, asked as of every day on which something a
relation's level depends on became known; the page then needs no rule of its own: for a year it
takes the last step on or before 31 December. What "known by a day" means is
:func:`kg.levels.visible_as_of`, so the slider shows what ``--as-of`` shows.
"""
from __future__ import annotations

import datetime as dt

from kg.levels import known_from, level_steps_select, parse_key
from kg.iris import relation_pair
from kg.reads import HEAD
from kg.store import Store

__all__ = ["level_steps", "first_known", "conflicted", "page_time", "page_time_copied", "slider_data"]


def level_steps(store: Store) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """Pair -> [(day, level IRI)], one step per change of the rule's answer, oldest first."""
    found: dict[str, list[tuple[str, str]]] = {}
    for r in store.query(level_steps_select()):
        found.setdefault(r["rel"].value, []).append((r["asof"].value, parse_key(r["best"].value)[2]))
    out = {}
    for rel, steps in found.items():
        kept: list[tuple[str, str]] = []
        for day, level in sorted(steps):
            if not kept or kept[-1][1] != level:
                kept.append((day, level))
        out[relation_pair(rel)] = kept
    return out


def first_known(store: Store) -> dict[tuple[str, str], str]:
    """Pair -> the first day any fact about the relation was known (as ``--as-of`` counts it)."""
    first: dict[tuple[str, str], str] = {}
    rows = store.query(HEAD + f"""SELECT ?rel (MIN(?fromx) AS ?first) WHERE {{
      VALUES ?cls {{ bkg:PartnershipEvent bkg:CooperationStatement }}
      ?x a ?cls ; bkg:relation ?rel . {known_from("?x", "x")}
    }} GROUP BY ?rel""")
    for r in rows:
        first[relation_pair(r["rel"].value)] = r["first"].value
    rows = store.query(HEAD + f"""SELECT ?x ?iso (MIN(?fromx) AS ?first) WHERE {{
      VALUES ?cls {{ bkg:Agreement bkg:PlannedAgreement }}
      ?x a ?cls ; bkg:party/bkg:iso3 ?iso . {known_from("?x", "x")}
    }} GROUP BY ?x ?iso""")
    agreements: dict[str, tuple[set, str]] = {}
    for r in rows:
        isos, day = agreements.get(r["x"].value, (set(), r["first"].value))
        agreements[r["x"].value] = (isos | {r["iso"].value}, min(day, r["first"].value))
    for isos, day in agreements.values():
        if len(isos) == 2:
            p = tuple(sorted(isos))
            first[p] = min(first.get(p, day), day)
    return first


def conflicted(store: Store) -> set[tuple[str, str]]:
    """Pairs with at least one ``bkg:conflictsWith`` between their events."""
    rows = store.query(HEAD + "SELECT DISTINCT ?rel WHERE { ?e bkg:conflictsWith ?o ; bkg:relation ?rel }")
    return {relation_pair(r["rel"].value) for r in rows}


# What page_time's queries read: flat copies of these answer them in memory (see page_time_copied).
_READS = [("rdf:type", "FILTER(?o IN (bkg:PartnershipEvent, bkg:CooperationStatement, bkg:Agreement, bkg:PlannedAgreement))")] + [
    (p, "") for p in ("bkg:relation", "bkg:level", "bkg:action", "bkg:date", "bkg:month", "bkg:year", "bkg:party",
                      "bkg:iso3", "bkg:rank", "bkg:conflictsWith", "prov:wasDerivedFrom", "bkg:article", "dcterms:issued")]


def page_time_copied(store: Store) -> dict:
    """:func:`page_time` of a whole store, asked of an in-memory copy of what it reads (a disk
    store answers its joined queries minutes slower at 1M triples)."""
    from kg.levels import flat_copy
    from kg.store import OxigraphStore

    return page_time(OxigraphStore(flat_copy(store, _READS), kind=store.kind, location=store.location))


def page_time(store: Store, *, until: dt.date | None = None) -> dict:
    """What the page's slider needs, read once: steps, first days and conflicts per pair (up to ``until``)."""
    cut = until.isoformat() if until else "9999-12-31"
    steps = {p: [s for s in v if s[0] <= cut] for p, v in level_steps(store).items()}
    first = {p: d for p, d in first_known(store).items() if d <= cut}
    return {"steps": steps, "first": first, "conflicts": conflicted(store)}


def slider_data(time: dict, edge_index: dict[tuple[str, str], int], colour, label) -> dict:
    """The page's ``time`` key: per relation edge its first day and level steps (colour, label); conflicts.

    ``colour`` and ``label`` map a level IRI to what the page draws, so the slider and the
    static drawing use one palette.
    """
    steps_of, first_of = time["steps"], time["first"]
    edges, years = [], set()  # the years as written ("2016"): a set of 4-character strings, not 40,000 days
    for p, i in sorted(edge_index.items(), key=lambda kv: kv[1]):
        steps = steps_of.get(p, ())
        first = first_of.get(p, "")
        edges.append([i, first, [[d, colour(lvl), label(lvl)] for d, lvl in steps]])
        years.add(first[:4])
        years.update([d[:4] for d, _ in steps])
    years = sorted({int(y) for y in years if y and y != "0000"})
    return {"edges": edges, "years": [years[0], years[-1]] if years else [],
            "conflicts": sorted(i for p, i in edge_index.items() if p in time["conflicts"])}
