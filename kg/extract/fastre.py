"""Regular expressions rewritten into quicker forms with the same matches: alternatives grouped by
first letter, so `re` tries only the words of the letter at hand (used by every lexicon's cues); and
whole-text scans that search only the stretches of text where a match can be."""
from __future__ import annotations

import re
from re import _constants as C  # noqa: the parse tree's opcodes
from re import _parser

__all__ = ["any_found", "ascii_words_lower", "boundary_first", "compile_fast", "compiled", "edge_led", "fast_start", "folded_gate", "folded_search", "gated_parts", "gated_search", "grouped_alt",
           "might_find", "might_find_folded", "required_words", "scan", "split_top", "tokens"]


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


def _letter_led(toks: list[str], bounded: bool = False) -> list[list[str]] | None:
    """``toks`` as alternatives that each begin with a letter (a leading ``(?:...)`` spread over what
    follows it), or None when that would change what matches. ``bounded``: a ``\\b`` stands right before
    ``toks``, so a ``\\b`` leading an alternative tests nothing more and is dropped."""
    if bounded and toks[:1] == [r"\b"] and toks[1:2] not in (["?"], ["*"], ["+"], ["{"]):
        return _letter_led(toks[1:], bounded)
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
        got = _letter_led(alt + rest, bounded)
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
    body = _grouped(led, icase or bool(flag)) if led is not None else None
    return pat if body is None else flag + r"\b" + body


def _grouped(led: list[list[str]], icase: bool) -> str | None:
    """Letter-led alternatives as one group per first letter (their order kept within a letter);
    None when no two alternatives share a letter."""
    groups: dict[str, list[str]] = {}
    for a in led:
        low = a[0].lower() if icase else a[0]
        groups.setdefault(low if len(low) == 1 else a[0], []).append("".join(a[1:]))
    if len(groups) == len(led):
        return None  # no two alternatives share a letter: nothing to group
    return "(?:" + "|".join(k + "(?:" + "|".join(v) + ")" for k, v in groups.items()) + ")"


def grouped_alt(items: list[str], icase: bool = False) -> str:
    r"""``(?:comprehensive|strategic|special)`` as ``(?:c(?:omprehensive)|s(?:trategic|pecial))``: the
    same matches wherever it stands, as alternatives of different letters never match at one position."""
    plain = "(?:" + "|".join(items) + ")"
    led = _led_words(r"\b" + plain, bounded=False)
    body = _grouped(led, icase) if led is not None else None
    return plain if body is None else body


def _led_words(pat: str, bounded: bool = True) -> list[list[str]] | None:
    r"""A ``\b``-led pattern's alternatives, each beginning with a letter (the ``\b`` dropped); ``bounded``:
    the ``\b`` is the pattern's own, so one that leads an alternative after it tests nothing more."""
    led: list[list[str]] = []
    for alt in split_top(tokens(pat)) or [[]]:
        got = _letter_led(alt[1:], bounded) if alt[:1] == [r"\b"] else None
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


def edge_led(behind: str, lead: str) -> str:
    r"""``behind`` (a lookbehind such as ``(?<![\w-])``, which fails right after a word character) and ``lead`` (a
    lookahead over the characters a match can begin with), written so that `re` rejects a position inside a
    word in one step: ``\b`` and the lead first when every character of the lead is a word character (the
    lookbehind then implies the ``\b``), as they were otherwise."""
    chars = lead[4:-2] if lead.startswith("(?=[") and lead.endswith("])") else ""
    if chars and "\\" not in chars and all(c.isalnum() or c == "_" for c in chars):
        return r"\b" + lead + behind
    return behind + lead


_COMPILED: dict[str, re.Pattern] = {}


def compiled(pat: str) -> re.Pattern:
    """``re.compile(pat)``, kept by its text: one dict lookup, where ``re.search(pat, ...)`` builds a key of type,
    text and flags and looks it up in ``re``'s cache on every call (a pack's patterns come as strings)."""
    got = _COMPILED.get(pat)
    return got if got is not None else _COMPILED.setdefault(pat, re.compile(pat))


def _group_end(toks: list[str], i: int) -> int | None:
    """The index of the ``)`` that closes the group opening at ``toks[i]``, or None."""
    depth = 0
    for j in range(i, len(toks)):
        depth += (toks[j] == "(") - (toks[j] == ")")
        if depth == 0:
            return j
    return None


def _behind_at(toks: list[str], i: int) -> bool:
    return toks[i:i + 3] == ["(", "?", "<"] and toks[i + 3:i + 4] in (["!"], ["="])


def boundary_first(pat: str) -> str:
    r"""``(?<!be\s)(?<!been\s)\bsigned`` as ``\b(?<!be\s)(?<!been\s)signed``: a ``\b`` right after a run of
    lookbehinds is tested before them. All of them only look, at one position, so the matches are the same; `re`
    then rejects a position inside a word at once instead of running every lookbehind there."""
    toks, out, i = tokens(pat), [], 0
    while i < len(toks):
        if not _behind_at(toks, i):
            out.append(toks[i])
            i += 1
            continue
        j = i
        while _behind_at(toks, j):
            end = _group_end(toks, j)
            if end is None:
                return pat
            j = end + 1
        if toks[j:j + 1] == [r"\b"] and toks[j + 1:j + 2] not in (["?"], ["*"], ["+"], ["{"]):
            out.append(r"\b")
            out.extend(toks[i:j])
            i = j + 1
        else:
            out.extend(toks[i:j])
            i = j
    return "".join(out)


def compile_fast(pat: str, flags: int = 0) -> re.Pattern:
    """``re.compile`` of a quicker form of ``pat`` with the same matches: a word boundary before the lookbehinds
    it follows (:func:`boundary_first`), its word alternatives grouped by first letter, and, for a case-sensitive
    pattern, :func:`fast_start`'s form where that pays."""
    pat = boundary_first(pat)
    icase = bool(flags & re.I) or pat.startswith("(?i)")
    fast = pat if icase else fast_start(pat)
    return re.compile(_by_letter(pat, icase) if fast == pat else fast, flags)


def _better(a: set, b: set) -> bool:
    """Of two sets of words a match must contain one of, the one that is cheaper to look for."""
    return (min(map(len, a)), -len(a)) > (min(map(len, b)), -len(b))


def _needs(items) -> set | None:
    """Words one of which every match of the parsed sequence ``items`` contains, or None."""
    best, run = None, []
    for op, av in [*items, (None, None)]:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        got = {"".join(run)} if run else None
        run = []
        if op is C.SUBPATTERN and not av[1] & re.I:
            got = [got, _needs(av[3])]
        elif op is C.BRANCH:
            parts = [_needs(b) for b in av[1]]
            got = [got, set().union(*parts) if all(parts) else None]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            got = [got, _needs(av[2])]
        elif op is C.ATOMIC_GROUP:
            got = [got, _needs(av)]
        for g in got if isinstance(got, list) else [got]:
            if g and (best is None or _better(g, best)):
                best = g
    return best


def _stays_before(pat: str, flags: int, stop: str) -> bool:
    """No part of the pattern (lookarounds included) can read the character ``stop``, and no anchor
    looks for the end of the text: a match, and every look past it, ends before a ``stop``."""
    if "(?x" in pat or "(?#" in pat or flags & re.X:
        return False
    for t in tokens(pat):
        if t in (".", "$", r"\Z") or t == stop or (t[:1] == "\\" and t[1:2] in "xuUNg0123456789"):
            return False
        if t[:1] in ("[", "\\") and re.fullmatch(t, stop, flags & re.I):
            return False
    return True


_NEEDED: dict[int, tuple] = {}  # id(pattern) -> (pattern, the words one of which its matches need): hashing a pattern is slow
_REQUIRED: dict[tuple, tuple] = {}  # (id(pattern), stop) -> (pattern, its words when its matches stay before stop)


def _needed(rx: re.Pattern) -> set | None:
    """Words one of which every match of a case-sensitive ``rx`` contains (parsed once per pattern); None
    for a case-insensitive one or when there are none."""
    got = _NEEDED.get(id(rx))
    if got is None or got[0] is not rx:
        words = None if rx.flags & re.I else _needs(list(_parser.parse(rx.pattern, rx.flags)))
        got = _NEEDED[id(rx)] = (rx, words)
    return got[1]


def required_words(rx: re.Pattern, stop: str = ".") -> frozenset | None:
    """Words one of which every match of ``rx`` contains, when its matches never reach over a ``stop``
    (a character no part of the pattern reads, and no word character); None otherwise."""
    got = _REQUIRED.get((id(rx), stop))
    if got is None or got[0] is not rx:
        got = _REQUIRED[(id(rx), stop)] = (rx, _required(rx, stop))
    return got[1]


def _required(rx: re.Pattern, stop: str) -> frozenset | None:
    if rx.flags & re.I or stop.isalnum() or stop == "_" or not _stays_before(rx.pattern, rx.flags, stop):
        return None
    words = _needed(rx)
    return frozenset(words) if words and all(w and stop not in w for w in words) else None


_GATES: dict[int, tuple] = {}  # id(pattern) -> (pattern, the words one of which its matches need)
_GATE_WORDS, _GATE_CHARS = 9, 3  # a gate looks for at most this many words, each at least this long
_UNSPACED = "\u2e80"  # from here on, the scripts written without spaces (CJK radicals, kana, ideographs)


def _worth(word: str) -> bool:
    """A needed word worth looking for first: long enough to be rare in text, or written in a script without
    spaces between words (a Chinese character)."""
    return len(word) >= _GATE_CHARS or (bool(word) and min(word) >= _UNSPACED)


def might_find(rx: re.Pattern, text: str) -> bool:
    """False when ``text`` holds none of the words one of which every match of ``rx`` contains, so a
    search would find nothing; True when it may find something. A case-insensitive pattern is always
    tried, and so is one whose needed words are too many or too short to be worth looking for first."""
    got = _GATES.get(id(rx))
    if got is None or got[0] is not rx:
        words = _needed(rx)
        useful = words and len(words) <= _GATE_WORDS and all(map(_worth, words))
        got = _GATES[id(rx)] = (rx, tuple(sorted(words)) if useful else None)
    if got[1] is None:
        return True
    for w in got[1]:  # a plain loop: no generator to set up on every call
        if w in text:
            return True
    return False


_FOLDED_GATES: dict[int, tuple] = {}  # id(pattern) -> (pattern, its needed words lowercased, or None)
_FOLDED_GATE_WORDS = 40  # a gate on lowercased text looks for at most this many words


def folded_gate(rx: re.Pattern) -> tuple | None:
    """The words, lowercased, one of which every match of ``rx`` contains, when they are few and long enough
    to look for first in lowercased text (parsed once per pattern); None otherwise."""
    got = _FOLDED_GATES.get(id(rx))
    if got is None or got[0] is not rx:
        words = _needs(list(_parser.parse(rx.pattern, rx.flags)))
        useful = words and len(words) <= _FOLDED_GATE_WORDS and all(map(_worth, words)) and all(w.isascii() for w in words)
        got = _FOLDED_GATES[id(rx)] = (rx, tuple(sorted({w.lower() for w in words})) if useful else None)
    return got[1]


def might_find_folded(rx: re.Pattern, low: str) -> bool:
    """Like :func:`might_find` for any pattern, case-insensitive ones too, on ``low``, the searched text
    lowercased with its length and letters kept (:func:`kg.extract.lexicon.folds_alike`): False when ``low``
    holds none of the words, lowercased, one of which every match contains (matched in any case, a word
    is there in lower case); True when the pattern may find something."""
    got = _FOLDED_GATES.get(id(rx))
    words = got[1] if got is not None and got[0] is rx else folded_gate(rx)
    if words is None:
        return True
    for w in words:
        if w in low:
            return True
    return False


def folded_search(rx: re.Pattern, low: str) -> re.Match | None:
    """``rx.search(low)`` on lowercased text, not run where :func:`might_find_folded` says it would find nothing
    (a gate of up to 40 words: :func:`gated_search`'s few do not cover the long word lists of many cues)."""
    return rx.search(low) if might_find_folded(rx, low) else None


def gated_parts(rxs) -> tuple:
    """Patterns paired with their :func:`folded_gate` words (None: always tried), for :func:`any_found`."""
    return tuple((rx, folded_gate(rx)) for rx in rxs)


def any_found(parts: tuple, text: str, low: str | None, anchored: bool = False) -> bool:
    """Whether any pattern of ``parts`` (:func:`gated_parts`) matches ``text`` (at its start when ``anchored``),
    each one not tried where ``low``, the text lowercased as :func:`might_find_folded` needs it (or None),
    lacks all of its words."""
    for rx, words in parts:
        if low is not None and words is not None:
            for w in words:  # plain loops: no generator to set up on every call
                if w in low:
                    break
            else:
                continue
        if (rx.match(text) if anchored else rx.search(text)) is not None:
            return True
    return False


def gated_search(rx: re.Pattern, text: str) -> re.Match | None:
    """``rx.search(text)``, not run where :func:`might_find` says it would find nothing."""
    return rx.search(text) if might_find(rx, text) else None


def scan(rx: re.Pattern, text: str, stop: str = "."):
    """``rx.finditer(text)``, the same matches, searching only the stretches between two ``stop``
    characters that hold one of the words every match contains (:func:`required_words`)."""
    words = required_words(rx, stop)
    if words is None:
        yield from rx.finditer(text)
        return
    n, pos = len(text), 0
    nxt = {w: text.find(w) for w in words}
    while True:
        for w, at in nxt.items():
            if 0 <= at < pos:
                nxt[w] = text.find(w, pos)
        h = min((at for at in nxt.values() if at >= 0), default=-1)
        if h < 0:
            return
        end = text.find(stop, h)
        end = n if end < 0 else end
        yield from rx.finditer(text, max(pos, text.rfind(stop, 0, h) + 1), end)
        pos = end


# an ASCII character's byte: a word character (letter, digit, "_") lowercased, any other a space
_ASCII_WORD_BYTES = bytes(c if c < 128 and (chr(c).isalnum() or c == 95) else 32 for c in range(256)).lower()


def ascii_words_lower(text: str) -> list[str]:
    r"""``re.findall(r"\w+", text.lower())`` for an ASCII ``text`` (check ``text.isascii()`` first), by one table
    look-up per character instead of the regex's character tests."""
    return text.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split()
