"""The typed document the stages fill in: an article's sentences, each with the spans found in it.

Offsets of spans are relative to their sentence; a sentence's own offsets index the article text.
"""
from __future__ import annotations

import bisect
import re
import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from kg.extract.fastre import folded_search, might_find_folded
from kg.extract.lexicon import Field, folds_alike
from kg.facts import Article, Mention, Pair

__all__ = ["Sentence", "When", "Hit", "FieldSpan", "LevelSpan", "DocSpan", "SentInfo", "Document"]


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    line_start: bool  # begins a line (headline, list item, paragraph)


@dataclass(frozen=True, slots=True)
class When:
    """A date expression: ``start`` is its offset in the sentence (or text while scanning)."""

    start: int
    date: dt.date | None
    year: int | None
    relative: bool  # weekday or "today": exact only against the publication date
    explicit: bool  # month and day written out


@dataclass(slots=True)
class Hit:
    """A country named in a sentence, by name, demonym, capital or leader."""

    start: int
    end: int
    iso: str
    kind: str


class FieldSpan(NamedTuple):
    start: int
    end: int
    field: Field


class LevelSpan(NamedTuple):
    start: int
    end: int
    text: str


class DocSpan(NamedTuple):
    start: int
    end: int
    type: str


@dataclass(slots=True)
class SentInfo:
    """One sentence and what the stages found in it."""

    sent: Sentence
    countries: list[Hit] = field(default_factory=list)
    fields: list[FieldSpan] = field(default_factory=list)
    levels: list[LevelSpan] = field(default_factory=list)
    docs: list[DocSpan] = field(default_factory=list)
    dates: list[When] = field(default_factory=list)
    masks: list[tuple[int, int]] = field(default_factory=list)  # names that are not countries
    orgs: list[tuple[int, int]] = field(default_factory=list)  # blocs and bodies (EU, ASEAN) that can be a party
    venues: list[Hit] = field(default_factory=list)  # capitals named as where something happens ("came to Delhi")
    regions: list[set] = field(default_factory=list)  # iso3 codes per regional description
    headline: bool = False
    repeated: bool = False
    reports: bool | None = None  # reports the event (cue verb, not future); computed on first use
    negated: list[tuple[int, int]] = field(default_factory=list)  # document phrases the text says were not signed
    low: str = ""  # the sentence lowercased ("" when lowercasing changes its length)
    pair: Pair | None = None  # the pair the sentence is about, once resolved
    also: list = field(default_factory=list)  # more pairs of one side with a listed partner ("with A and B")
    generic: bool = False  # about partnerships in general, or "It" going on about them from the sentence before
    roll: tuple | None = None  # (owner, action) of partners the sentence before counts and this one lists
    cues: dict = field(default_factory=dict)  # cue name -> found, as :meth:`has` answered it once

    def has(self, R, name: str) -> bool:
        """A cue pattern found in the sentence, matched on the lowercased text when it can be (once per cue)."""
        got = self.cues.get(name)
        if got is None:
            rx = R.low.get(name) if self.low else None
            # a sentence without any word the cue needs is not searched
            got = self.cues[name] = (folded_search(rx, self.low) if rx is not None else self.search(getattr(R, name))) is not None
        return got

    def search(self, rx: re.Pattern) -> re.Match | None:
        """``rx.search`` of the sentence, not run where its lowercased text lacks every word a match needs."""
        low = self.low
        if low and folds_alike(self.sent.text, low) and not might_find_folded(rx, low):
            return None
        return rx.search(self.sent.text)

    def first(self, R, name: str) -> re.Match | None:
        """A cue pattern's first match in the sentence: on the lowercased text where that folds alike (positions only)."""
        rx = R.low.get(name) if self.low and folds_alike(self.sent.text, self.low) else None
        return folded_search(rx, self.low) if rx is not None else self.search(getattr(R, name))

    def found_in(self, R, name: str, lo: int, hi: int) -> bool:
        """A cue pattern found in the sentence's text ``[lo:hi]`` (a slice of its own), matched on the lowercased
        text where that folds alike and the cue has its lowercased variant (``R.low``)."""
        rx = R.low.get(name) if self.low and folds_alike(self.sent.text, self.low) else None
        return (rx.search(self.low[lo:hi]) if rx is not None else getattr(R, name).search(self.sent.text[lo:hi])) is not None

    def finds(self, R, name: str):
        """The matches of a cue pattern in the sentence (on the lowercased text when it can be: positions only)."""
        rx = R.low.get(name) if self.low else None
        if rx is not None:
            return rx.finditer(self.low) if might_find_folded(rx, self.low) else iter(())  # a gate of up to 40 words
        return getattr(R, name).finditer(self.sent.text)

    def mention(self) -> Mention:
        return Mention(self.sent.start, self.sent.end, self.sent.text)


@dataclass(slots=True)
class Document:
    """An article split into sentences; ``low`` is its text lowercased (None when that changes its length)."""

    article: Article
    text: str
    sentences: list[SentInfo]
    low: str | None = None
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.starts = [s.sent.start for s in self.sentences]

    def at(self, pos: int) -> SentInfo | None:
        """The sentence holding text offset ``pos``, or None between sentences."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return None
        s = self.sentences[i]
        return s if pos < s.sent.end else None


@dataclass(slots=True)
class NounMention:
    """A document noun as written in a sentence ("two memoranda")."""

    sentence: SentInfo
    noun: str


JOINT_TYPES = ("joint-statement", "joint-declaration")  # the documents both sides issue as one text


@dataclass(slots=True)
class DraftAgreement:
    """A document as the sentences so far describe it; merged and frozen into an AgreementFact."""

    pair: Pair
    type: str
    fields: list[str]
    mentions: list[NounMention]
    date: dt.date | None = None
    year: int | None = None
    count: int | None = None
    status: str = "signed"
    name: str | None = None
    topic: frozenset = frozenset()
    headline: bool = False
    named: bool = False
    vague: bool = False  # "earlier this year": a time said but no day, so not the meeting's either
    verbless: bool = False  # told with no signing verb ("the ASA provides ..."): it makes no planned document signed


@dataclass(slots=True)
class LevelMention:
    """One statement of a partnership level: its wording, action, date and era."""

    sentence: SentInfo
    wording: str
    action: str
    when: When | None
    linked: DraftAgreement | None  # "a treaty on the strategic partnership": the document dates the level
    era: str  # past | now | background
    anaphoric: bool = False  # "such strategic partnership": refers back to the pair's fuller level
    counted: bool = False  # a founding year counted back from an anniversary ("the 10th anniversary" in 2024: 2014)


class Drafts:
    """The documents found so far, in text order, indexed by pair so that a later mention finds
    the document it refers to without scanning every other pair's (linear on huge articles)."""

    def __init__(self) -> None:
        self._items: list[DraftAgreement | None] = []
        self._at: dict[int, int] = {}  # id(draft) -> its position
        self._by_pair: dict[Pair, list[DraftAgreement]] = {}
        self._by_type: dict[tuple, list[DraftAgreement]] = {}  # (pair, type) -> documents

    def append(self, g: DraftAgreement) -> None:
        self._at[id(g)] = len(self._items)
        self._items.append(g)
        self._by_pair.setdefault(g.pair, []).append(g)
        self._by_type.setdefault((g.pair, g.type), []).append(g)

    def remove(self, g: DraftAgreement) -> None:
        i = self._at.pop(id(g))
        self._items[i] = None
        self._by_pair[g.pair] = [x for x in self._by_pair[g.pair] if x is not g]
        self._by_type[(g.pair, g.type)] = [x for x in self._by_type[(g.pair, g.type)] if x is not g]

    def __contains__(self, g: object) -> bool:
        return id(g) in self._at

    def __iter__(self):
        return (g for g in self._items if g is not None)

    def has(self, p: Pair) -> bool:
        """Whether the pair has any document yet."""
        return bool(self._by_pair.get(p))

    def latest(self, p: Pair, typ: str | None = None):
        """The pair's documents (of one type, when given), the latest first."""
        return reversed(self._by_pair.get(p, ()) if typ is None else self._by_type.get((p, typ), ()))
