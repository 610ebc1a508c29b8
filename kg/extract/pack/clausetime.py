"""The time a clause of a sentence states for itself, when a sentence holds several (histories,
"в 2019 году вышли на уровень ..., а сегодня подписали ..."): read by the partnership and the
agreement stages alike."""
from __future__ import annotations

import datetime as dt
import re

from kg.extract.fastre import compiled
from kg.extract.pack.clauses import ends_rx, surface_of
from kg.extract.pack.dates import arabic, relative_year, sentence_date
from kg.extract.pack.lexicon import Pack
from kg.extract.pack.sentences import Sentence

__all__ = ["DIGIT", "clause_date", "clause_year"]

DIGIT = re.compile(r"\d")  # times are written with digits ("3日", "в 2019 году")


def clause_year(s: Sentence, pack: Pack, start: int, published: dt.date | None) -> int | None:
    """A year stated in the designation's own clause (histories list several in one sentence),
    in digits or as a distance from publication ("去年9月, 两国宣布...")."""
    parts = ends_rx(pack.conf["clauses"]["clause_ends"]).split(s.norm[:start])
    short = len(parts) > 1 and (len(parts[-2].split()) <= 4 if pack.spaced else len(parts[-2]) <= 6)
    before = (parts[-2] + " " if short else "") + parts[-1]  # with a time phrase of its own ("去年9月，")
    text = arabic(pack.norm.surface(before) if hasattr(pack.norm, "surface") else before, pack.conf)
    if m := compiled(pack.conf["dates"]["year"]).search(text):
        return int(m.group("y"))
    back = relative_year(text, pack.conf) if published else None
    return published.year + back if back is not None else None


def clause_date(s: Sentence, pack: Pack, clause: tuple[int, int], published: dt.date | None):
    """(date, year) the designation's own clause states, when the sentence holds two times
    ("в 2019 году вышли на уровень ..., а сегодня подписали декларацию о ..."); else None."""
    if not published or clause == (0, len(s.norm)) or not DIGIT.search(s.surface):
        return None  # times are written with digits ("3日", "в 2019 году"); a one-clause sentence has one
    d, y, stated = sentence_date(surface_of(s, pack, clause), pack.conf, published)
    return (d, y) if stated else None
