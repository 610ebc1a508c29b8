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

from kg.vocab import ONTOLOGY_DIR

__all__ = ["LEXICON_DIR", "Field", "Lexicon", "Patterns", "compile_fast", "fast_start", "folded", "key", "lexicon", "patterns", "trie_pattern"]

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
    pat = rx.pattern
    if pat.startswith("(?i)"):
        pat = pat[4:]
    elif not rx.flags & re.I:
        return None
    plain = _ESCAPED.sub("", pat)
    if plain != plain.lower() or "(?" in plain.replace("(?:", "").replace("(?=", "").replace("(?!", "").replace("(?<", ""):
        return None
    return compile_fast(pat, rx.flags & ~re.I)


def _tokens(pat: str) -> list[str]:
    """A pattern's atoms: escapes and character classes whole, every other character alone."""
    toks, i = [], 0
    while i < len(pat):
        if pat[i] == "\\":
            toks.append(pat[i:i + 2])
            i += 2
            continue
        j = i + 1
        if pat[i] == "[":
            j += (pat[j:j + 1] == "^")
            j += (pat[j:j + 1] == "]")
            while j < len(pat) and pat[j] != "]":
                j += 2 if pat[j] == "\\" else 1
            j += 1
        toks.append(pat[i:j])
        i = j
    return toks


def _split_top(toks: list[str]) -> list[list[str]] | None:
    """The top-level alternatives of a token list; None when its groups do not balance."""
    out, cur, depth = [], [], 0
    for t in toks:
        depth += (t == "(") - (t == ")")
        if depth < 0:
            return None
        if t == "|" and depth == 0:
            out.append(cur)
            cur = []
        else:
            cur.append(t)
    return None if depth else out + [cur]


def _numbered(toks: list[str]) -> bool:
    """A capture group, inline flag group or back-reference: copying the tokens would change the pattern."""
    for i, t in enumerate(toks):
        if t == "(" and toks[i + 1:i + 3] not in (["?", ":"], ["?", "="], ["?", "!"]) \
                and toks[i + 1:i + 4] not in (["?", "<", "="], ["?", "<", "!"]):
            return True
        if len(t) == 2 and t[0] == "\\" and t[1].isdigit():
            return True
    return False


def _letter_led(toks: list[str]) -> list[list[str]] | None:
    """``toks`` as alternatives that each begin with a letter (a leading ``(?:...)`` spread over what
    follows it), or None when that would change what matches."""
    if toks and len(toks[0]) == 1 and toks[0].isalpha():
        return [toks] if toks[1:2] not in (["?"], ["*"], ["+"], ["{"]) else None
    if toks[:3] == ["(", "?", "<"]:
        return _behind_led(toks)
    if toks[:3] != ["(", "?", ":"]:
        return None
    depth = 0
    for end, t in enumerate(toks):
        depth += (t == "(") - (t == ")")
        if depth == 0:
            break
    rest = toks[end + 1:]
    optional = rest[:1] == ["?"] and rest[1:2] not in (["?"], ["+"])  # "(?:joint )?working": with it, then without
    if optional:
        rest = rest[1:]
    if rest[:1] in (["?"], ["*"], ["+"], ["{"]) or _numbered(rest):
        return None
    out: list[list[str]] = []
    for alt in (_split_top(toks[3:end]) or [[]]) + ([[]] if optional else []):
        got = _letter_led(alt + rest)
        if got is None:
            return None
        out += got
    return out


def _behind_led(toks: list[str]) -> list[list[str]] | None:
    r"""``(?<!in )advance`` as ``a(?<!in a)dvance``: a lookbehind of plain characters before a letter
    looks behind the letter too, after it (the same test, as the letter is there)."""
    if toks[3:4] not in (["!"], ["="]) or ")" not in toks:
        return None
    end = toks.index(")")
    inner, rest = toks[4:end], toks[end + 1:]
    if any(len(t) != 1 or not (t.isalnum() or t == " ") for t in inner) or not rest or len(rest[0]) != 1 \
            or not rest[0].isalpha() or rest[1:2] in (["?"], ["*"], ["+"], ["{"]):
        return None
    return [[rest[0], "(?<" + toks[3] + "".join(inner) + rest[0] + ")", *rest[1:]]]


def _by_letter(pat: str, icase: bool) -> str:
    r"""``\b(?:sign\w*|ink\w*|seal\w*)`` as ``\b(?:s(?:ign\w*|eal\w*)|i(?:nk\w*))``: the alternatives
    grouped by first letter (their order kept within a letter), so `re` tries only those of the
    letter at hand. Alternatives of different letters never match at one position, so the matches
    are the same. A pattern of another shape is returned as it is."""
    flag = "(?i)" if pat.startswith("(?i)") else ""
    led = _led_words(pat[len(flag):])
    if led is None:
        return pat
    groups: dict[str, list[str]] = {}
    for a in led:
        low = a[0].lower() if icase or flag else a[0]
        groups.setdefault(low if len(low) == 1 else a[0], []).append("".join(a[1:]))
    if len(groups) == len(led):
        return pat  # no two alternatives share a letter: nothing to group
    return flag + r"\b(?:" + "|".join(k + "(?:" + "|".join(v) + ")" for k, v in groups.items()) + ")"


def _led_words(pat: str) -> list[list[str]] | None:
    r"""A ``\b``-led pattern's alternatives, each beginning with a letter (the ``\b`` dropped)."""
    led: list[list[str]] = []
    for alt in _split_top(_tokens(pat)) or [[]]:
        got = _letter_led(alt[1:]) if alt[:1] == [r"\b"] else None
        if got is None or len(led) + len(got) > 500:
            return None
        led += got
    return led


_COMMON_LEADS = 2  # lowercase first letters a fast-start pattern may have


def fast_start(pat: str) -> str:
    r"""The same pattern, quicker to search: ``\b(?:sign\w*|ink\w*)`` becomes
    ``(?:s(?<!\w\w)ign\w*|i(?<!\w\w)nk\w*)``. Each alternative now begins with its letter, so `re`
    jumps straight to positions holding one of those letters, and the lookbehind after the letter is
    the word boundary before it. That pays only when the letters are rare in text (capitals, or one or
    two lowercase letters): otherwise ``\b`` first, which rejects every position inside a word, is
    quicker. A pattern of another shape, or case-insensitive, is left as it is."""
    led = _led_words(pat)
    if led is None or len({a[0] for a in led if a[0].islower()}) > _COMMON_LEADS:
        return pat
    return "(?:" + "|".join(a[0] + r"(?<!\w\w)" + "".join(a[1:]) for a in led) + ")"


def compile_fast(pat: str, flags: int = 0) -> re.Pattern:
    """``re.compile`` of a quicker form of ``pat`` with the same matches: its word alternatives grouped by
    first letter, and, for a case-sensitive pattern, :func:`fast_start`'s form where that pays."""
    icase = bool(flags & re.I) or pat.startswith("(?i)")
    fast = pat if icase else fast_start(pat)
    return re.compile(_by_letter(pat, icase) if fast == pat else fast, flags)


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
    country_re = re.compile(r"(?<![\w.])" + _lead(surf) + "(?:" + trie_pattern(sorted(surf)) + r")(?![\w])")
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
    field_pat = r"(?<![\w-])" + _lead(fsurf) + "(?:" + trie_pattern(sorted(fsurf)) + r")(?![\w])"
    cues = tomllib.loads((LEXICON_DIR / lang / "cues.toml").read_text(encoding="utf-8"))
    return Lexicon(country_re, surf, names, regions, region_re, re.compile(field_pat, re.I), re.compile(field_pat),
                   fsurf, fields, cues)
