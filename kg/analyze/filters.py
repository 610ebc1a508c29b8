"""What part of the graph to look at, and the relations as they stood in a date window."""
from __future__ import annotations

import datetime as dt
import enum
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from kg import iris
from kg.errors import AnalyzeError as GraphError
from kg.analyze.loading import _Data, _Fact
from kg.days import parse_date  # noqa: F401  (re-exported)

__all__ = ["Layer", "Selection", "parse_date", "parse_layers", "relations", "evidence_items", "MAX_EVIDENCE"]

MAX_EVIDENCE = 12  # sentences kept per edge: enough to judge, small enough for 20,000 edges


class Layer(enum.Enum):
    """Extra node kinds drawn next to countries."""

    FIELDS = "fields"
    AGREEMENTS = "agreements"


@dataclass(frozen=True, kw_only=True)
class Selection:
    """Which part of the graph to look at; every field narrows it, ``None`` keeps all."""

    country: str | None = None  # ISO 3166-1 alpha-3: that country's neighbourhood
    depth: int = 1
    min_level: str | None = None  # a level's label: relations at least that close
    field: str | None = None  # a field id or label, narrower fields included
    since: dt.date | None = None  # facts from this date on (a level that still held then counts)
    until: dt.date | None = None  # the graph as its sources knew it on this date (kg.asof.as_of)
    query: Path | None = None  # a .rq file: CONSTRUCT, or SELECT of pairs ?a ?b


def parse_layers(text: str | None) -> frozenset[Layer]:
    """A comma-separated list such as ``fields,agreements``."""
    out = set()
    for part in (text or "").split(","):
        part = part.strip().lower()
        if not part:
            continue
        try:
            out.add(Layer(part))
        except ValueError:
            known = ", ".join(x.value for x in Layer)
            raise GraphError(f"unknown layer {part!r}; layers: {known}") from None
    return frozenset(out)



def _in_window(when: dt.date | None, sel: Selection) -> bool:
    """On or after ``--since`` (the end of the window is the as-of view's: see :func:`kg.asof.as_of`)."""
    return when is None or sel.since is None or when >= sel.since  # undatable: nothing says it falls outside


def _event_order(ev: _Fact) -> tuple:
    """Display order of events (date as written, then IRI); the level itself is the store's (kg.levels)."""
    return (ev.dated_text, ev.iri)


def relations(data: _Data, sel: Selection, stored: dict[str, tuple[str, str]]) -> dict[tuple[str, str], dict]:
    """Each pair's relation in the window; ``stored`` maps a relation IRI to the (level, since) that
    :mod:`kg.levels` wrote into the store, the one rule for a current level."""
    arts = data.articles
    events: dict = defaultdict(list)
    for ev in data.events:
        events[ev.pair].append((ev, ev.effective(arts)))
    statements: dict = defaultdict(list)
    for st in data.statements:
        kept = [m for m in st.mentions if _in_window(arts.get(m[1], {}).get("date"), sel)]
        if kept or not st.mentions:
            statements[st.pair].append((st, kept))
    agreements: dict = defaultdict(list)
    for ag in data.agreements:
        if _in_window(ag.effective(arts), sel):
            agreements[ag.pair].append((ag, ag.mentions))

    out = {}
    for p in sorted(set(events) | set(statements) | set(agreements)):
        evs = events.get(p, [])
        level, since = stored.get(iris.relation(p), (None, None)) if evs else (None, None)
        sts, ags = statements.get(p, []), agreements.get(p, [])
        if level is None and not sts and not ags:
            continue
        history = sorted(
            ({"when": e.dated_text, "action": e.data["action"], "level": data.levels.get(e.data["level"], {})
              .get("label", e.data["level"]), "rank": data.rank(e.data["level"])} for e, _ in evs),
            key=lambda h: (h["when"] or "9999", h["rank"], h["level"], h["action"]))
        evidence = []
        for e in sorted(_shown(evs, sel), key=_event_order):
            evidence += [("partnership", data.levels.get(e.data["level"], {}).get("label", ""), m) for m in e.mentions]
        for st, kept in sts:
            evidence += [("cooperation", data.field_label(st.data["field"]), m) for m in kept]
        for ag, ms in ags:
            evidence += [("agreement", ag.data["type"], m) for m in ms]
        out[p] = {
            "level": level, "since": since or "", "history": history,
            "fields": sorted({st.data["field"] for st, _ in sts}),
            "statements": [st for st, _ in sts],
            "agreements": [ag for ag, _ in ags],
            "evidence": evidence,
        }
    return out


def _shown(evs: list, sel: Selection) -> list:
    """The events whose sentences an edge shows: those in the window, and the latest before it."""
    if sel.since is None:
        return [e for e, _ in evs]
    before = [e for e, eff in evs if eff is not None and eff < sel.since]
    shown = [e for e, eff in evs if eff is None or eff >= sel.since]
    return shown + ([max(before, key=_event_order)] if before else [])


def evidence_items(evidence: list, data: _Data, *, limit: int = MAX_EVIDENCE) -> tuple[list[dict], int, int]:
    """Unique sentences, newest article first, the first ``limit``; with the total and distinct articles."""
    about: dict[tuple[str, str], list[str]] = {}
    start: dict[tuple[str, str], int] = {}
    for kind, fact, (text, art, at) in evidence:
        key = (art, text)
        labels = about.get(key)
        if labels is None:
            labels = about[key] = []
            start[key] = at
        label = f"{kind}: {fact}"
        if label not in labels:
            labels.append(label)
    shown = data.article_shown
    keys = sorted(about, key=lambda k: (shown(k[0])[0], start[k], k[1]))
    keys.sort(key=lambda k: shown(k[0])[2], reverse=True)  # newest first, undated ("") last; stable
    items = []
    for art, text in keys[:limit]:
        title, url, date = shown(art)
        items.append({"sentence": text, "title": title, "url": url, "date": date, "about": about[(art, text)]})
    return items, len(keys), len({art for art, _ in about})
