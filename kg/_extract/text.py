"""Sentences and dates of scraped news text.

A regex splitter, not a tokenizer: it runs once over the whole text, so the cost
stays linear. It knows the traps of scraped pages: a line break always ends a
sentence (headlines, list items), "U.S." and titles do not, and a full stop
glued to the next word ("attacks.The") does.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ABBREV = (
    "mr|mrs|ms|dr|st|sr|jr|prof|gen|col|lt|capt|sgt|gov|sen|rep|rev|hon|messrs|no|nos|vs|etc|inc|ltd|co|corp|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|approx|dept|est|fig|vol|art|para|u\\.s|u\\.k|u\\.n|e\\.g|i\\.e|a\\.m|p\\.m"
)
# a sentence ends at ., ! or ? (with closing quotes/brackets) followed by space and a capital,
# a digit or an opening quote; or at a full stop glued to a capitalised word
# the pattern starts with the mark itself (not a lookbehind), so `re` jumps from mark to mark;
# group 1 set: the cut is right after the mark, else after the mark and its closing quote
_END = re.compile(
    r"""[.!?](?:(["”’')\]]*(?:\s+(?=["“‘'(\[]?[A-Z0-9À-ÖØ-Þ])|(?=[A-Z][a-z])))"""
    r"""|["”’)\]]\s+(?=[a-z]))"""
)
_ABBREV_BEFORE = re.compile(r"(?:^|[\s(])(?:" + _ABBREV + r"|[A-Z])\.$", re.I)
_LINE = re.compile(r"[^\n]+")
_ITEM_NUMBER = re.compile(r"\s*(?:\d{1,2}|[ivx]{1,4})\.")  # "1. MoU on ...": a list item's number


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    line_start: bool  # begins a line (headline, list item, paragraph)


def sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for line in _LINE.finditer(text):
        base, chunk = line.start(), line.group()
        pos = 0
        first = True
        for m in _END.finditer(chunk):
            cut = m.start() + (1 if m.group(1) is not None else 2)
            head = chunk[pos:cut]
            if _ABBREV_BEFORE.search(head[-12:] if len(head) > 12 else head) or (pos == 0 and _ITEM_NUMBER.fullmatch(head)):
                continue
            _add(out, text, base + pos, base + cut, first)
            first = False
            pos = m.end()
        _add(out, text, base + pos, base + len(chunk), first)
    return out


def _add(out: list, text: str, start: int, end: int, first: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], first))


# ---------------------------------------------------------------- dates
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
# the lookahead lets `re` reject most positions on one character: every date form starts with a
# digit, a capital (month, weekday, "Today") or one of the lowercase openers (today, last, next, ...)
DATE_RE = re.compile(
    r"\b(?=[\dA-Zltnpery])(?:"
    r"(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|" + _MON + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?(?:,?\s+(?P<year>(?:19|20)\d{2}))?(?!\d)"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?\s+" + _MON2 + r"(?:,?\s+(?P<year2>(?:19|20)\d{2}))?"
    r"|(?P<mon3>January|February|March|April|June|July|August|September|October|November|December)\s+(?P<year3>(?:19|20)\d{2})"
    r"|(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<today>[Tt]oday|[Yy]esterday|[Tt]onight)"
    r"|(?P<vague>(?:last|next|this|previous|past) (?:year|month|week|decade)|(?:earlier|later) this (?:year|month)|\d+ (?:years|months) ago|years ago|recently|previously)"
    r"|(?<![-/\d])(?P<year4>(?:19[5-9]|20[0-4])\d)(?![-/\d]|\s*(?:percent|per cent|%))"
    r")\b",
)
# "MOSCOW. Aug 2 (Interfax) -", "BEIJING, July 18 --", "New Delhi, Feb 10:": a dateline, not an event date
DATELINE_RE = re.compile(
    r"(?:^|(?<=\n))\s*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(?:[A-Z][\w'’.-]*(?:[ /][A-Z][\w'’.-]*){0,3})[,.]\s+"
    + _MON + r"\s+\d{1,2}(?:,?\s+\d{4})?\s*(?:\([^)]{1,40}\))?\s*(?:-{1,2}|—|–|:)",
)


def datelines(text: str) -> list[tuple[int, int]]:
    """Spans of datelines; a dateline only begins a line, so only line starts are tried."""
    out: list[tuple[int, int]] = []
    pos, last = 0, 0
    while pos >= 0:
        if pos >= last and pos < len(text):
            m = DATELINE_RE.match(text, pos)
            if m:
                out.append((m.start(), m.end()))
                last = m.end()
        nl = text.find("\n", pos)
        pos = nl + 1 if nl >= 0 else -1
    return out


@dataclass(frozen=True)
class When:
    start: int
    date: dt.date | None
    year: int | None
    relative: bool  # weekday or "today": exact only against the publication date
    explicit: bool  # month and day written out


def resolve(m: re.Match, published: dt.date | None) -> When | None:
    g = m.groupdict()
    if g["iso"]:
        return None  # metadata stamps ("2024-07-04 03:45 Last Updated"), not event dates
    if g["mon"] or g["mon2"]:
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
    if g["mon3"]:
        return When(m.start(), None, int(g["year3"]), False, False)
    if g["year4"]:
        return When(m.start(), None, int(g["year4"]), False, False)
    if g["vague"]:
        return When(m.start(), None, None, True, False)  # said, but not resolvable to a day
    if g["wd"]:
        if not published:
            return When(m.start(), None, None, True, False)
        back = (published.weekday() - _WEEKDAYS[g["wd"].lower()]) % 7
        d = published - dt.timedelta(days=back)
        return When(m.start(), d, d.year, True, False)
    if g["today"]:
        if not published:
            return When(m.start(), None, None, True, False)
        d = published - dt.timedelta(days=1 if g["today"].lower() == "yesterday" else 0)
        return When(m.start(), d, d.year, True, False)
    return None
