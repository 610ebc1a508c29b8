"""Compiled cue patterns of a language: ``cues.toml`` assembled with the fragments of ``patterns.toml``
(once per process)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.extract.fastre import compile_fast, edge_led, grouped_alt, split_top, tokens
from kg.extract.lexicon import folded, lexicon, patterns


def _alt(items) -> str:
    return "(?:" + "|".join(items) + ")"


def _typed(pat: str) -> str:
    """One numbered alternative of a type pattern, its first letter written before the group when it
    can be ("a(greements?)"): `re` then passes over the alternatives of other letters at one glance.
    The whole match and the group's number stay the same."""
    toks = tokens(pat)
    alts = split_top(toks)
    if alts is None or len(alts) != 1 or len(toks) < 2 or not toks[0].isalpha() or toks[1][:1] in "?*+{":
        return f"({pat})"
    return toks[0] + f"({pat[len(toks[0]):]})"


def _first_letters(pat: str) -> set | None:
    """Letters a pattern can start with (a plain word or a leading group of words), else None."""
    if pat[:1].isalpha():
        return {pat[0].lower()}
    if not pat.startswith("(?:"):
        return None
    depth, parts, cur = 0, [], ""
    for i, ch in enumerate(pat[3:], 3):
        if ch == "(" and pat[i - 1] != "\\":
            depth += 1
        elif ch == ")" and pat[i - 1] != "\\":
            if depth == 0:
                break
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        cur += ch
    parts.append(cur)
    out: set = set()
    for part in parts:
        got = _first_letters(part)
        if got is None:
            return None
        out |= got
    return out


def _lead(patterns) -> str:
    """A one-character lookahead over the patterns' first letters: `re` skips other positions cheaply."""
    letters: set = set()
    for pat in patterns:
        got = _first_letters(pat)
        if got is None:
            return ""
        letters |= got
    return "(?=[" + "".join(sorted(letters)) + "])"


@dataclass
class Rules:
    pair_ref: re.Pattern
    level: re.Pattern
    level_quoted: re.Pattern
    level_title: re.Pattern
    level_title_tail: re.Pattern
    compound_head: re.Pattern
    framework_words: frozenset
    ending_words: frozenset  # the words a designation's ending is made of ("for peace and prosperity")
    up: re.Pattern
    up_noun: re.Pattern
    establish: re.Pattern
    down: re.Pattern
    keep: re.Pattern
    unreal: re.Pattern
    weak: re.Pattern
    joint_words: re.Pattern
    coop_after: re.Pattern
    coop_head: re.Pattern
    trend: re.Pattern
    stop: re.Pattern
    doc: re.Pattern
    doc_types: list
    signed: re.Pattern
    planned: re.Pattern
    package_member: re.Pattern
    multilateral: re.Pattern
    list_head: re.Pattern
    numbers: dict
    company: re.Pattern
    field_patterns: list
    not_fields: list
    doc_low: re.Pattern
    level_low: re.Pattern
    partner_level: re.Pattern  # "became China's comprehensive strategic partner": a level held as partners
    coop_after_low: re.Pattern
    event: re.Pattern
    future: re.Pattern
    meeting: re.Pattern
    flow: frozenset
    blocs: re.Pattern
    background: re.Pattern
    background_words: re.Pattern
    compound_relation: re.Pattern
    maybe: re.Pattern
    third_party: re.Pattern
    non_state: re.Pattern
    bare_count: re.Pattern
    low: dict  # name -> the same pattern without re.I, for a sentence lowercased once


def _level(p: dict, frag: dict) -> re.Pattern:
    """A formal designation: modifiers, the head noun, and endings that belong to it."""
    mod = grouped_alt(p["modifiers"], icase=True)
    word = _alt(p["suffix_words"])
    # "featuring mutual respect and common development", "towards a peaceful and prosperous future"
    ending = rf"{frag['level_ending_lead']}{word}(?:\s+{word})?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){word}(?:\s+{word})?){{0,4}}"
    # an ending whose noun phrase goes on ("for common prosperity and the well-being of the two peoples") is a
    # purpose of the sentence, not part of the designation
    ending += rf"(?!\s+{word}\b)(?!\s*,?\s+and\s)"
    suffix = _alt(p["suffixes"] + [ending])
    head = f"(?:{frag['level_head']}|{frag['level_head_other']})" + frag["level_plural"]
    tail = rf"\s+{suffix}"
    if p.get("comma_suffixes"):  # "the extensive strategic partnership, for peace and prosperity in Asia"
        tail = rf"(?:{tail}|,\s+{_alt(p['comma_suffixes'])})"
    bare = [r"\s+".join(map(re.escape, w.split())) for w in _bare_designations(frag["level_head"])]
    return re.compile(
        rf"(?<![\w-]){mod}(?:(?:\s*,\s*|\s+and\s+|\s+|-){mod})*\s+{head}(?:{tail}){{0,2}}(?![\w-])"
        + (rf"|(?<![\w-]){_alt(bare)}(?![\w-])" if bare else ""),
        re.I,
    )


def _bare_designations(head: str) -> list[str]:
    """Ladder wordings with no modifier before the head ("partnership in global responsibility"):
    recognised as written, and only with two or more words after the preposition, since a short
    tail ("partnership of cooperation") is common in plain prose."""
    from kg.ladder import labels

    return [w for w in labels() if w.startswith(head + " ") and len(w.split()) >= 4]


def _field_rules(f: dict) -> dict:
    """The cues of ``[fields]``: phrases naming a field, contexts naming none, flows and third parties."""
    return {
        # (the pattern, its field, its gate word, and the pattern for the lowercased sentence or None)
        "field_patterns": [(rx, fid, gate, folded(rx)) for rx, fid, gate in ((re.compile(pat, re.I), fid, gate)
                                                                            for pat, fid, gate in f["patterns"])],
        "not_fields": [(fid, re.compile(b, re.I) if b else None, re.compile(a, re.I) if a else None)
                       for fid, b, a in f["not_fields"]],
        "flow": frozenset(f["flow"]),
        "third_party": compile_fast(f["third_party"] + r"\s+$"),
    }


def _with_folded(r: Rules) -> Rules:
    """Cues searched in every sentence get their variant for the lowercased sentence too."""
    for name in ("background", "background_words", "stop", "maybe", "non_state", "planned", "list_head", "bare_count", "joint_words"):
        if name not in r.low and (f := folded(getattr(r, name))) is not None:
            r.low[name] = f
    return r


def _action_rules(a: dict) -> dict:
    """The verbs that tell a level's action, each ending the text before the level it governs."""
    return dict(
        up=compile_fast(r"\b" + a["upgrade"] + r"[^.;:]{0,40}$", re.I),
        up_noun=compile_fast(r"\b" + a["upgrade_nouns"] + r"[^.;:]{0,40}$", re.I),
        establish=compile_fast(r"\b" + a["establish"] + r"[^.;:]{0,60}$", re.I),
        down=compile_fast(r"\b" + a["downgrade"] + r"[^.;:]{0,40}$", re.I),
        keep=compile_fast(a["keep"], re.I),
        unreal=compile_fast(a["unreal"], re.I),
    )


@functools.lru_cache(maxsize=None)
def rules(lang: str = "en") -> Rules:
    c = lexicon(lang).cues
    P = patterns(lang)
    frag = P.fragments
    p = c["partnership"]
    level = _level(p, frag)
    mod = grouped_alt(p["modifiers"], icase=True)  # the designations' modifiers, grouped by first letter
    ag = c["agreement"]
    co = c["cooperation"]
    return _with_folded(Rules(
        pair_ref=compile_fast(r"\b" + _alt(c["pair"]["refs"]) + r"\b", re.I),
        level=level,
        partner_level=compile_fast(frag["partner_level_lead"] + r"((?<![\w-])" + mod + r"(?:(?:\s*,\s*|\s+and\s+|\s+|-)"
                                 + mod + r")*)\s+" + frag["partner_noun"], re.I),
        level_quoted=P.level_quoted,
        level_title=P.level_title,
        level_title_tail=P.level_title_tail,
        compound_head=compile_fast(frag["compound_head_lead"] + _alt(p["compound_heads"]) + r"\b", re.I),
        framework_words=frozenset(p["framework_words"]),
        ending_words=frozenset(w.lower() for w in p["suffix_words"] + p["ending_extra_words"]),
        **_action_rules(c["action"]),
        weak=compile_fast(co["weak"], re.I),
        joint_words=compile_fast(co["joint_words"], re.I),
        coop_after=compile_fast(r"\b" + _alt(co["after"]) + r"\b", re.I),
        coop_head=compile_fast(frag["coop_head_lead"] + _alt(co["heads"]) + r"\b", re.I),
        trend=compile_fast(frag["trend_lead"] + co["trend"] + r"\b", re.I),
        stop=compile_fast(co["stop"], re.I),
        doc=compile_fast(r"(?<![\w-])" + _alt(_typed(pat) for pat, _ in ag["types"]) + r"(?![\w-])", re.I),
        doc_types=[t for _, t in ag["types"]],
        signed=compile_fast(ag["signed"], re.I),
        planned=compile_fast(ag["planned"], re.I),
        package_member=compile_fast(ag["package_member"], re.I),
        multilateral=compile_fast(ag["multilateral"]),
        list_head=compile_fast(ag["list_head"], re.I),
        numbers=ag["numbers"],
        company=compile_fast(ag["company"], re.I),
        **_field_rules(c["fields"]),
        # the same patterns without re.I, for text lowercased once (much faster in `re`)
        doc_low=compile_fast(edge_led(r"(?<![\w-])", _lead(pat for pat, _ in ag["types"])) + _alt(_typed(pat) for pat, _ in ag["types"]) + r"(?![\w-])"),
        level_low=compile_fast(level.pattern.replace(r"(?<![\w-])", r"(?<![\w-])" + _lead(p["modifiers"]), 1)),
        coop_after_low=compile_fast(r"\b" + _alt(co["after"]) + r"\b"),
        event=compile_fast(c["dates"]["event"], re.I),
        future=compile_fast(c["dates"]["future"], re.I),
        meeting=compile_fast(c["pair"]["meeting"], re.I),
        blocs=compile_fast(c["pair"]["blocs"]),
        background=compile_fast(c["pair"]["background"], re.I),
        background_words=compile_fast(c["pair"]["background_words"], re.I),
        compound_relation=compile_fast(c["pair"]["compound_relation"], re.I),
        maybe=compile_fast(co["maybe"], re.I),
        non_state=compile_fast(ag["non_state"], re.I),
        bare_count=compile_fast(ag["bare_count"], re.I),
        low={"pair_ref": compile_fast(r"\b" + _alt(c["pair"]["refs"]) + r"\b"),
             "event": compile_fast(c["dates"]["event"]), "future": compile_fast(c["dates"]["future"]),
             "signed": compile_fast(ag["signed"])},
    ))
