"""Clause reading: what a clause says about the documents and fields in it (signed, only planned,
or negated), where a clause ends, and where a list of fields runs on past a colon or semicolon.

The words are data (``kg/lexicons/<lang>/clauses.toml``); this module only combines them.
"""
from __future__ import annotations

import functools
import re
import tomllib

from kg.extract.fastre import compile_fast, folded_gate, gated_search, might_find, might_find_folded
from kg.extract.lexicon import LEXICON_DIR, fold_pattern, folded, folds_alike, patterns

__all__ = ["maybe_before", "planned", "expected_to_sign", "scope_end", "doc_status", "new_clause",
           "list_breaks", "same_doc", "named_as", "doc_topic", "member_before", "member_doc", "heads_named",
           "topics_not_names", "inside_name", "later_fields_from",
           "level_signed", "consensus", "consensus_qualified", "another_docs", "generic", "one_sided_statement",
           "one_sides_own", "along"]

P = patterns("en")
_QUOTES = re.compile(r"[“”\"‘’']+")


def _alt(xs) -> str:
    return "|".join(f"(?:{x})" for x in xs)


@functools.lru_cache(maxsize=4)
def _rx(lang: str = "en") -> dict:
    c = tomllib.loads((LEXICON_DIR / lang / "clauses.toml").read_text(encoding="utf-8"))
    # a cue governs the noun when at most this many words stand between them
    tail = r"(?:\b|(?<=\s))\s*(?:\S+\s+){0,%d}$"
    d = c["documents"]

    def words_before(alts, n):  # one of the words, then at most n words up to the noun
        return r"\b(?:" + _alt(alts) + ")" + tail % n

    def plan_after(alts):
        return r"^\s*(?:\([^)]*\)\s*)?[^;:.]{0,80}?\b(?:" + _alt(alts) + r")\b"
    pl = c["planned"]
    return {
        # each alternative of a cue asked only yes or no, as a cue of its own (see _parts)
        "parts": {"plan_before": [words_before([x], 10) for x in pl["before"]] + [words_before([x], 3) for x in pl["near"]],
                  "plan_after": [plan_after([x]) for x in pl["after"]]},
        "neg_before": compile_fast(r"\b(?:" + _alt(c["negation"]["before"]) + ")" + tail % 6 + "|"
                                 r"\b(?:" + _alt(c["negation"]["near"]) + ")" + tail % 3, re.I),
        "neg_after": compile_fast(r"^[^;:.]{0,30}?\b(?:" + _alt(c["negation"]["after"]) + r")\b", re.I),
        "plan_before": compile_fast(words_before(pl["before"], 10) + "|" + words_before(pl["near"], 3), re.I),
        "plan_after": compile_fast(plan_after(pl["after"]), re.I),
        "final_before": compile_fast(c["planned"]["finalised_before"] + tail % 10, re.I),
        "signing_before": compile_fast(c["planned"]["signing_before"] + r"\s+(?:\S+\s+){0,4}$", re.I),
        "approved_after": compile_fast(r"^[^;:.]{0,200}?\b(?:" + c["planned"]["approved_after"] + r")\b", re.I),
        "split": compile_fast(c["clause"]["split"], re.I),
        "possible": compile_fast(c["planned"]["possible"], re.I),
        "new_clause": compile_fast(r"\s+and\s+" + c["clause"]["new_verbs"] + r"\b", re.I),
        "list_head": compile_fast(c["lists"]["head"], re.I),
        "list_open": compile_fast(c["lists"]["open"], re.I),
        "item_verbs": compile_fast(c["lists"]["item_verbs"], re.I),
        "item_words": c["lists"]["item_words"],
        "same_doc": compile_fast(d["same_doc"] + "|" + d["appositive"] + "|" + d["so_called"]),
        "so_called": compile_fast(d["so_called"]),
        "consensus": compile_fast(r"\b" + c["consensus"]["verbs"] + r"\s+(?:" + c["consensus"]["between"] + r"\s+)*$", re.I),
        "consensus_noun": compile_fast(c["consensus"]["nouns"] + "$", re.I),
        "consensus_qualifier": compile_fast(c["consensus"]["qualifiers"] + "$", re.I),
        "member_before": compile_fast(d["member_before"], re.I),
        "member_doc": compile_fast(d["member_doc"], re.I),
        "heads_named": compile_fast(d["heads_named"], re.I),
        "topics_not_names": compile_fast(d["topics_not_names"], re.I),
        "inside_name": compile_fast(d["inside_name"]),
        "doc_topic": compile_fast(d["doc_topic"], re.I),
        "another": compile_fast(d["another"], re.I),
        "generic": compile_fast(c["generic"]["words"], re.I),
        "generic_this_pair": compile_fast(c["generic"]["this_pair"], re.I),
        "generic_forum": compile_fast(c["generic"]["forum"], re.I),
        "generic_both": compile_fast(c["generic"]["both"], re.I),
        "later_fields": compile_fast(d["later_fields"], re.I),
        "level_signed_before": compile_fast(d["level_signed_before"], re.I),
        "level_signed_after": compile_fast(d["level_signed_after"], re.I),
        "own_before": compile_fast(c["own"]["before"], re.I),
        "along": compile_fast(c["planned"]["along"], re.I),
        **{"statement_" + k: compile_fast(v, re.I) for k, v in c["statement"].items()},
    }


def maybe_before(prefix: str) -> bool:
    """"could seek a comprehensive strategic partnership": a possibility, not a fact."""
    return P.maybe.search(prefix[-70:]) is not None


def planned(R, prefix: str, after: str) -> bool:
    """A document to be signed: a planning cue in its own clause before it, or "to be signed" after it."""
    clause = P.clause_split.split(prefix[-80:])[-1]
    low = _lowered(clause)
    rx = R.low.get("planned") if low is not None else None
    return (rx.search(low) if rx is not None else R.planned.search(clause)) is not None or bool(P.planned_after.match(after))


def expected_to_sign(s: str) -> bool:
    """A visit preview's "deals expected to be signed": nothing agreed yet."""
    return P.expected.search(s) is not None


def doc_status(s: str, a: int, b: int, *, adopted: bool = False) -> str:
    """"negated", "possible", "planned" or "signed" for the document noun ``s[a:b]``, read in its own clause:
    "did not sign the agreement", "no deal was reached" / "could be signed later" / "expected to sign".
    ``adopted``: a kind adopted rather than signed (plans, joint texts), which a "finalised" leaves adopted."""
    r = _rx()
    before = _QUOTES.sub(" ", s[_clause_start(s[:a]):a][-160:])
    # "signed a memorandum on Monday, while a deal on mining may be signed later": the next clause's own
    after = _QUOTES.sub(" ", s[b:])
    after = after[:_clause_end(after)]
    lb, la = _lowered(before), _lowered(after)
    if _cue("neg_before", before, lb) or _cue("neg_after", after, la, at_start=True):
        return "negated"
    if _cue("plan_before", before, lb) or _cue("plan_after", after, la, at_start=True) or (
            _cue("signing_before", before, lb) and _cue("approved_after", after, la, at_start=True)) or (
            not adopted and r["final_before"].search(before)):
        return "possible" if r["possible"].search(before[-40:] + " " + after[:60]) else "planned"
    return "signed"


def _lowered(text: str) -> str | None:
    low = text.lower()
    return low if len(low) == len(text) else None


def _cue(name: str, text: str, low: str | None, *, at_start: bool = False) -> bool:
    """A clause cue in ``text``: without re.I on its lowercased form ``low`` when the cue allows; a cue
    with case-kept words ("may", not the month) or negative lookarounds is first tried wider
    (:func:`_folded_wider`) on ``low``: a miss there is a miss, so the exact cue runs only after a hit."""
    def found(rx, x, gate=might_find):  # a text without any word the cue needs is not searched
        return gate(rx, x) and (rx.match(x) if at_start else rx.search(x)) is not None
    if low is not None and (parts := _parts(name)) is not None and folds_alike(text, low):
        return _any_part(parts, text, low, at_start)
    # on the lowercased text a gate of up to 40 words (the folded pattern's words are lowercase already)
    if low is not None and (rx := _folded(name)) is not None:
        return found(rx, low, might_find_folded)
    if low is not None and (gate := _folded_wider(name)) is not None and folds_alike(text, low) \
            and not found(gate, low, might_find_folded):
        return False
    return found(_rx()[name], text)


_COMBINED = frozenset({"plan_before"})  # cues of words: their folding parts searched as one


@functools.lru_cache(maxsize=None)
def _parts(name: str) -> tuple | None:
    """A cue asked only yes or no, as its alternatives (``_rx()["parts"]``): any of them finds what the cue finds.
    The parts that fold are searched on the lowercased text without re.I, each behind a gate of its own words (or,
    for the cues in ``_COMBINED``, as one pattern); the parts that keep cases
    (``(?-i:may)``, a capital) on the text, each behind a gate of its words. None: the cue has no parts."""
    pats = _rx()["parts"].get(name)
    if not pats:
        return None
    low = [f for f in (fold_pattern(pat, re.I) for pat in pats) if f is not None]
    cased = [compile_fast(pat, re.I) for pat in pats if fold_pattern(pat, re.I) is None]
    # (too many alternatives to group by first letter once joined: compiled as they are)
    lows = [re.compile("|".join(low))] if name in _COMBINED and low else [compile_fast(f) for f in low]
    return tuple((rx, folded_gate(rx), True) for rx in lows) + tuple((rx, folded_gate(rx), False) for rx in cased)


def _any_part(parts: tuple, text: str, low: str, at_start: bool) -> bool:
    """Whether a part of :func:`_parts` matches: on ``low``, or on ``text`` for a part that keeps cases; none is
    tried where ``low`` lacks all of its words."""
    for rx, words, on_low in parts:
        if words is not None:
            for w in words:  # plain loops: no generator to set up on every call
                if w in low:
                    break
            else:
                continue
        x = low if on_low else text
        if (rx.match(x) if at_start else rx.search(x)) is not None:
            return True
    return False


@functools.lru_cache(maxsize=None)
def _folded_wider(name: str) -> re.Pattern | None:
    """A gate for the cue on lowercased text: its case-kept groups (``(?-i:may)``) made case-insensitive and
    its negative lookarounds dropped, so it finds at least what the cue finds (a miss there is a miss);
    None when that changes nothing (the cue folds as it is, or cannot fold)."""
    pat, flags = _rx()[name].pattern, _rx()[name].flags
    wide = _without_negative_lookarounds(pat.replace("(?-i:", "(?:"))
    if wide == pat:
        return None
    try:
        return folded(re.compile(wide, flags))
    except re.error:  # a quantified lookaround ("(?!x)?") leaves a quantifier with nothing before it
        return None


def _without_negative_lookarounds(pat: str) -> str:
    """``pat`` with every ``(?!...)`` and ``(?<!...)`` group cut out (escapes and character classes skipped)."""
    out, i, n = [], 0, len(pat)
    while i < n:
        if pat.startswith(("(?!", "(?<!"), i):
            i = _group_end(pat, i)
            continue
        step = 2 if pat[i] == "\\" else (_class_end(pat, i) - i if pat[i] == "[" else 1)
        out.append(pat[i:i + step])
        i += step
    return "".join(out)


def _class_end(pat: str, i: int) -> int:
    """The index after the character class opening at ``pat[i]`` ("[", a leading "^" or "]" kept inside)."""
    j = i + 1 + (pat[i + 1:i + 2] == "^")
    j += pat[j:j + 1] == "]"
    while j < len(pat) and pat[j] != "]":
        j += 2 if pat[j] == "\\" else 1
    return j + 1


def _group_end(pat: str, i: int) -> int:
    """The index after the group opening at ``pat[i]``."""
    depth, j = 0, i
    while j < len(pat):
        c = pat[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(pat, j)
            continue
        depth += (c == "(") - (c == ")")
        j += 1
        if depth == 0:
            return j
    return j


def _splits(text: str):
    """The clause splits in ``text`` (as ``split`` cuts it), matched on the lowercased text where it can."""
    low = _lowered(text)
    rx = _folded("split") if low is not None else None
    return rx.finditer(low) if rx is not None else _rx()["split"].finditer(text)


def _clause_start(prefix: str) -> int:
    """Where the clause that ends ``prefix`` begins: after its last clause split."""
    last = None
    for last in _splits(prefix):
        pass
    return last.end() if last is not None else 0


def _clause_end(text: str) -> int:
    """Where the clause that opens ``text`` ends: at its first clause split."""
    m = next(_splits(text), None)
    return m.start() if m is not None else len(text)


def scope_end(after: str, *, keep: frozenset = frozenset()) -> int:
    """Where the clause that follows a noun ends (offset into ``after``): at a clause break that
    ``keep`` (offsets into ``after`` of list separators) does not hold open, or at "and" + a verb."""
    e = P.scope_end.search(after)
    # "between the Russian Federation and the Republic of Azerbaijan": the second party, no new phrase
    while e is not None and (e.start() in keep or (P.between_open.search(after[:e.start()])
                                                    and P.and_the.match(after, e.start()))):
        e = P.scope_end.search(after, e.end())
    end = e.start() if e else len(after)
    m = _rx()["new_clause"].search(after, 0, end)
    return m.start() if m else end


def new_clause(text: str) -> int | None:
    """Where "and" + a verb opens a new clause in ``text``, or None."""
    m = _rx()["new_clause"].search(text)
    return m.start() if m else None


@functools.lru_cache(maxsize=256)  # asked for each document noun of a sentence and for its fields
def list_breaks(s: str) -> frozenset:
    """Offsets of the colons and semicolons of ``s`` that go on with a list of fields instead of
    ending a clause: a colon after a list head ("four areas of cooperation:"), and the semicolons
    after it or after an open list ("covering, among others, A; B; C") while each item is short
    and has no verb of its own."""
    if ";" not in s and ":" not in s:
        return frozenset()
    r = _rx()
    keep: set[int] = set()
    marks = [i for i, ch in enumerate(s) if ch in ";:"]
    open_list = False
    for k, i in enumerate(marks):
        item = s[i + 1:marks[k + 1] if k + 1 < len(marks) else len(s)]
        short = len(item.split()) <= r["item_words"] and not r["item_verbs"].search(item)
        prev = marks[k - 1] + 1 if k else 0
        if s[i] == ":":
            open_list = r["list_head"].search(s[max(prev, i - 80):i]) is not None
        elif not open_list:
            open_list = r["list_open"].search(s[prev:i]) is not None
        if open_list and (short or s[i] == ":"):
            keep.add(i)
        elif s[i] == ";":
            open_list = False
    return frozenset(keep)


def same_doc(between: str) -> bool:
    """The text between two document nouns makes the second a copy of the first: in parentheses, or an
    appositive ("the Elysee Treaty, a landmark pact")."""
    return _rx()["same_doc"].fullmatch(between) is not None


def named_as(between: str) -> bool:
    """The text between two document nouns names the first: "an agreement, the so-called 123 Agreement"."""
    return _rx()["so_called"].fullmatch(between) is not None


def member_before(prefix: str) -> bool:
    return _rx()["member_before"].search(prefix[-40:]) is not None


def _found(name: str, s: str) -> bool:
    """A search of the cue in ``s``: not run where the lowercased text lacks every word a match needs
    (:func:`_may_match`), and run on the lowercased text without re.I when it can be (much faster in ``re``)."""
    low = s.lower()
    if folds_alike(s, low) and not might_find_folded(_rx()[name], low):
        return False
    rx = _folded(name) if len(low) == len(s) else None
    return (gated_search(rx, low) if rx is not None else _rx()[name].search(s)) is not None


@functools.lru_cache(maxsize=None)
def _folded(name: str) -> re.Pattern | None:
    return folded(_rx()[name])


def member_doc(s: str) -> bool:
    return _found("member_doc", s)


def heads_named(after: str) -> bool:
    return _rx()["heads_named"].match(after) is not None


def topics_not_names(text: str) -> bool:
    return _rx()["topics_not_names"].match(text) is not None


def inside_name(after: str) -> bool:
    """The document noun is part of a body's name ("Treaty Organization")."""
    return _rx()["inside_name"].match(after) is not None


def doc_topic(between: str) -> bool:
    """The text between two document nouns makes the second the first one's topic."""
    return _rx()["doc_topic"].match(between) is not None


def later_fields_from(after: str) -> int | None:
    """Where a later mention of a document starts listing what it covers (offset into ``after``), or None."""
    m = _rx()["later_fields"].search(after)
    return m.start() if m else None


def level_signed(s: str, a: int, b: int) -> bool:
    """The partnership level ``s[a:b]`` is the object of a signing ("signed a 'Strategic Partnership'")."""
    r = _rx()
    return r["level_signed_before"].search(s[max(0, a - 40):a]) is not None or \
        r["level_signed_after"].match(s[b:b + 40]) is not None


def consensus(prefix: str, noun: str) -> bool:
    """"reached the agreement as they met", "reached several important agreements, including border
    issues": an understanding, not a document (no field or name qualifies the noun)."""
    r = _rx()
    return r["consensus_noun"].match(noun) is not None and r["consensus"].search(prefix[-60:]) is not None


def consensus_qualified(premodifiers: str) -> bool:
    """Every word before the noun is one a consensus may take ("a mutually acceptable agreement")."""
    return all(_rx()["consensus_qualifier"].match(w) for w in premodifiers.split())


def _may_match(name: str, text: str) -> bool:
    """False when the lowercased ``text`` lacks every word a match of the cue needs (:func:`might_find_folded`),
    so searching it would find nothing; True otherwise."""
    low = text.lower()
    return not folds_alike(text, low) or might_find_folded(_rx()[name], low)


def consensus_noun(noun: str) -> bool:
    """The noun a consensus is written with ("agreement", not "memorandum")."""
    return _rx()["consensus_noun"].match(noun) is not None


def another_docs(s: str, docs: list) -> list:
    """Spans (start, end, type) of "another" standing for a second document of the type named just
    before it ("a memorandum on A and another on B")."""
    out = []
    for m in _rx()["another"].finditer(s) if _may_match("another", s) else ():
        before = [d for d in docs if d[1] <= m.start()]
        if before:
            out.append((m.start(1), m.end(1), before[-1][2]))
    return out


def generic(s: str) -> bool:
    """The sentence speaks of partnerships in general ("... usually include economy and defence") or describes a
    forum ("the G20 is a forum that brings nations together"); one that names the two countries as such speaks of
    them ("trade between the two countries ... developed normally"), as one naming both describes their own forum."""
    if _found("generic_this_pair", s):
        return False
    return _found("generic", s) or (_found("generic_forum", s) and not _found("generic_both", s))


def _spoken(s: str, a: int, noun: str) -> bool:
    """"In a joint press statement, X said", "Delivering a joint statement, X said": remarks, no document."""
    before = s[max(0, a - 40):a]
    if _found("statement_press_noun", noun):
        return not _found("statement_press_kept_before", before)
    return _found("statement_spoken_before", before)


def one_sided_statement(s: str, a: int, b: int, *, headline: bool) -> bool:
    """"said in a statement": a bare statement is one side's (a spoken one is nobody's document), unless
    the pair adopted or signed it ("adopted a statement on deepening their partnership") or the text
    names it outside a headline ("the 2016 Statement on in-depth strategic partnership")."""
    r = _rx()
    noun = s[a:b]
    if _spoken(s, a, noun):
        return True
    if not r["statement_bare"].match(noun):
        return False
    if _found("statement_adopted_before", s[max(0, a - 40):a]):
        return False
    return headline or not (r["statement_named_noun"].match(noun) and r["statement_named_before"].search(s[max(0, a - 12):a])
                            and r["statement_named_after"].match(s[b:b + 6]))


def one_sides_own(prefix: str) -> bool:
    """"its National Development Plan", "their own action plans": one side's document, not the pair's."""
    return _found("own_before", prefix[-60:])


def along(between: str) -> bool:
    """The text between two documents joins the second to the first ("... alongside some defence deals")."""
    return _rx()["along"].match(between) is not None
