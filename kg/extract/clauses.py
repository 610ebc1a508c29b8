"""Clause reading: modality, planned documents and the scope a cue governs within its sentence."""
from __future__ import annotations

from kg.extract.lexicon import patterns

__all__ = ["maybe_before", "planned", "expected_to_sign", "scope_end"]

P = patterns("en")


def maybe_before(prefix: str) -> bool:
    """"could seek a comprehensive strategic partnership": a possibility, not a fact."""
    return P.maybe.search(prefix[-70:]) is not None


def planned(R, prefix: str, after: str) -> bool:
    """A document to be signed: a planning cue in its own clause before it, or "to be signed" after it."""
    return bool(R.planned.search(P.clause_split.split(prefix[-80:])[-1])) or bool(P.planned_after.match(after))


def expected_to_sign(s: str) -> bool:
    """A visit preview's "deals expected to be signed": nothing agreed yet."""
    return P.expected.search(s) is not None


def scope_end(after: str) -> int:
    """Where the clause that follows a noun ends (offset into ``after``)."""
    e = P.scope_end.search(after)
    return e.start() if e else len(after)
