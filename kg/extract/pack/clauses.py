"""Clauses of a sentence and the negation and modality words that reach over them."""
from __future__ import annotations

import bisect
import functools
import re

from kg.extract.fastre import compiled
from kg.extract.pack.lexicon import Pack
from kg.extract.pack.sentences import Sentence

__all__ = ["clause_of", "ends_rx", "negated", "planned", "drafted", "surface_of", "signed_earlier", "toward"]


def clause_of(s: Sentence, pack: Pack, at: int) -> tuple[int, int]:
    """(start, end) in ``s.norm`` of the clause around position ``at``."""
    marks = s.memo.get("clause_marks")
    if marks is None:  # every stage asks; the sentence's clause ends are found once
        marks = s.memo["clause_marks"] = [m.start() for m in ends_rx(pack.conf["clauses"]["clause_ends"]).finditer(s.norm)]
    i = bisect.bisect_left(marks, at)
    return (marks[i - 1] + 1 if i else 0, marks[i] if i < len(marks) else len(s.norm))


@functools.lru_cache(maxsize=None)
def ends_rx(ends: str) -> re.Pattern:
    """Any one of the characters that end a clause."""
    return re.compile(f"[{re.escape(ends)}]")


def _has(words: list[str], text: str, spaced: bool, unless: list[str] = ()) -> bool:
    for w in unless:  # words that contain a cue without being one (未来 "future", 将近 "nearly")
        if w in text:
            text = text.replace(w, " ")
    if spaced:
        return not set(compiled(r"[\wё-]+").findall(text.lower().replace("ё", "е"))).isdisjoint(words)
    return any(w in text for w in words)


_COMMAS = re.compile(r"[,;:]")


def surface_of(s: Sentence, pack: Pack, clause: tuple[int, int]) -> str:
    """The words of ``s.norm[clause]`` as written: lemmas lose tense, so spaced packs read these.

    The lemma string keeps the sentence's commas, so its n-th clause is the text's n-th clause.
    """
    if not pack.spaced:
        return s.norm[clause[0]:clause[1]]
    first = len(_COMMAS.findall(s.norm[:clause[0]]))
    last = len(_COMMAS.findall(s.norm[:clause[1]]))
    return " ".join(_COMMAS.split(s.surface)[first:last + 1])


def _untitled(text: str, pack: Pack) -> str:
    """zh: the clause without its 《titles》: a cue word inside a document's name ("《…交流计划的谅解备忘录》",
    "《关于将…的协定》") is part of the name, not the clause's tense or modality."""
    return text if pack.spaced else compiled(r"《[^《》]*》").sub(" ", text)


def negated(s: Sentence, pack: Pack, clause: tuple[int, int]) -> bool:
    key = ("negated", clause)
    if key not in s.memo:  # documents and cooperation both ask of the whole sentence
        conf = pack.conf["clauses"]
        text = _untitled(surface_of(s, pack, clause), pack)
        s.memo[key] = _has(conf["negation"], text, pack.spaced, conf.get("not_cues", []))
    return s.memo[key]


def planned(s: Sentence, pack: Pack, clause: tuple[int, int]) -> bool:
    key = ("planned", clause)
    if key not in s.memo:  # the level's and the documents' stages ask of the same clauses
        conf = pack.conf["clauses"]
        text = _untitled(surface_of(s, pack, clause), pack)
        s.memo[key] = _has(conf["modality"], text, pack.spaced, conf.get("not_cues", []))
    return s.memo[key]


def toward(s: Sentence, pack: Pack, sign_at: int) -> bool:
    """"Подготовка к заключению договора", "готовятся к подписанию": a signing word right after one of the
    pack's ``goal_before`` lemmas is a signing aimed at, not done."""
    words = s.norm[:sign_at].split()
    return bool(words) and words[-1] in pack.conf["clauses"].get("goal_before", [])


def drafted(s: Sentence, pack: Pack, start: int, end: int) -> bool:
    """A document word next to one of the pack's draft words ("проект договора", "协定草案"): a text
    being written, not yet signed."""
    conf = pack.conf["clauses"]
    before, after = s.norm[:start].split()[-1:] if pack.spaced else [], s.norm[end:end + 4]
    return any(w in before for w in conf.get("draft_before", [])) or any(after.startswith(w) for w in conf.get("draft_after", []))


def signed_earlier(s: Sentence, pack: Pack, end: int) -> bool:
    """A document word followed by its own past participle of signing with a year ("договор о дружбе,
    подписанный в 1997 году"): signed, whatever modality the rest of its clause has (the pack's
    ``signed_participle``, over the normalised text after the document word)."""
    pattern = pack.conf["clauses"].get("signed_participle")
    return bool(pattern) and re.match(pattern, s.norm[end:]) is not None
