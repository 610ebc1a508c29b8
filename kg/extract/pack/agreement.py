"""Signed documents: a type word in a clause with a signing verb, not negated, not only planned.

A document's fields are the field words of its own stretch of text: before its type word for
zh (农业等领域合作文件), after it for ru (соглашение о сотрудничестве в области ...), plus a
"covering" phrase right after it. Lines under a list header ("В их числе:") are documents of
the signing before them.
"""
from __future__ import annotations

import datetime as dt
import re

from kg.extract.pack.clauses import clause_of, negated, planned
from kg.extract.pack.lexicon import Pack
from kg.extract.pack.pairs import Pairing
from kg.extract.pack.sentences import Sentence
from kg.facts import AgreementFact, Mention

__all__ = ["agreements"]


def _fields(s: Sentence, pack: Pack, docs: list[tuple[int, int, str]], i: int, sign_at: int) -> tuple[str, ...]:
    start, end, _ = docs[i]
    if pack.conf["text"]["doc_fields"] == "before":
        lo = docs[i - 1][1] if i else sign_at
        span = s.norm[lo:start]
        after = s.norm[end:]
        cover = pack.covering.find(after[:6])
        if cover:
            span += re.split("[。；;]", after)[0]
    else:
        hi = docs[i + 1][0] if i + 1 < len(docs) else len(s.norm)
        span = s.norm[end:hi]
    found = [f for _, _, fs in pack.fields.find(" " + span + " ") for f in fs]
    return tuple(dict.fromkeys(found))


def _named_types(s: Sentence, pack: Pack) -> set[str]:
    """Types of documents written with a capital inside a sentence: a named (earlier) document."""
    if not pack.spaced:
        return set()
    caps = re.findall(r"(?<=[\s«“\"(])([A-ZА-ЯЁ][a-zа-яё]+)", s.text[1:])
    return {kind for _, _, kind in pack.doc_types.find(pack.norm(" ".join(caps)))}


def _by_companies(s: Sentence, pack: Pack, clause: tuple[int, int], verbs: list[int]) -> bool:
    """Firms as the signing side ("companies of both countries signed"): a deal, not an agreement."""
    before = s.norm[clause[0]:verbs[0]] if verbs else ""
    return any(w in before for w in pack.conf["agreements"].get("firm_words", []))


def _documents(s: Sentence, pack: Pack, listed: bool) -> list[tuple[str, tuple[str, ...], str]]:
    """(type, fields, status) of each document the sentence reports signed or planned."""
    docs = pack.doc_types.find(s.norm)
    signs = [a for a, _, _ in pack.sign.find(s.norm)]
    named = _named_types(s, pack)
    out = []
    for i, (start, end, kind) in enumerate(docs):
        if i + 1 < len(docs) and s.norm[end:docs[i + 1][0]].strip("》」“”\"' ") == "" :
            continue  # 签署并发表《...》: one document, named by its last type word
        clause = clause_of(s, pack, start) if not pack.spaced else (0, len(s.norm))
        verbs = [a for a in signs if clause[0] <= a < clause[1]]
        if not verbs and not (listed and i == 0 and start <= 1) and kind not in named:
            continue
        if negated(s, pack, clause) or _by_companies(s, pack, clause, verbs):
            continue
        status = "planned" if planned(s, pack, clause) else "signed"
        sign_at = max([a for a in verbs if a < start], default=clause[0])
        out.append((kind, _fields(s, pack, docs, i, sign_at), status))
    return out


def agreements(sentences: list[Sentence], pack: Pack, pairing: Pairing,
               dates: list[tuple[dt.date | None, int | None]]) -> list[AgreementFact]:
    out: list[AgreementFact] = []
    listed = False
    for s in sentences:
        header = bool(pack.list_headers.find(s.norm)) or (pack.spaced and s.text.rstrip().endswith(":"))
        pairs = pairing.of(s)
        docs = _documents(s, pack, listed) if pairs else []
        listed = header or (listed and bool(docs))
        date, year = dates[s.index]
        for kind, fields, status in dict.fromkeys(docs):
            for p in pairs:
                fact = AgreementFact(p, kind, fields, date, year if date is None else None,
                                     status=status, mentions=(Mention(s.start, s.end, s.text),))
                _add(out, fact)
    return out


def _add(out: list[AgreementFact], fact: AgreementFact) -> None:
    """A document without fields repeats one of the same type already found (and vice versa)."""
    for i, old in enumerate(out):
        if old.pair == fact.pair and old.type == fact.type and old.status == fact.status \
                and (not old.fields or not fact.fields):
            if not old.fields and fact.fields:
                out[i] = AgreementFact(old.pair, old.type, fact.fields, old.date, old.year,
                                       status=old.status, mentions=old.mentions)
            return
    out.append(fact)
