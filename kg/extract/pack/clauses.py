"""Clauses of a sentence and the negation and modality words that reach over them."""
from __future__ import annotations

import re

from kg.extract.pack.lexicon import Pack
from kg.extract.pack.sentences import Sentence

__all__ = ["clause_of", "negated", "planned"]


def clause_of(s: Sentence, pack: Pack, at: int) -> tuple[int, int]:
    """(start, end) in ``s.norm`` of the clause around position ``at``."""
    ends = re.escape(pack.conf["clauses"]["clause_ends"])
    starts = [m.end() for m in re.finditer(f"[{ends}]", s.norm[:at])]
    stop = re.search(f"[{ends}]", s.norm[at:])
    return (starts[-1] if starts else 0, at + stop.start() if stop else len(s.norm))


def _has(words: list[str], text: str, spaced: bool) -> bool:
    if spaced:
        tokens = set(re.findall(r"[\wё-]+", text.lower().replace("ё", "е")))
        return any(w in tokens for w in words)
    return any(w in text for w in words)


def _surface(s: Sentence, pack: Pack, clause: tuple[int, int]) -> str:
    # spaced packs match lemmas; tense and negation are read from the sentence's own words
    return s.surface if pack.spaced else s.norm[clause[0]:clause[1]]


def negated(s: Sentence, pack: Pack, clause: tuple[int, int]) -> bool:
    return _has(pack.conf["clauses"]["negation"], _surface(s, pack, clause), pack.spaced)


def planned(s: Sentence, pack: Pack, clause: tuple[int, int]) -> bool:
    return _has(pack.conf["clauses"]["modality"], _surface(s, pack, clause), pack.spaced)
