"""Lexicons read once per process and compiled into prefix-tree regular expressions.

Word lists live in ``kg/lexicons/`` and ``ontology/fields.ttl``; this module only
turns them into matchers, so a wording is added by editing data, not code.
"""
from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from kg.vocab import ONTOLOGY_DIR

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons"

# dependent territories are not parties; the ones news names map to their state
_TERRITORY_OF = {"HKG": "CHN", "MAC": "CHN"}
_SEP = "\x00"  # a space or hyphen inside a phrase
_QUOTE = "\x01"


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def trie_pattern(phrases: list[str]) -> str:
    """One regex alternation built as a prefix tree (fast in ``re``), longest match first."""
    trie: dict = {}
    for p in phrases:
        p = re.sub(r"[\s\-‐–]+", _SEP, p)
        p = re.sub(r"['’]", _QUOTE, p)
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict) -> str:
        alts = []
        for ch in sorted(k for k in node if k):
            piece = {_SEP: r"[\s\-‐–]+", _QUOTE: "['’]"}.get(ch, re.escape(ch))
            alts.append(piece + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


_PLAIN = re.compile(r"[\w.&]*")


def _key(text: str) -> str:
    """Lookup key of a matched surface form (case kept, separators normalised)."""
    if _PLAIN.fullmatch(text):
        return text
    return re.sub(r"[\s\-‐–]+", " ", text).replace("’", "'")


@dataclass(frozen=True)
class Field:
    id: str
    top: str


@dataclass
class Lexicon:
    country_re: re.Pattern
    country_of: dict  # surface key -> (iso3 or "-", kind)
    names: dict  # iso3 -> common name
    regions: dict  # region words (lower) -> set of iso3
    region_re: re.Pattern
    field_re: re.Pattern
    field_low: re.Pattern  # the same without re.I, for lowercased text
    field_of: dict  # lower surface key -> Field
    fields: dict  # field id -> Field
    cues: dict


def _plural(word: str) -> list[str]:
    if word.endswith(("s", "y", "ics")) or not word[-1:].isalpha():
        return [word]
    return [word, word + "s"]


def _country_surfaces() -> tuple[dict, dict]:
    import pycountry

    surf: dict[str, tuple[str, str]] = {}
    names: dict[str, str] = {}
    rows = _rows("countries.tsv")
    known = {r[0] for r in rows}
    for c in pycountry.countries:
        iso = _TERRITORY_OF.get(c.alpha_3, c.alpha_3)
        if iso not in known and iso == c.alpha_3 and not getattr(c, "official_name", None):
            continue  # a territory, not a state
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and "," not in v and "(" not in v:
                surf.setdefault(_key(v), (iso, "name"))
        names.setdefault(iso, getattr(c, "common_name", None) or c.name)
    for row in rows:
        iso = row[0]
        row = row + [""] * (4 - len(row))
        for n in _split(row[1]):
            surf[_key(n)] = (iso, "name")
            if n.isalpha() or " " in n:
                surf.setdefault(_key(n.upper()), (iso, "name"))
            if n.startswith("the "):
                surf[_key("The " + n[4:])] = (iso, "name")
        for n in _split(row[2]):
            surf.setdefault(_key(n), (iso, "demonym"))
        for n in _split(row[3]):
            surf.setdefault(_key(n), (iso, "capital"))
        first = _split(row[1])
        if first:
            names[iso] = first[0]
    for row in _rows("leaders.tsv"):
        row = row + [""] * (3 - len(row))
        for n in _split(row[1]):
            surf.setdefault(_key(n), (row[0], "leader"))
        for n in _split(row[2]):  # "Ortega?": a common surname that needs a title or the full name
            surf.setdefault(_key(n.rstrip("?")), (row[0], "surname" if n.endswith("?") else "leader"))
    for row in _rows("organisations.tsv"):
        surf[_key(row[0])] = (row[1].strip(), "org")
    return surf, names


def _fields() -> tuple[dict, dict]:
    import rdflib
    from rdflib.namespace import SKOS

    from kg.vocab import ID

    g = rdflib.Graph()
    g.parse(ONTOLOGY_DIR / "fields.ttl", format="turtle")
    prefix = str(ID["field/"])
    concepts = {str(s)[len(prefix):]: s for s in g.subjects(SKOS.prefLabel, None) if str(s).startswith(prefix)}

    def top_of(fid: str) -> str:
        node = concepts[fid]
        seen = set()
        while True:
            up = g.value(node, SKOS.broader)
            if up is None or up in seen:
                return str(node)[len(prefix):]
            seen.add(up)
            node = up

    fields = {fid: Field(fid, top_of(fid)) for fid in sorted(concepts)}
    surf: dict[str, Field] = {}
    for fid in sorted(concepts):
        node = concepts[fid]
        labels = [str(x) for x in g.objects(node, SKOS.altLabel)] + [str(g.value(node, SKOS.prefLabel))]
        for label in labels:
            for form in _plural(label.lower()):
                surf.setdefault(_key(form), fields[fid])
    return surf, fields


def _lead(phrases) -> str:
    """A lookahead over the phrases' first characters, so `re` rejects most positions on one character."""
    first = {p[0] for p in phrases if p}
    return "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])"


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    surf, names = _country_surfaces()
    country_re = re.compile(r"(?<![\w.])" + _lead(surf) + "(?:" + trie_pattern(sorted(surf)) + r")(?![\w])")
    regions = {}
    for row in _rows("regions.tsv"):
        regions[row[0].lower()] = set(row[1].split())
    region_re = re.compile(
        r"\bthe\s+(?:(?:" + "|".join(re.escape(r) for r in sorted(regions, key=len, reverse=True))
        + r")\s+)(?:country|nation|state|republic|kingdom|giant|neighbou?r|partner|power|emirate)\b",
        re.I,
    )
    fsurf, fields = _fields()
    field_pat = r"(?<![\w-])" + _lead(fsurf) + "(?:" + trie_pattern(sorted(fsurf)) + r")(?![\w])"
    cues = tomllib.loads((LEXICON_DIR / "cues.toml").read_text(encoding="utf-8"))
    return Lexicon(country_re, surf, names, regions, region_re, re.compile(field_pat, re.I), re.compile(field_pat),
                   fsurf, fields, cues)


def key(text: str) -> str:
    return _key(text)
