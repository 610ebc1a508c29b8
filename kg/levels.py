"""The current-level rule, written once, in SPARQL, and used everywhere a level is derived.

**The rule.** A relation's level (now, or as of a day D) is the level of its latest dated
partnership event, among the events the sources knew by then; ties on the date go to the
higher rank, then to the level's IRI. Dates compare at the precision they were written with:
a year sorts before every month and day of that year, a month before its days; an undated
event sorts before every dated one, so it decides only when nothing is dated.
``bkg:levelSince`` is the earliest dated event at that level (reaffirmations excluded) after the
last event at any other level, written with that event's precision (``xsd:date``,
``xsd:gYearMonth`` or ``xsd:gYear``).

**As of D** a dated event counts when it starts on or before D (a year from 1 January, a
month from its first day), whoever reported it and when: a 2019 article saying the pair set up
a strategic partnership in 1993 puts it on the 1993 map. An undated event counts when an
article published on or before D reports it; articles without a date do not count then.

**Conflicts** (``bkg:conflictsWith``, both ways): two articles that give one pair different
levels for the same date, and an event whose level ranks below an earlier one when no event
in between (or the event itself) says "downgrade". Both claims stay in the graph; the rule
above still picks one.

``current_level_update`` writes levels, their dates and conflicts into the store (``refresh``
runs it for a whole store on an in-memory copy of the rule's inputs);
``level_as_of_select`` answers the same rule for other days without writing, for
``kg diff`` and the page's year slider.
"""
from __future__ import annotations

from kg import iris
from kg.prefixes import ONTOLOGY_GRAPH_IRI, PREFIXES
from kg.reads import HEAD as _HEAD, chunks, subjects_of

__all__ = ["current_level_update", "refresh", "flat_copy", "rule_copy", "level_as_of_select", "level_steps_select", "known_from", "event_when", "sort_keys", "visible_as_of", "counts_as_of", "first_counts", "parse_key",
           "stored_levels", "UNDATED"]

UNDATED = "0000-00-00"


def event_when(ev: str, suffix: str = "") -> str:
    """Bind ``?when{suffix}`` (sort key: YYYY-MM-DD, YYYY-MM-00, YYYY-00-00, or 0000-00-00) and
    ``?start{suffix}`` (the first day the date allows) for the fact ``ev``."""
    s = suffix
    return f"""
      OPTIONAL {{ {ev} bkg:date ?d{s} }} OPTIONAL {{ {ev} bkg:month ?mo{s} }} OPTIONAL {{ {ev} bkg:year ?y{s} }}
      BIND({_precise(s, "-00", "-00-00")} AS ?when{s})
      BIND({_precise(s, "-01", "-01-01")} AS ?start{s})"""


def sort_keys(dates, months, years) -> set[str]:
    """A fact's sort keys as :func:`event_when` binds ``?when``, from its values of each (a day
    before a month before a year; else undated)."""
    if dates:
        return set(dates)
    if months:
        return {v + "-00" for v in months}
    return {v + "-00-00" for v in years} if years else {UNDATED}


def _precise(s: str, month_tail: str, year_tail: str) -> str:
    # IF(BOUND) rather than COALESCE(CONCAT(...)): Virtuoso concatenates an unbound value as "".
    return (f'IF(BOUND(?d{s}), STR(?d{s}), IF(BOUND(?mo{s}), CONCAT(STR(?mo{s}), "{month_tail}"), '
            f'IF(BOUND(?y{s}), CONCAT(STR(?y{s}), "{year_tail}"), "{UNDATED}")))')


def visible_as_of(x: str, as_of: str, suffix: str = "", *, mention: str | None = None) -> str:
    """Keep the fact ``x`` (its ``?start{suffix}`` bound by :func:`event_when`) if it counts as of ``as_of``.

    ``as_of`` is a quoted ``"YYYY-MM-DD"`` or a variable bound elsewhere in the pattern. With
    ``mention`` (a variable bound to one of the fact's mentions) an undated fact is kept through
    that mention only when its article was published by then.
    """
    issued = f"{mention} bkg:article" if mention else f"{x} prov:wasDerivedFrom/bkg:article"
    return f"""
      FILTER(?start{suffix} <= {as_of})
      FILTER(?start{suffix} != "{UNDATED}" || EXISTS {{
        {issued}/dcterms:issued ?issued{suffix} . FILTER(STR(?issued{suffix}) <= {as_of}) }})"""


def counts_as_of(start: str, issued: str | None, day: str) -> bool:
    """:func:`visible_as_of` for one fact and one of its articles, in Python (the as-of view reads
    flat rows and joins them here); ``start`` as :func:`event_when` binds it, days as YYYY-MM-DD."""
    return start <= day and (start != UNDATED or (issued is not None and issued <= day))


def first_counts(start: str, issued: list[str]) -> str | None:
    """:func:`known_from` in Python: the first day a fact counts, from its start and its articles' days."""
    if start != UNDATED:
        return start
    return min(issued) if issued else None


def _rank(lvl: str, var: str) -> str:
    # An update sees the default graph only; a query, the union: ask both, MAX/COALESCE absorb the repeat.
    return (f"OPTIONAL {{ {{ {lvl} bkg:rank ?{var}0 }} UNION {{ GRAPH <{ONTOLOGY_GRAPH_IRI}> {{ {lvl} bkg:rank ?{var}0 }} }} }}"
            f" BIND(COALESCE(?{var}0, 0) AS ?{var})")


def _ranked(values: str, as_of: str | None) -> str:
    """?rel ?ev ?lvl ?key for each event the rule weighs; the greatest ?key per relation wins."""
    keep = visible_as_of("?ev", as_of) if as_of else ""
    return f"""{values}
      ?ev a bkg:PartnershipEvent ; bkg:relation ?rel ; bkg:level ?lvl .
      {event_when("?ev")} {keep}
      {_rank("?lvl", "r")}
      BIND(CONCAT(?when, "|", SUBSTR(STR(1000000 + ?r), 2), "|", STR(?lvl)) AS ?key)"""


def _values(relations) -> str:
    if relations is None:
        return ""
    return "VALUES ?rel { " + " ".join(f"<{r}>" for r in sorted(relations)) + " }"


def level_as_of_select(as_of: str, *, values: str = "") -> str:
    """SELECT ?rel ?asof ?best: the rule's winning key per relation as of ``as_of``.

    ``as_of`` is ``"?asof"`` (bound by ``values``, e.g. ``VALUES ?asof { "2019-12-31" }``)
    or a quoted day. Split a key with :func:`parse_key`.
    """
    return _HEAD + f"""SELECT ?rel ?asof (MAX(?key) AS ?best) WHERE {{
      {_ranked(values, as_of)}
    }} GROUP BY ?rel ?asof"""


def known_from(x: str, suffix: str = "") -> str:
    """Bind ``?from{suffix}``, a day from which ``x`` counts as of (see :func:`visible_as_of`).

    A dated fact counts from its start; an undated one from each article reporting it (the
    earliest is the one that matters: take the MIN).
    """
    return event_when(x, suffix) + _from(x, suffix)


def _from(x: str, suffix: str) -> str:
    return f"""
      OPTIONAL {{ {x} prov:wasDerivedFrom/bkg:article/dcterms:issued ?iss{suffix} }}
      BIND(IF(?start{suffix} != "{UNDATED}", ?start{suffix}, STR(?iss{suffix})) AS ?from{suffix})
      FILTER(BOUND(?from{suffix}))"""


def level_steps_select() -> str:
    """SELECT ?rel ?asof ?best: the rule's answer on every day a relation's events change.

    The same rule as :func:`level_as_of_select`, asked once per day on which one of the
    relation's events starts to count, so that the page can replay the history.
    """
    events = f"""SELECT ?rel ?key (MIN(?from) AS ?vf) WHERE {{
        {_ranked("", None)} {_from("?ev", "")} }} GROUP BY ?rel ?ev ?key"""
    return _HEAD + f"""SELECT ?rel ?asof (MAX(?key) AS ?best) WHERE {{
      {{ SELECT DISTINCT ?rel (?vf AS ?asof) WHERE {{ {{ {events} }} }} }}
      {{ {events} }}
      FILTER(?vf <= ?asof)
    }} GROUP BY ?rel ?asof"""


def stored_levels(store) -> dict[str, tuple[str, str | None]]:
    """Relation -> (level IRI, levelSince as written) as :func:`current_level_update` wrote them."""
    since = {r[0].value: r[1].value for r in store.query(_HEAD + "SELECT ?s ?o WHERE { ?s bkg:levelSince ?o }")}
    out: dict[str, tuple[str, str | None]] = {}
    for r in store.query(_HEAD + "SELECT ?s ?o WHERE { ?s bkg:partnershipLevel ?o }"):
        rel, level = r[0].value, r[1].value
        if rel not in out or level < out[rel][0]:  # functional; a broken store keeps one, the same each time
            out[rel] = (level, since.get(rel))
    return out


def parse_key(key: str) -> tuple[str, int, str]:
    """(when, rank, level IRI) from a key of the rule."""
    when, rank, level = key.split("|", 2)
    return when, int(rank), level


def current_level_update(relations: list[str] | None = None) -> str:
    """SPARQL update that re-derives ``bkg:partnershipLevel``, ``bkg:levelSince`` and conflicts.

    ``relations`` limits the work to the relations an ingest touched.
    """
    values = _values(relations)
    reaffirm = f"<{iris.action('reaffirm')}>"
    return _HEAD + f"""
DELETE {{ ?rel bkg:partnershipLevel ?old . ?rel bkg:levelSince ?oldSince }}
WHERE {{ {values} ?rel a bkg:BilateralRelation .
        OPTIONAL {{ ?rel bkg:partnershipLevel ?old }} OPTIONAL {{ ?rel bkg:levelSince ?oldSince }} }} ;
INSERT {{ ?rel bkg:partnershipLevel ?level }}
WHERE {{
  {{ SELECT ?rel (MAX(?key) AS ?best) WHERE {{ {_ranked(values, None)} }} GROUP BY ?rel }}
  BIND(IRI(STRAFTER(STRAFTER(?best, "|"), "|")) AS ?level)
}} ;
INSERT {{ ?rel bkg:levelSince ?since }}
WHERE {{
  {{ SELECT ?rel (MIN(?when) AS ?first) WHERE {{
      {values} ?rel bkg:partnershipLevel ?level .
      ?ev a bkg:PartnershipEvent ; bkg:relation ?rel ; bkg:level ?level ; bkg:action ?act .
      FILTER(?act != {reaffirm})
      {event_when("?ev")} FILTER(?when != "{UNDATED}")
      OPTIONAL {{ SELECT ?rel (MAX(?when2) AS ?broken) WHERE {{
          {values} ?rel bkg:partnershipLevel ?cur .
          ?e2 a bkg:PartnershipEvent ; bkg:relation ?rel ; bkg:level ?l2 . FILTER(?l2 != ?cur)
          {event_when("?e2", "2")}
      }} GROUP BY ?rel }}
      FILTER(!BOUND(?broken) || ?when > ?broken)
  }} GROUP BY ?rel }}
  BIND(IF(STRENDS(?first, "-00-00"), STRDT(SUBSTR(?first, 1, 4), xsd:gYear),
       IF(STRENDS(?first, "-00"), STRDT(SUBSTR(?first, 1, 7), xsd:gYearMonth), STRDT(?first, xsd:date))) AS ?since)
}} ;
DELETE {{ ?e bkg:conflictsWith ?o }}
WHERE {{ {values} ?e a bkg:PartnershipEvent ; bkg:relation ?rel ; bkg:conflictsWith ?o }} ;
{_conflicts_insert(values)}"""


def _pair(values: str) -> str:
    """?e1 ?e2: two dated events of one relation at different levels, ?e1 not after ?e2."""
    return f"""{values}
  ?e1 a bkg:PartnershipEvent ; bkg:relation ?rel ; bkg:level ?l1 .
  ?e2 a bkg:PartnershipEvent ; bkg:relation ?rel ; bkg:level ?l2 ; bkg:action ?act2 .
  FILTER(?l1 != ?l2)
  {event_when("?e1", "1")} {event_when("?e2", "2")}
  FILTER(?when1 != "{UNDATED}" && ?when1 <= ?when2)"""


def _conflicts_insert(values: str) -> str:
    """Two INSERTs, one per kind of conflict, each a plain join (no EXISTS).

    Oxigraph evaluates a FILTER (NOT) EXISTS by scanning its whole pattern once per row, which made
    this step take minutes on a 1M-triple store; a join, and OPTIONAL with !BOUND for the absence
    of a downgrade in between, are evaluated with the row's bindings.
    """
    downgrade = f"<{iris.action('downgrade')}>"
    pair = _pair(values)
    both = "INSERT { ?e1 bkg:conflictsWith ?e2 . ?e2 bkg:conflictsWith ?e1 }"
    return f"""{both}
WHERE {{ {pair}
  FILTER(?when1 = ?when2 && STR(?e1) < STR(?e2))
  ?e1 prov:wasDerivedFrom/bkg:article ?a1 . ?e2 prov:wasDerivedFrom/bkg:article ?a2 . FILTER(?a1 != ?a2)
}} ;
{both}
WHERE {{ {pair}
  {_rank("?l1", "r1")} {_rank("?l2", "r2")}
  FILTER(?when1 < ?when2 && ?r2 < ?r1 && ?act2 != {downgrade})
  OPTIONAL {{ ?e3 a bkg:PartnershipEvent ; bkg:relation ?rel ; bkg:action {downgrade} .
    {event_when("?e3", "3")} FILTER(?when3 > ?when1 && ?when3 <= ?when2) }}
  FILTER(!BOUND(?e3))
}}
"""


# The rule's inputs, each read flat (extra subjects are harmless: the rule asks for events):
# (predicate, a filter). Mentions and articles are read only for the events that need them.
_INPUTS = [("rdf:type", "FILTER(?o = bkg:PartnershipEvent)"), ("bkg:rank", "")] + [
    (p, "") for p in ("bkg:relation", "bkg:level", "bkg:action", "bkg:date", "bkg:month", "bkg:year")]
_OUTPUTS = ("bkg:partnershipLevel", "bkg:levelSince", "bkg:conflictsWith")


def refresh(store) -> None:
    """Re-derive every relation's level, levelSince and conflicts: what ``kg load`` needs.

    The rule's joins cost little in memory and a lot on a disk store (each triple pattern a
    RocksDB look-up), so its inputs are read flat, the rule runs on an in-memory copy, and the
    answers replace the old ones in one transaction: the triples ``current_level_update`` writes.
    """
    import pyoxigraph as ox

    mem = flat_copy(store, _INPUTS)
    mem.extend(_same_day_sources(store, mem))
    mem.update(current_level_update())
    derived = [ox.Quad(r[0], p, r[1]) for out, p in ((o, _node(o)) for o in _OUTPUTS)
               for r in mem.query(_HEAD + f"SELECT ?s ?o WHERE {{ ?s {out} ?o }}")]
    store.write(derived, before=_HEAD + " ;\n".join(f"DELETE WHERE {{ ?s {out} ?o }}" for out in _OUTPUTS))


def rule_copy(store, *, relations: set[str] | None = None):
    """An in-memory store of what the rule reads for every relation (or only ``relations``), as of
    any day: its inputs, and the articles' days of the undated events (the only ones whose sources
    decide when they count). The rule's joins on a disk store cost seconds to minutes, and their
    plan varies between processes; in memory they cost milliseconds."""
    import pyoxigraph as ox

    mem = flat_copy(store, _INPUTS) if relations is None else _relations_copy(store, relations)
    undated = [r[0].value for r in mem.query(_HEAD + """SELECT ?e WHERE { ?e a bkg:PartnershipEvent
        FILTER NOT EXISTS { ?e bkg:date|bkg:month|bkg:year ?v } }""")]
    derived, article, issued = _node("prov:wasDerivedFrom"), _node("bkg:article"), _node("dcterms:issued")
    for chunk in chunks(undated):
        values = " ".join(f"<{e}>" for e in chunk)
        for r in store.query(_HEAD + f"SELECT ?e ?m ?a ?d WHERE {{ VALUES ?e {{ {values} }} "
                             "?e prov:wasDerivedFrom ?m . ?m bkg:article ?a . ?a dcterms:issued ?d }"):
            mem.extend([ox.Quad(r[0], derived, r[1]), ox.Quad(r[1], article, r[2]), ox.Quad(r[2], issued, r[3])])
    return mem


def _relations_copy(store, relations: set[str]):
    """The rule's inputs for the facts of ``relations`` alone: found by relation, then their own
    triples by subject (index look-ups, no join)."""
    import pyoxigraph as ox

    mem = flat_copy(store, [("bkg:rank", "")])
    rel = _node("bkg:relation")
    facts = sorted((x, r) for r, xs in subjects_of(store, "bkg:relation", relations).items() for x in xs)
    mem.extend(ox.Quad(ox.NamedNode(x), rel, ox.NamedNode(r)) for x, r in facts)
    preds = ", ".join(p for p, _ in _INPUTS if p not in ("bkg:rank", "bkg:relation"))
    for chunk in chunks([x for x, _ in facts]):
        values = " ".join(f"<{x}>" for x in chunk)
        mem.extend(ox.Quad(r[0], r[1], r[2]) for r in store.query(
            _HEAD + f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} ?s ?p ?o FILTER(?p IN ({preds})) }}"))
    return mem


def flat_copy(store, reads):
    """An in-memory store of the triples of each (predicate, filter) read, one flat query each:
    joins are cheap in memory and dear on a disk store."""
    import pyoxigraph as ox

    mem = ox.Store()
    for pred, keep in reads:
        p = _node(pred)
        mem.extend(ox.Quad(r[0], p, r[1]) for r in store.query(_HEAD + f"SELECT ?s ?o WHERE {{ ?s {pred} ?o {keep} }}"))
    return mem


def _same_day_sources(store, mem):
    """The mentions and articles of events that another level's event shares a day with:
    the only events whose sources the rule compares."""
    import pyoxigraph as ox

    events = sorted({r[i].value for r in mem.query(_HEAD + f"SELECT ?e1 ?e2 WHERE {{ {_pair('')} FILTER(?when1 = ?when2) }}")
                     for i in (0, 1)})
    derived, article = _node("prov:wasDerivedFrom"), _node("bkg:article")
    for chunk in chunks(events):
        values = " ".join(f"<{e}>" for e in chunk)
        for r in store.query(_HEAD + f"SELECT ?e ?m ?a WHERE {{ VALUES ?e {{ {values} }} ?e prov:wasDerivedFrom ?m . ?m bkg:article ?a }}"):
            yield ox.Quad(r[0], derived, r[1])
            yield ox.Quad(r[1], article, r[2])


def _node(curie: str):
    import pyoxigraph as ox

    prefix, local = curie.split(":", 1)
    return ox.NamedNode(PREFIXES[prefix] + local)
