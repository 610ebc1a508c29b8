"""Which pair of countries each sentence is about.

Countries come from the pack's names, adjectives, capitals and leaders, plus whatever the
language's own stage finds (Chinese short-form compounds). A sentence naming two countries is
about them; one naming more is about the article's anchor (its most named country) with each
other; one naming nobody (or one side of it) right after one naming a pair, or later in the same
paragraph, continues it; one naming none or one of the main pair, or saying "both sides", is about
the main pair. Three or more countries spoken of together ("лидеры трех стран", "三国") are no pair;
"these five countries" are the ones an earlier sentence lists, each with the country acting.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from kg.extract.fastre import compiled, gated_search
from kg.extract.pack.lexicon import Pack
from kg.extract.pack.numbers import number
from kg.extract.pack.sentences import Sentence
from kg.facts import Pair, pair

__all__ = ["find_countries", "Pairing"]

Extra = Callable[[Sentence, Pack, set[str]], list[tuple[int, str]]]


def find_countries(sentences: list[Sentence], pack: Pack, extra: Extra | None) -> None:
    """Fill each sentence's countries (position-ordered) and its both-sides flag."""
    spans = {}
    for s in sentences:
        topics = tuple(pack.conf["pair"].get("topic_after", []))  # "黎巴嫩局势": a country spoken of, no actor
        asides = _asides(s, pack)
        spans[s.index] = [(a, b, iso) for a, b, iso in pack.countries.find(s.norm) if iso != "-"  # "-": no country
                          and not (topics and s.norm.startswith(topics, b)) and not any(x <= a < y for x, y in asides)]
        s.countries = [(a, iso) for a, _, iso in spans[s.index]]
        s.both = bool(pack.both.find(s.norm))
        # "中非合作论坛…，深化两国经贸合作": a bloc beside words only two countries can be is no bloc as the side
        s.bloc = bool(pack.blocs.find(s.norm)) and not any(w in s.norm for w in pack.conf["pair"].get("two_countries", []))
        s.each = any(w in s.norm for w in pack.conf["pair"].get("each", []))
        s.frame = pack.conf["pair"].get("bloc_frame", False)  # "стороны ... в рамках ЕАЭС": a bloc as the frame
        s.group, s.back = _group(s, pack)
        s.group = s.group or _listed_group(s, pack, spans[s.index])
        opener = pack.conf["pair"].get("partner_opener")
        s.partner = bool(opener) and compiled(opener).match(s.norm) is not None
        carried = pack.conf["pair"].get("carried_opener")  # "；与埃及…、老挝…签署": the actor of the clause before
        s.partners = bool(carried) and compiled(carried).match(s.norm) is not None
    if extra is not None:
        named = {iso for s in sentences for _, iso in s.countries}
        for s in sentences:
            more = extra(s, pack, named)
            s.countries = sorted(s.countries + more)
            spans[s.index] += [(a, a + 1, iso) for a, iso in more]
    _drop_claimed(sentences, spans, pack)
    for s in sentences:
        s.coordinated = _coordinated(s, pack, spans[s.index])


def _asides(s: Sentence, pack: Pack) -> list[tuple[int, int]]:
    """Spans of the pack's ``aside``: a parenthesis leaving countries out ("（缅甸和泰国除外）") names no side."""
    pattern = pack.conf["pair"].get("aside")
    return [m.span() for m in compiled(pattern).finditer(s.norm)] if pattern else []


def _drop_claimed(sentences: list[Sentence], spans: dict, pack: Pack) -> None:
    """A territory a state claims (the pack's ``claimed``: territory -> claimant) is no side in an article
    that names the claimant at least as often (Beijing's press on "台湾问题", "美台军事联系"); it is one
    where it is the article's own country (Taipei's press on its partners)."""
    claimed, own = pack.conf["pair"].get("claimed", {}), tuple(pack.conf["pair"].get("self_words", []))
    if not claimed:
        return
    counts = Counter(iso for s in sentences for iso in {i for a, _, i in spans[s.index] if not s.norm.startswith(own, a)})
    gone = {t for t, by in claimed.items() if counts[t] and counts[by] >= counts[t]}
    kept = {by: t for t, by in claimed.items() if counts[t] and t not in gone}  # "我国" in Taipei's press
    for s in sentences:
        spans[s.index] = [(a, b, kept[iso] if iso in kept and s.norm.startswith(own, a) else iso)
                          for a, b, iso in spans[s.index] if iso not in gone]
        s.countries = sorted((a, iso) for a, _, iso in spans[s.index])  # spans hold the compounds' countries too


def _coordinated(s: Sentence, pack: Pack, spans: list[tuple[int, int, str]]) -> set[str]:
    """Countries named side by side, joined as the pack's ``coordinated`` says ("同吉、塔两国总统",
    "中吉、中塔", "同热恩别科夫总统、拉赫蒙总统"): each is a partner of the one acting, none a background."""
    pattern = pack.conf["pair"].get("coordinated")
    spans = sorted(spans)
    nexts = list(zip(spans, spans[1:])) + list(zip(spans, spans[2:]))  # over one between ("中吉、中塔": 、中)
    return {iso for (_, b, i), (a, _, j) in nexts if pattern and i != j
            and compiled(pattern).fullmatch(s.norm[b:a]) for iso in (i, j)}


def _group(s: Sentence, pack: Pack) -> tuple[int, bool]:
    """(size, back) of a group of three or more countries the sentence speaks of together (the pack's
    ``group``: "трехсторонний", "лидеры трех стран", "三国"); ``back``: a demonstrative points to an
    earlier sentence's list ("с этими пятью странами", "上述五国")."""
    conf = pack.conf["pair"]
    m = gated_search(compiled(conf["group"]), s.norm) if conf.get("group") else None
    if not m:
        return 0, False
    n = number(m.group("n"), pack.conf["agreements"].get("numbers", {})) if m.groupdict().get("n") else 3
    return (n or 3), bool(m.groupdict().get("back"))


def _listed_group(s: Sentence, pack: Pack, spans: list[tuple[int, int, str]]) -> int:
    """Size of a list of three or more countries joined as the pack's ``listed`` says ("президенты Узбекистана,
    Таджикистана и Киргизии подписали") that holds every country the sentence names: they act together, as a
    group (0 when there is none)."""
    joint = pack.conf["pair"].get("listed")
    spans = sorted(spans)
    chain = spans[:1]
    best: set[str] = set()
    for prev, cur in zip(spans, spans[1:]):
        chain = chain + [cur] if joint and compiled(joint).fullmatch(s.norm[prev[1]:cur[0]]) else [cur]
        isos = {iso for _, _, iso in chain}
        best = isos if len(isos) > len(best) else best
    return len(best) if len(best) >= 3 and best == {iso for _, _, iso in spans} else 0


def _distinct(s: Sentence) -> list[str]:
    return list(dict.fromkeys(iso for _, iso in s.countries))


class Pairing:
    """The article's anchor country and main pair, and each sentence's pairs."""

    def __init__(self, sentences: list[Sentence]) -> None:
        counts = Counter(iso for s in sentences for iso in _distinct(s))
        self.anchor = counts.most_common(1)[0][0] if counts else None
        head = sentences[:4]
        # (or the head names the three in one sentence and speaks of them as a group in another:
        # "трехсторонняя встреча" in the title, the leaders of the three named in the lead)
        trios = [set(_distinct(s)) for s in head if len(_distinct(s)) > 2 and (s.group or any(t.group for t in head))]
        # in an article on a meeting of three, a sentence naming those countries again ("министры обороны
        # Азербайджана, Турции и Грузии") is no pair of them either
        self._trio = trios[0] if trios else set()
        pairs: Counter[Pair] = Counter()
        self.main: Pair | None = None
        for s in sentences:
            for p in self._named(s):
                pairs[p] += 1
        self.main = pairs.most_common(1)[0][0] if pairs else None
        self._seen = set(pairs)
        if trios:
            self.main = None  # an article on a meeting of three: a sentence naming no pair is none of its pairs'
        # a sentence naming nobody continues the pair of the sentence before it ("The leaders ..."), or within
        # its paragraph the pair last named ("Затем Путин встретился с президентом Египта. Стороны ... Также они ...")
        self._before: dict[int, list[Pair]] = {}
        last: tuple[int, list[Pair]] = (-1, [])
        for prev, s in zip(sentences, sentences[1:]):
            named = self._named(prev) or self._with_anchor(prev)
            last = (prev.para, named) if named else last
            self._before[s.index] = named or (last[1] if last[0] == s.para else [])
        self._lists = {s.index: _listed_before(sentences, s) for s in sentences if s.back}
        self._prev = {s.index: prev for prev, s in zip(sentences, sentences[1:])}
        self._of: dict[int, list[Pair]] = {}

    def _named(self, s: Sentence) -> list[Pair]:
        cs = _distinct(s)
        if len(cs) == 2:
            return [pair(*cs)]
        if len(cs) > 2 and set(cs) <= self._trio:
            return []
        joined = [c for c in cs if c in s.coordinated and c != self.anchor]
        if len(cs) > 2 and self.anchor in cs and len(joined) >= 2:
            return [pair(self.anchor, c) for c in joined]  # "中吉、中塔的合作": the anchor with each
        compounds = _compound_pairs(s)
        if len(cs) > 2 and len(compounds) >= 2:
            return compounds  # "中泰铁路、中老铁路": each compound names its own pair
        if len(cs) > 2 and self.main and set(self.main) <= set(cs):
            return [self.main]
        if len(cs) > 2 and self.anchor in cs:
            return [pair(self.anchor, c) for c in cs if c != self.anchor]
        return []

    def _with_anchor(self, s: Sentence) -> list[Pair]:
        """"尼泊尔副总理的访问同样备受关注": one country besides the anchor, which the article names as the
        anchor's partner elsewhere, is that pair (the article's second story)."""
        cs = _distinct(s)
        p = pair(self.anchor, cs[0]) if len(cs) == 1 and self.anchor and cs[0] != self.anchor else None
        return [p] if p in self._seen and p != self.main else []

    def _carried(self, s: Sentence, cs: list[str]) -> bool:
        """The anchor is the actor the clause before names, left out of this one ("四川省与西班牙…签署…；与埃及…")."""
        prev = self._prev.get(s.index)
        before = self.of(prev) if prev is not None and prev.para == s.para else []  # its clause before may carry too
        return bool(self.anchor and cs and self.anchor not in cs and before and all(self.anchor in p for p in before))

    def of(self, s: Sentence) -> list[Pair]:
        """The pairs sentence ``s`` is about (worked out once: each stage asks)."""
        got = self._of.get(s.index)
        if got is None:
            got = self._of[s.index] = self._pairs_of(s)
        return got

    def _pairs_of(self, s: Sentence) -> list[Pair]:
        cs = _distinct(s)
        if s.back and len(cs) == 1 and self._lists.get(s.index):  # "С этими пятью странами Казахстан подписал ...":
            return [pair(cs[0], c) for c in self._lists[s.index] if c != cs[0]]  # the one named, with each of them
        if s.group and len(cs) != 2:
            return []  # a meeting of three or more is no pair's (unless two of them are named acting)
        if s.partner and len(cs) == 1 and self.anchor and cs[0] != self.anchor:
            return [pair(self.anchor, cs[0])]  # "С главой РК ... речь шла о ...": the article's anchor with it
        if s.partners and self._carried(s, cs):
            return [pair(self.anchor, c) for c in cs]  # "；与X、Y签署…": the clause before's actor with each
        named = self._named(s)
        if named:
            return named
        if s.bloc and not (s.both and not cs and self.main and s.frame):
            return []  # China and Africa, Russia and the EAEU: a bloc is no second country
        if s.bloc:  # "Стороны обсудили сотрудничество в рамках ЕАЭС": the two sides, within the bloc's frame
            return self._before.get(s.index) if len(self._before.get(s.index, [])) == 1 else [self.main]
        if self._with_anchor(s):
            return self._with_anchor(s)
        before = self._before.get(s.index, [])
        if len(before) == 1 and set(cs) <= set(before[0]):  # nobody named, or one side of that pair
            return before
        if len(before) > 1 and not cs and s.each:  # "分别举行双边会见。各自两造就…达成共识": each of those pairs
            return before
        if self.main and len(cs) <= 1 and set(cs) <= set(self.main):
            return [self.main]
        return []


def _compound_pairs(s: Sentence) -> list[Pair]:
    """The pairs a sentence writes as compounds of two short forms (中泰, 中老): countries one character apart."""
    return sorted({pair(a, b) for (i, a), (j, b) in zip(s.countries, s.countries[1:]) if j == i + 1 and a != b})


def _listed_before(sentences: list[Sentence], s: Sentence) -> list[str]:
    """The countries of the nearest sentence before ``s`` naming as many as its group (or more than two)."""
    for prev in reversed(sentences[:s.index]):
        cs = _distinct(prev)
        if len(cs) >= max(3, s.group):
            return cs
    return []
