"""From one article's text to facts: sentences -> mentions -> pair -> facts -> merge.

Each lexicon regex runs once over the whole text; matches are then handed to the
sentence they fall in, so the work is linear in the text.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from kg._extract.lexicon import key, lexicon
from kg._extract.rules import rules
from kg._extract.text import DATE_RE, Sentence, When, datelines, resolve, sentences
from kg.facts import (AgreementFact, Article, ArticleFacts, CooperationFact, Mention,
                      PartnershipFact, pair)
from kg.ladder import find_level, normalize_level

_ORG_HEAD = re.compile(
    r"^\s+(?:Global\s+)?(?:Television|TV|Network|Daily|News|Times|Post|Radio|Company|Corporation|Corp|Group|"
    r"Airlines|Airways|Harbour|Harbor|Engineering|Holdings|Limited|Ltd|Inc|Telecom|Mobile|Development Bank|"
    r"Broadcasting|Today|Tribune|Herald|Gazette|Institute|University|Railway Group|Construction)\b"
)
_VENUE_BEFORE = re.compile(
    r"\b(?:in|at|to|from|near|outside|via|into|visit(?:ed|ing|s)?|arriv\w*\s+in|tour(?:ed|ing)?|left|leave|leaving|reach(?:ed)?)\s+(?:the\s+)?$"
)
_TITLE_BEFORE = re.compile(
    r"\b(?:President|Premier|Prime Minister|PM|Chancellor|Minister|Secretary|King|Queen|Emir|Amir|Sheikh|Sultan|"
    r"Crown Prince|Prince|Leader|Chairman|Mr|Mrs|Ms|Dr|Presidents|Leaders)\.?\s+$")
_PLACE_AFTER = re.compile(r"^\s+(?:capital|city|cities|port|town|resort|coast|coastal)\b")
_CAPITAL_OWNED = re.compile(r"\bwith\s+$")
_PAIR_GAP = re.compile(r"^\s*(?:[-–—/]|,|and|&|,\s*and)\s*(?:the\s+)?$")
_WITH_BEFORE = re.compile(r"\b(?:with|and|to|between)\s+(?:the\s+)?$")
_DEFINITE = re.compile(
    r"\b(?:the|this|that|these|those|such|said|its|their)\s+((?:(?!(?:of|on|in|to|for|with|by|and|signed|sign|inked|issued|adopted|exchanged|concluded|witnessed|reached|also|have|has|had|will)\b)[\w’'-]+\s+){0,3})$", re.I
)
_INLINE_LIST = re.compile(r"^\s*,?\s*(?:including|such as|namely|like|among them)\s+", re.I)
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?[A-Z])")
_INDEF_NP = re.compile(r"((?:[\w’'-]+\s+){0,3})$")
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d{2}\s+(?:[\w-]+\s+){0,2}$")
_COUNT_BEFORE = re.compile(r"\b(\d{1,3}|[a-z]+)\s+(?:(?:new|more|other|bilateral|cooperation|co-operation|intergovernmental|major|key|important|separate|different|further|additional|commercial)\s+){0,2}$", re.I)
_SCOPE_END = re.compile(
    r"[;:]|\.\s|(?<!\bunder\s)\b(?:which|who|as part of|after|before|following|during|when|while|but|underscoring|aimed|"
    r"according|to the alarm|that would|that will|in order)\b|\s+and\s+the\s+(?-i:[A-Z])|,\s+and\s+(?:both|the|their|its|they|we|he|she|it|signed|released|issued|adopted)\b",
    re.I,
)
_NP_BREAK = re.compile(r"\b(?:the|a|an|this|that|these|those|signed|sign|inked|of|on|and|in|with|to|by|two|both)\s*$", re.I)
_BULLET = re.compile(r"^\s*(?:[-–—•*·]|\d{1,2}[.)]|\d{1,3}\s*\||\(?[a-z]\))\s*")
# a flattened table's header row ("S.No. | Name of MoU | Signatory from ..."): it heads documents, names none
_TABLE_HEAD = re.compile(r"^\s*(?:S\.?\s?No\b|Sl\.?\s?No\b|Sr\.?\s?No\b|#\s*\|)|\|\s*(?:Name of (?:the )?(?:MoUs?|Agreements?|Documents?)|Signator(?:y|ies)\b)", re.I)
_COPULA = re.compile(
    r"^\s+(?:has been|have been|is|are|remains?|was|were)\s+(?:one of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:areas?|fields?|sectors?|pillars?|priorit\w+|focus|drivers?|highlights?)\b",
    re.I,
)
_COMPANY_AFTER = re.compile(
    r"^\s+(?:(?:with|between)\s+[^.;]{0,60}?\b(?:compan|firm|corporat|llc|ltd|jsc|pjsc|plc|gmbh|inc\b)"
    r"|to\s+(?:buy|purchase|acquire|order|sell|supply)\b)", re.I)
_NAME_STOP = (r"(?!(?:Treaty|Treaties|Agreements?|Memorand\w*|Declarations?|Protocols?|Statements?|Plans?|Programmes?|"
              r"Roadmaps?|Conventions?|Charters?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
              r"February|March|April|May|June|July|August|September|October|November|December)\b)")
_NAME_TAIL = re.compile(r"^\s+(?:on|of|for|between)\s+(?:the\s+)?" + _NAME_STOP + r"[A-Z][\w’'-]*(?:\s+(?:(?:of|on|and|for|the|in)\s+)*"
                        + _NAME_STOP + r"[A-Z][\w’'-]*)*")
_OWN_HEAD = re.compile(r"[\s-](?:ties|cooperation|co-operation|exchanges?|links|collaboration|relations)$", re.I)
_EXPORT_DIR = re.compile(r"^\s+(?:[\w-]+\s+){0,3}(?:to|from|into|between)\b", re.I)
_FROM_LEVEL = re.compile(r"\bfrom\s+(?:(?:a|an|the|their|its)\s+)?[“\"‘']?$", re.I)
_OLD_LEVEL_AFTER = re.compile(
    r"^\s*(?:relations?|ties|relationship)?\s*(?:was|were|has been|have been|had been|is being|are being)?\s*"
    r"(?:upgraded|elevated|raised|lifted)\b",
    re.I,
)
_SET_UP_AFTER = re.compile(
    r"^[”\"’']?\s*,?\s*(?:(?:which|that)\s+)?(?:was\s+|were\s+|had been\s+)?(?:established|forged|set up|launched|formed)"
    r"\s+(?:in|on|since)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?(?:19|20)\d{2}\b")
_GOODS_TRADE = re.compile(r"^(?:\s*(?:,|and|&|or)\s*(?:[\w-]+\s+){0,1}?[\w-]+)*\s+(trade|exports?|imports?|supplies|shipments)\b", re.I)
_EXPECTED = re.compile(r"\b(?:expected|set|due|scheduled|likely|slated|poised)\s+to\s+(?:be\s+)?(?:sign|ink)", re.I)
_RELATIONS_OF = re.compile(r"\b(?:relations|relationship|ties)\s+of\s+$", re.I)
# a speaker's first person ("we attach importance to ...", "our ties") speaks for his side of the pair
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)
_GENERIC_BEFORE = re.compile(r"\b(?:of|in|on|for|with)\s+$", re.I)
_DET_BEFORE = re.compile(r"(?:\b(?:the|a|an|our|their|its|this|that)|[“\"‘'-])\s*$", re.I)
_DOC_ON_LEVEL = re.compile(r"\b(?:treaty|agreement|declaration|accord|charter|memorandum)\s+on\s+(?:the\s+|a\s+)?[“\"‘']?\s*$", re.I)
_TITLE_WORD_OK = re.compile(r"^[A-Z][a-z]+(?:-[A-Za-z]+)?$")
_ADJ_END = re.compile(r"(?:ed|al|ive|ic|ent|ant|ing|ful|ous|ary|ory|ile|ite|ic)$")
_ACTION_RANK = {"upgrade": 4, "establish": 3, "downgrade": 2, "reaffirm": 1}
_GENERIC_LEVEL_WORDS = {"strategic", "partnership", "cooperative", "cooperation", "and"}
_STOPWORDS = {
    "the", "a", "an", "of", "on", "in", "and", "for", "between", "to", "with", "new", "two", "countries", "sides",
    "bilateral", "mutual", "agreement", "agreements", "treaty", "deal", "pact", "memorandum", "statement", "joint",
    "declaration", "signed", "cooperation", "co-operation", "landmark", "historic", "first", "this", "that",
}


# ------------------------------------------------------------------ records
@dataclass
class Hit:
    start: int
    end: int
    iso: str
    kind: str


@dataclass
class SentInfo:
    sent: Sentence
    countries: list = field(default_factory=list)
    fields: list = field(default_factory=list)  # (start, end, Field)
    levels: list = field(default_factory=list)  # (start, end, text)
    docs: list = field(default_factory=list)  # (start, end, type)
    dates: list = field(default_factory=list)  # When
    masks: list = field(default_factory=list)  # (start, end) of names that are not countries
    orgs: list = field(default_factory=list)  # (start, end) of blocs and bodies (EU, ASEAN) that can be a party
    regions: list = field(default_factory=list)  # set of iso3 per regional description
    headline: bool = False
    repeated: bool = False
    reports: bool | None = None  # reports the event (cue verb, not future); computed on first use
    low: str = ""  # the sentence lowercased ("" when lowercasing changes its length)

    def has(self, R, name: str) -> bool:
        """A cue pattern found in the sentence, matched on the lowercased text when it can be."""
        if self.low:
            return R.low[name].search(self.low) is not None
        return getattr(R, name).search(self.sent.text) is not None


@dataclass
class Agr:
    pair: tuple
    type: str
    fields: list
    mentions: list
    date: dt.date | None = None
    year: int | None = None
    count: int | None = None
    status: str = "signed"
    name: str | None = None
    topic: frozenset = frozenset()
    headline: bool = False
    named: bool = False


# ------------------------------------------------------------------ scanning
def _bucket(sents: list[SentInfo], starts: list[int], pos: int) -> SentInfo | None:
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0:
        return None
    s = sents[i]
    return s if pos < s.sent.end else None


def _scan(text: str, published: dt.date | None, title: str | None) -> list[SentInfo]:
    L = lexicon()
    R = rules()
    infos = [SentInfo(s) for s in sentences(text)]
    starts = [s.sent.start for s in infos]
    dlines = datelines(text)

    cof = L.country_of
    found = [(m, *(cof.get(m.group()) or cof.get(key(m.group()), ("-", "org")))) for m in L.country_re.finditer(text)]
    named = {iso for _, iso, kind in found if kind == "leader"}
    for m, iso, kind in found:
        if kind == "surname":
            if iso not in named and not _TITLE_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "Ortega scored twice": a surname alone, no title, no full name in the article
            kind = "leader"
        si = _bucket(infos, starts, m.start())
        if si is None:
            continue
        rel_s, rel_e = m.start() - si.sent.start, m.end() - si.sent.start
        s = si.sent.text
        if iso == "-":
            si.masks.append((rel_s, rel_e))
            if kind == "org":
                si.orgs.append((rel_s, rel_e))
            continue
        after = s[rel_e:rel_e + 40]
        before = s[max(0, rel_s - 40):rel_s]
        if kind in ("name", "demonym", "capital") and _ORG_HEAD.match(after):
            si.masks.append((rel_s, rel_e + _ORG_HEAD.match(after).end()))
            continue
        if kind == "capital" and _VENUE_BEFORE.search(before):
            continue
        if kind == "demonym" and _PLACE_AFTER.match(after) and not _CAPITAL_OWNED.search(before):
            continue  # "the Chinese capital" is a city; "companies with Chinese capital" is money
        si.countries.append(Hit(rel_s, rel_e, iso, kind))

    for si in infos:
        if si.countries:
            _set_aside(si, R)

    low = text.lower()
    # a regional description needs one of the region words: most articles have none
    for m in (L.region_re.finditer(text) if any(r in low for r in L.regions) else ()):
        si = _bucket(infos, starts, m.start())
        if si is not None:
            words = m.group().lower().split()[1:-1]
            si.regions.append(L.regions.get(" ".join(words), set()))

    if len(low) != len(text):  # a few letters change length when lowercased: fall back to re.I
        low = None
    for si in infos:
        s = si.sent.text
        s_low = low[si.sent.start:si.sent.end] if low is not None else s.lower()
        if len(s_low) == len(s):
            si.low = s_low
        for rx, fid, gate in R.field_patterns:
            if gate in s_low:
                for m in rx.finditer(s):
                    si.fields.append((m.start(), m.end(), L.fields[fid]))

    field_iter = L.field_low.finditer(low) if low is not None else L.field_re.finditer(text)
    for m in field_iter:
        si = _bucket(infos, starts, m.start())
        if si is None:
            continue
        rs, re_ = m.start() - si.sent.start, m.end() - si.sent.start
        if any(a <= rs < b for a, b in si.masks):
            continue
        g = m.group()
        f = L.field_of.get(g) or L.field_of[key(g.lower())]
        s = si.sent.text
        bx, ax = _not_field(R, f.id)
        if (bx is not None and bx.search(s[max(0, rs - 50):rs])) or (ax is not None and ax.match(s[re_:re_ + 40])):
            continue
        si.fields.append((rs, re_, f))

    for m in DATE_RE.finditer(text):
        if any(a <= m.start() < b for a, b in dlines):
            continue
        si = _bucket(infos, starts, m.start())
        if si is None:
            continue
        w = resolve(m, published)
        if w is not None:
            si.dates.append(When(m.start() - si.sent.start, w.date, w.year, w.relative, w.explicit))

    for m in (R.doc_low.finditer(low) if low is not None else R.doc.finditer(text)):
        si = _bucket(infos, starts, m.start())
        if si is not None:
            si.docs.append((m.start() - si.sent.start, m.end() - si.sent.start, R.doc_types[m.lastindex - 1]))

    level_hits: dict[int, list] = {}
    for m in (R.level_low.finditer(low) if low is not None else R.level.finditer(text)):
        si = _bucket(infos, starts, m.start())
        if si is not None and m.end() <= si.sent.end:
            level_hits.setdefault(id(si), []).append((m.start() - si.sent.start, m.end() - si.sent.start))
    for si in infos:
        _scan_levels(si, R, level_hits.get(id(si), []))
        si.fields.sort(key=lambda f: f[0])

    seen: set[str] = set()
    tkey = _norm_sentence(title) if title else None
    for i, si in enumerate(infos):
        k = _norm_sentence(si.sent.text)
        si.repeated = k in seen
        seen.add(k)
        si.headline = (k == tkey) or (i == 0 and si.sent.line_start and not si.sent.text.rstrip().endswith((".", "!", "?", '"', "”")))
    return infos


_HYPHEN = re.compile(r"^[-–]$")


def _set_aside(si: SentInfo, R) -> None:
    """Names that are no party: a hyphenated name of a thing ("the China-Europe freight train", "the
    A-B-C railway": a region in it or three names) and countries named as background ("situated
    between two neighbours, X and Y"). They become masks, so they neither set nor disturb the pair."""
    s = si.sent.text
    spans = sorted([(h.start, h.end, h) for h in si.countries] + [(a, b, None) for a, b in si.masks])
    drop: set = set()
    i = 0
    while i < len(spans):
        j = i
        while j + 1 < len(spans) and _HYPHEN.match(s[spans[j][1]:spans[j + 1][0]]):
            j += 1
        chain = spans[i:j + 1]
        if len(chain) > 1 and not R.compound_relation.match(s[chain[-1][1]:]):
            region = any(h is None and not R.blocs.fullmatch(s[a:b]) for a, b, h in chain)
            if region or len({h.iso for _, _, h in chain if h is not None}) > 2:
                drop.update(id(h) for _, _, h in chain if h is not None)
                si.orgs = [o for o in si.orgs if not any(o == (a, b) for a, b, _ in chain)]
        i = j + 1
    hits = si.countries
    for k, h in enumerate(hits):
        if id(h) in drop or not R.background.search(s[max(0, h.start - 60):h.start]):
            continue
        drop.add(id(h))
        for h1, h2 in zip(hits[k:], hits[k + 1:]):  # the rest of the list: "X and Y", "X, Y and Z"
            if not _PAIR_GAP.match(s[h1.end:h2.start]):
                break
            drop.add(id(h2))
    if drop:
        si.masks.extend((h.start, h.end) for h in hits if id(h) in drop)
        si.countries = [h for h in hits if id(h) not in drop]


_NON_WORD = re.compile(r"\W+")


def _norm_sentence(s: str) -> str:
    return _NON_WORD.sub(" ", s).strip().lower()


_NOT_FIELD: dict = {}


def _not_field(R, fid: str) -> tuple:
    """The "no field here" contexts of one field as two combined patterns (before, after), built once."""
    got = _NOT_FIELD.get(fid)
    if got is None:
        bs = [bx.pattern for f, bx, _ in R.not_fields if f in ("*", fid) and bx is not None]
        as_ = [ax.pattern for f, _, ax in R.not_fields if f in ("*", fid) and ax is not None]
        got = (re.compile("|".join(f"(?:{b})" for b in bs), re.I) if bs else None,
               re.compile("|".join(f"(?:{a})" for a in as_), re.I) if as_ else None)
        _NOT_FIELD[fid] = got
    return got


def _scan_levels(si: SentInfo, R, hits: list) -> None:
    s = si.sent.text
    found: list[tuple[int, int]] = []
    for start, end in hits:
        if s[end - len("partnership"):end].startswith("P"):
            tail = R.level_title_tail.match(s[end:])
            if tail:
                end += tail.end()
        found.append((start, end))
    has_p = "artnership" in s
    for m in (R.level_quoted.finditer(s) if has_p else ()):
        found.append((m.start(1), m.end(1)))
    for m in (R.level_title.finditer(s) if "Partnership" in s else ()):
        words = m.group(1).split()
        if all(_TITLE_WORD_OK.match(w) and _ADJ_END.search(w.lower()) for w in words) and not (
            {w.lower() for w in words} & R.framework_words
        ):
            end = m.end()
            tail = R.level_title_tail.match(s[end:])
            if tail:
                end += tail.end()
            found.append((m.start(1), end))
    # longest span wins where spans overlap
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out: list[tuple[int, int]] = []
    for a, b in found:
        if out and a < out[-1][1]:
            if b - a > out[-1][1] - out[-1][0]:
                out[-1] = (a, b)
            continue
        out.append((a, b))
    for a, b in out:
        words = normalize_level(s[a:b]).split()
        if {w for w in words} & {"economic", "trade", "investment"} and "strategic" not in words:
            continue
        if R.compound_head.match(s[b:b + 30]):
            continue
        si.levels.append((a, b, s[a:b]))


# ------------------------------------------------------------------ pairs
class PairState:
    def __init__(self) -> None:
        self.story: tuple[str, str] | None = None

    def resolve(self, si: SentInfo, R, *, update: bool = True) -> tuple[str, str] | None:
        s = si.sent.text
        hits = si.countries
        isos: list[str] = []
        for h in hits:
            if h.iso not in isos:
                isos.append(h.iso)
        if si.orgs and _org_party(s, si):
            return None  # "the EU and Japan": a bloc is no party to a bilateral fact
        if len(isos) > 2 and _member_list(s, hits):
            # "the BRICS members Brazil, Russia, India, China and South Africa", "G20 leaders, including
            # the U.S., China and India": a list sets no pair; the story stays with the pair acting before
            if si.orgs or not self.story or not set(self.story) <= set(isos):
                return None
            return self.story
        explicit = None
        for i, (h1, h2) in enumerate(zip(hits, hits[1:])):
            listed = (i + 2 < len(hits) and _LIST_GAP.match(s[h2.end:hits[i + 2].start])) or (
                i > 0 and _LIST_GAP.match(s[hits[i - 1].end:h1.start]))
            if h1.iso != h2.iso and not listed and _PAIR_GAP.match(s[h1.end:h2.start]):
                cand = pair(h1.iso, h2.iso)
                if explicit is None or (self.story and set(cand) & set(self.story) and not set(explicit) & set(self.story)):
                    explicit = cand
        story = self.story
        has_ref = si.has(R, "pair_ref") or bool(si.regions)
        if len(isos) == 1 and si.orgs and not has_ref and not explicit and any(
                R.blocs.fullmatch(s[a:b]) for a, b in si.orgs):
            return None  # "Australia upgraded its ASEAN relationship": the bloc is the other party
        if explicit:
            if update:
                self.story = explicit
            return explicit
        if not isos:
            return story
        if story:
            inter = [i for i in isos if i in story]
            others = [i for i in isos if i not in story]
            if len(inter) == 2 or (inter and not others):
                return story
            if inter:
                for h in hits:
                    if h.iso in others and _WITH_BEFORE.search(s[max(0, h.start - 15):h.start]) and not has_ref:
                        return pair(inter[0], h.iso)
                if len(isos) == 2 and not has_ref and (R.meeting.search(s) or (
                        hits[0].kind == "leader" and hits[0].iso in others and any(
                            h.iso in inter and _WITH_BEFORE.search(s[max(0, h.start - 15):h.start]) for h in hits))):
                    # "Separately, Modi met French President Macron", "Mirziyoyev said Uzbekistan will work
                    # with China": a new story
                    p = pair(*isos)
                    if update:
                        self.story = p
                    return p
                return story
            if len(isos) == 2 and not has_ref:
                p = pair(*isos)
                if update:
                    self.story = p
                return p
            return story if has_ref and len(isos) == 1 else None
        if len(isos) == 2:
            p = pair(*isos)
            if update:
                self.story = p
            return p
        if len(isos) > 2:
            p = pair(isos[0], isos[1])
            if update:
                self.story = p
            return p
        return None


_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*and|&)\s*(?:the\s+)?$")


_RELATIVE = re.compile(r",?\s+(?:which|that|who)\s+(?:[\w-]+\s+){0,3}?(?:upgrad|elevat|rais|lift|establish|sign|adopt|agre)\w*\b[^,;]*$", re.I)


def _org_antecedent(s: str, a: int, si: SentInfo) -> bool:
    """"an EU member, which upgraded its relations with Egypt": the relative clause's subject is
    the noun before it, and a bloc there is the party, not a country."""
    m = _RELATIVE.search(s[:a])
    if not m:
        return False
    return any(m.start() - 25 <= e <= m.start() for _, e in si.orgs)


def _member_list(s: str, hits: list) -> bool:
    """Three or more countries written as one list ("A, B, C and D")."""
    run = best = 1
    for h1, h2 in zip(hits, hits[1:]):
        run = run + 1 if h1.iso != h2.iso and _LIST_GAP.match(s[h1.end:h2.start]) else 1
        best = max(best, run)
    return best >= 3


_BLOC_GAP = re.compile(r"^\s*(?:and|&)\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:other|fellow)\s+)?$")  # "Japan and the 10 ASEAN members"
_MEMBERS_AFTER = re.compile(r"^\s+(?:member\s+)?(?:members|states|countries|nations)\b")


def _bloc_members_end(s: str, si: SentInfo) -> int | None:
    """Where "Japan and the 10 ASEAN members" ends: what they pledge after it is the bloc's, not the pair's."""
    for a, b in si.orgs:
        m = _MEMBERS_AFTER.match(s[b:])
        if m and any(h.end <= a and _BLOC_GAP.match(s[h.end:a]) for h in si.countries):
            return b + m.end()
    return None


def _org_party(s: str, si: SentInfo) -> bool:
    """A bloc paired with a country in the sentence ("The EU and Japan", "between ASEAN and China")."""
    for a, b in si.orgs:
        for h in si.countries:
            gap = s[b:h.start] if h.start >= b else s[h.end:a]
            if _PAIR_GAP.match(gap) or re.match(r"^\s*(?:-|–|—|/)\s*$", gap):
                return True
    return False


# ------------------------------------------------------------------ helpers
def _mention(si: SentInfo) -> Mention:
    return Mention(si.sent.start, si.sent.end, si.sent.text)


def _own_when(si: SentInfo, a: int | None = None, b: int | None = None) -> When | None:
    """The sentence's date expression for a span [a, b): the nearest one, else the first."""
    if not si.dates:
        return None
    if a is None:
        day = [w for w in si.dates if w.date is not None]
        if day:
            return ([w for w in day if w.explicit] or day)[0]
        years = [w for w in si.dates if w.year is not None]
        return years[0] if years else si.dates[0]
    return min(si.dates, key=lambda w: a - w.start if w.start < a else max(0, w.start - b))


def _anchor(infos: list[SentInfo], R) -> dt.date | None:
    explicit = relative = None
    for si in infos:
        if si.headline or not si.dates:
            continue
        if not _reports(si, R):
            continue
        for w in si.dates:
            if w.date is None:
                continue
            if w.explicit and explicit is None:
                explicit = w.date
            if w.relative and relative is None:
                relative = w.date
    return explicit or relative


def _reports(si: SentInfo, R) -> bool:
    if si.reports is None:
        s = si.sent.text
        si.reports = si.has(R, "event") and not si.has(R, "future")
    return si.reports


def _event_dates(infos: list[SentInfo], R) -> list[tuple[int, dt.date]]:
    """(sentence start, date) of each sentence reporting the event with a written date, in text order."""
    out = []
    for si in infos:
        if si.headline or not si.dates or not _reports(si, R):
            continue
        day = [w for w in si.dates if w.date is not None and w.explicit]
        if day:
            out.append((si.sent.start, day[0].date))
    return out


def _action(s: str, a: int, b: int, R) -> str | None:
    prefix = s[max(0, a - 200):a]
    if _FROM_LEVEL.search(prefix) and re.match(r"^[”\"’']?\s+to\b", s[b:b + 8]):
        return None
    if _OLD_LEVEL_AFTER.match(s[b:b + 60]):
        return None
    if _SET_UP_AFTER.match(s[b:b + 60]):
        return "establish"  # "the Enhanced Strategic Partnership established in 2015": when it began
    for name, rx in (("upgrade", R.up), ("upgrade", R.up_noun), ("downgrade", R.down), ("establish", R.establish)):
        m = rx.search(prefix)
        if m:
            doc_named = re.match(r"(?:treaty|agreement|declaration|accord)\b", m.group(), re.I)
            if not doc_named and R.unreal.search(prefix[max(0, m.start() - 60):m.start()]):
                return None
            if R.keep.search(prefix[m.start():]):
                return "reaffirm"
            return name
    if _MAYBE.search(prefix[-70:]):
        return None  # "could seek a comprehensive strategic partnership"
    return "reaffirm"


_MAYBE = re.compile(
    r"\b(?:could|might|may|hopes?|hoped|hoping|seeks?|seeking|sought|would like|wish(?:es|ed)?|aspir\w*|"
    r"consider(?:s|ed|ing)?|possib\w*|potential(?:ly)?|propos\w*)\b[^.;:]{0,50}$", re.I)


def _topic(text: str) -> frozenset:
    L = lexicon()
    words = re.findall(r"[a-z][a-z-]+", text.lower())
    return frozenset(w for w in words if w not in _STOPWORDS and key(w.title()) not in L.country_of)


# ------------------------------------------------------------------ extraction
def extract_article(article: Article) -> ArticleFacts:
    text = article.text or ""
    R = rules()
    infos = _scan(text, article.published, article.title)
    anchor = _anchor(infos, R)

    state = PairState()
    if article.title and not any(si.headline for si in infos[:3]):
        L = lexicon()
        tsi = SentInfo(Sentence(0, len(article.title), article.title, True))
        for m in L.country_re.finditer(article.title):
            iso, kind = L.country_of.get(key(m.group()), ("-", "org"))
            if iso != "-":
                tsi.countries.append(Hit(m.start(), m.end(), iso, kind))
        state.resolve(tsi, R)

    levels: dict[tuple, list] = {}  # (pair, norm level) -> [(si, wording, action, when, agr)]
    coop: dict[tuple, list] = {}  # (pair, field id) -> [Mention]
    agreements: list[Agr] = []
    list_ctx: tuple | None = None  # (pair, type) of a list head whose items follow
    package: tuple | None = None  # (pair, its entries, sentence) of the last signed package, whose documents may be named next
    unnamed: list[Agr] = []  # packages whose documents a later sentence names: fields kept, entry dropped
    warnings: list[str] = []
    pair_of: dict[int, tuple | None] = {}

    for si in infos:
        p = state.resolve(si, R, update=not si.repeated)
        pair_of[id(si)] = p
        s = si.sent.text
        # a list item under "the following documents were signed:"
        if list_ctx is not None and not (si.sent.line_start and (_BULLET.match(s) or (si.docs and si.docs[0][0] < 4))):
            list_ctx = None
        if p is None:
            continue
        # a document made with a breakaway region or an armed group is no agreement of the pair,
        # and the fields it covers are no cooperation of theirs
        third = bool(si.docs or si.fields) and R.non_state.search(s) is not None
        # "Among them were a memorandum on A and a protocol on B": the package just signed, named
        listed = package is not None and package[0] == p and _PACKAGE_LIST.match(s) is not None
        # "... then witnessed the exchange of documents, including an agreement on A": named too
        naming = listed or (package is not None and package[0] == p and _NAMED_AFTER.search(s) is not None
                            and si.has(R, "signed"))
        agr_here = [] if third else _agreements(si, p, R, agreements, list_ctx, state.story, listed=listed)
        if agr_here == "list-head":
            list_ctx = (p, "agreement")
            agr_here = []
        if naming:
            if agr_here:
                for g in package[1]:
                    if g in agreements:
                        agreements.remove(g)
                        unnamed.append(g)
                for g in agr_here:
                    g.date, g.year = g.date or package[2], g.year or package[3]
        elif si.has(R, "signed") and any(_is_plural(s[a:b]) for a, b, _ in si.docs):
            kept = [g for g in agr_here if g.status == "signed" and (g.count or _is_plural(g.mentions[0][1]))]
            w = _own_when(si)
            package = (p, kept, w.date if w else None, w.year if w else None)
        elif si.docs or si.has(R, "signed"):
            package = None
        for a, b, wording in si.levels:
            act = _action(s, a, b, R)
            if act is None or _org_antecedent(s, a, si):
                continue
            if act == "reaffirm" and wording == wording.lower() and _GENERIC_BEFORE.search(s[max(0, a - 6):a]) \
                    and not _DET_BEFORE.search(s[max(0, a - 6):a]) and not _RELATIONS_OF.search(s[max(0, a - 20):a]):
                continue
            linked = None
            if _DOC_ON_LEVEL.search(s[max(0, a - 40):a]):
                linked = next((g for g in reversed(agr_here) if g.mentions and g.mentions[-1][0] is si), None)
                if act == "reaffirm":
                    act = "establish"
            when = _own_when(si, a, b)
            levels.setdefault((p, normalize_level(wording)), []).append(
                (si, wording, act, when, linked, _era(act, when, s[max(0, a - 80):a], article.published, R)))
        # a visit preview's "deals expected to be signed, covering health": nothing agreed yet
        preview = bool(agr_here) and all(g.status == "planned" for g in agr_here) and _EXPECTED.search(s) is not None
        for fid in (() if third or preview else _cooperation(si, R, p)):
            coop.setdefault((p, fid), []).append(_mention(si))

    # agreements imply cooperation in their fields
    for g in agreements + unnamed:
        for f in g.fields:
            coop.setdefault((g.pair, f), []).append(Mention(g.mentions[0][0].sent.start, g.mentions[0][0].sent.end, g.mentions[0][0].sent.text))

    # a second story's meeting dates its own facts ("Separately, Modi met Macron on Tuesday")
    anchors = {}
    for pr in {k[0] for k in levels}:
        own = _anchor([si for si in infos if pair_of.get(id(si)) == pr], R)
        anchors[pr] = own or anchor
    events = {pr: _event_dates([si for si in infos if pair_of.get(id(si)) == pr], R) for pr in anchors}
    partnerships = _partnership_facts(levels, anchors, events)
    agreements = _merge_agreements(agreements)
    cooperation = tuple(
        CooperationFact(pair=k[0], field=k[1], mentions=tuple(sorted(set(v))))
        for k, v in sorted(coop.items())
    )
    agr_facts = tuple(sorted((
        AgreementFact(
            pair=g.pair, type=g.type, fields=tuple(sorted(set(g.fields))), date=g.date,
            year=g.year if g.date is None else None, count=g.count, status=g.status, name=g.name,
            mentions=tuple(sorted({_mention(m[0]) for m in g.mentions})),
        ) for g in agreements), key=lambda f: (f.pair, f.type, f.mentions[0].start if f.mentions else 0, f.name or "")))
    return ArticleFacts(article=article, partnerships=partnerships, cooperation=cooperation,
                        agreements=agr_facts, warnings=tuple(warnings))


def _cooperation(si: SentInfo, R, p: tuple | None = None) -> list[str]:
    s = si.sent.text
    if not si.fields:
        return []
    both = p is not None and set(p) <= {h.iso for h in si.countries}
    level_spans = [(a, b) for a, b, _ in si.levels]
    alone = len({h.iso for h in si.countries}) <= 1 and bool(si.countries) and not R.joint_words.search(s)
    first = p is not None and _FIRST_PERSON.search(s) is not None
    s_low = s.lower()
    rx = R.coop_after_low if len(s_low) == len(s) else R.coop_after
    cues = [m for m in rx.finditer(s_low if rx is R.coop_after_low else s) if not any(a <= m.start() < b for a, b in si.masks)]
    if alone:  # one country named, no word for the pair: only cues that are bilateral by themselves
        cues = [m for m in cues if not R.weak.match(m.group())]
    stops = [m.start() for m in R.stop.finditer(s)]
    if p is not None and si.countries and si.countries[0].iso in p:
        # "Japan's engagement ... as China expands its military presence": a third country's own clause
        third = [m for m in cues if _third_subject(s, m.start(), si, p)]
        stops += [m.start() for m in third]
        cues = [m for m in cues if m not in third]
    cue_ends = [m.end() for m in cues]
    maybes = [m.end() for m in R.maybe.finditer(s)]
    out, took = [], []
    bloc_end = _bloc_members_end(s, si) if si.orgs else None
    for fs, fe, f in si.fields:
        if any(a <= fs < b for a, b in level_spans) or (bloc_end is not None and fs >= bloc_end):
            continue
        if p is not None and (R.third_party.search(s[max(0, fs - 30):fs]) or any(
                h.iso not in p and h.end <= fs and (fs - h.end <= 2 or _THIRD_OWN.match(s[h.end:fs])) for h in si.countries)):
            continue  # "Western security pacts with Kyiv", "French investment": a third party's
        if any(0 <= fs - m < 80 and not any(m <= st < fs for st in stops) for m in maybes):
            continue  # "could consider a free trade deal"
        ok = False
        before = [c for c in cue_ends if c <= fs]
        if before:
            c = before[-1]
            if not any(c <= st < fs for st in stops) and fs - c < 300:
                ok = True
        if not ok and (R.coop_head.match(s[fe:fe + 60]) or ((not alone or first) and _OWN_HEAD.search(s[fs:fe]))):
            ok = True  # "energy cooperation"; "people-to-people ties" carries its own head
        if not ok and _COPULA.match(s[fe:fe + 90]):
            ok = True
        if not ok and both and (f.top in R.flow or f.id in R.flow) and any(
                fs - 60 <= h.end <= fs or fe <= h.start <= fe + 40 for h in si.countries):
            ok = True  # one side's investment in, or aid to, the other
        if not ok and f.top in ("trade", "investment"):
            low = s[fs:fe].lower()
            if R.trend.match(s[fe:fe + 60]) or f.id == "joint-ventures" or low.startswith("bilateral") \
                    or _MUTUAL_BEFORE.search(s[max(0, fs - 12):fs]):
                ok = True
            elif low.startswith(("export", "import")) and (d := _EXPORT_DIR.match(s[fe:fe + 40])) and (
                    "between" in d.group() or any(0 <= h.start - (fe + d.end()) <= 12 for h in si.countries)):
                ok = True  # "exports to Egypt", not "import hydrogen to power its transition"
            elif re.match(r"^\s+between\b", s[fe:fe + 12]):
                ok = True
        if ok:
            out.append(f.id)
            took.append(fs)
    # "support Indonesia's infrastructure, including ports and power plants": the list shares its head's
    # cooperation; "trade ..., with Indonesia exporting coal and nickel": the goods are fields of the trade
    for m in _TAIL_HEAD.finditer(s):
        if (not m.group(1) and any(m.start() - 60 <= t < m.start() for t in took)) or (
                m.group(1) and any(f.top == "trade" and fs in took for fs, _, f in si.fields)):
            end = m.end() + 80 if m.group(1) else s.find(";", m.end()) % (len(s) + 1)
            for fs, fe, f in si.fields:
                if m.end() <= fs < end and f.id not in out and not any(0 <= fs - x < 80 for x in maybes):
                    out.append(f.id)
                    took.append(fs)
    # "invested $3 billion in Egypt's industrial zones, many in textiles": the sectors invested in;
    # "trade stood at $3 billion, with crude oil making up the bulk": the goods of the trade
    for fs, fe, f in si.fields:
        if f.id in out or any(0 <= fs - x < 80 for x in maybes):
            continue
        for t in took:
            te, tf = next((x[1], x[2]) for x in si.fields if x[0] == t)
            gap = s[te:fs]
            if 0 < fs - te < 120 and not any(te <= st < fs for st in stops) and (
                    (tf.top == "investment" and _INVESTED_IN.match(gap))
                    or (tf.top == "trade" and _GOODS_SHARE.match(s[fe:fe + 30]))):
                out.append(f.id)
                took.append(fs)
                break
    # "the Ulaanbaatar Railway, a joint venture in which ...": the venture's own field
    for t in list(took):
        tf = next(x for x in si.fields if x[0] == t)
        m = _APPOSITIVE.search(s[max(0, t - 20):t]) if tf[2].id == "joint-ventures" else None
        if m:
            comma = max(0, t - 20) + m.start()
            for fs, fe, f in si.fields:
                if f.id not in out and comma - 60 <= fs and fe <= comma and not any(fe <= st < comma for st in stops):
                    out.append(f.id)
    # "coal and LNG trade": the goods traded are fields of the trade; one phrase read as two fields
    # ("buying into banks": investment and finance) stands or falls as one
    for fs, fe, f in si.fields:
        if f.id not in out and (fs in took or (m := _GOODS_TRADE.match(s[fe:fe + 80])) and any(
                fe + m.start(1) <= t < fe + m.end(1) + 1 for t in took)):
            out.append(f.id)
    return out


# a list that shares the cooperation of the field before it, or the goods of a trade ("exporting coal")
_TAIL_HEAD = re.compile(r"\b(?:including|such as|namely|notably|especially|particularly|in particular)\b|"
                        r"\b((?:export|import|ship|sell|buy|suppl)\w*)\s+(?:of\s+)?", re.I)
_MUTUAL_BEFORE = re.compile(r"\b(?:mutual|two-way|reciprocal)\s+$", re.I)
_INVESTED_IN = re.compile(r"^\s+(?:[\w$.,%-]+\s+){0,6}?in\b")
_GOODS_SHARE = re.compile(r"^\s+(?:making up|make up|makes up|accounting for|accounts? for|comprising)\b", re.I)
_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+)?$")
_THIRD_OWN = re.compile(r"^['’]s\s+(?:[\w-]+,?\s+(?:and\s+)?){0,3}$")  # "China's growing military and economic presence"
_CLAUSE_OPEN = re.compile(r"\b(?:as|while|amid|because|since|when|whereas|after)\s+(?:the\s+)?$", re.I)
_SUBJECT_GAP = re.compile(r"^(?:['’]s)?\s+(?:(?:has|have|had|is|was|will|would|also|further|now|rapidly|steadily)\s+){0,2}$")


def _third_subject(s: str, at: int, si: SentInfo, p: tuple) -> bool:
    """The cue's subject is a country outside the pair opening its own clause ("as China expands")."""
    return any(h.iso not in p and h.kind in ("name", "leader") and _SUBJECT_GAP.match(s[h.end:at])
               and _CLAUSE_OPEN.search(s[max(0, h.start - 12):h.start]) for h in si.countries if h.end <= at)


def _count(prefix: str, R) -> int | None:
    m = _COUNT_BEFORE.search(prefix)
    if not m or not (m.group(1).isdigit() or m.group(1).lower() in R.numbers):
        # "two loan agreements": one plain word between the number and the noun
        m = re.search(r"\b(\d{1,3}|[a-z]+)\s+(?!(?:and|or|of|on|in|the|with|for|to)\s)[a-z-]+\s+$", prefix, re.I)
    if not m:
        return None
    w = m.group(1).lower()
    if w.isdigit():
        return int(w)
    if w == "dozen":
        return 12
    return R.numbers.get(w)


def _is_plural(noun: str) -> bool:
    head = noun.lower().split(" of ")[0]
    return (head.endswith(("s", "ies", "memoranda")) and not head.endswith(("ss", "us"))) or head in ("mous", "mocs")


def _doc_pair(si: SentInfo, b: int, p: tuple, story) -> tuple:
    """"a security pact signed with Australia": the document's other party is the country after
    "with"; its own side is the story's country the sentence names."""
    s = si.sent.text
    for h in si.countries:
        if b < h.start <= b + 45 and _WITH_PARTY.match(s[b:h.start]):
            if h.iso in p:
                return p
            named = {x.iso for x in si.countries}
            sides = [x for x in (story or p) if x in named and x != h.iso] or [x for x in p if x in named and x != h.iso]
            return pair(sides[0], h.iso) if len(sides) == 1 else p
    return p


def _agreements(si: SentInfo, p, R, agreements: list[Agr], list_ctx, story=None, *, listed: bool = False) -> list[Agr] | str:
    """``listed``: the sentence names the documents of the package signed just before, so they count as signed."""
    s = si.sent.text
    made: list[Agr] = []
    if not si.docs:
        bare = R.bare_count.search(s) if si.fields else None
        n = _count(bare.group(1) + " ", R) if bare else None
        if n and n > 1 and not R.planned.search(s[:bare.start()]):
            # "five were signed, covering trade and health": one counted package, no document noun
            g = Agr(pair=p, type="agreement", fields=list(dict.fromkeys(f.id for fs, _, f in si.fields if fs >= bare.end())),
                    mentions=[(si, bare.group())], count=n, headline=si.headline)
            w = _own_when(si)
            if w is not None:
                g.date, g.year = w.date, w.year
            agreements.append(g)
            made.append(g)
        return made
    if si.sent.line_start and _TABLE_HEAD.search(s):
        return "list-head"
    signed = si.has(R, "signed") or listed
    in_list = bool(list_ctx) and si.sent.line_start
    result: list[Agr] | str = made
    prev_end = None
    skip = -1
    for i, (a, b, typ) in enumerate(si.docs):
        prev_end, this_prev = b, prev_end
        if i == skip:
            continue
        if this_prev is not None and _TITLE_TAIL.fullmatch(s[this_prev:a]):
            continue  # "an Exchange of Notes on the Grant Aid Programme": the name of the document before
        if i + 1 < len(si.docs) and _is_plural(s[a:b]):
            na, nb, ntyp = si.docs[i + 1]
            if _AND_ONLY.fullmatch(s[b:na]) and _is_plural(s[na:nb]):
                # "agreements and memoranda on trade": one package of mixed documents
                b, typ, skip = nb, "agreement", i + 1
        doc_p = _doc_pair(si, b, p, story)
        noun = s[a:b]
        low = noun.lower()
        prefix = s[:a]
        after = s[b:]
        if re.match(r"^\s+(?:of|to|for)\s+(?:the\s+)?(?:signing|sign)\b", after):
            continue
        if _org_antecedent(s, a, si):
            continue
        if R.company.search(s[max(0, a - 60):a]) or _COMPANY_AFTER.match(after):
            continue
        plural = _is_plural(noun)
        head_tail = after.rstrip()
        if R.list_head.search(head_tail) or (head_tail.endswith(":") and plural):
            if signed:
                result = "list-head"
            continue
        if R.package_member.search(prefix[-40:]) and not listed and not _NAMED_AFTER.search(prefix[-60:]):
            continue  # "among the deals was a loan": a member of a package counted already; "nine documents, among them a loan" names it
        if R.multilateral.search(s[max(0, a - 45):b + 40]):
            continue  # "the Joint Comprehensive Plan of Action": a deal of many parties
        if _SIMILAR.search(prefix[-40:]) or _OTHER_PARTIES.match(after):
            continue  # "similar agreements with 20 countries": the one side's dealings with others
        inline = _INLINE_LIST.match(after) if plural else None
        if inline and not re.match(r"(?:on|in|regarding|concerning|covering)\s", after[inline.end():], re.I):
            if signed or typ != "other":
                made.extend(_inline_items(si, p, typ, b + inline.end(), R, agreements))
            continue
        planned = bool(R.planned.search(re.split(r",\s+(?:and|but|while)\s+|;", prefix[-80:])[-1])) or bool(
            _PLANNED_AFTER.match(after))
        count = _count(prefix[-40:], R) if plural else None
        earlier = bool(_YEAR_BEFORE.search(prefix[-30:]) or _YEAR_AFTER.match(after))
        # the noun phrase: premodifiers back to a determiner or verb
        np_m = _INDEF_NP.search(prefix[-60:])
        premod = np_m.group(1) if np_m else ""
        words = premod.split()
        keep = []
        for w in reversed(words):
            if _NP_BREAK.search(w) or w.lower() in ("the", "a", "an") or w.endswith((",", ".")):
                break
            keep.append(w)
        premod = " ".join(reversed(keep))
        np_start = a - (len(premod) + 1 if premod else 0)
        scope = after
        e = _SCOPE_END.search(scope)
        scope_end = b + (e.start() if e else len(scope))
        # a document's fields stop where the next document of the sentence begins
        clause_end = scope_end  # a date closing the clause dates every document in it
        nxt = next((da for da, _, _ in si.docs if da >= b), None)
        if nxt is not None and nxt < scope_end:
            scope_end = _np_start(s, nxt)
        fields = [f.id for fs, fe, f in si.fields if np_start <= fs < scope_end]
        topic = _topic(premod + " " + s[b:scope_end])
        name = None
        if noun[:1].isupper() and not si.headline:
            run = re.search(r"((?:(?:[A-Z][\w’'-]*|of|on|and|for)\s+){1,6})$", prefix)
            if run and run.group(1).split()[0][:1].isupper() and run.group(1).split()[0].lower() not in ("the", "a", "an", "this"):
                name = (run.group(1) + noun).strip()
        if name is None and noun[:1].isupper() and not si.headline:
            tail = _NAME_TAIL.match(after)  # "the Treaty on Security Guarantees": named by what follows
            if tail:
                name = (noun + tail.group()).strip()
        if name is not None:
            name = _NAME_PLACE.sub("", name)  # "... Cooperation in Rome": where it was signed
        if in_list:
            name = _BULLET.sub("", s).split(" | ")[0].rstrip(" ;.|")
        definite = _DEFINITE.search(prefix[-50:]) is not None and not in_list and a >= 3
        dated = signed or earlier or typ in ("joint-statement", "joint-declaration")
        own_dates = [d for d in si.dates if np_start <= d.start < scope_end]  # "a pact signed with X in 2022"
        when = _own_when(SentInfo(si.sent, dates=own_dates or [d for d in si.dates if d.start < clause_end])) if dated else None
        if earlier and when is not None:
            when = When(when.start, None, when.year, False, False)
        generic = low.startswith(("document", "instrument"))
        status = "planned" if planned else "signed"

        if plural and definite and not count:
            continue
        if name and not in_list and _NICKNAME.search(prefix[-40:]):
            # "the treaty, known as the Quirinal Treaty", a nickname used later: the document signed before
            ante = next((g for g in reversed(agreements) if g.pair == doc_p and g.type == typ and not g.named
                         and (g.date is not None or g.year is None)), None)
            if ante is not None:
                ante.mentions.append((si, noun))
                ante.fields.extend(f for f in fields if f not in ante.fields)
                ante.name = ante.name or name
                continue
        if definite and not name and not in_list:
            ante = next((g for g in reversed(agreements) if g.pair == doc_p and (g.type == typ or typ in ("agreement", "other"))
                         and not (earlier and when is not None and g.year != when.year)), None)
            if ante is not None:
                ante.mentions.append((si, noun))
                if when and when.date and ante.date is None:
                    ante.date, ante.year = when.date, when.year
                continue
            if not (signed or earlier or (premod.strip() and not low.startswith(("deal", "pact")))) or generic:
                continue
        elif plural:
            if generic and not (fields and signed):
                continue
            if not (signed or in_list) or not (fields or count or signed):
                continue
        else:
            if generic and not in_list:
                continue
            if not (signed or name or earlier or in_list or typ in ("joint-statement", "joint-declaration")):
                continue
            if (typ == "other" or (low.startswith("program") and not in_list)) and not signed:
                continue  # "under the Global Combat Air Programme": a project, not a signed document
        g = Agr(pair=doc_p, type=typ, fields=list(dict.fromkeys(fields)), mentions=[(si, noun)],
                date=when.date if when else None, year=when.year if when else None, count=count,
                status=status, name=name, topic=topic, headline=si.headline, named=bool(name) and in_list)
        agreements.append(g)
        made.append(g)
    return result if result == "list-head" else made


_PACKAGE_LIST = re.compile(
    r"^\s*(?:among\s+(?:them|these|those|the\s+(?:[\w-]+\s+){0,2}?(?:documents|agreements|deals|instruments|texts|memoranda|accords))\b"
    r"|(?:they|these|those|the\s+(?:[\w-]+\s+){0,2}?(?:documents|agreements|deals|instruments|texts|memoranda|mous|accords|pacts))"
    r"\s+(?:also\s+)?(?:included?|includes|including|comprised?|comprises|covered|were|are)\b)", re.I)
_NAMED_AFTER = re.compile(r"\b(?:documents|agreements|instruments|deals|texts|memoranda|mous|accords|pacts)\s*,?\s+"
                          r"(?:including|such as|among them|namely)\s+(?:an?|the)\s", re.I)
_AND_ONLY = re.compile(r"\s+(?:and|or|&)\s+")
_WITH_PARTY = re.compile(r"^\s*,?\s+(?:(?:signed|concluded|agreed|reached|struck|sealed|made)\s+)?with\s+(?:the\s+)?$")
_PLANNED_AFTER = re.compile(r"^\s+(?:(?:are|is|were|was|will be|would be)\s+)?(?:(?:expected|set|due|scheduled|likely|slated|poised)"
                            r"\s+to\s+be|to\s+be)\s+(?:signed|inked|concluded|finali[sz]ed|exchanged)\b", re.I)
_YEAR_AFTER = re.compile(r"^\s*,?\s+(?:(?:signed|concluded|agreed|reached|struck|in force|in effect|in place|dating)\s+)?"
                         r"(?:(?:with|between)\s+[^.;,]{0,40}?\s+)?(?:in|since|from|back to)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?(?:19|20)\d{2}\b")
_NICKNAME = re.compile(r"\b(?:known as|dubbed|called|nicknamed|so-called|referred to as)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$", re.I)
_NAME_PLACE = re.compile(r"\s+(?:in|at)\s+[A-Z][\w’'-]*$")
_SIMILAR = re.compile(r"(?:\bsimilar|\b(?:unlike|like|than)\s+(?:(?:some|many|most|the|all|any)\s+)?(?:of\s+the\s+)?other)\s+(?:[\w-]+\s+)?$", re.I)
_OTHER_PARTIES = re.compile(r"^\s+with\s+(?:\d+|[a-z]+|more than \d+|over \d+)\s+(?:other\s+)?(?:countries|nations|states|partners)\b")
_TITLE_TAIL = re.compile(r"\s+(?:on|for|of|regarding|concerning)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|and|for|on)\s+)?){1,5}")


def _np_start(s: str, a: int) -> int:
    """Where the noun phrase of a document noun at ``a`` begins (its premodifiers and count)."""
    conj = list(re.finditer(r"(?:\b(?:and|or|as well as|plus)\b|,)\s*", s[max(0, a - 60):a]))
    if conj:
        return max(0, a - 60) + conj[-1].start()
    m = re.search(r"(?:\b(?:and|or|as well as|plus)\s+)?(?:(?:signed|inked|issued|adopted|a|an|the|\d+|[a-z]+)\s+)?(?:[\w'’-]+\s+){0,3}$", s[max(0, a - 60):a])
    return max(0, a - 60) + m.start() if m else a


def _inline_items(si: SentInfo, p, typ: str, start: int, R, agreements: list[Agr]) -> list[Agr]:
    """Named documents listed after "agreements including ..."; items that carry their own
    document noun are left to it, and a noun followed by "on" opens a list of topics, not documents."""
    s = si.sent.text
    end = re.search(r"[;.](?:\s|$)|$", s[start:])
    region_end = start + (end.start() if end else len(s) - start)
    made = []
    pos = start
    for piece in _ITEM_SPLIT.split(s[start:region_end]) + [None]:
        if piece is None:
            break
        a = s.find(piece, pos)
        b = a + len(piece)
        pos = b
        doc = R.doc.search(piece)
        if doc:
            if re.match(r"\s+(?:on|regarding|concerning|in)\b", piece[doc.end():]) and not re.match(r"\s+in\s+(?-i:[A-Z][a-z]+\s+\d)", piece[doc.end():]):
                break
            continue
        name = re.sub(r"^(?:the|a|an)\s+", "", piece.strip(), flags=re.I)
        if sum(w[:1].isupper() for w in name.split()) < 2:
            continue
        fields = [f.id for fs, fe, f in si.fields if a <= fs < b]
        w = _own_when(SentInfo(si.sent, dates=[d for d in si.dates if a <= d.start < b]))
        g = Agr(pair=p, type=typ, fields=fields, mentions=[(si, piece)], year=w.year if w else None,
                name=re.sub(r"\s+(?:in|since|from)\s+(?-i:[A-Z][a-z]+)?\s*\d{4}$", "", name), topic=_topic(name), named=True)
        agreements.append(g)
        made.append(g)
    return made


def _merge_agreements(agreements: list[Agr]) -> list[Agr]:
    out: list[Agr] = []
    body = [g for g in agreements if not g.headline]
    heads = [g for g in agreements if g.headline]
    for g in body:
        target = None
        for o in out:
            if o.pair != g.pair or o.named or g.named:
                continue
            if any(m[0] is g.mentions[0][0] for m in o.mentions):
                continue  # two documents of one sentence are two documents
            same_type = o.type == g.type
            generic = "agreement" in (o.type, g.type)
            if not (same_type or generic):
                continue
            if o.name and g.name and o.name.lower() != g.name.lower():
                continue
            if same_type and (not o.topic or not g.topic):
                target = o
                break
            if o.topic and g.topic and (o.topic <= g.topic or g.topic <= o.topic):
                target = o
                break
        if target is None:
            out.append(g)
            continue
        _absorb(target, g)
    for g in heads:
        if g.mentions[0][1].lower().endswith("s") and any(o.pair == g.pair for o in out):
            continue  # "sign package of deals": the body names them
        target = next((o for o in out if o.pair == g.pair and o.type == g.type), None)
        if target is None and g.type == "agreement":
            target = next((o for o in out if o.pair == g.pair and o.type in ("treaty", "memorandum")), None)
        if target is None:
            out.append(g)
        else:
            _absorb(target, g)
    return out


def _absorb(target: Agr, g: Agr) -> None:
    if target.type == "agreement" and g.type != "agreement":
        target.type = g.type
    target.mentions.extend(g.mentions)
    target.fields.extend(f for f in g.fields if f not in target.fields)
    target.topic = target.topic | g.topic
    if target.date is None and g.date is not None:
        target.date, target.year = g.date, g.year
    if target.year is None and g.year is not None:
        target.year = g.year
    target.name = target.name or g.name
    target.count = target.count or g.count
    if g.status == "signed":
        target.status = "signed"


def _partnership_facts(levels: dict, anchors: dict, events: dict) -> tuple[PartnershipFact, ...]:
    # group wordings of one ladder concept, then fold shorter wordings into fuller ones
    groups: dict[tuple, list] = {}
    for (p, norm), items in levels.items():
        slug = find_level(norm) or norm
        groups.setdefault((p, slug), []).extend(items)
    keys = list(groups)
    wording = {k: max((normalize_level(it[1]) for it in groups[k]), key=len) for k in keys}

    def action_of(items):
        return max((it[2] for it in items), key=lambda x: _ACTION_RANK[x])

    def has_own_date(items):
        return any(it[3] is not None and (it[3].date or it[3].year) for it in items)

    for k in sorted(keys, key=lambda k: len(wording[k])):
        if k not in groups:
            continue
        short = wording[k].split()
        if not set(short) - _GENERIC_LEVEL_WORDS:
            continue
        items = groups[k]
        if action_of(items) in ("establish", "upgrade", "downgrade") and has_own_date(items):
            continue
        for o in sorted(groups, key=lambda o: -len(wording[o])):
            if o == k or o[0] != k[0] or len(wording[o]) <= len(wording[k]):
                continue
            if _subsequence(short, wording[o].split()):
                groups[o].extend(items)
                del groups[k]
                break

    facts = []
    for (p, _slug), items in groups.items():
        items.sort(key=lambda it: it[0].sent.start)
        mentions = tuple(sorted({_mention(it[0]) for it in items}))
        # the article's own event speaks for the level; a past event only when there is none
        now = [it for it in items if it[5] == "now"]
        if now and any(it[5] == "past" for it in items):
            items = now + [it for it in items if it[5] == "background"]
        level = max((_as_written(it[1]) for it in items), key=lambda w: (len(normalize_level(w)), w))
        action = action_of(items)
        date = year = None
        own = [it[3] for it in items if it[3] is not None and it[3].date is not None and it[2] == action]
        said = [it[3] for it in items if it[3] is not None and it[2] == action]
        linked = [it[4] for it in items if it[4] is not None and (it[4].date or it[4].year)]
        if own:
            date, year = own[0].date, own[0].year
        elif linked:
            date, year = linked[0].date, linked[0].year
        elif said:  # a year, a month or "last year": no day, and not the meeting's either
            year = next((w.year for w in said if w.year), None)
        elif action in ("reaffirm", "upgrade", "downgrade") and anchors.get(p) is not None:
            # the meeting nearest before the statement dates it ("visit from June 11 to 13 ... On June 12")
            at = next(it[0].sent.start for it in items if it[2] == action)
            near = [d for start, d in events.get(p, ()) if start <= at]
            date = near[-1] if near else anchors[p]
            year = date.year
        facts.append(PartnershipFact(
            pair=p, level=level, action=action, date=date, year=year if date is None else None,
            mentions=mentions,
        ))
    return tuple(sorted(facts, key=lambda f: (f.pair, f.level, f.action)))


def _era(act: str, when: When | None, before: str, published: dt.date | None, R) -> str:
    """"past" for an event dated before the article's year, "now" for the article's own event
    (a change of level, or a reaffirmation said as such), else "background"."""
    year = when.year if when is not None else None
    if year is not None and published is not None and year < published.year - (1 if when.date else 0):
        return "past"
    if act != "reaffirm" or (when is not None and when.date is not None) or R.keep.search(before):
        return "now"
    return "background"


def _as_written(wording: str) -> str:
    """The designation as the text gives it: lowercased, without quotes, a leading article or "bilateral"."""
    text = re.sub(r"[\"“”‘’`]", " ", wording.lower())
    text = re.sub(r"\bbilateral\b", " ", text)
    text = re.sub(r"^\s*(?:the|a|an)\s+", "", re.sub(r"\s+", " ", text).strip())
    return text.replace("‐", "-").replace("–", "-")


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(w == x for x in it) for w in short if w != "and")
