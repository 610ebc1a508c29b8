"""Plain records passed between the stages: read -> extract -> model.

They carry no RDF so that extraction can be tested, pickled to worker processes
and compared without a store.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

__all__ = [
    "Article",
    "Mention",
    "PartnershipFact",
    "CooperationFact",
    "AgreementFact",
    "ArticleFacts",
    "Pair",
    "pair",
]

Pair = tuple[str, str]


def pair(a: str, b: str) -> Pair:
    """One key per unordered pair of ISO 3166-1 alpha-3 codes."""
    if a == b:
        raise ValueError(f"a relation needs two different countries, got {a} twice")
    return (a, b) if a < b else (b, a)


@dataclass(frozen=True)
class Article:
    """A source text and what is known about where it came from."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None  # file name (and line for JSONL) it was read from
    lang: str | None = None  # ISO 639-1 code when the input states it; else detected at extraction

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def key(self) -> str:
        """Stable identity: the given id, else a hash of the text (re-ingest is a no-op)."""
        return self.id if self.id else "sha256-" + self.content_hash[:16]


@dataclass(frozen=True, order=True)
class Mention:
    """A sentence of an article that supports a fact; offsets index ``Article.text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class PartnershipFact:
    pair: Pair
    level: str  # the designation as written, lowercased, e.g. "comprehensive strategic partnership"
    action: str  # upgrade | establish | reaffirm | downgrade
    date: dt.date | None = None
    year: int | None = None  # when the text gives a year but no day
    mentions: tuple[Mention, ...] = ()
    month: int | None = None  # with ``year``, when the text gives a month but no day (last: fields go by position)


@dataclass(frozen=True)
class CooperationFact:
    pair: Pair
    field: str  # id of a concept of the cooperation-field scheme, the finest that fits
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class AgreementFact:
    pair: Pair
    type: str  # joint-statement | joint-declaration | memorandum | agreement | treaty | plan | protocol | other
    fields: tuple[str, ...] = ()
    date: dt.date | None = None
    year: int | None = None
    count: int | None = None  # "signed 37 agreements"
    status: str = "signed"  # signed | planned
    name: str | None = None  # the document's own name where the text gives one
    mentions: tuple[Mention, ...] = ()
    month: int | None = None  # with ``year``, when the text gives a month but no day (last: fields go by position)


@dataclass(frozen=True)
class ArticleFacts:
    article: Article
    partnerships: tuple[PartnershipFact, ...] = ()
    cooperation: tuple[CooperationFact, ...] = ()
    agreements: tuple[AgreementFact, ...] = ()
    warnings: tuple[str, ...] = field(default=())
