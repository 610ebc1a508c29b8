"""The partnership ladder (``ontology/levels.ttl``) as Python look-ups.

The TTL file is the single source of level wordings; the extractor and the model
both ask this module, so a wording added to the ladder is recognised everywhere.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.vocab import ONTOLOGY_DIR, slug

__all__ = ["Level", "levels", "normalize_level", "find_level", "rank_by_rule", "rank_of"]

_DROP = re.compile(r"\b(?:the|a|an|bilateral)\b")


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
    labels: frozenset[str]  # normalised prefLabel and altLabels
    broader: str | None = None


@functools.lru_cache(maxsize=1)
def levels() -> tuple[Level, ...]:
    """The ladder's concepts, read once per process."""
    import rdflib
    from rdflib.namespace import SKOS

    from kg.vocab import BKG, ID

    g = rdflib.Graph()
    g.parse(ONTOLOGY_DIR / "levels.ttl", format="turtle")
    prefix = str(ID["level/"])
    out = []
    for concept in sorted(set(g.subjects(SKOS.inScheme, BKG.PartnershipLevelScheme))):
        pref = str(g.value(concept, SKOS.prefLabel))
        labels = {normalize_level(pref)} | {normalize_level(str(a)) for a in g.objects(concept, SKOS.altLabel)}
        broader = g.value(concept, SKOS.broader)
        out.append(Level(
            slug=str(concept)[len(prefix):],
            label=pref,
            rank=int(g.value(concept, BKG.rank)),
            labels=frozenset(labels),
            broader=str(broader)[len(prefix):] if broader is not None else None,
        ))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _by_label() -> dict[str, Level]:
    return {label: lv for lv in levels() for label in lv.labels}


def find_level(wording: str) -> str | None:
    """Slug of the ladder concept with this wording as prefLabel or altLabel, else None."""
    lv = _by_label().get(normalize_level(wording))
    return lv.slug if lv else None


# points each word adds to a designation the ladder lacks; tuned to sit between the ladder's rungs
_WORD_POINTS = {
    "partnership": 10, "cooperative": 5, "cooperation": 5, "friendly": 5, "comprehensive": 15,
    "strategic": 30, "global": 8, "special": 10, "privileged": 8, "exceptional": 8, "reinforced": 5,
    "enhanced": 5, "extensive": 5, "all": 10, "weather": 0, "round": 0, "permanent": 5,
    "everlasting": 5, "coordination": 10, "interaction": 8, "innovative": 3, "era": 3,
}


def rank_by_rule(wording: str) -> int:
    """Rank for a designation the ladder lacks: the sum of what its words add."""
    words = normalize_level(wording).split()
    return max(1, sum(_WORD_POINTS.get(w, 0) for w in set(words)))


def rank_of(wording: str) -> int:
    """The ladder's rank when it knows the wording, else the rule's."""
    lv = _by_label().get(normalize_level(wording))
    return lv.rank if lv else rank_by_rule(wording)
