"""What part of the graph to look at, and the relations as they stood in a date window."""
from __future__ import annotations

import datetime as dt
import enum
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from kg.errors import AnalyzeError as GraphError
from kg.analyze.loading import _Data, _Fact

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
    until: dt.date | None = None  # the graph as of this date
    query: Path | None = None  # a .rq file: CONSTRUCT, or SELECT of pairs ?a ?b


def parse_date(text: str, *, end: bool = False) -> dt.date:
    """YYYY-MM-DD, YYYY-MM or YYYY; a month or year means its first day, or its last with ``end``."""
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", text or "")
    try:
        if not m:
            raise ValueError
        year, month, day = int(m.group(1)), m.group(2), m.group(3)
        if day is not None:
            return dt.date(year, int(month), int(day))
        if month is not None:
            first = dt.date(year, int(month), 1)
            if not end:
                return first
            return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except ValueError:
        raise GraphError(f"bad date {text!r}: use YYYY-MM-DD, YYYY-MM or YYYY") from None


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
    if when is None:
        return True  # undatable: nothing says it falls outside
    return (sel.since is None or when >= sel.since) and (sel.until is None or when <= sel.until)


def _level_key(ev: _Fact, data: _Data) -> tuple:
    """The order ``kg.model.current_level_update`` uses: own date, then rank, then IRI."""
    when = ev.dated_text if len(ev.dated_text) == 10 else (f"{ev.dated_text}-00-00" if ev.dated_text else "0000-00-00")
    return (when, data.rank(ev.data["level"]), ev.data["level"])


def relations(data: _Data, sel: Selection) -> dict[tuple[str, str], dict]:
    arts = data.articles
    events: dict = defaultdict(list)
    for ev in data.events:
        eff = ev.effective(arts)
        if sel.until is None or eff is None or eff <= sel.until:
            events[ev.pair].append((ev, eff))
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
        level = since = None
        shown: list = []
        if evs:
            best = max(evs, key=lambda e: _level_key(e[0], data))[0]
            level = best.data["level"]
            starts = [e.date for e, _ in evs if e.data["level"] == level and e.data["action"] != "reaffirm"
                      and len(e.dated_text) == 10]
            since = min(starts) if starts else None
            if sel.since is None:
                shown = [e for e, _ in evs]
            else:  # what happened in the window, and the event that set the level holding when it opened
                before = [e for e, eff in evs if eff is not None and eff < sel.since]
                shown = [e for e, eff in evs if eff is None or eff >= sel.since]
                if before:
                    shown.append(max(before, key=lambda e: _level_key(e, data)))
        sts, ags = statements.get(p, []), agreements.get(p, [])
        if level is None and not sts and not ags:
            continue
        history = sorted(
            ({"when": e.dated_text, "action": e.data["action"], "level": data.levels.get(e.data["level"], {})
              .get("label", e.data["level"]), "rank": data.rank(e.data["level"])} for e, _ in evs),
            key=lambda h: (h["when"] or "9999", h["rank"], h["level"], h["action"]))
        evidence = []
        for e in sorted(shown, key=lambda e: _level_key(e, data)):
            evidence += [("partnership", data.levels.get(e.data["level"], {}).get("label", ""), m) for m in e.mentions]
        for st, kept in sts:
            evidence += [("cooperation", data.field_label(st.data["field"]), m) for m in kept]
        for ag, ms in ags:
            evidence += [("agreement", ag.data["type"], m) for m in ms]
        out[p] = {
            "level": level, "since": since, "history": history,
            "fields": sorted({st.data["field"] for st, _ in sts}),
            "statements": [st for st, _ in sts],
            "agreements": [ag for ag, _ in ags],
            "evidence": evidence,
        }
    return out


def evidence_items(evidence: list, data: _Data) -> tuple[list[dict], int, int]:
    """Unique sentences, newest article first, capped; with the total and distinct articles."""
    seen: dict[tuple[str, str], dict] = {}
    for kind, fact, (text, art, start) in evidence:
        a = data.articles.get(art, {})
        item = seen.setdefault((art, text), {
            "sentence": text, "title": a.get("title") or a.get("id") or "", "url": a.get("url") or "",
            "date": a["date"].isoformat() if a.get("date") else "", "about": [], "_start": start})
        if f"{kind}: {fact}" not in item["about"]:
            item["about"].append(f"{kind}: {fact}")
    items = sorted(seen.values(), key=lambda i: (i["title"], i["_start"], i["sentence"]))
    items.sort(key=lambda i: i["date"], reverse=True)  # newest first, undated ("") last; stable
    for i in items:
        del i["_start"]
    return items[:MAX_EVIDENCE], len(items), len({art for art, _ in seen})


