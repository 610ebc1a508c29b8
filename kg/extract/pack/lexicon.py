"""A language pack's data (``kg/lexicons/<lang>/``) compiled into matchers.

Each phrase passes through the language's own normaliser before it is compiled, so the text
and the lexicon meet in one form (simplified characters for zh, lemmas for ru).
"""
from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Pack", "Matcher", "load_pack", "LEXICONS", "normalised"]

LEXICONS = Path(__file__).resolve().parent.parent.parent / "lexicons"


class Matcher:
    """Finds the phrases of one table in a normalised sentence, longest first, leftmost first."""

    def __init__(self, table: dict[str, object], *, spaced: bool) -> None:
        self.table = {k: v for k, v in table.items() if k}
        alts = "|".join(re.escape(k) for k in sorted(self.table, key=lambda k: (-len(k), k)))
        body = f"(?:{alts})" if alts else "(?!x)x"
        self.regex = re.compile(f"(?<= ){body}(?= )" if spaced else body)
        # each stage asks about the same sentences: remember the last few thousand answers
        self.find = functools.lru_cache(maxsize=4096)(self._find)

    def _find(self, text: str) -> tuple[tuple[int, int, object], ...]:
        return tuple((m.start(), m.end(), self.table[m.group()]) for m in self.regex.finditer(text))


class AreaMatcher(Matcher):
    """The field table, plus words that are fields only in a list after an area word (the pack's
    ``cooperation.area_words`` where ``area_before`` matches the text before them): "в области экономики,
    образования и связи" is communications, "двусторонние связи" are ties."""

    def __init__(self, table: dict[str, object], area: dict[str, object], before: str | None, *, spaced: bool) -> None:
        self.area = Matcher(area, spaced=spaced)
        self.before = re.compile(before) if before and self.area.table else None
        super().__init__(table, spaced=spaced)

    def _find(self, text: str) -> tuple[tuple[int, int, object], ...]:
        base = super()._find(text)
        if self.before is None:
            return base
        more = tuple(h for h in self.area.find(text) if self.before.search(text[:h[0]]))
        return tuple(sorted(base + more)) if more else base


def _tsv(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    rows = path.read_text(encoding="utf-8").splitlines()
    return [r.split("\t") for r in rows if r.strip() and not r.startswith("#")]


@dataclass
class Pack:
    lang: str
    conf: dict
    norm: Callable[[str], str]  # text or phrase -> the form matching happens in
    countries: Matcher          # names, adjectives, capitals, leaders -> iso3
    both: Matcher               # words for the article's pair ("两国", "обе стороны")
    blocs: Matcher              # regions and blocs as a side (中非, ЕАЭС): no pair
    fields: Matcher             # -> tuple of field ids
    doc_types: Matcher          # -> agreement type id
    sign: Matcher
    covering: Matcher
    list_headers: Matcher
    also: Matcher               # words adding more documents to those named ("кроме того")
    coop_cues: Matcher
    actions: Matcher            # -> upgrade | establish | reaffirm
    modifiers: Matcher          # designation words -> their entry
    heads: Matcher
    tails: Matcher              # -> English tail ("and alliance")
    short_forms: dict[str, tuple[str, ...]]

    @property
    def spaced(self) -> bool:
        return bool(self.conf["text"]["spaced"])


def _country_table(folder: Path, skip: frozenset[str] = frozenset()) -> dict[str, str]:
    table: dict[str, str] = {k: "" for k in skip}  # taken first, dropped below
    for row in _tsv(folder / "countries.tsv") + _tsv(folder / "names.tsv"):
        for cell in row[1:]:
            for name in cell.split("|"):
                table.setdefault(name.strip().lower(), row[0])
    for name, iso3 in _tsv(folder / "leaders.tsv"):
        table.setdefault(name.strip().lower(), iso3)
    return {k: v for k, v in table.items() if v}


@functools.lru_cache(maxsize=None)
def load_pack(lang: str, norm: Callable[[str], str]) -> Pack:
    """The pack of ``lang`` with phrases normalised by ``norm`` (the language's own stage)."""
    folder = LEXICONS / lang
    conf = tomllib.loads((folder / "pack.toml").read_text(encoding="utf-8"))
    spaced = bool(conf["text"]["spaced"])

    def m(table: dict[str, object]) -> Matcher:
        return Matcher({norm(k).strip(): v for k, v in table.items()}, spaced=spaced)

    acts = {w: a for a in ("upgrade", "establish", "reaffirm") for w in conf["actions"].get(a, [])}
    ag = conf["agreements"]
    return Pack(
        lang=lang, conf=conf, norm=norm,
        countries=m(_country_table(folder, frozenset(conf["pair"].get("not_names", [])))),
        both=m(dict.fromkeys(conf["pair"]["both"], "PAIR")),
        blocs=m(dict.fromkeys(conf["pair"].get("blocs", []), True)),
        fields=_fields(folder, conf, norm, spaced),
        doc_types=m(ag["types"]),
        sign=m(dict.fromkeys(ag["sign"], True)),
        covering=m(dict.fromkeys(ag.get("covering", []), True)),
        list_headers=m(dict.fromkeys(ag.get("list_headers", []), True)),
        also=m(dict.fromkeys(ag.get("also", []), True)),
        coop_cues=m(dict.fromkeys(conf["cooperation"]["cues"], True)),
        actions=m(acts),
        modifiers=m(conf["designation"]["modifiers"]),
        heads=m(dict.fromkeys(conf["designation"]["heads"], True)),
        tails=m(conf["designation"].get("tails", {})),
        short_forms={r[0]: tuple(r[1].split("|")) for r in _tsv(folder / "short_forms.tsv")},
    )


def _fields(folder: Path, conf: dict, norm: Callable[[str], str], spaced: bool) -> AreaMatcher:
    """fields.tsv ("-": no field) and the pack's words that are fields only in an area list."""
    table = {norm(r[0]).strip(): tuple(f for f in r[1].split("|") if f != "-") for r in _tsv(folder / "fields.tsv")}
    coop = conf.get("cooperation", {})
    area = {norm(k).strip(): tuple(v.split("|")) for k, v in coop.get("area_words", {}).items()}
    return AreaMatcher(table, area, coop.get("area_before"), spaced=spaced)


@functools.lru_cache(maxsize=256)
def normalised(norm: Callable[[str], str], words: tuple[str, ...]) -> tuple[str, ...]:
    """A pack's words in the form matching happens in, computed once (code that compares lemmas)."""
    return tuple(norm(w).strip() for w in words)
