"""Country short forms inside Chinese compounds: 中俄, 中哈关系, 蒙中, 中方, 巴方.

Chinese writes a pair as one word of one-character short forms. A short form that stands for
several countries (新: Singapore or New Zealand) is the one the article names in full;
compounds of three short forms (中蒙俄) are trilateral and give no pair.
"""
from __future__ import annotations

import functools
import re

from kg.extract.pack.lexicon import Pack
from kg.extract.pack.sentences import Sentence

__all__ = ["compound_countries"]


@functools.lru_cache(maxsize=None)
def _pattern(chars: str, suffix: str) -> re.Pattern:
    cls = "[" + re.escape(chars) + "]"
    ends = "|".join(re.escape(x) for x in suffix.split("|") if x)  # "方|国": 巴方, 坦国
    side = f"|(?P<side>{cls})(?:{ends})" if ends else ""
    return re.compile(f"(?P<run>{cls}{{2,}}){side}")


def _resolve(char: str, pack: Pack, named: set[str]) -> str | None:
    options = pack.short_forms.get(char, ())
    if len(options) == 1:
        return options[0]
    hits = [o for o in options if o in named]
    return hits[0] if len(hits) == 1 else None


def _cut(run: str, text: str, at: int, stops: tuple[str, ...]) -> str:
    """The run without its last characters where they begin a word of their own ("中俄新时代": 中俄)."""
    while len(run) > 1 and stops and text.startswith(stops, at + len(run) - 1):
        run = run[:-1]
    return run


_LIST_RX: dict[int, tuple] = {}  # id(pack) -> (pack, its listing pattern), built once per pack


def _list_rx(pack: Pack, head: str, sep: str) -> re.Pattern:
    """Short forms joined by the list separator, before the list's head ("澳、新" before "两国")."""
    got = _LIST_RX.get(id(pack))
    if got is None or got[0] is not pack:
        cls = "[" + re.escape("".join(pack.short_forms)) + "]"
        got = _LIST_RX[id(pack)] = (pack, re.compile(f"{cls}(?:{re.escape(sep)}{cls})+(?={head})"))
    return got[1]


def _listed(s: Sentence, pack: Pack, named: set[str], taken: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """"中国同澳、新两国": short forms listed with a count of countries after them are those countries."""
    head, sep = pack.conf["pair"].get("short_list_head"), pack.conf["pair"].get("short_list_sep", "")
    if not head or not sep:
        return []
    out = []
    for m in _list_rx(pack, head, sep).finditer(s.norm):
        if any(a <= m.start() < b for a, b in taken):
            continue
        isos = [(m.start() + i, _resolve(c, pack, named)) for i, c in enumerate(m.group()) if c != sep]
        if all(iso for _, iso in isos) and len({iso for _, iso in isos}) == len(isos):
            out += isos
    return out


def compound_countries(s: Sentence, pack: Pack, named: set[str]) -> list[tuple[int, str]]:
    """(position, iso3) of each country a compound, a "X方" side or a listing ("澳、新两国") stands for."""
    conf = pack.conf["pair"]
    taken = [(a, b) for a, b, _ in pack.countries.find(s.norm)]
    out = _listed(s, pack, named, taken)
    for m in _pattern("".join(pack.short_forms), conf.get("side_suffix", "")).finditer(s.norm):
        if any(a <= m.start() < b for a, b in taken):
            continue  # inside a full name (中国, 巴基斯坦)
        if m.group("side"):
            if m.group() in conf.get("side_not", []):
                continue
            iso = _resolve(m.group("side"), pack, named)
            out += [(m.start(), iso)] if iso else []
            continue
        run = _cut(m.group("run"), s.norm, m.start(), tuple(conf.get("compound_stops", [])))
        if len(run) < 2 or len(run) > conf["compound_max"]:
            continue
        isos = [_resolve(c, pack, named) for c in run]
        if all(isos) and len(set(isos)) == len(isos) and ("CHN" in isos or set(isos) <= named):
            out += [(m.start() + i, iso) for i, iso in enumerate(isos)]
    return out
