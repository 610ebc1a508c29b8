"""What changed between two days: ``kg diff --since A --until B``.

A change is what the as-of view of B holds and that of the day before A lacks: a relation's
level that is new, higher or lower (by the rule of :mod:`kg.levels`), an agreement, or a field
of cooperation first reported. Each comes with the earliest article behind it. It is computed
straight from the store (no view is built): only facts that start to count inside the window
can change anything, so they are found by date first (dated facts by their own date, undated
ones by their articles' publication), and the level rule of :mod:`kg.levels` is asked for
their relations alone. ``tests/test_time.py`` checks that it equals the difference of the two views.
"""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import asdict, dataclass

from kg import iris
from kg.asof import day_literal
from kg.levels import UNDATED, event_when, first_counts, level_as_of_select, parse_key, rule_copy, sort_keys
from kg.prefixes import PREFIXES
from kg.reads import HEAD as _HEAD, dated, flat, sources
from kg.store import Store

__all__ = ["ChangeKind", "Change", "diff", "COLUMNS"]

_BKG = PREFIXES["bkg"]
COLUMNS = ["change", "a", "b", "before", "after", "when", "article", "title"]


class ChangeKind(enum.Enum):
    NEW_PARTNERSHIP = "new partnership"
    UPGRADE = "upgrade"
    DOWNGRADE = "downgrade"
    RENAMED = "level renamed"  # another level of the same rank
    NEW_AGREEMENT = "new agreement"
    NEW_FIELD = "new field"


@dataclass(frozen=True, order=True)
class Change:
    kind: ChangeKind
    a: str
    b: str
    before: str  # the level before; "" for agreements and fields
    after: str  # the level, the agreement (type and name) or the field
    when: str  # the fact's own date as written, else the first article's
    article: str  # identifier of the earliest article behind it
    title: str
    iri: str  # the relation (level changes) or the fact

    def row(self) -> dict:
        d = asdict(self)
        d["change"] = self.kind.value
        return d


def _window_facts(store: Store, since: str, until: str, country: str | None,
                  sources: _Sources) -> dict[str, tuple[str, str, bool]]:
    """Fact -> (class, its date as written or else the first day it counts, dated?) for the facts
    that start to count in [since, until] (:func:`kg.levels.first_counts`).

    Candidates come by date, in flat single-pattern reads joined here (one joined query is far
    slower on oxigraph): dated facts by their own date, undated ones through the articles
    published in the window. The undated facts' articles stay in ``sources`` for the report.
    """
    window = f"FILTER(?day >= {since} && ?day <= {until})"
    when: dict[str, tuple[str, str]] = {}  # fact -> (sort key of kg.levels, first day)
    for pred, day, key in (("date", "STR(?v)", "STR(?v)"), ("month", 'CONCAT(STR(?v), "-01")', 'CONCAT(STR(?v), "-00")'),
                           ("year", 'CONCAT(STR(?v), "-01-01")', 'CONCAT(STR(?v), "-00-00")')):
        for r in store.query(_HEAD + f"SELECT ?x ?k ?day WHERE {{ ?x bkg:{pred} ?v BIND({day} AS ?day) {window} BIND({key} AS ?k) }}"):
            when[r["x"].value] = (r["k"].value, r["day"].value)
    issued = {r["a"].value: r["d"].value for r in store.query(_HEAD + "SELECT ?a (STR(?v) AS ?d) WHERE { ?a dcterms:issued ?v }")}
    fresh = sorted(a for a, d in issued.items() if since.strip('"') <= d <= until.strip('"'))
    reported = sorted(flat(store, "?x prov:wasDerivedFrom ?m . ?m bkg:article ?s", fresh, "?x") - set(when))
    classes = flat(store, "?s a ?c", sorted(set(when) | set(reported)), "?c", keyed=True)
    maybe_dated = [x for x in reported if _BKG + "CooperationStatement" not in classes.get(x, ())]  # statements have no date
    undated = set(reported) - set(flat(store, "?s bkg:date|bkg:month|bkg:year ?v", maybe_dated, "?v", keyed=True))
    sources.read(sorted(undated))
    out: dict[str, tuple[str, str, bool]] = {}
    scope = _in_scope(store, country, sorted(classes)) if country else None
    for x, cls in classes.items():
        kind = next((c.rsplit("#", 1)[1] for c in sorted(cls) if c.rsplit("#", 1)[1] in _KINDS), None)
        if kind is None or (scope is not None and x not in scope) or (x not in when and x not in undated):
            continue
        days = [issued[a] for a in sources.articles(x) if a in issued]
        key, start = when.get(x, (UNDATED, UNDATED))
        first = first_counts(start, days)
        if first is not None and first >= since.strip('"'):
            out[x] = (kind, _written(key) or first, x in when)
    return out


_IN_MEMORY = 1000  # past this many relations, the level rule's copy holds every relation (one flat read each)
_KINDS = ("PartnershipEvent", "CooperationStatement", "Agreement", "PlannedAgreement")


def _in_scope(store: Store, country: str, facts: list[str]) -> set[str]:
    """The facts about ``country``: through their relation's parties or their own."""
    c = iris.country(country)
    rel = flat(store, "?s bkg:relation ?r", facts, "?r", keyed=True)
    parties = flat(store, "?s bkg:party ?p", sorted({r for rs in rel.values() for r in rs} | set(facts)), "?p", keyed=True)
    return {x for x in facts if c in parties.get(x, ()) or any(c in parties.get(r, ()) for r in rel.get(x, ()))}


def _levels(store: Store, before: str, until: str, relations: set[str]) -> dict[str, tuple]:
    """Relation -> (key before, key after) where the rule's answer differs."""
    if not relations:
        return {}
    source = rule_copy(store, relations=None if len(relations) > _IN_MEMORY else set(relations))
    text = level_as_of_select("?asof", values=f"VALUES ?asof {{ {before} {until} }}")
    keys: dict[str, dict] = {}
    for r in source.query(text):
        if r["rel"].value not in relations:
            continue
        keys.setdefault(r["rel"].value, {})[r["asof"].value] = r["best"].value
    b, u = before.strip('"'), until.strip('"')
    out = {}
    for rel, k in keys.items():
        old, new = k.get(b), k.get(u)
        if new and (old is None or parse_key(old)[2] != parse_key(new)[2]):
            out[rel] = (old, new)
    return out


def _level_changes(store: Store, before: str, until: str, events: set[str], sources: _Sources) -> list[Change]:
    relations = flat(store, "?s bkg:relation ?r", sorted(events), "?r")
    changed = _levels(store, before, until, relations)
    if not changed:
        return []
    behind = _behind_levels(store, changed, until.strip('"'), sources)
    labels = _labels(store, {parse_key(k)[2] for pair in changed.values() for k in pair if k})
    out = []
    for rel, (old, new) in changed.items():
        when, rank, level = parse_key(new)
        if old is None:
            kind = ChangeKind.NEW_PARTNERSHIP
        else:
            r0 = parse_key(old)[1]
            kind = ChangeKind.UPGRADE if rank > r0 else ChangeKind.DOWNGRADE if rank < r0 else ChangeKind.RENAMED
        _, art, title = behind.get(rel, ("", "", ""))
        out.append(Change(kind, *iris.relation_pair(rel), labels.get(parse_key(old)[2], "") if old else "", labels.get(level, level),
                          _written(when), art, title, rel))
    return out


def _labels(store: Store, iris: set[str]) -> dict[str, str]:
    if not iris:
        return {}
    values = " ".join(f"<{i}>" for i in sorted(iris))
    rows = store.query(_HEAD + f"SELECT ?l ?label WHERE {{ VALUES ?l {{ {values} }} ?l skos:prefLabel ?label }}")
    out: dict[str, str] = {}
    for r in rows:
        out[r["l"].value] = min(out.get(r["l"].value, r["label"].value), r["label"].value)
    return out


def _written(when: str) -> str:
    """A sort key of kg.levels back to the date as written."""
    if when == UNDATED:
        return ""
    return when.removesuffix("-00-00").removesuffix("-00")


def _behind_levels(store: Store, changed: dict[str, tuple], until: str, sources: _Sources) -> dict[str, tuple]:
    """Relation -> (issued, id, title) of the earliest article reporting an event that sets its new
    level on the day the rule's key says (an undated one only by an article published by then)."""
    facts = flat(store, "?x bkg:relation ?s", sorted(changed), "?x", keyed=True)
    events = sorted({x for xs in facts.values() for x in xs})
    level = flat(store, "?s bkg:level ?v", events, "?v", keyed=True)
    wanted = {x: parse_key(changed[rel][1]) for rel, xs in facts.items() for x in xs}
    events = [x for x in events if wanted[x][2] in level.get(x, ())]
    classes = flat(store, "?s a ?c", events, "?c", keyed=True)
    events = [x for x in events if _BKG + "PartnershipEvent" in classes.get(x, ())]
    keys, reports = _when_keys(store, events), sources.reports(events)
    behind: dict[str, tuple] = {}
    kept = set(events)
    for rel, xs in facts.items():
        for x in sorted(xs & kept):
            when = wanted[x][0]
            if when not in keys[x]:
                continue
            for cand in reports.get(x, ()):
                if when != UNDATED or cand[0] <= until:
                    behind[rel] = min(behind.get(rel, cand), cand)
    return behind


def _when_keys(store: Store, facts: list[str]) -> dict[str, set[str]]:
    """Fact -> its sort keys of :mod:`kg.levels` (a day before a month before a year; else undated)."""
    found = dated(store, facts)
    return {x: sort_keys(*(found[p].get(x) for p in ("date", "month", "year"))) for x in facts}


class _Sources:
    """The mentions and articles behind facts, each read once: ``kg diff`` needs them to date the
    undated facts, then again to name the article behind every change."""

    def __init__(self, store: Store):
        self.store = store
        self.mentions: dict[str, set[str]] = {}
        self.article_of: dict[str, set[str]] = {}
        self._info: dict[str, set[tuple[str, str, str]]] = {}

    def read(self, facts) -> None:
        missing = sorted(set(facts) - set(self.mentions))
        mentions, article_of = sources(self.store, missing)
        self.mentions.update({x: mentions.get(x, set()) for x in missing})
        self.article_of.update(article_of)

    def articles(self, x: str) -> set[str]:
        return {a for m in self.mentions.get(x, ()) for a in self.article_of.get(m, ())}

    def reports(self, facts) -> dict[str, set[tuple[str, str, str]]]:
        """Fact -> (issued or "9999", identifier, title or "") of each article behind it that has an identifier."""
        facts = list(facts)
        self.read(facts)
        arts = sorted({a for x in facts for a in self.articles(x)} - set(self._info))
        ids, titles, issued = (flat(self.store, f"?s dcterms:{p} ?v", arts, "?v", keyed=True) for p in ("identifier", "title", "issued"))
        self._info.update({a: {(d, i, t) for i in ids.get(a, ()) for t in titles.get(a, {""}) for d in issued.get(a, {"9999"})}
                           for a in arts})
        return {x: {c for a in self.articles(x) for c in self._info[a]} for x in facts if x in self.mentions}


def _describe_facts(store: Store, new: dict[str, tuple], until: str, sources: _Sources) -> list[Change]:
    """A change per new agreement or field. Each kind's own predicates are read for that kind
    alone; a statement's pair comes from its relation's IRI, as for level changes."""
    statements = sorted(x for x, v in new.items() if v[0] == "CooperationStatement")
    agreements = sorted(set(new) - set(statements))
    rel = flat(store, "?s bkg:relation ?v", statements, "?v", keyed=True)
    field = flat(store, "?s bkg:field ?v", statements, "?v", keyed=True)
    party = flat(store, "?s bkg:party ?v", agreements, "?v", keyed=True)
    iso = flat(store, "?s bkg:iso3 ?v", sorted({p for ps in party.values() for p in ps}), "?v", keyed=True)
    kind = flat(store, "?s bkg:agreementType ?v", agreements, "?v", keyed=True)
    notation = flat(store, "?s skos:notation ?v", sorted({t for ts in kind.values() for t in ts}), "?v", keyed=True)
    names = flat(store, "?s dcterms:title ?v", agreements, "?v", keyed=True)
    reports = sources.reports(sorted(new))
    out = []
    for x in sorted(new):
        isos, whats = set(), set()
        if field.get(x) and rel.get(x):  # a statement: its relation's parties, its field
            isos |= {i for r in rel[x] if "/relation/" in r for i in iris.relation_pair(r)}
            whats |= {f.split("/field/", 1)[1] if "/field/" in f else "" for f in field[x]}
        notes = {n for t in kind.get(x, ()) for n in notation.get(t, ())}
        if notes:  # an agreement: its own parties, its type
            isos |= {i for p in party.get(x, ()) for i in iso.get(p, ())}
            whats |= notes
        cands = reports.get(x, set())
        if not isos or not whats or not cands or len(isos) != 2:
            continue
        out.append(_fact_change(x, sorted(isos), min(whats), new[x], min(names.get(x, {""})),
                                # a dated fact counts whoever reported it, and when
                                min((c for c in cands if c[0] <= until or new[x][2]), default=("", "", ""))))
    return out


def _fact_change(x: str, pair: list[str], what: str, fact: tuple, name: str, behind: tuple) -> Change:
    cls, when, _ = fact
    _, art, title = behind
    if cls == "CooperationStatement":
        return Change(ChangeKind.NEW_FIELD, *pair, "", what, when, art, title, x)
    after = what + (f": {name}" if name else "") + (" (planned)" if cls == "PlannedAgreement" else "")
    return Change(ChangeKind.NEW_AGREEMENT, *pair, "", after, when, art, title, x)


def diff(store: Store, since: dt.date, until: dt.date, *, country: str | None = None) -> list[Change]:
    """The changes from the view of the day before ``since`` to the view of ``until``, sorted."""
    from kg.errors import TimeError

    if since > until:
        raise TimeError(f"--since {since} is after --until {until}")
    before = day_literal(since - dt.timedelta(days=1))
    end = day_literal(until)
    sources = _Sources(store)
    new = _window_facts(store, day_literal(since), end, country.strip().upper() if country else None, sources)
    events = {x for x, v in new.items() if v[0] == "PartnershipEvent"}
    facts = {x: v for x, v in new.items() if v[0] != "PartnershipEvent"}
    changes = _level_changes(store, before, end, events, sources) + (
        _describe_facts(store, facts, until.isoformat(), sources) if facts else [])
    order = list(ChangeKind)
    return sorted(changes, key=lambda c: (c.when or "9999", order.index(c.kind), c.a, c.b, c.after, c.iri))
