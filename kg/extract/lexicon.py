"""The one loader of a language's data: word lists of ``kg/lexicons/<lang>/`` and ``ontology/fields.ttl``
read once per process and compiled into matchers.

This module only turns data into matchers, so a wording is added by editing data, not code.
"""
from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from kg.extract.fastre import compile_fast, edge_led
from kg.vocab import ONTOLOGY_DIR

__all__ = ["LEXICON_DIR", "Field", "Lexicon", "Patterns", "fold_pattern", "folded", "folded_once", "folds_alike", "key",
           "lexicon", "patterns", "trie_pattern"]

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons"

# dependent territories are not parties; the ones news names map to their state
_TERRITORY_OF = {"HKG": "CHN", "MAC": "CHN"}
_SEP = "\x00"  # a space or hyphen inside a phrase
_QUOTE = "\x01"
_SEPARATORS = re.compile(r"[\s\-‐–]+")
_APOSTROPHES = re.compile(r"['’]")
_PLAIN = re.compile(r"[\w.&]*")


def rows(lang: str, name: str) -> list[list[str]]:
    """The tab-separated rows of a lexicon file, comments and blank lines left out."""
    out = []
    for line in (LEXICON_DIR / lang / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.rstrip("\n").split("\t"))
    return out


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def trie_pattern(phrases: list[str]) -> str:
    """One regex alternation built as a prefix tree (fast in ``re``), longest match first."""
    trie: dict = {}
    for p in phrases:
        p = _APOSTROPHES.sub(_QUOTE, _SEPARATORS.sub(_SEP, p))
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


_ESCAPED = re.compile(r"\\.")


def folded(rx: re.Pattern) -> re.Pattern | None:
    """The case-insensitive ``rx`` without re.I, for text lowercased once (several times faster in
    ``re``); None when the pattern itself tells cases apart (an uppercase letter, an inline flag)."""
    pat = fold_pattern(rx.pattern, rx.flags)
    return None if pat is None else compile_fast(pat, rx.flags & ~re.I)


@functools.lru_cache(maxsize=None)
def folded_once(rx: re.Pattern) -> re.Pattern | None:
    """:func:`folded`, built once per pattern: for cues folded where a stage first uses them."""
    return folded(rx)


def fold_pattern(pat: str, flags: int) -> str | None:
    """The text of :func:`folded`'s pattern (to be compiled without re.I), or None when it cannot fold."""
    if pat.startswith("(?i)"):
        pat = pat[4:]
    elif not flags & re.I:
        return None
    plain = _ESCAPED.sub("", pat)
    if plain != plain.lower() or "(?" in plain.replace("(?:", "").replace("(?=", "").replace("(?!", "").replace("(?<", ""):
        return None
    return pat


def folds_alike(text: str, low: str) -> bool:
    """``low`` (``text`` lowercased) is where a :func:`folded` pattern finds just what the case-insensitive
    one finds in ``text``: the same length, and none of the letters re.I equates with an ASCII letter
    that lowercasing keeps apart (dotless i, long s)."""
    return len(low) == len(text) and "ı" not in low and "ſ" not in low


def key(text: str) -> str:
    """Lookup key of a matched surface form (case kept, separators normalised)."""
    if _PLAIN.fullmatch(text):
        return text
    return _SEPARATORS.sub(" ", text).replace("’", "'")


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
    country_pat: str = ""  # the names' pattern with no boundary before it, for the glued ones
    glue_re: re.Pattern | None = None  # "the", "of" ... glued to a capital after them

    @functools.cached_property
    def country_at(self) -> re.Pattern:
        """A name matched where it stands ("theVietnam"): compiled on the first glued text only, as the names
        (countries and their leaders) make a long pattern that takes a while to compile."""
        return re.compile(self.country_pat)


class Patterns:
    """A language's named regular expressions (``patterns.toml``), compiled, as attributes;
    its ``[fragments]`` and ``[words]`` tables as dicts."""

    def __init__(self, data: dict) -> None:
        for name, pat in data["patterns"].items():
            setattr(self, name, compile_fast(pat))
        self.fragments: dict = data.get("fragments", {})
        self.words: dict = data.get("words", {})


def _plural(word: str) -> list[str]:
    """A label and its plural: "light industry" also as "light industries" (a one-word label in -y keeps
    its singular only: "industries" alone is any sector's firms, no field)."""
    if word.endswith(("s", "ics")) or not word[-1:].isalpha():
        return [word]
    if word.endswith("y"):
        return [word, word[:-1] + "ies"] if " " in word and word[-2:-1] not in "aeiou" else [word]
    return [word, word + "s"]


def _pycountry_surfaces(known: set) -> tuple[dict, dict]:
    import pycountry

    surf: dict[str, tuple[str, str]] = {}
    names: dict[str, str] = {}
    for c in pycountry.countries:
        iso = _TERRITORY_OF.get(c.alpha_3, c.alpha_3)
        if iso not in known and iso == c.alpha_3 and not getattr(c, "official_name", None):
            continue  # a territory, not a state
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and "," not in v and "(" not in v:
                surf.setdefault(key(v), (iso, "name"))
        names.setdefault(iso, getattr(c, "common_name", None) or c.name)
    return surf, names


def _country_surfaces(lang: str) -> tuple[dict, dict]:
    table = rows(lang, "countries.tsv")
    surf, names = _pycountry_surfaces({r[0] for r in table})
    for row in table:
        iso = row[0]
        row = row + [""] * (4 - len(row))
        for n in _split(row[1]):
            surf[key(n)] = (iso, "name")
            if n.isalpha() or " " in n:
                surf.setdefault(key(n.upper()), (iso, "name"))
            if n.startswith("the "):
                surf[key("The " + n[4:])] = (iso, "name")
        for n in _split(row[2]):
            surf.setdefault(key(n), (iso, "demonym"))
        for n in _split(row[3]):
            surf.setdefault(key(n), (iso, "capital"))
        first = _split(row[1])
        if first:
            names[iso] = first[0]
    _leader_surfaces(lang, surf)
    for row in rows(lang, "organisations.tsv"):
        surf[key(row[0])] = (row[1].strip(), "org")
    return surf, names


def _leader_surfaces(lang: str, surf: dict) -> None:
    for row in rows(lang, "leaders.tsv"):
        row = row + [""] * (3 - len(row))
        for n in _split(row[1]):
            surf.setdefault(key(n), (row[0], "leader"))
        for n in _split(row[2]):  # "Ortega?": a common surname that needs a title or the full name
            surf.setdefault(key(n.rstrip("?")), (row[0], "surname" if n.endswith("?") else "leader"))


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
                surf.setdefault(key(form), fields[fid])
    return surf, fields


def _glue_re(lang: str) -> re.Pattern | None:
    """The short words scraped text glues to a capitalised name after them ("growth of theVietnam-India
    partnership"), each right before the capital it is glued to."""
    glue = sorted(patterns(lang).words.get("glue_lead_words", []), key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, glue)) + r")(?=[A-Z])") if glue else None


def _lead(phrases) -> str:
    """A lookahead over the phrases' first characters, so `re` rejects most positions on one character."""
    first = {p[0] for p in phrases if p}
    return "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])"


@functools.lru_cache(maxsize=None)
def patterns(lang: str = "en") -> Patterns:
    return Patterns(tomllib.loads((LEXICON_DIR / lang / "patterns.toml").read_text(encoding="utf-8")))


@functools.lru_cache(maxsize=None)
def lexicon(lang: str = "en") -> Lexicon:
    surf, names = _country_surfaces(lang)
    name = _lead(surf) + "(?:" + trie_pattern(sorted(surf)) + r")(?![\w])"
    country_re = re.compile(r"(?<![\w.])" + name)
    regions = {}
    for row in rows(lang, "regions.tsv"):
        regions[row[0].lower()] = set(row[1].split())
    frag = patterns(lang).fragments
    region_re = re.compile(
        frag["region_lead"] + r"(?:(?:" + "|".join(re.escape(r) for r in sorted(regions, key=len, reverse=True))
        + r")\s+)(?:" + frag["region_nouns"] + r")\b",
        re.I,
    )
    fsurf, fields = _fields()
    field_pat = edge_led(r"(?<![\w-])", _lead(fsurf)) + "(?:" + trie_pattern(sorted(fsurf)) + r")(?![\w])"
    cues = tomllib.loads((LEXICON_DIR / lang / "cues.toml").read_text(encoding="utf-8"))
    return Lexicon(country_re, surf, names, regions, region_re, re.compile(field_pat, re.I), re.compile(field_pat),
                   fsurf, fields, cues, name, _glue_re(lang))
