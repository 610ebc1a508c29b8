"""Cooperation: field words in a sentence about a pair that also has a cooperation cue.

Negation reaches the field words of its own clause. A signed document's fields are
cooperation of its pair as well.
"""
from __future__ import annotations

import re

from kg.extract.fastre import compiled, gated_search, might_find
from kg.extract.pack.clauses import clause_of, negated
from kg.extract.pack.lexicon import Pack, normalised
from kg.extract.pack.pairs import Pairing
from kg.extract.pack.sentences import Sentence, word_at
from kg.facts import AgreementFact, CooperationFact, Mention

__all__ = ["cooperation"]


def _sentence_fields(s: Sentence, pack: Pack) -> list[tuple[str, int]]:
    """(field, position) of each field word the sentence states as cooperation."""
    out = []
    found = pack.fields.find(s.norm)
    whole = (0, len(s.norm))
    negation = bool(found) and not pack.spaced and negated(s, pack, whole)  # asked clause by clause only then
    praise = bool(found) and not pack.spaced and _praise(s, pack, whole)
    own = pack.conf["cooperation"].get("own_effort")  # asked clause by clause, whatever else the sentence says
    praise = praise or bool(found and own) and not pack.spaced and compiled(own).search(s.norm) is not None
    names = pack.conf["cooperation"].get("name_words", [])
    for start, end, fields in found:
        if names and s.norm[start:end].strip() in names and _capitalised(s, start):
            continue  # "Университет Цинхуа": a partner's name, not education
        if in_title(s, pack, start, end):
            continue  # "министры транспорта, энергетики", "交通部长": an official's title
        if not pack.spaced and _modifies_designation(s, pack, start, end):
            continue  # "创新战略伙伴关系": a word of the partnership's designation
        clause = clause_of(s, pack, start) if not pack.spaced else whole
        cued = pack.spaced or pack.coop_cues.find(s.norm[clause[0]:clause[1]])
        if cued and (pack.spaced or not (negation and negated(s, pack, _with_predicate(s, pack, clause))
                                         or praise and _praise(s, pack, clause))):
            out += [(f, start) for f in fields]
    if pack.spaced and out and negated(s, pack, (0, len(s.norm))) and (not pack.doc_types.find(s.norm)
                                                                       or _verb_negated(s, pack)) \
            and any(negated(s, pack, clause_of(s, pack, a)) for a, _, _ in found):
        return []  # (a negation in a clause of no field word, "расчетах не используют доллар", is about that)
    return out


def _named_by_compound(s: Sentence, pack: Pack, at: int, pairs: list) -> list:
    """"赴法国主持中法高级别人文交流机制会议，赴瑞士…": in a sentence of several pairs, a field word of a name
    that a pair's compound opens (within the pack's ``compound_reach`` characters, no punctuation between) is
    that pair's alone, or of the compounds listed with it ("中德、中意经贸合作")."""
    reach = pack.conf["cooperation"].get("compound_reach", 0)
    if len(pairs) < 2 or not reach:
        return pairs
    runs = [(i, j, tuple(sorted((a, b)))) for (i, a), (j, b) in zip(s.countries, s.countries[1:]) if j == i + 1 and a != b]
    near = [r for r in runs if 0 < at - r[1] <= reach and not compiled(r"[，,、。；;：:]").search(s.norm[r[1]:at])]
    if not near:
        return pairs
    own, lo = [near[-1][2]], near[-1][0]
    for i, j, p in reversed([r for r in runs if r[1] < near[-1][0]]):
        if s.norm[j + 1:lo] not in ("、", "和", "及", "与"):
            break
        own, lo = own + [p], i
    got = [p for p in pairs if p in own]
    return got or pairs


def in_title(s: Sentence, pack: Pack, start: int, end: int) -> bool:
    """A field word in an official's or a ministry's title ("министры транспорта, энергетики и финансов",
    "农业及粮食安全部长"): the pack's ``title_before`` (over the text before the word) or ``title_after``
    (over the text after it) names no field of cooperation."""
    conf = pack.conf["cooperation"]
    before, after = conf.get("title_before"), conf.get("title_after")
    # a text without any word the title needs is not searched
    m = rx.match(s.norm[end:]) if after and might_find(rx := compiled(after), s.norm[end:]) else None
    # "合作计划、越南公安部与…": a country named in the stretch starts a new item of a list, not the word's title
    m = m if m is None or not any(end < at < end + m.end() for at, _ in s.countries) else None
    return bool(before and gated_search(compiled(before), s.norm[:start]) or m)


def _modifies_designation(s: Sentence, pack: Pack, start: int, end: int) -> bool:
    """A field word that is one of the designation's modifiers, with the designation's head after it
    ("中瑞创新战略伙伴关系"): it names the partnership, not a field of cooperation."""
    conf = pack.conf.get("designation", {})
    mods, heads = conf.get("modifiers", {}), conf.get("heads", [])
    if s.norm[start:end] not in mods or not heads:
        return False
    words = "|".join(re.escape(w) for w in sorted(mods, key=len, reverse=True))
    return re.match(f"(?:{words})*(?:{'|'.join(map(re.escape, heads))})", s.norm[end:]) is not None


def _verb_negated(s: Sentence, pack: Pack) -> bool:
    """"Не подписали соглашение о свободной торговле", "так и не договорились о ...": the signing or
    agreeing itself is negated, so the document's fields are no cooperation either."""
    before = normalised(pack.norm, tuple(pack.conf["clauses"].get("negation_before", [])))
    starts = [a for a, _, _ in pack.sign.find(s.norm)] + [a for a, _, _ in pack.coop_cues.find(s.norm)]
    return any((words := s.norm[:a].split()) and words[-1] in before for a in starts)


def _capitalised(s: Sentence, at: int) -> bool:
    """A word written with a capital inside the sentence (not its first word, not an acronym)."""
    w = word_at(s, at)
    return bool(w) and w.start() > 0 and s.text[w.start()].isupper() and s.text[w.start() + 1:w.end()].islower()


def _with_predicate(s: Sentence, pack: Pack, clause: tuple[int, int]) -> tuple[int, int]:
    """The clause and the next one when that is only its predicate, without field or cue of its own
    ("对投资协定谈判，尚未取得进展"): negation there reaches the fields before the comma."""
    if clause[1] >= len(s.norm) - 1 or s.norm[clause[1]] not in "，,":
        return clause
    nxt = clause_of(s, pack, clause[1] + 1)
    text = s.norm[nxt[0]:nxt[1]]
    return clause if pack.fields.find(text) or pack.coop_cues.find(text) else (clause[0], nxt[1])


def _praise(s: Sentence, pack: Pack, clause: tuple[int, int]) -> bool:
    """"高度评价中国经济社会发展的成就": one side praising the other's own record, or supporting its own
    efforts (the pack's ``own_effort``), not cooperation (unless the clause speaks of working together)."""
    conf = pack.conf["cooperation"]
    text = s.norm[clause[0]:clause[1]]
    own = conf.get("own_effort")  # "中方支持缅甸…,以及为发展经济、改善民生所作努力": the other side's own effort
    effort = bool(own) and any(m.start() < clause[1] and clause[0] < m.end() for m in compiled(own).finditer(s.norm))
    return (any(w in text for w in conf.get("praise", [])) or effort) \
        and not any(w in text for w in conf.get("praise_unless", []))


def cooperation(sentences: list[Sentence], pack: Pack, pairing: Pairing,
                agreements: list[AgreementFact]) -> list[CooperationFact]:
    found: dict[tuple, CooperationFact] = {}
    cued = False
    for s in sentences:
        pairs = pairing.of(s)
        # a list item after ";" shares the cue of the item before ("будет охватывать: энергетику ...; инвестиции ...")
        cued = bool(pack.coop_cues.find(s.norm)) or cued and s.index > 0 and sentences[s.index - 1].text.rstrip().endswith(";")
        if not pairs or not cued:
            continue
        mention = Mention(s.start, s.end, s.text)
        for field, at in _sentence_fields(s, pack):
            for p in _named_by_compound(s, pack, at, pairs):
                found.setdefault((p, field), CooperationFact(p, field, (mention,)))
    for a in agreements:
        if a.status == "signed":
            for field in a.fields:
                found.setdefault((a.pair, field), CooperationFact(a.pair, field, a.mentions))
    return list(found.values())
