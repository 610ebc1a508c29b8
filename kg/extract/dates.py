"""Dates stage: date expressions of each sentence resolved against the publication date, and the
date of the meeting an article reports (which dates facts the text leaves undated)."""
from __future__ import annotations

import datetime as dt
import re

from kg.extract.doc import Document, SentInfo, When
from kg.extract.fastre import might_find_folded
from kg.extract.lexicon import patterns

__all__ = ["datelines", "resolve", "scan_dates", "own_when", "anchor", "reports", "event_dates", "latest_year"]

P = patterns("en")
_MONTHS: dict = P.words["months"]
_WEEKDAYS: dict = P.words["weekdays"]
_DAY_REACH = 45  # days: a written date this close before the article is the month a bare "on the 14th" is of


def datelines(text: str) -> list[tuple[int, int]]:
    """Spans of datelines; a dateline only begins a line, so only line starts are tried."""
    out: list[tuple[int, int]] = []
    pos, last = 0, 0
    while pos >= 0:
        if pos >= last and pos < len(text):
            m = P.dateline.match(text, pos)
            if m:
                out.append((m.start(), m.end()))
                last = m.end()
        nl = text.find("\n", pos)
        pos = nl + 1 if nl >= 0 else -1
    return out


def _day_month(m: re.Match, g: dict, published: dt.date | None) -> When | None:
    mon = _MONTHS[(g["mon"] or g["mon2"]).lower().rstrip(".")]
    day = int(g["day"] or g["day2"])
    year = g["year"] or g["year2"]
    y = int(year) if year else (published.year if published else None)
    if y is None:
        return When(m.start(), None, None, False, True)
    try:
        d = dt.date(y, mon, day)
        if not year and published and d > published + dt.timedelta(days=7):
            d = dt.date(y - 1, mon, day)  # "on December 28" in a January article
        return When(m.start(), d, d.year, False, True)
    except ValueError:
        return None


def _relative(m: re.Match, g: dict, published: dt.date | None) -> When | None:
    if not published:
        return When(m.start(), None, None, True, False)
    if g["wd"]:
        back = (published.weekday() - _WEEKDAYS[g["wd"].lower()]) % 7
        d = published - dt.timedelta(days=back)
    else:
        d = published - dt.timedelta(days=1 if g["today"].lower() == P.words["yesterday"] else 0)
    return When(m.start(), d, d.year, True, False)


def _day_of_month(m: re.Match, day: int, published: dt.date | None, after: dt.date | None = None) -> When | None:
    """"on the 8th": that day of the published month, or of the month before when it is still to come; a day
    on or after a date written before it in the text, within a month of it, is of that date's month ("a visit from
    March 12 to 15 ... On the 14th" in an April article: March 14)."""
    if not published:
        return When(m.start(), None, None, False, True)
    y, mon = published.year, published.month
    if after is not None and after <= published and day >= after.day and (published - after).days <= _DAY_REACH:
        y, mon = after.year, after.month
    elif day > published.day:
        y, mon = (y, mon - 1) if mon > 1 else (y - 1, 12)
    try:
        return When(m.start(), dt.date(y, mon, day), y, False, True)
    except ValueError:
        return None


def resolve(m: re.Match, published: dt.date | None, *, after: dt.date | None = None) -> When | None:
    """The date expression ``m`` against the publication date (``after``: the last day written before it)."""
    g = m.groupdict()
    if g["iso"]:
        return None  # metadata stamps ("2024-07-04 03:45 Last Updated"), not event dates
    if g["mon"] or g["mon2"]:
        return _day_month(m, g, published)
    if g["dom"]:
        return _day_of_month(m, int(g["dom"]), published, after)
    if g["mon3"]:
        return When(m.start(), None, int(g["year3"]), False, False)
    if g["year4"]:
        if published is not None and int(g["year4"]) > published.year:
            return None  # "the 2030 Roadmap", "by 2030": a target year, not when anything happened
        return When(m.start(), None, int(g["year4"]), False, False)
    if g["vague"]:
        return When(m.start(), None, None, True, False)  # said, but not resolvable to a day
    if g["wd"] or g["today"]:
        return _relative(m, g, published)
    return None


def scan_dates(doc: Document, published: dt.date | None) -> None:
    # no dateline in a text without a month's name (its lowercased form holds them all)
    dlines = datelines(doc.text) if doc.low is None or might_find_folded(P.dateline, doc.low) else []
    written = None  # the last month-and-day written so far: the month a later "on the 14th" is of
    for m in P.date.finditer(doc.text):
        if any(a <= m.start() < b for a, b in dlines):
            continue
        si = doc.at(m.start())
        if si is None:
            continue
        w = resolve(m, published, after=written)
        if w is not None:
            span = w.explicit and P.day_range_at.match(doc.text, m.start()) is not None
            # "on September 2-3, 2016": a span of days, its year only (its month still dates a later "on the 14th")
            si.dates.append(When(m.start() - si.sent.start, None if span else w.date, w.year, w.relative and not span,
                                 w.explicit and not span))
            if w.date is not None and w.explicit and not m.group("dom"):
                written = w.date


def latest_year(doc: Document) -> dt.date | None:
    """For an article with no publication date, the start of the latest year its text names as a time
    things happened (not a target: "by 2030", "until 2028"): the article is of that year or later, so an
    event dated two years before it is of an earlier time."""
    years = [w.year for si in doc.sentences for w in si.dates if w.year is not None
             and not P.target_year_before.search(si.sent.text, max(0, w.start - 24), w.start)]
    return dt.date(max(years), 1, 1) if years else None


def own_when(dates: list[When], a: int | None = None, b: int | None = None) -> When | None:
    """The date expression for a span [a, b) among ``dates``: the nearest one, else the first
    (with no span: the first full date, explicit ones first, else the first year)."""
    if not dates:
        return None
    if a is None:
        day = [w for w in dates if w.date is not None]
        if day:
            return ([w for w in day if w.explicit] or day)[0]
        years = [w for w in dates if w.year is not None]
        return years[0] if years else dates[0]
    return min(dates, key=lambda w: a - w.start if w.start < a else max(0, w.start - b))


def _bracketed(si: SentInfo, w: When) -> bool:
    """A date inside brackets ("the 76th Independence Day (August 15, 1947 - 2023) in Hanoi on August 16"): a span
    or an aside, not the day of the event the sentence reports."""
    before = si.sent.text[:w.start]
    return "(" in before and before.count("(") > before.count(")")


def reports(si: SentInfo, R) -> bool:
    if si.reports is None:
        si.reports = si.has(R, "event") and not si.has(R, "future")
    return si.reports


_STALE_DAYS = 366  # a day more than a year before the article's own date is history, never the event it reports


def anchor(infos: list[SentInfo], R, published: dt.date | None = None) -> dt.date | None:
    """The date of the event the sentences report: the first written date, else a relative one (never one after
    the article's own date: "COP28, which begins on November 30" in a story of November 28 is another event)."""
    explicit = relative = None
    for si in infos:
        if si.headline or not si.dates:
            continue
        if not reports(si, R):
            continue
        for w in si.dates:
            if w.date is None or _bracketed(si, w) or (published is not None and w.date > published):
                continue
            if published is not None and (published - w.date).days > _STALE_DAYS:
                continue  # "at the summit on June 17, 2006" in a piece of 2012: history told, not the article's event
            if w.explicit and explicit is None:
                explicit = w.date
            if w.relative and relative is None:
                relative = w.date
    return explicit or relative


def event_dates(infos: list[SentInfo], R) -> list[tuple[int, dt.date]]:
    """(sentence start, date) of each sentence reporting the event with a written date, in text order."""
    out = []
    for si in infos:
        if si.headline or not si.dates or not reports(si, R):
            continue
        day = [w for w in si.dates if w.date is not None and w.explicit and not _bracketed(si, w)]
        if day:
            out.append((si.sent.start, day[0].date))
    return out
