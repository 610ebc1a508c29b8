"""Cooperation: field words in a sentence about a pair that also has a cooperation cue.

Negation reaches the field words of its own clause. A signed document's fields are
cooperation of its pair as well.
"""
from __future__ import annotations

from kg.extract.pack.clauses import clause_of, negated
from kg.extract.pack.lexicon import Pack
from kg.extract.pack.pairs import Pairing
from kg.extract.pack.sentences import Sentence
from kg.facts import AgreementFact, CooperationFact, Mention

__all__ = ["cooperation"]


def _sentence_fields(s: Sentence, pack: Pack) -> list[str]:
    out = []
    for start, _, fields in pack.fields.find(s.norm):
        clause = clause_of(s, pack, start) if not pack.spaced else (0, len(s.norm))
        if pack.spaced or not negated(s, pack, clause):
            out += fields
    if pack.spaced and out and negated(s, pack, (0, len(s.norm))) and not pack.doc_types.find(s.norm):
        return []
    return out


def cooperation(sentences: list[Sentence], pack: Pack, pairing: Pairing,
                agreements: list[AgreementFact]) -> list[CooperationFact]:
    found: dict[tuple, CooperationFact] = {}
    for s in sentences:
        pairs = pairing.of(s)
        if not pairs or not pack.coop_cues.find(s.norm):
            continue
        mention = Mention(s.start, s.end, s.text)
        for field in _sentence_fields(s, pack):
            for p in pairs:
                found.setdefault((p, field), CooperationFact(p, field, (mention,)))
    for a in agreements:
        if a.status == "signed":
            for field in a.fields:
                found.setdefault((a.pair, field), CooperationFact(a.pair, field, a.mentions))
    return list(found.values())
