"""The partnership ladder (``ontology/levels*.ttl``) as Python look-ups, and its ranking rule.

The TTL files are the single source of level wordings; the extractor and the model both ask
this module, so a wording added to the ladder is recognised everywhere.

Ranking rule, the one ``ontology/levels.ttl`` documents for its own ranks:

1. Tiers from the published tables: 10-19 partnership, 20-39 comprehensive or all-round
   partnership, 40-59 strategic, 60-84 comprehensive, global or all-round strategic, 85-99
   all-weather or permanent strategic (and Russia and China's coordination for a new era).
2. A designation announced as an upgrade of another ranks higher.
3. A designation never ranks below a ladder designation whose words it contains in order.
4. Renderings of one term are altLabels of one concept and rank equal.

A designation the ladder lacks (:func:`rank_by_rule`) takes the best ladder designation it
contains (rule 3, so an ending such as "for the 21st century" never lowers a rank) and adds what
its other words add (``kg/lexicons/en/ladder.toml``: "full cooperative" > "cooperative").
"""
from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from kg.vocab import ONTOLOGY_DIR

__all__ = ["Level", "levels", "labels", "normalize_level", "find_level", "rank_by_rule", "rank_of"]

_DROP = re.compile(r"\b(?:the|a|an|bilateral)\b")
_RULE_WORDS = Path(__file__).resolve().parent / "lexicons" / "en" / "ladder.toml"
_BONUS_CAP = 9  # a qualifier raises a rank within its tier, never by a tier


@functools.lru_cache(maxsize=1 << 14)
def normalize_level(wording: str) -> str:
    """Compare designations as the annotators do: case, hyphens, articles and "bilateral" do not count."""
    text = wording.lower().replace("-", " ").replace("‐", " ").replace("–", " ")
    text = re.sub(r"[\"“”‘’'`]", " ", text)
    text = _DROP.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Level:
    slug: str
    label: str
    rank: int
    labels: frozenset[str]  # normalised prefLabels and altLabels
    broader: str | None = None


def _english_pref(g, concept) -> str:
    from rdflib.namespace import SKOS

    prefs = sorted(g.objects(concept, SKOS.prefLabel), key=lambda lit: (lit.language != "en", str(lit)))
    return str(prefs[0])


@functools.lru_cache(maxsize=1)
def levels() -> tuple[Level, ...]:
    """The ladder's concepts, read once per process from ``levels.ttl`` and any ``levels-*.ttl`` beside it."""
    import rdflib
    from rdflib.namespace import SKOS

    from kg.vocab import BKG, ID

    g = rdflib.Graph()
    for path in sorted(ONTOLOGY_DIR.glob("levels*.ttl")):
        g.parse(path, format="turtle")
    prefix = str(ID["level/"])
    out = []
    for concept in sorted(set(g.subjects(SKOS.inScheme, BKG.PartnershipLevelScheme))):
        wordings = list(g.objects(concept, SKOS.prefLabel)) + list(g.objects(concept, SKOS.altLabel))
        broader = g.value(concept, SKOS.broader)
        out.append(Level(
            slug=str(concept)[len(prefix):],
            label=_english_pref(g, concept),
            rank=int(g.value(concept, BKG.rank)),
            labels=frozenset(normalize_level(str(w)) for w in wordings),
            broader=str(broader)[len(prefix):] if broader is not None else None,
        ))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _by_label() -> dict[str, Level]:
    return {label: lv for lv in levels() for label in lv.labels}


def labels() -> tuple[str, ...]:
    """Every normalised wording of the ladder, longest first: what a recogniser should match."""
    return tuple(sorted(_by_label(), key=lambda w: (-len(w), w)))


def find_level(wording: str) -> str | None:
    """Slug of the ladder concept with this wording as prefLabel or altLabel, else None."""
    lv = _by_label().get(normalize_level(wording))
    return lv.slug if lv else None


@functools.lru_cache(maxsize=1)
def _rule_words() -> dict:
    return tomllib.loads(_RULE_WORDS.read_text(encoding="utf-8"))


def _tokens(wording: str) -> tuple[str, ...]:
    """Words of a normalised wording, with compounds ("all weather") joined and spellings unified."""
    words = _rule_words()
    joined = normalize_level(wording)
    for compound in words["compounds"]:
        joined = re.sub(rf"\b{compound}\b", compound.replace(" ", "-"), joined)
    spell = words["spellings"]
    return tuple(spell.get(w, w) for w in joined.split())


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    """Whether ``small``'s words occur in ``big`` in the same order (gaps allowed)."""
    it = iter(big)
    return all(w in it for w in small)


def _bonus(tokens: tuple[str, ...], used: tuple[str, ...]) -> int:
    """What the words outside ``used`` add: qualifiers before "partnership", few ending words after it."""
    words = _rule_words()
    head = tokens.index(words["head"]) if words["head"] in tokens else len(tokens)
    rest = list(used)
    total = 0
    for i, w in enumerate(tokens):
        if w in rest:
            rest.remove(w)
            continue
        total += words["premodifier" if i < head else "ending"].get(w, 0)
    return min(total, _BONUS_CAP)


@functools.lru_cache(maxsize=1)
def _ladder_tokens() -> tuple[tuple[tuple[str, ...], int], ...]:
    return tuple((_tokens(label), lv.rank) for lv in levels() for label in lv.labels)


@functools.lru_cache(maxsize=4096)
def rank_by_rule(wording: str) -> int:
    """Rank for a designation the ladder lacks: the best ladder designation it contains, plus its other words."""
    tokens = _tokens(wording)
    best = 1 + _bonus(tokens, ())
    for label, rank in _ladder_tokens():
        if _contains(tokens, label):
            best = max(best, rank + _bonus(tokens, label))
    return best


def rank_of(wording: str) -> int:
    """The ladder's rank when it knows the wording, else the rule's."""
    lv = _by_label().get(normalize_level(wording))
    return lv.rank if lv else rank_by_rule(wording)
