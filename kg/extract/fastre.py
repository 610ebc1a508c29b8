"""Regular expressions rewritten into quicker forms with the same matches: alternatives grouped by
first letter, so `re` tries only the words of the letter at hand (used by every lexicon's cues)."""
from __future__ import annotations

import re

__all__ = ["compile_fast", "fast_start", "split_top", "tokens"]


def tokens(pat: str) -> list[str]:
    """A pattern's atoms: escapes and character classes whole, every other character alone."""
    toks, i = [], 0
    while i < len(pat):
        if pat[i] == "\\":
            toks.append(pat[i:i + 2])
            i += 2
            continue
        j = i + 1
        if pat[i] == "[":
            j += (pat[j:j + 1] == "^")
            j += (pat[j:j + 1] == "]")
            while j < len(pat) and pat[j] != "]":
                j += 2 if pat[j] == "\\" else 1
            j += 1
        toks.append(pat[i:j])
        i = j
    return toks


def split_top(toks: list[str]) -> list[list[str]] | None:
    """The top-level alternatives of a token list; None when its groups do not balance."""
    out, cur, depth = [], [], 0
    for t in toks:
        depth += (t == "(") - (t == ")")
        if depth < 0:
            return None
        if t == "|" and depth == 0:
            out.append(cur)
            cur = []
        else:
            cur.append(t)
    return None if depth else out + [cur]


def _numbered(toks: list[str]) -> bool:
    """A capture group, inline flag group or back-reference: copying the tokens would change the pattern."""
    for i, t in enumerate(toks):
        if t == "(" and toks[i + 1:i + 3] not in (["?", ":"], ["?", "="], ["?", "!"]) \
                and toks[i + 1:i + 4] not in (["?", "<", "="], ["?", "<", "!"]):
            return True
        if len(t) == 2 and t[0] == "\\" and t[1].isdigit():
            return True
    return False


def _letter_led(toks: list[str]) -> list[list[str]] | None:
    """``toks`` as alternatives that each begin with a letter (a leading ``(?:...)`` spread over what
    follows it), or None when that would change what matches."""
    if toks and len(toks[0]) == 1 and toks[0].isalpha():
        return [toks] if toks[1:2] not in (["?"], ["*"], ["+"], ["{"]) else None
    if toks[:3] == ["(", "?", "<"]:
        return _behind_led(toks)
    if toks[:3] != ["(", "?", ":"]:
        return None
    depth = 0
    for end, t in enumerate(toks):
        depth += (t == "(") - (t == ")")
        if depth == 0:
            break
    rest = toks[end + 1:]
    optional = rest[:1] == ["?"] and rest[1:2] not in (["?"], ["+"])  # "(?:joint )?working": with it, then without
    if optional:
        rest = rest[1:]
    if rest[:1] in (["?"], ["*"], ["+"], ["{"]) or _numbered(rest):
        return None
    out: list[list[str]] = []
    for alt in (split_top(toks[3:end]) or [[]]) + ([[]] if optional else []):
        got = _letter_led(alt + rest)
        if got is None:
            return None
        out += got
    return out


def _behind_led(toks: list[str]) -> list[list[str]] | None:
    r"""``(?<!in )advance`` as ``a(?<!in a)dvance``: a lookbehind of plain characters before a letter
    looks behind the letter too, after it (the same test, as the letter is there)."""
    if toks[3:4] not in (["!"], ["="]) or ")" not in toks:
        return None
    end = toks.index(")")
    inner, rest = toks[4:end], toks[end + 1:]
    if any(len(t) != 1 or not (t.isalnum() or t == " ") for t in inner) or not rest or len(rest[0]) != 1 \
            or not rest[0].isalpha() or rest[1:2] in (["?"], ["*"], ["+"], ["{"]):
        return None
    return [[rest[0], "(?<" + toks[3] + "".join(inner) + rest[0] + ")", *rest[1:]]]


def _by_letter(pat: str, icase: bool) -> str:
    r"""``\b(?:sign\w*|ink\w*|seal\w*)`` as ``\b(?:s(?:ign\w*|eal\w*)|i(?:nk\w*))``: the alternatives
    grouped by first letter (their order kept within a letter), so `re` tries only those of the
    letter at hand. Alternatives of different letters never match at one position, so the matches
    are the same. A pattern of another shape is returned as it is."""
    flag = "(?i)" if pat.startswith("(?i)") else ""
    led = _led_words(pat[len(flag):])
    if led is None:
        return pat
    groups: dict[str, list[str]] = {}
    for a in led:
        low = a[0].lower() if icase or flag else a[0]
        groups.setdefault(low if len(low) == 1 else a[0], []).append("".join(a[1:]))
    if len(groups) == len(led):
        return pat  # no two alternatives share a letter: nothing to group
    return flag + r"\b(?:" + "|".join(k + "(?:" + "|".join(v) + ")" for k, v in groups.items()) + ")"


def _led_words(pat: str) -> list[list[str]] | None:
    r"""A ``\b``-led pattern's alternatives, each beginning with a letter (the ``\b`` dropped)."""
    led: list[list[str]] = []
    for alt in split_top(tokens(pat)) or [[]]:
        got = _letter_led(alt[1:]) if alt[:1] == [r"\b"] else None
        if got is None or len(led) + len(got) > 500:
            return None
        led += got
    return led


_COMMON_LEADS = 2  # lowercase first letters a fast-start pattern may have


def fast_start(pat: str) -> str:
    r"""The same pattern, quicker to search: ``\b(?:sign\w*|ink\w*)`` becomes
    ``(?:s(?<!\w\w)ign\w*|i(?<!\w\w)nk\w*)``. Each alternative now begins with its letter, so `re`
    jumps straight to positions holding one of those letters, and the lookbehind after the letter is
    the word boundary before it. That pays only when the letters are rare in text (capitals, or one or
    two lowercase letters): otherwise ``\b`` first, which rejects every position inside a word, is
    quicker. A pattern of another shape, or case-insensitive, is left as it is."""
    led = _led_words(pat)
    if led is None or len({a[0] for a in led if a[0].islower()}) > _COMMON_LEADS:
        return pat
    return "(?:" + "|".join(a[0] + r"(?<!\w\w)" + "".join(a[1:]) for a in led) + ")"


def compile_fast(pat: str, flags: int = 0) -> re.Pattern:
    """``re.compile`` of a quicker form of ``pat`` with the same matches: its word alternatives grouped by
    first letter, and, for a case-sensitive pattern, :func:`fast_start`'s form where that pays."""
    icase = bool(flags & re.I) or pat.startswith("(?i)")
    fast = pat if icase else fast_start(pat)
    return re.compile(_by_letter(pat, icase) if fast == pat else fast, flags)
