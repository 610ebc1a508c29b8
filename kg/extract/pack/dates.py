"""Dates a sentence states, resolved against the article's published date (patterns are pack data)."""
from __future__ import annotations

import datetime as dt
import functools
import re

from kg.extract.fastre import might_find
from kg.extract.pack.numbers import number

__all__ = ["sentence_date", "arabic", "relative_year"]


@functools.lru_cache(maxsize=None)
def _compiled(patterns: tuple[tuple[str, str], ...]) -> dict[str, re.Pattern]:
    return {k: re.compile(v, re.M) for k, v in patterns}


def _patterns(conf: dict) -> dict[str, re.Pattern]:
    d = conf["dates"]
    return _compiled(tuple((k, d[k]) for k in ("full", "month_day", "day", "year", "dateline", "month") if k in d))


def _month(m: re.Match, conf: dict) -> int:
    if "m" in m.groupdict() and m.group("m"):
        return int(m.group("m"))
    return conf["dates"]["months"][m.group("mon")[:3]]


def _make(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def sentence_date(surface: str, conf: dict, published: dt.date | None) -> tuple[dt.date | None, int | None, bool]:
    """(date, year, stated): the day the sentence names, else a year alone; ``stated`` if any."""
    p = _patterns(conf)
    text = arabic(surface, conf)
    if might_find(p["dateline"], text):  # most sentences lack a word every dateline holds
        text = p["dateline"].sub(" ", text)
    if m := p["full"].search(text):
        return _make(int(m.group("y")), _month(m, conf), int(m.group("d"))), int(m.group("y")), True
    # a year after the article's is a target ("программа на 2026-2030 годы"), not when anything happened
    year = next((y for y in (int(m.group("y")) for m in p["year"].finditer(text))
                 if published is None or y <= published.year), None)
    if year is not None and (published is None or year != published.year):
        return None, year, True
    if published is None:
        return None, year, year is not None
    if m := p["month_day"].search(text):
        return _recent(published, _month(m, conf), int(m.group("d"))), year, True
    if m := p["day"].search(text):
        return _recent(published, published.month, int(m.group("d")), same_month=True), year, True
    relative, weekdays = _words(conf)
    if m := relative.search(text):
        return published + dt.timedelta(days=conf["dates"]["relative"][m.group()]), year, True
    if m := weekdays.search(text):
        wd = conf["dates"]["weekdays"][m.group()]
        return published - dt.timedelta(days=(published.weekday() - wd) % 7), year, True
    if (back := relative_year(text, conf)) is not None:  # "去年9月", "в прошлом году": a year, no day
        return None, published.year + back, True
    if "month" in p and p["month"].search(text):  # "6月的这次访问": a month of its own, no day to carry on
        return None, year, True
    return None, year, year is not None


def arabic(text: str, conf: dict) -> str:
    """Dates in the pack's numerals (一九九六年四月二十六日) rewritten in digits for the patterns."""
    d = conf["dates"]
    if not d.get("numerals"):
        return text
    return _numeral_run(tuple(d["numerals"]), d["numeral_units"]).sub(
        lambda m: str(number(m.group(1), d["numerals"]) or m.group(1)), text)


@functools.lru_cache(maxsize=None)
def _numeral_run(chars: tuple[str, ...], units: str) -> re.Pattern:
    return re.compile(f"([{re.escape(''.join(chars))}]+)(?=[{re.escape(units)}])")


def relative_year(text: str, conf: dict) -> int | None:
    """Years back from publication a word names ("去年": 1 back, as -1), or None."""
    words = conf["dates"].get("relative_years", {})
    m = _alternation(tuple(words)).search(text) if words else None
    return words[m.group()] if m else None


def _words(conf: dict) -> tuple[re.Pattern, re.Pattern]:
    d = conf["dates"]
    return _alternation(tuple(d.get("relative", {}))), _alternation(tuple(d.get("weekdays", {})))


@functools.lru_cache(maxsize=None)
def _alternation(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x")


def _recent(published: dt.date, month: int, day: int, *, same_month: bool = False) -> dt.date | None:
    """The most recent such day on or before publication (a day alone may fall in the month before)."""
    d = _make(published.year, month, day)
    if d is not None and d <= published + dt.timedelta(days=7):
        return d
    if same_month:
        prev = (published.replace(day=1) - dt.timedelta(days=1))
        return _make(prev.year, prev.month, day)
    return _make(published.year - 1, month, day)
