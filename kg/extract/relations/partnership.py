"""Partnership levels: designations found in sentences, each with its action, date and era, then
grouped per pair and ladder concept into PartnershipFacts."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from kg.extract.clauses import maybe_before
from kg.extract.dates import own_when
from kg.extract.doc import DraftAgreement, LevelMention, LevelSpan, SentInfo, When
from kg.extract.fastre import might_find_folded, scan
from kg.extract.lexicon import folded_once, folds_alike, patterns
from kg.extract.pairs import org_antecedent, peer_matches
from kg.facts import Pair, PartnershipFact, pair
from kg.ladder import find_level, normalize_level

__all__ = ["scan_levels", "read_levels", "partnership_facts", "heads_section", "listed_partners", "names_kinds",
           "level_action", "clause_when", "level_statements"]

P = patterns("en")
_W = P.words
_ACTION_RANK = {"upgrade": 4, "establish": 3, "downgrade": 2, "reaffirm": 1}
_GENERIC_LEVEL_WORDS = frozenset(_W["generic_level_words"])
_ECONOMIC = frozenset(_W["economic_level_words"])
_PLAIN = frozenset(_W["plain_partnership_words"])
_PARTICIPLE = frozenset(_W["participle_level_words"])
_CHANGED = frozenset(_W["changed_level_words"])
_HEAD = P.fragments["level_head"]
_TITLE_VERBS = frozenset(_W["title_lead_verbs"])
_TITLE_ENDING_KEEP = frozenset(_W["title_ending_keep"])
_MINOR = frozenset(_W["acronym_minor_words"])
_COMMON_ACRONYMS = _W["common_acronyms"]
_VISIT_DAYS = 3  # days: dates this close belong to one visit
_MEETING_SPAN = 366  # days: a written date this long before the article's latest is history, not its meeting
_PARTNER_NOUN = re.compile(P.fragments["partner_noun"], re.I)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[\w-]+")
_BILATERAL = _W["bilateral_prefix"] + " "  # a designation said to be the pair's own
_LOOK_BACK = tuple(_W["look_back_gates"])
_SINCE = _W["since_gate"]
_HEADING_MAX = 80  # characters: a longer line is a sentence, not a heading
_RAISED_GATES = tuple(_W["raised_ties_gates"])
_ANAPHOR_GATES = tuple(_W["level_anaphor_gates"])
_NEXT_GAP = 3  # characters between a sentence and the next one (a space, a line break, a blank line)
_FOUNDING = ("establish", "upgrade")  # the acts an anniversary looks back to
# the acts a statement of today (not looked back on) takes the meeting's day for, when it has none of its own
_MEETING_DATED = ("reaffirm", "upgrade", "downgrade", "establish")
_RUNG = " level"  # the word a rung named without the head noun needs ("to a strategic level")
_RUNG_ONE = " one"  # or the pronoun for it ("to a 'strategic' one")
_MORE = " more"  # the word a count of further partners needs ("three more: A, B and C")
_SUCH_REACH = 3  # sentences: "such partnerships" refers this far back (a stray line may stand between)
_MIN_INITIALS = 3  # "CSP": shorter initials ("SP") are too often something else
_GLUE_LEADS = frozenset(_W["glue_lead_words"])  # short words a designation is found glued to


def _title_levels(si: SentInfo, R) -> list[tuple[int, int]]:
    """Title Case designations ("the Comprehensive Strategic Partnership for ..."), not named frameworks."""
    s = si.sent.text
    found = []
    for m in (R.level_title.finditer(s) if _HEAD.capitalize() in s else ()):
        words, start = m.group(1).split(), m.start(1)
        while words and words[0].lower() in _TITLE_VERBS:  # "a statement on Promoting Comprehensive ...": the verb is the title's
            start = s.index(words[1], start + len(words[0])) if len(words) > 1 else m.end(1)
            words = words[1:]
        if words and all(P.title_word_ok.match(w) and P.adj_end.search(w.lower()) for w in words) and not (
            {w.lower() for w in words} & R.framework_words
        ) and any(R.level.fullmatch(f"{w.lower()} {_HEAD}") for w in words):  # "Action-oriented Partnership": none
            end = _with_title_tail(si, m.end(), R)
            if end is not None:
                found.append((start, end))
    return found


def _with_title_tail(si: SentInfo, end: int, R) -> int | None:
    """The end of a Title Case designation with its ending ("for a New Era"). An ending with a word no designation's
    ending has is not the level's: with a field it makes a sector's named framework ("a Strategic Partnership for
    Artificial Intelligence": None, no level), else it is the sentence's purpose ("Push ... Comprehensive Strategic
    Partnership for Constant and New Achievements": the level ends before it)."""
    tail = R.level_title_tail.match(si.sent.text[end:])
    if not tail:
        return end
    a, b = end, end + tail.end()
    words = set(_WORD.findall(si.sent.text[a:b].lower())) - R.ending_words
    if words and any(a <= f.start and f.end <= b for f in si.fields):
        return None
    return end if words else b


def _candidates(si: SentInfo, R, hits: list) -> list[tuple[int, int]]:
    s = si.sent.text
    found: list[tuple[int, int]] = []
    for start, end in hits:
        if P.quote_open.search(s[max(0, start - 3):start]) and not R.compound_head.match(s[end:end + 30]) and (
                rest := P.quoted_rest.match(s[end:])):
            end += rest.end()
        if s[end - len(_HEAD) - 1:end].lower() == _HEAD + "s":
            end -= 1  # the plural's partners follow; the designation is the singular
        if s[end - len(_HEAD):end].startswith(_HEAD[0].upper()) and (end := _with_title_tail(si, end, R)) is None:
            continue
        found.append((start, _purpose_cut(s, start, end)))
    for m in (R.level_quoted.finditer(s) if _HEAD[1:] in s else ()):
        lead = P.pair_adjectives_lead.match(s[m.start(1):m.end(1)])  # "“Franco-Polish strategic partnership”"
        found.append((m.start(1) + (lead.end() if lead else 0), m.end(1)))
    found.extend(_title_levels(si, R))
    # longest span wins where spans overlap
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out: list[tuple[int, int]] = []
    for a, b in found:
        if out and a < out[-1][1]:
            if b - a > out[-1][1] - out[-1][0]:
                out[-1] = (a, b)
            continue
        out.append((a, b))
    return out


def _purpose_cut(s: str, a: int, b: int) -> int:
    """"the Strategic and Global Partnership for peace and prosperity": after a Title Case head a lowercase ending is
    the sentence's purpose, not the name's; one naming a closer tie or a time ("for a new era") stays."""
    k = s.find(_HEAD.capitalize(), a, b)
    if k < 0 or k + len(_HEAD) >= b:
        return b
    words = _WORD.findall(s[k + len(_HEAD):b])
    if not words or any(w[0].isupper() for w in words) or {w.lower() for w in words} & _TITLE_ENDING_KEEP:
        return b
    return k + len(_HEAD)


def _no_designation(words: list[str]) -> bool:
    """An economic framework ("economic partnership", "Vietnam's leading economic partner"); praise
    ("a “robust partnership”")."""
    return bool(set(words) & _ECONOMIC) and _W["strategic"] not in words or set(words[:-1]) <= _PLAIN


def _described(s: str, a: int, b: int, words: list[str]) -> bool:
    """"promising enhanced partnership amid ...", "understanding and enhanced partnership between them": a lone
    participle before the head, lowercase, with no article, possessive or quote before it, describes the ties."""
    before = s[max(0, a - 30):a]
    return len(words) == 2 and words[0] in _PARTICIPLE and s[a:b] == s[a:b].lower() and not (
        P.det_before.search(before) or P.possessive_before.search(before))


def _add_levels(si: SentInfo, R, hits: list) -> None:
    s = si.sent.text
    sector: set[str] = set()  # wordings the sentence gives a sector's partnership: none of its mentions is the pair's level
    for a, b in _candidates(si, R, hits):
        if lead := P.coop_noun_lead.match(s, a):
            a = lead.end()
        else:
            a = _unglued_start(s, a, b, R)
        words = normalize_level(s[a:b]).split()
        if len(words) > 2 and words[0] in _CHANGED and (nxt := _WORD.search(s, a + len(words[0]))):
            a, words = nxt.start(), words[1:]  # "an upgraded strategic partnership": the change, then the level
        if len(words) < 2:
            continue  # "their bilateral partnership": no designation once "bilateral" is set aside
        if _no_designation(words) or _described(s, a, b, words):
            continue
        if any(fe <= a and not s[fe:a].strip() for _, fe, _ in si.fields):
            continue  # "the energy strategic partnership": one sector's framework, not the pair's level
        if P.level_sector_after.match(s, b) and P.level_sector_lead.search(s[max(0, a - 12):a]):
            sector.add(" ".join(words))  # "on strategic partnership in the field of education": a sector's
            continue
        if (R.compound_head.match(s[b:b + 30]) or P.acronym_doc_after.match(s[b:b + 30])) and not (
                _W["strategic"] in words and (doc := P.level_treaty_after.match(s[b:b + 20]))
                and (P.signed_right_before.search(s[max(0, a - 40):a]) or P.treaty_set_up_after.match(s[b:b + 160])
                     or (doc.group().strip(" ”\"’'")[:1].isupper() and (
                         R.signed.search(s[:a]) or P.level_treaty_signed_after.match(s[b:b + 50]))))):
            continue  # "the strategic partnership council"; "signed the ... Strategic Partnership Agreement": the level
        si.levels.append(LevelSpan(a, b, _without_comma(s[a:b])))
    if sector:  # "the strategic partnership declaration on strategic partnership in the field of ...": the sector's too
        si.levels[:] = [lv for lv in si.levels if normalize_level(lv.text) not in sector]


def _unglued_start(s: str, a: int, b: int, R) -> int:
    """Scraped text that lost a space at a line break: "thecomprehensive strategic partnership", "the Ghana-Peruextensive
    strategic partnership"; the qualifier glued to the end of the word before the designation is its first word."""
    m = P.glued_word_before.search(s, max(0, a - 40), a)
    if not m:
        return a
    word = m.group(1)
    for k in range(1, len(word) - 3):
        lead = word[:k]  # a name or a short word of its own, not a prefix ("geostrategic")
        if word[k].islower() and (lead[0].isupper() or lead.lower() in _GLUE_LEADS) and R.level.fullmatch(
                word[k:] + " " + s[a:b]):
            return m.start(1) + k
    return a


def _without_comma(wording: str) -> str:
    """"partnership, for peace and prosperity in Asia": the ending after a comma is read as written without it;
    so are qualifiers a comma separates ("a comprehensive, strategic partnership")."""
    k = wording.lower().find(_HEAD + ",")
    if k >= 0:
        wording = wording[:k + len(_HEAD)] + wording[k + len(_HEAD) + 1:]
    h = wording.lower().find(_HEAD)
    return wording if h < 0 else wording[:h].replace(", ", " ") + wording[h:]


def scan_levels(doc, R) -> None:
    """Designations of each sentence: the lexicon's pattern run once over the text, plus quoted
    and Title Case forms per sentence."""
    hits: dict[int, list] = {}
    for m in (scan(R.level_low, doc.low) if doc.low is not None else R.level.finditer(doc.text)):
        si = doc.at(m.start())
        if si is not None and m.end() <= si.sent.end:
            hits.setdefault(id(si), []).append((m.start() - si.sent.start, m.end() - si.sent.start))
    last: tuple[int, str] | None = None  # (sentence index, wording) of the latest designation
    for k, si in enumerate(doc.sentences):
        found = hits.get(id(si))
        if found or _HEAD[1:] in si.sent.text:  # a sentence without the head noun has no designation to add
            _add_levels(si, R, found or [])
        near = last if last is not None and k - last[0] <= 2 else None
        if _HEAD[:7] in si.sent.text.lower():
            _partner_levels(si, R)
        low = si.low or si.sent.text.lower()
        if _RUNG in low or _RUNG_ONE in low:
            _rung_levels(si, R)
        if _HEAD + "s" in low:
            _plural_targets(si, R)
        if any(w in low for w in _ANAPHOR_GATES):  # "maintains that level of relations with 18 countries: A, ..."
            _such_levels(si, P.that_level, near)
        if "similarly" in low or "likewise" in low:  # "it similarly upgraded ties with Singapore"
            _such_levels(si, P.likewise_ties, near)
        if si.levels:
            last = (k, si.levels[-1].text)
    _acronym_levels(doc.sentences)
    for si, nxt in zip(doc.sentences, doc.sentences[1:]):
        if si.levels and nxt.countries and len(nxt.countries) > 1:
            _listed_next(si, nxt, R)
    last = None
    for k, si in enumerate(doc.sentences):  # after the acronyms: "After A and B, C is the third country ... the CSP with"
        near = last if last is not None and k - last[0] <= 2 else None
        if si.countries:  # a comparison lists countries
            _peer_levels(si, near)
        if _HEAD[:7] in si.sent.text.lower():  # after the acronyms: "... to a CSP. Others it has such partnerships with"
            _such_levels(si, P.such_partners, last if last is not None and k - last[0] <= _SUCH_REACH else None)
        if si.levels:
            last = (k, si.levels[-1].text)


def _rung_levels(si: SentInfo, R) -> None:
    """"elevated their relationship to a comprehensive strategic level": the designation those modifiers make
    (every word one of the lexicon's modifiers), where no designation is named there already."""
    s = si.sent.text
    for m in P.rung_level.finditer(s):
        wording = " ".join(m.group(1).replace(",", " ").split()) + " " + _HEAD
        if R.level.fullmatch(wording) and not any(x < m.end() and m.start(1) < y for x, y, _ in si.levels):
            si.levels.append(LevelSpan(m.start(1), m.end(), wording))
    si.levels.sort(key=lambda x: x[0])


def _plural_targets(si: SentInfo, R) -> None:
    """"elevated relations with A, B and C to comprehensive strategic partnerships": the plural target of a
    raise over a list is the designation each listed pair is raised to."""
    s = si.sent.text
    for m in P.plural_target.finditer(s):
        wording = " ".join(m.group(1).split())
        if R.level.fullmatch(wording) and not any(x < m.end() and m.start(1) < y for x, y, _ in si.levels):
            si.levels.append(LevelSpan(m.start(1), m.end(1), wording))
    si.levels.sort(key=lambda x: x[0])


def _acronym_levels(sentences: list[SentInfo]) -> None:
    """"an Enhanced Strategic Partnership (ESP) ... was elevated to ESP in 2015": an acronym the text
    defines for a designation (its words' initials, in brackets after it) stands for it from there on;
    so do the initials of a Title Case designation named before ("the CSP")."""
    known: dict[str, str] = _common_acronyms(sentences)
    named: dict[str, str] = {}  # "the new Comprehensive Strategic Partnership ... signed the CSP": its initials
    for si in sentences:
        s = si.sent.text
        for a, b, text in list(si.levels):
            initials = "".join(w[0] for w in text.split() if w.lower() not in _MINOR).upper()
            m = P.acronym_after.match(s, b)
            if m and m.group(1) == initials:
                known[m.group(1)] = text
            if len(initials) >= _MIN_INITIALS and text[:1].isupper():
                named.setdefault(initials, text)
        for acr, text in {**named, **known}.items():
            for m in re.finditer(P.fragments["acronym_use"].format(re.escape(acr)), s) if acr in s else ():
                if not any(x <= m.start() < y for x, y, _ in si.levels) and not P.term_noun_after.match(s[m.end():]):
                    si.levels.append(LevelSpan(m.start(), m.end(), text))  # not "the CSP concept": the term itself
        si.levels.sort(key=lambda x: x[0])


def _listed_next(si: SentInfo, nxt: SentInfo, R) -> None:
    """"Vietnam has comprehensive strategic partnerships with five countries. They are A, B and C", "India
    joined the club of the US's strategic partners. Only the likes of A, B and C ...": a sentence that ends
    on one owner's partners, counted or not named, and the next that opens on their list: the list's
    countries hold the level with the owner (the owner's action, read where the level was said)."""
    s, (a, b, wording) = si.sent.text, si.levels[-1]
    if _more_listed(si, nxt, R) or _others_next(si, nxt, R):
        return
    rest = s[b:]
    counted = P.counted_partners.match(rest)
    if not (counted or (P.roll_noun_end.search(s[a:b]) and P.partners_end.match(rest))):
        return
    owner = next((h.iso for h in si.countries if h.end <= a and P.roll_owner_before.match(s[h.end:a])), None)
    if owner is None:  # "Peru counts several strategic partners.": the one country the sentence names
        owners = {h.iso for h in si.countries}
        owner = owners.pop() if len(owners) == 1 else None
    first = nxt.countries[0]
    if owner is None or first.iso == owner or not P.list_intro.match(nxt.sent.text[:first.start]):
        return
    _roll_next(nxt, owner, level_action(s, a, b, R), wording)


def _roll_next(nxt: SentInfo, owner: str, act: str | None, wording: str) -> None:
    """The next sentence lists the owner's partners at the level, by the act of the sentence before."""
    first = nxt.countries[0]
    nxt.roll = (owner, act)
    nxt.levels.append(LevelSpan(first.start, first.start, wording))
    nxt.levels.sort(key=lambda x: x[0])


def _others_next(si: SentInfo, nxt: SentInfo, R) -> bool:
    """"Kenya is the fifth country to hold X with Peru. The others are A, B, C and D": after a ranked roll,
    the next sentence lists the ones already on it; each holds the level with the roll's owner."""
    s, (a, b, wording) = si.sent.text, si.levels[-1]
    first = nxt.countries[0]
    if not (P.peer_rank.search(s) or P.rank_before.search(s[max(0, a - 20):a])) or \
            not P.others_intro.match(nxt.sent.text[:first.start]):
        return False
    sides = list(dict.fromkeys(h.iso for h in si.countries))
    joiner = _joiner(si)  # "Kenya is the fifth country to hold X with Peru": Peru's roll
    owner = _roll(si, a, b)[2] or (next(x for x in sides if x != joiner) if joiner and len(sides) == 2 else None)
    if owner is None or first.iso == owner:
        return False
    _roll_next(nxt, owner, "reaffirm", wording)
    return True


def _more_listed(si: SentInfo, nxt: SentInfo, R) -> bool:
    """"In 2023 Japan became a comprehensive strategic partner of Vietnam. By 2024 there were three more:
    A, B and C": the next sentence counts more partners and lists them; each holds the level with the owner
    of the sentence before (the roll's owner, else of its two countries the one the other is "with"), by the
    same act."""
    if _MORE not in nxt.sent.text:
        return False
    first = nxt.countries[0]
    if not P.more_listed.match(nxt.sent.text[:first.start]):
        return False
    s, (a, b, wording) = si.sent.text, si.levels[-1]
    owner = _roll(si, a, b)[2] or _with_owner(si)
    if owner is None or first.iso == owner:
        return False
    _roll_next(nxt, owner, level_action(s, a, b, R), wording)
    return True


def _with_owner(si: SentInfo) -> str | None:
    """"Vietnam set up (ties with) Japan ...": of a sentence's two countries, the one the other is "with"."""
    s = si.sent.text
    withs = {h.iso for h in si.countries if P.peer_with_before.search(s[max(0, h.start - 12):h.start])}
    others = {h.iso for h in si.countries} - withs
    return others.pop() if len(withs) == 1 and len(others) == 1 else None


def _common_acronyms(sentences: list[SentInfo]) -> dict[str, str]:
    """The press's initials for a designation ("the CSP commits us to ..."), in an article that speaks of
    partners and never defines the initials in brackets (a text's own definition decides)."""
    out = {}
    for acr, level in _COMMON_ACRONYMS.items():
        said = [si.sent.text for si in sentences if acr in si.sent.text]
        if said and not any(f"({acr})" in t.replace(" ", "") for t in said) and any(
                _PARTNER_NOUN.search(si.sent.text) for si in sentences):
            out[acr] = level
    return out


def _such_levels(si: SentInfo, rx, last: tuple[int, str] | None) -> None:
    """"A CSP is the highest level. Vietnam formed such partnerships with 33 nations, including A and B" (or
    "maintains that level of relations with ..."): the words refer back to the designation just named, and the
    list after them holds the partners."""
    s = si.sent.text
    for m in rx.finditer(s):
        before = [x.text for x in si.levels if x.end <= m.start()]
        wording = before[-1] if before else last[1] if last else None
        g = next(k for k in range(1, rx.groups + 1) if m.group(k) is not None)  # the words that stand for it
        if wording and not any(x < m.end() and m.start() < y for x, y, _ in si.levels):
            si.levels.append(LevelSpan(m.start(g), m.end(g), wording))
    si.levels.sort(key=lambda x: x[0])


def _peer_levels(si: SentInfo, last: tuple[int, str] | None) -> None:
    """"elevated ties to X, on par with what it has with A and B"; "would put its ties with Y on the same
    level as A and B": the comparison stands for the level named in the sentence (or just before), which
    the owner holds with each listed country (the pairs: :func:`_peer_pairs`)."""
    s = si.sent.text
    if si.low and folds_alike(s, si.low) and not might_find_folded(P.peer_cue, si.low):
        return  # no word a comparison needs (the levels stay sorted)
    for m in peer_matches(s):
        before = [x.text for x in si.levels if x.end <= m.start()]
        after = [x.text for x in si.levels if x.start >= m.end()]
        wording = before[-1] if before else after[0] if after else last[1] if last else None
        if not (before or after or m.group("held") or P.peer_ties_before.search(s[max(0, m.start() - 80):m.start()])):
            continue  # "its trade is on par with A and B": no comparison of ties
        if wording and not any(x < m.end() and m.start() < y for x, y, _ in si.levels):
            si.levels.append(LevelSpan(m.start(), m.end(), wording))
    si.levels.sort(key=lambda x: x[0])


def _peer_owner(si: SentInfo, p: Pair, m: re.Match) -> str | None:
    """The side of ``p`` whose other partners a comparison lists: not the one that joins a ranked roll
    ("makes the US the fifth country ..."), the one a regional description names ("the Southeast Asian
    country's highest ranking") or a possessive names before it, else not the one its relations are
    "with"."""
    s = si.sent.text
    other = {p[0]: p[1], p[1]: p[0]}
    if (joiner := _joiner(si)) in other:
        return other[joiner]
    sides = {next(iter(r & set(p))) for r in si.regions if len(r & set(p)) == 1}
    if len(sides) == 1:
        return sides.pop()
    owners = [h.iso for h in si.countries
              if h.iso in other and h.end <= m.start() and P.possessive_after.match(s[h.end:h.end + 3])]
    if owners:
        return owners[-1]  # "the highest level in Vietnam's hierarchy, alongside A and B"
    with_side = next((other[h.iso] for h in si.countries if h.iso in other and h.end <= m.start()
                      and P.peer_with_before.search(s[max(0, h.start - 12):h.start])), None)
    inside = {h.iso for h in si.countries if h.iso in other and m.start() <= h.start < m.end()}
    if with_side is not None or not (m.group("held") or inside):
        return with_side
    named = inside or {h.iso for h in si.countries if h.iso in other and h.end <= m.start()}
    # "a status Vietnam had reserved for A and B"; "Vietnam had earlier reached that level only with A and B";
    # "on par with what Vietnam has with A and B"
    return named.pop() if len(named) == 1 else None


def _joiner(si: SentInfo) -> str | None:
    """The country that joins a ranked roll: the one right before "(is) the fifth country"."""
    s = si.sent.text
    rank = P.peer_rank.search(s)
    return next((h.iso for h in si.countries if rank and h.end <= rank.start()
                 and P.peer_joiner_gap.match(s[h.end:rank.start()])), None)


def _peer_list(si: SentInfo, m: re.Match, joined: bool = False) -> list[str]:
    """The countries a comparison lists ("following" and the like: two or more, after a ranked roll
    "the fifth country ..., following A, B and C", or after the pair that joins them: ``joined``)."""
    s = si.sent.text
    hits = [h for h in si.countries if h.start >= m.end() and h.kind == "name"]
    if not hits or hits[0].start != m.end():
        return []
    listed = [x for x in _run(s, hits) if x != _joiner(si)]  # "After A and B, C is the third country ..."
    ranked = joined or P.peer_rank.search(s) or P.peer_tier.search(s, 0, m.start()) or _count_owner(si, m)
    if m.group("but"):  # "the only Gulf country other than A with X with Y": one is enough, in a ranked roll
        return listed if ranked else []
    # "the second country after A": one listed country is enough right after a rank
    one = len(listed) == 1 and P.rank_right_before.search(s[max(0, m.start() - 40):m.start()])
    return [] if m.group(1) and (len(listed) < 2 and not one or not ranked) else listed


def _more_with(s: str, hits: list, listed: list[str]) -> list[str]:
    """"maintains this status with A despite their disputes — and with both B and C": the countries a second "with",
    coordinated after the first list's countries, adds."""
    end = max((h.end for h in hits if h.iso in listed), default=None)
    rest = [h for h in hits if end is not None and h.start >= end and h.iso not in listed]
    return _run(s, rest) if rest and P.peer_more_with.match(s[end:rest[0].start]) else []


def _ranked_story(si: SentInfo) -> Pair | None:
    """"After A, B and C, X is the fourth country Y has signed the level with", "X, the top level in Y's
    ranking, alongside A and B": the two countries besides the listed ones are the sentence's pair; so are
    the two that open it ("X and Y raised ties to the level ..., joining A, B and C")."""
    ranked = P.peer_rank.search(si.sent.text) or P.peer_tier.search(si.sent.text)
    for m in peer_matches(si.sent.text):
        listed = _peer_list(si, m) if ranked else _peer_list(si, m, True) if _pair_joins(si, m) else []
        rest = list(dict.fromkeys(h.iso for h in si.countries if h.iso not in listed))
        if listed and len(rest) == 2:
            return pair(*rest)
    return None


def _pair_joins(si: SentInfo, m: re.Match) -> bool:
    """"Peru and Kenya raised ties to X, joining A, B and C": the two countries before the cue ("joining" and
    the like) are named together, the sentence's subject."""
    s, before = si.sent.text, [h for h in si.countries if h.end <= m.start()]
    return bool(m.group(1)) and len(before) == 2 and before[0].iso != before[1].iso and \
        P.pair_and_gap.fullmatch(s[before[0].end:before[1].start]) is not None


def _ranked_pair(si: SentInfo, p: Pair | None) -> Pair | None:
    """The sentence's pair, or the ranked roll's ("Chile is one of only five countries with which Peru has X,
    alongside A and B": Chile and Peru, never two of the listed peers)."""
    s = si.sent.text
    if p is not None and not any((m := P.peer_cue.match(s, a)) and m.end() == b for a, b, _ in si.levels):
        return p
    return _ranked_story(si) or p


def _peer_pairs(si: SentInfo, p: Pair | None, story: Pair | None, m: re.Match) -> list[Pair]:
    """The owner of ``p`` (the sentence's pair, else the story's, never one of the listed countries) paired
    with each listed country."""
    listed = _peer_list(si, m)
    if listed and (counted := _count_owner(si, m)) is not None and counted not in listed:
        return [pair(counted, x) for x in listed]  # "the number of CSPs Vietnam has signed to 12, ... joined A and B"
    p = next((q for q in (p, story) if q is not None and not set(listed) & set(q)), None)
    if p is None or not listed:
        return []
    owner = _peer_owner(si, p, m)
    more = _more_with(si.sent.text, [h for h in si.countries if h.start >= m.end() and h.kind == "name"], listed)
    return [pair(owner, x) for x in listed + more if x != owner] if owner else []


def _count_owner(si: SentInfo, m: re.Match) -> str | None:
    """"This brought the number of CSPs that Vietnam has signed to 12, as these three nations joined A, B and C":
    the one country a count brought to a new figure before the cue names (the roll's owner)."""
    c = P.count_roll.search(si.sent.text, 0, m.start())
    if c is None:
        return None
    names = {h.iso for h in si.countries if c.start() <= h.start and h.end <= c.end()}
    return names.pop() if len(names) == 1 else None


def _add_peers(si: SentInfo, pairs: list[Pair], wording: str, levels: dict) -> None:
    """"on par with what it has with A and B": the standing level of each listed pair."""
    for q in pairs:
        levels.setdefault((q, normalize_level(wording)), []).append(
            LevelMention(si, wording, "reaffirm", None, None, "background"))


def _partner_levels(si: SentInfo, R) -> None:
    """"became strategic partners": the level the two hold, worded as the designation."""
    s = si.sent.text
    # the pattern ends on the partner noun: a sentence without one ("partnership" only) is not searched
    for m in (R.partner_level.finditer(s) if _PARTNER_NOUN.search(s) else ()):
        a, b = m.start(1), m.end()
        tail = P.partner_suffix.match(s, b)  # "strategic partners of coordination for a new era"
        wording = m.group(1) + " " + _HEAD + (" " + " ".join(tail.group().split()) if tail and tail.group() else "")
        b = tail.end() if tail else b
        if not any(x < b and a < y for x, y, _ in si.levels) and not _no_designation(normalize_level(wording).split()):
            si.levels.append(LevelSpan(a, b, wording))
    for m in P.partner_quoted.finditer(s):  # "... as China's “ironclad friend” and “all-weather strategic partner,”"
        wording = m.group(1) + " " + _HEAD
        if find_level(normalize_level(wording)) and not any(x < m.end(1) and m.start(1) < y for x, y, _ in si.levels):
            si.levels.append(LevelSpan(m.start(1), m.end(1), wording))
    si.levels.sort(key=lambda x: x[0])


def heads_section(si: SentInfo, text: str) -> bool:
    """"Strategic partnership", "Boosting our comprehensive strategic partnership!": a short line of its own
    with a level, no country and no full stop heads the section after it (its pair is the next sentence's)."""
    line = si.sent.text.rstrip()
    return bool(si.levels) and not si.countries and si.sent.line_start and len(line) <= _HEADING_MAX \
        and not line.endswith(".") and text[si.sent.end:si.sent.end + 1] in ("\n", "")


def names_kinds(si: SentInfo) -> bool:
    """"Comprehensive Partnership Types", "2. Strategic Partnership Relationships" (numbered): a heading that names a kind
    of ties, no pair's level."""
    s = si.sent.text
    rx = (P.level_kinds_after, P.level_kinds_numbered_after) if P.bullet.match(s) else (P.level_kinds_after,)
    return not si.countries and any(r.match(s, b) for _, b, _ in si.levels for r in rx)


def _looks_back(s: str) -> bool:
    """A cheap word check before the anniversary pattern: "the 25th anniversary of", "25 years since"."""
    return any(w in s for w in _LOOK_BACK)


def _founded_ago_or_to_come(s: str, a: int, b: int, R, prefix: str) -> str | None | bool:
    """"established eight years ago": a founding; a change still to come: no fact yet; else False."""
    if P.set_up_ago.match(s[b:b + 80]):
        return "establish"  # "an upgrade from the comprehensive strategic partnership established eight years ago"
    if P.future_after.match(s[b:b + 40]) and (R.up.search(prefix) or R.establish.search(prefix)):
        return None  # "agreed to raise relations to X in the near future": not yet
    if P.change_subject_before.search(s, 0, a) and P.will_be_after.match(s[b:b + 100]):
        return None  # "that raising ties to X next year would mark a new beginning": not yet made
    if P.coming_change_before.search(prefix[-110:]) and not P.signed_past.search(prefix):
        return None  # "the document that will consecrate the raising of our relations to the level of X"
    if P.indefinite_end.search(prefix[-6:]) and P.conditional_after.match(s[b:b + 20]):
        return None  # "an X would be even better": a possibility
    return False


def _left_from(s: str, prefix: str, b: int) -> str | None | bool:
    """"elevate X to Y", "raised from their current X", "to a “Y” from one described as a “X”": X, after "from", is
    the level a change leaves (None), or founded then ("to Y from the X established in 2009"), or still held ("hopes
    to elevate ties from the current X"); False: no "from" before the level."""
    if P.from_level.search(prefix) is None or not (
            P.to_after.match(s[b:b + 20]) or P.change_verb.search(prefix[-100:]) or P.to_level_from_before.search(prefix[-180:])):
        return False
    if not P.to_after.match(s[b:b + 20]) and P.wish_to.search(prefix):
        return "reaffirm"
    return "establish" if P.set_up_after.match(s[b:b + 120]) else None


def _unglued(prefix: str) -> str:
    """The words before a level with scraped glue undone: "enhancingthe" (a verb and its article), "PartnershipElevated
    to" (a heading run into the text)."""
    return P.glued_heading.sub(r"\1 \2", P.glued_article.sub(r"\1 \2 ", prefix))


def level_action(s: str, a: int, b: int, R) -> str | None:
    """The action of the level at ``a``..``b`` of ``s`` (None: no fact, a level left behind or still to come)."""
    prefix = _unglued(s[max(0, a - 200):a])
    if (early := _founded_ago_or_to_come(s, a, b, R, prefix)) is not False:
        return early
    if P.held_target_after.match(s[b:b + 90]) or P.current_before.search(prefix[-30:]) and not P.to_after.match(s[b:b + 20]):
        return "reaffirm"  # "elevate the strategic partnership to a new height", "laid the foundation for today's X": held
    if (left := _left_from(s, prefix, b)) is not False:
        return left
    if P.to_after.match(s[b:b + 20]) and P.bare_from_level.search(prefix[-140:]):
        return None  # "elevating its ties with Vietnam, 'X' to 'Y'": X is the level left behind
    if P.comparative_before.search(prefix[-25:]):
        return None  # "develop closer and strategic partnership": a description, not the designation
    if P.former_before.search(prefix[-12:]) or P.skipped_before.search(prefix[-25:]) or P.aim_before.search(prefix[-40:]):
        return None  # "the previous X": replaced; "skipping the X level": never held; "working towards a X": an aim
    if P.old_level_after.match(s[b:b + 60]) or P.renamed_after.match(s[b:b + 90]) or (
            P.renamed_object_before.search(prefix[-25:]) and P.renamed_as_after.match(s[b:b + 10])):
        return None  # "X upgraded to Y", "the X between A and B, renamed Y in 2019": the level left behind
    if P.upgraded_then_after.match(s[b:b + 120]) or P.renamed_before.search(prefix[-70:]):
        return "upgrade"  # "the X between A and B, which was upgraded in 2016,"; "renamed the X in 2019"
    if P.set_up_after.match(s[b:b + 120]) or P.treaty_set_up_after.match(s[b:b + 160]) or \
            P.level_treaty_signed_after.match(s[b:b + 50]) or (
            P.set_up_bare_after.match(s[b:b + 40]) and P.year_colon_before.search(s[max(0, a - 12):a])):
        return "establish"  # "the Enhanced Strategic Partnership established in 2015", "2007: X established;"
    if P.set_up_now_after.match(s[b:b + 80]) and not P.founded_since_before.search(prefix[-30:]):
        return "establish"  # "A comprehensive partnership was established, focusing on ...": founded in the event
    if P.sign_before_level.search(prefix[-12:]) or (
            P.announced_the_before.search(prefix[-20:]) and P.in_past_time_after.match(s[b:b + 30])):
        return "establish"  # "PNG-Aust sign strategic economic partnership"; "announced the X in February 2014"
    if P.changed_before.search(prefix[-16:]) or P.likewise_change.search(prefix[-40:]):
        return "upgrade"  # "announced an upgraded strategic partnership"; "similarly enhanced ties with" (the same)
    if m := P.became_before.search(prefix[-80:]):
        # "became strategic partners eight years ago"; "hopes to become a closer partner": not (yet) a fact;
        # "agreed to upgrade the partnership to become X": raised to it
        if P.wish_to.search(prefix[:len(prefix) - 80 + m.start()]):
            return None
        return "upgrade" if P.raised_to_become.search(prefix[-80:]) else "establish"
    if m := P.upgraded_own.search(prefix, max(0, len(prefix) - 60)):
        # "the two upgraded their comprehensive strategic partnership"; "... their partnership to X": X only;
        # "expected that the two will upgrade their X next year": X is still the level held
        if P.to_after.match(s[b:b + 20]):
            return None
        return "reaffirm" if R.unreal.search(prefix[max(0, m.start() - 60):m.start()]) else "upgrade"
    if P.raised_own.search(prefix[-60:]) and (P.to_after.match(s[b:b + 20]) or P.into_after.match(s[b:b + 20])):
        return None  # "lift up their comprehensive partnership to ...": the level left behind
    if P.raised_status.search(prefix[-90:]):
        return "upgrade"  # "raised the status of their global strategic partnership": that level, raised
    if P.upgrade_after.match(s[b:b + 80]):
        return "upgrade"  # "signed a new partnership in 2010 to further upgrade the old one"
    if P.year_before_level.search(s[max(0, a - 14):a]):
        return "establish"  # "the 2003 Strategic Partnership Plan"
    if (m := P.raised_list_before.search(tail := prefix[-180:])):  # "elevated ties with A and B to X partnerships"
        return None if R.unreal.search(tail[max(0, m.start() - 60):m.start()]) else "upgrade"  # unless wished for
    if (verb := _change_verb(s, prefix, R)) is not False:
        return verb
    if maybe_before(prefix) and not R.keep.search(prefix[-70:]):
        return None  # "could seek a comprehensive strategic partnership"; "hope for the advancement of their X": held
    return "reaffirm"


def _change_verb(s: str, prefix: str, R) -> str | None | bool:
    """The action a change verb before the level says (None: a change not made), or False: none."""
    low = prefix.lower()  # the verbs that fold are searched on it without re.I (positions and verbs read alike)
    low = low if folds_alike(prefix, low) else None
    for name, rx in (("upgrade", R.up), ("upgrade", R.up_noun), ("downgrade", R.down), ("establish", R.establish)):
        f = folded_once(rx) if low is not None else None
        m = f.search(low) if f is not None else rx.search(prefix)
        if m:
            if R.keep.search(prefix[m.start():]):
                return "reaffirm"  # "boost trust and cooperation to further promote their X": X is held
            if name != "downgrade" and _to_come(s, prefix, m.start()):
                return None  # "will upgrade ties to X when the president visits next month": still to come
            if not P.doc_verb.match(m.group()) and R.unreal.search(prefix[max(0, m.start() - 60):m.start()]) and \
                    not P.doc_purpose.search(prefix[max(0, m.start() - 40):m.start()]):
                return None
            return name
    return False


def _to_come(s: str, prefix: str, at: int) -> bool:
    """A change said with "will" in a sentence that names a coming time ("next month"): not made yet."""
    return bool(P.will_before.search(prefix[max(0, at - 30):at]) and P.coming_time.search(s))


def _era(act: str, when: When | None, before: str, published: dt.date | None, R) -> str:
    """"past" for an event dated before the article's year, "now" for the article's own event
    (a change of level, or a reaffirmation said as such), else "background"."""
    year = when.year if when is not None else None
    if year is not None and published is not None and year < published.year - (1 if when.date else 0):
        return "past"
    if act != "reaffirm" and when is not None and when.relative and when.date is None:
        return "past"  # "became strategic partners eight years ago": another time, no date
    if act != "reaffirm" and _SINCE in before and P.since_clause_before.search(before):
        return "past"  # "since the two countries set up their comprehensive partnership"
    if act != "reaffirm" or (when is not None and when.date is not None) or R.keep.search(before):
        return "now"
    return "background"


def _said_era(s: str, a: int, act: str, when: When | None, published: dt.date | None, R) -> str:
    """:func:`_era` of the level at ``a``; "in the last five years, ties were raised to X": a change
    somewhere in a span before now is of the past."""
    if act != "reaffirm" and (when is None or when.date is None) and P.span_past_before.search(s[max(0, a - 160):a]):
        return "past"  # (a day of its own is today's event: "over the past decade ties grew, and on Monday ...")
    if act == "establish" and (when is None or when.date is None) and P.was_first_to_before.search(s[max(0, a - 120):a]):
        return "past"  # "Brazil was the first developing country to establish a X with China": a founding looked back on
    return _era(act, when, s[max(0, a - 80):a], published, R)


def _generic_use(s: str, a: int, b: int, wording: str) -> bool:
    """"cooperation in strategic partnership": a lowercase designation after a preposition is no level;
    nor is one defined ("comprehensive strategic partnership makes cooperation all-round"), nor an indefinite
    one that does something in the present ("A strategic partnership focuses on trade")."""
    if P.generic_question.search(s[max(0, a - 12):a]) or P.alternative_question_after.match(s[b:]) or P.term_talk_before.search(s[max(0, a - 90):a]) or (
            ":" in s[:a] and P.kinds_listed.search(s[max(0, a - 160):a])) or P.rung_is_before.search(s[max(0, a - 40):a]) \
            or (P.hierarchy_place_after.match(s[b:b + 90]) and not P.held_by_before.search(s[max(0, a - 30):a])):
        return True
    plain = wording == wording.lower() or (not s[:a].strip() and wording[1:] == wording[1:].lower())  # "Comprehensive ... is"
    if plain and P.defined_after.match(s[b:b + 20]) and not P.det_before.search(s[max(0, a - 30):a]) \
            and not P.anaphor_before.search(s[max(0, a - 12):a]):
        return True
    if plain and P.present_after.match(s[b:b + 24]) and (
            (a < 6 and P.indefinite_lead.match(s[:a])) or P.contrast_indefinite.search(s[max(0, a - 16):a])):
        return True  # "A strategic partnership focuses on ...", "while a strategic partnership indicates ..."
    return (wording == wording.lower() and not wording.startswith(_BILATERAL)  # "issues of bilateral strategic partnership"
            and P.generic_before.search(s[max(0, a - 6):a]) is not None
            and not P.det_before.search(s[max(0, a - 30):a]) and not P.relations_of.search(s[max(0, a - 20):a])
            and not P.span_of_before.search(s[max(0, a - 24):a])  # "mark 15 years of strategic partnership"
            and not (P.roll_of_before.search(s[max(0, a - 20):a]) and _PARTNER_NOUN.search(s[a:b])))


def listed_partners(si: SentInfo, a: int, b: int, story: Pair | None) -> list[Pair]:
    """"X has strategic partnerships with A, B and C": one pair per listed partner with the listing
    country (the one other country the sentence names, else the story's side outside the list)."""
    s = si.sent.text
    listed = _list_after(si, b)
    if len(listed) < 2:
        return []
    # "... with A, B and C, and strategic partnerships with D and E": an earlier list's partners own none
    earlier = {x for _, y, _ in si.levels if y <= a for x in _list_after(si, y)}
    owners = list(dict.fromkeys(h.iso for h in si.countries if h.iso not in listed and h.iso not in earlier))
    if len(owners) > 1 and P.its_before.search(s[max(0, a - 30):a]):  # "Seoul ... its trade partner, China, and its
        owners = owners[:1]  # strategic partners, including A and B": the sentence's subject owns them
    if len(owners) > 1:  # "India, which also has ... with A and B, buys Russian oil": the one named before the level
        owners = list(dict.fromkeys(h.iso for h in si.countries if h.iso not in listed and h.end <= a))
    if len(owners) > 1:  # "Before Japan, Vietnam had partnerships only with A and B": the nearest, not a list of owners
        owners = _nearest_owner(si, a, listed + list(earlier))
    if not owners and story:
        owners = list(dict.fromkeys(x for x in story if x not in listed))
    if len(owners) != 1:
        return []
    return [pair(owners[0], x) for x in listed + [x for x in _besides(si, a) if x != owners[0] and x not in listed]]


def _list_after(si: SentInfo, b: int) -> list[str]:
    """The countries a partner list right after the level ending at ``b`` names ("with A, B and C")."""
    s = si.sent.text
    hits = [h for h in si.countries if h.start >= b]
    if not hits or not P.partner_list_lead.match(s[b:hits[0].start]):
        return []
    return _range(s, hits) if P.range_lead.search(s[b:hits[0].start]) else _run(s, hits)


def _besides(si: SentInfo, a: int) -> list[str]:
    """"In addition to the United States and Russia, China maintains that level with A and B": the countries
    the opening clause names (nothing but them before its comma) hold the level with the owner too."""
    s = si.sent.text
    if not (m := P.besides_lead.match(s)) or (comma := s.find(",", m.end())) < 0 or comma > a:
        return []
    hits = [h for h in si.countries if m.end() <= h.start and h.end <= comma]
    run = _run(s, hits)
    if not hits or hits[0].start != m.end() or s[hits[-1].end:comma].strip() or len(run) != len({h.iso for h in hits}):
        return []
    return run


def _heads_list(s: str, a: int, b: int) -> bool:
    """"Peru's strategic partners:": the roll noun and a colon end the sentence; the lines after list them."""
    return P.roll_noun_end.search(s[a:b]) is not None and P.list_head_end.match(s[b:]) is not None


def _nearest_owner(si: SentInfo, a: int, listed: list[str]) -> list[str]:
    """The country named last before the level, unless it closes a list of two or more ("Japan and Vietnam
    have ... with A and B": no one owner; "Before Japan, Vietnam had ...": a comma alone joins no owners), or
    the first of a hyphened pair ("Franco-German", "Peru-Chile"), the side whose network is told."""
    s = si.sent.text
    before = [h for h in si.countries if h.end <= a and h.iso not in listed]
    gap = s[before[-2].end:before[-1].start] if len(before) > 1 else ""
    if P.partner_list_gap.match(gap) and P.conjunction.search(gap):
        return []
    if len(before) > 1 and before[-2].iso != before[-1].iso and P.hyphen_gap.match(gap):
        return [before[-2].iso]  # "the Peru-Chile X came first; similar partnerships with A followed": the first named
    return [before[-1].iso] if before else []


def _stranded_with(si: SentInfo, a: int, b: int) -> list[Pair]:
    """"the only other country Malaysia has a comprehensive strategic partnership with is China": the
    holder named right before the level, paired with each country after the stranded "with"."""
    s = si.sent.text
    after = [h for h in si.countries if h.start >= b]
    if not after or not P.stranded_with_after.match(s[b:after[0].start]):
        return []
    holder = next((h.iso for h in si.countries if h.end <= a and P.holder_gap.match(s[h.end:a])), None)
    return [pair(holder, x) for x in _run(s, after) if x != holder] if holder else []


def _held_with(si: SentInfo, a: int, b: int) -> list[Pair]:
    """"the comprehensive strategic partnerships Chile has with Ghana and Kenya": the owner named right after the
    level, paired with each country its "with" lists."""
    s = si.sent.text
    after = [h for h in si.countries if h.start >= b]
    if len(after) < 2 or not P.held_with_lead.match(s[b:after[0].start]) or \
            not P.held_with_gap.match(s[after[0].end:after[1].start]):
        return []
    owner = after[0].iso
    return [pair(owner, x) for x in _run(s, after[1:]) if x != owner]


def _relative_holder(si: SentInfo, a: int, b: int) -> list[Pair]:
    """"drones sold to Vietnam, which has a comprehensive strategic partnership with Russia": the country the
    relative clause is about holds the level with the country (or list) right after its "with"."""
    s = si.sent.text
    before = [h for h in si.countries if h.end <= a]
    after = [h for h in si.countries if h.start >= b]
    if not before or not after or not P.which_has_gap.match(s[before[-1].end:a]) \
            or not P.own_with_gap.match(s[b:after[0].start]):
        return []
    return [pair(before[-1].iso, x) for x in _run(s, after) if x != before[-1].iso]


def _likewise_pair(si: SentInfo, a: int, b: int) -> list[Pair]:
    """"..., Vietnam has similarly enhanced relations with Singapore": the subject named right before the
    "similarly" and the country after "with" hold the level the sentence named before."""
    s = si.sent.text
    before = [h for h in si.countries if h.end <= a]
    after = [h for h in si.countries if h.start >= b]
    if not before or not after or not P.likewise_subject_gap.match(s[before[-1].end:a]) \
            or not P.own_with_gap.match(s[b:after[0].start]) or before[-1].iso == after[0].iso:
        return []
    return [pair(before[-1].iso, after[0].iso)]


def _series_with(si: SentInfo, b: int) -> list[Pair]:
    """"India has a special strategic partnership with Japan, a comprehensive one with Australia and a strategic
    partnership with Oman": levels in series, each with its own partner; the owner is the one country named
    that is no level's partner."""
    s = si.sent.text
    partners = {}  # level end -> the country right after its "with"
    for _, y, _ in si.levels:
        h = next((h for h in si.countries if h.start >= y), None)
        if h is not None and P.own_with_gap.match(s[y:h.start]):
            partners[y] = h.iso
    if len(partners) < 2 or b not in partners:
        return []
    owners = {h.iso for h in si.countries} - set(partners.values())
    return [pair(owners.pop(), partners[b])] if len(owners) == 1 else []


def _between(si: SentInfo, b: int) -> list[Pair]:
    """"the establishment of a comprehensive strategic partnership between China and Spain, ... China-EU relations":
    the two countries right after the designation are its pair, whatever else the sentence names."""
    s = si.sent.text
    after = [h for h in si.countries if h.start >= b]
    if len(after) < 2 or not P.between_pair_lead.match(s[b:after[0].start]) or \
            not P.between_pair_gap.match(s[after[0].end:after[1].start]) or after[0].iso == after[1].iso:
        return []
    return [pair(after[0].iso, after[1].iso)]


def _fronted_with(si: SentInfo, a: int, p: Pair | None) -> list[Pair]:
    """"A and B raised their ties to X; with C it was raised to Y": a clause opening on "with" and one country
    holds its level with the side of the sentence's pair named first, the one whose partners are told."""
    s = si.sent.text
    cut = s.rfind(";", 0, a)
    if p is None or cut < 0:
        return []
    inside = [h for h in si.countries if cut < h.start < a]
    if len({h.iso for h in inside}) != 1 or not P.fronted_with_lead.fullmatch(s[cut + 1:inside[0].start]):
        return []
    side = next((h.iso for h in si.countries if h.end <= cut and h.iso in p), None)
    return [pair(side, inside[0].iso)] if side and side != inside[0].iso else []


def _rolled(si: SentInfo, b: int) -> list[Pair]:
    """The owner of the partners the sentence before counts, with each country listed from ``b`` on."""
    if si.roll is None:
        return []
    owner = si.roll[0]
    return [pair(owner, x) for x in _run(si.sent.text, [h for h in si.countries if h.start >= b]) if x != owner]


def _last_run(s: str, hits: list) -> list[str]:
    """The countries of the last list among ``hits`` ("... trade between A and B ..., C remains a partner")."""
    k = len(hits) - 1
    while k > 0 and P.partner_list_gap.match(s[hits[k - 1].end:hits[k].start]):
        k -= 1
    return _run(s, hits[k:])


def _run(s: str, hits: list) -> list[str]:
    """The countries of the list that opens at ``hits[0]`` ("Ghana, Nigeria and Senegal"); a partner's
    bracketed alias ("the United Arab Emirates (UAE), Peru") is no new item."""
    if not hits:
        return []
    out, last = [hits[0].iso], hits[0]
    for h in hits[1:]:
        gap = s[last.end:h.start]
        if h.iso == last.iso and P.alias_open.match(gap):
            last = h
            continue
        if not P.partner_list_gap.match(gap):
            break
        out.append(h.iso)
        last = h
    return list(dict.fromkeys(out))


def _range(s: str, hits: list) -> list[str]:
    """"ranging from Spain to Japan": both ends of the range (each may be a list of its own)."""
    for k in range(1, len(hits)):
        if P.range_to.fullmatch(s[hits[k - 1].end:hits[k].start]):
            return list(dict.fromkeys(_run(s, hits[:k]) + _run(s, hits[k:])))
    return _run(s, hits)


def _unlisted_others(s: str, b: int) -> bool:
    """"formed such partnerships with 33 other countries": partners counted after the level and never named
    (not "with many countries, including A and B")."""
    m = P.other_parties.match(s[b:])
    return m is not None and not P.others_listed.match(s[b + m.end():])


def _roll(si: SentInfo, a: int, b: int) -> tuple[list[Pair], list[Pair], str | None]:
    """"Kenya became Turkey's third strategic partner, after Ghana and Nigeria": the roll's owner paired
    with the country that joins it (first) and with the ones already on it (second), never two listed ones;
    and the owner."""
    s = si.sent.text
    if not P.roll_noun_end.search(s[a:b]):
        if not (q := P.quoted_partner_rest.match(s[b:b + 16])):
            return [], [], None
        b += q.end()  # "a “strategic partner” to Poland": the roll noun closes the quote
    hits = [h for h in si.countries if h.kind != "demonym"]
    owner = next((h.iso for h in hits if h.end <= a and P.roll_owner_before.match(s[h.end:a])), None) or next(
        (h.iso for h in hits if h.start >= b and P.roll_owner_after.match(s[b:h.start])), None)
    if owner is None and hits and P.roll_its_before.search(s[:a]):  # "Chile counts A, B and C among its partners"
        owner = hits[0].iso
        return [], [pair(owner, x) for x in _run(s, [h for h in hits[1:] if h.iso != owner])], owner
    if owner is None and (m := P.contrast_roll.search(s, 0, a)):
        run = _run(s, [h for h in hits if m.start() < h.start < a])
        if owner := _earlier_owner(si, m.start(), hits):
            # "Japan is Vietnam's extensive strategic partner, while A and B are comprehensive strategic partners"
            return [], [pair(owner, x) for x in run if x != owner], owner
        if len(run) == 2:  # "A and B are strategic partners, while C and D are ...": the contrast's own pair
            return [pair(*run)], [], None
    if owner is None:
        return [], [], None
    if listed := _listed_after_owner(si, b, hits):  # "the strategic partners of Chile are A, B and C"
        return [], [pair(owner, x) for x in listed if x != owner], owner
    owners, subject = _owners_after(si, a, b, hits), _last_run(s, [h for h in hits if h.end <= a])
    if len(owners) > 1 and len(subject) == 1:
        # "Vietnam, a comprehensive strategic partner of China, Russia and India": the one partner of each of them
        return [pair(subject[0], x) for x in owners if x != subject[0]], [], subject[0]
    others = [h for h in hits if h.iso != owner]
    at = next((k for k, h in enumerate(others) if P.roll_join_before.search(s[max(0, h.start - 25):h.start])), None)
    joined = _run(s, others[at:]) if at is not None else []
    if not joined and (named := P.roll_is_after.match(s[b:])):  # "Vietnam's first comprehensive strategic partner is China"
        joined = [h.iso for h in others if h.start == b + named.end()][:1]
        return [pair(owner, x) for x in joined], [], owner
    joiner = _last_run(s, [h for h in others if h.end <= a and h.iso not in joined])
    return [pair(owner, x) for x in joiner], [pair(owner, x) for x in joined], owner


def _owners_after(si: SentInfo, a: int, b: int, hits: list) -> list[str]:
    """The list of owners right after the roll noun ("partner of A, B and C"), where no possessive before it
    names one."""
    s = si.sent.text
    after = [h for h in hits if h.start >= b]
    if not after or not P.roll_owner_after.match(s[b:after[0].start]) or any(
            h.end <= a and P.roll_owner_before.match(s[h.end:a]) for h in hits):
        return []
    return _run(s, after)


def _earlier_owner(si: SentInfo, end: int, hits: list) -> str | None:
    """The owner of a level the sentence names before ``end``: a possessive right before it ("Vietnam's
    extensive strategic partner") or the one country that lists partners after it ("Peru has X with A and B")."""
    s = si.sent.text
    for x, y, _ in (lv for lv in si.levels if lv.end <= end):
        owner = next((h.iso for h in hits if h.end <= x and P.roll_owner_before.match(s[h.end:x])), None)
        listed = [] if owner else listed_partners(si, x, y, None)
        owners = {q[0] if q[1] in _list_after(si, y) else q[1] for q in listed}
        if owner or len(owners) == 1:
            return owner or owners.pop()
    return None


def _listed_after_owner(si: SentInfo, b: int, hits: list) -> list[str]:
    """"the comprehensive strategic partners of Chile are A, B and C": the list right after the owner that
    follows the roll noun and "are" (or "include")."""
    s = si.sent.text
    at = next((h for h in hits if h.start >= b and P.roll_owner_after.match(s[b:h.start])), None)
    m = P.roll_are_after.match(s, at.end) if at is not None else None
    if m is None:
        return []
    return _run(s, [h for h in hits if h.start >= m.end()]) if any(h.start == m.end() for h in hits) else []


def _own_clause_dates(si: SentInfo, a: int, b: int, act: str) -> list:
    """The dates of a level's clause: none past another verb of the sentence, none of a later level's change
    ("a strategic partnership, which was upgraded in 2023 to ..."), and for a standing level no "since 2010"."""
    s = si.sent.text
    nxt = min((x for x, _, _ in si.levels if x > b), default=len(s))
    out = []
    for d in si.dates:
        if d.start >= b and (P.other_clause.search(s[b:d.start]) and act == "reaffirm"
                             or d.start < nxt < len(s) and P.change_verb.search(s[b:d.start])):
            continue
        if nxt < d.start and ";" in s[b:nxt]:
            continue  # "raised ties to X; with C they signed a treaty on Y in 2017": the later clause's, Y's year
        if d.start < a and P.years_later_between.search(s[d.start:a]):
            continue  # "forged X in 2006; eight years later, they lifted it to Y": 2006 is not Y's year
        if _in_span_brackets(s, d):
            continue  # "congratulated it on its National Day (August 17, 1945 - 2024)": a lifetime, not the level's time
        if _other_levels_founding(si, a, d) or (b <= nxt < d.start and P.from_level.search(s[b:nxt])):
            continue  # "raised ties from their X, established in 2009, to Y on Monday": 2009 is X's, not Y's;
            # "raised ties to Y from an X previously": the time of the level left behind
        if act != "reaffirm" and d.start >= b and _later_clause(si, b, d):
            continue  # "In 2016 A and B raised ties to X, and on Monday they agreed to deepen it": the later clause's day
        if act in _FOUNDING and d.date and P.said_on_before.search(s[max(0, d.start - 14):d.start]) and (any(
                w.year and not w.date for w in si.dates) or P.span_past_before.search(s[max(0, a - 160):a])):
            continue  # "In 2014 the two set up X, the minister recalled on Monday", "Over the years they raised ties to
            # X, he said on Monday": the day of the saying, not of X
        if d.date is None and d.year and any(d.start < x <= d.start + 6 for x, _, _ in si.levels if x != a) and \
                P.attributive_year.match(s, d.start) and P.year_det_before.search(s[max(0, d.start - 7):d.start]):
            continue  # "lifted their 2014 strategic partnership to X": the year of the level left behind
        if d.date is None and P.coming_period.match(s[d.start:]):
            continue  # "underpinned by X, ahead of the anniversary next year": no time of the level's
        if d.relative and _coming_day(si, d) or (
                act == "reaffirm" and P.coming_before_date.search(s[max(0, d.start - 60):d.start])):
            continue  # "will pay a state visit on June 12, when they will reaffirm X": a day still to come
        if act == "reaffirm" and (P.since_before.search(s[max(0, d.start - 8):d.start]) or _not_the_levels(s, b, d)
                                  or d.start >= b and (P.doc_dated_between.search(s[b:d.start])
                                                       or d.date is None and P.progress_before.search(s[max(0, a - 60):a]))):
            continue
        out.append(d)
    return out


def _in_span_brackets(s: str, d: When) -> bool:
    """A date inside brackets that hold a span of years ("its 79th National Day (August 17, 1945 - 2024)")."""
    k = s.rfind("(", 0, d.start)
    if k < 0 or ")" in s[k:d.start]:
        return False
    m = P.span_brackets_after.match(s[k:])
    return m is not None and d.start < k + m.end()


def _other_levels_founding(si: SentInfo, a: int, d: When) -> bool:
    """A date of another level's own founding clause ("their X, established in 2009, ..."), told before this level or
    after it ("Y marks an upgrade of the existing X that came into force in 2015": 2015 is X's)."""
    s = si.sent.text
    for x, y, _ in si.levels:
        if x != a and y <= d.start and (d.start < a or x > a) and (m := P.set_up_after.match(s[y:y + 120])) \
                and d.start < y + m.end():
            return True
    return False


def _later_clause(si: SentInfo, b: int, d: When) -> bool:
    """A date told in a clause after the level's, where the level's clause has a time of its own."""
    m = P.next_clause.search(si.sent.text, b, d.start)
    return m is not None and any(w is not d and w.start < m.start() for w in si.dates)


def _coming_day(si: SentInfo, d: When) -> bool:
    """"said on Tuesday that she plans to deepen the partnership on her trip on Friday": a weekday told
    as still to come after the day of the saying is the next one, not the last; it dates nothing said today."""
    s = si.sent.text
    return any(w.relative and w.date and d.date and w.start < d.start and w.date > d.date
               and P.said_on_before.search(s[max(0, w.start - 14):w.start]) and P.intent_between.search(s[w.start:d.start])
               for w in si.dates)


def _not_the_levels(s: str, b: int, d: When) -> bool:
    """A date a standing level does not take: a year before another noun ("the 1971 Treaty"), one of a "since"
    clause, or the span in brackets right after the level ("(June 2008 - June 2023)": how long it has lasted)."""
    if d.year is not None and P.attributive_year.match(s, d.start) and P.year_det_before.search(s[max(0, d.start - 7):d.start]):
        return True
    if P.since_clause_before.search(s[max(0, d.start - 80):d.start]):
        return True  # "since the establishment of their diplomatic relations 65 years ago, ... now enjoying X"
    span = P.span_brackets_after.match(s[b:]) if "(" in s[b:b + 4] else None
    return span is not None and b <= d.start < b + span.end()


def clause_when(si: SentInfo, a: int, b: int, act: str) -> When | None:
    """The level's own date expression: "a strategic partnership this year" is the article's own time;
    "the comprehensive partnership formed a decade ago" another time, with no date."""
    s = si.sent.text
    if act == "establish" and (m := P.set_up_after.match(s[b:b + 120])):
        said = [d for d in si.dates if b <= d.start < b + m.end() and d.year is not None]
        if said:  # "Today, through the X established between A and B in 2009, ...": the year its clause gives
            return own_when(said)
    when = own_when(_own_clause_dates(si, a, b, act), a, b)
    if when is not None and when.date is None and P.this_period.match(s[when.start:]):
        return None
    if when is None and act == "establish" and P.set_up_ago.match(s[b:b + 80]):
        return When(b, None, None, True, False)
    if act in _FOUNDING and P.years_after_before.search(s[max(0, a - 80):a]):
        return When(a, None, None, True, False)  # "nine years after they established X": another time, no day
    return when


def _treaty_title_act(si: SentInfo, a: int, b: int, act: str, R) -> str | None:
    """A level that names a signed document ("signed the Comprehensive Strategic Partnership Agreement") is
    founded with it, unless the document's own clause raises the ties to another level told after it ("the
    'Strategic Partnership Agreement', which upgrades relations to a long-term strategic partnership"): that one."""
    s = si.sent.text
    if not P.level_treaty_after.match(s[b:b + 20]):
        return act
    if act == "reaffirm" and R.signed.search(s[:a]):
        act = "establish"
    if act == "establish" and any(x > b and R.up.search(s[b:x]) and not any(c in s[b:x] for c in ";:.")
                                  for x, _, _ in si.levels):
        return None
    return act


def _planned_doc_before(s: str, a: int, b: int, si: SentInfo, agr_here: list[DraftAgreement]) -> bool:
    """The level is what a document still to be signed is about (its noun shortly before, same clause),
    or the start of its name ("a strategic partnership and cooperation agreement is to be signed")."""
    for g in agr_here:
        if g.status != "planned" or not g.mentions or g.mentions[-1].sentence is not si:
            continue
        at = s.rfind(g.mentions[-1].noun, 0, a)
        if at >= 0 and a - at < 60 and not P.clause_split_any.search(s[at:a]):
            return True
        if P.level_and_doc.match(s[b:b + 60]) and s.find(g.mentions[-1].noun, b, b + 60) >= 0:
            return True  # "a strategic partnership and cooperation agreement is set to be signed"
    return False


def _founded_then(si: SentInfo, wording: str, b: int, published: dt.date | None, R) -> list[LevelMention]:
    """"reviewed the partnership, 25 years after it was launched in 1998", "Since 2013, A and B have been strategic
    partners": its founding, an event of its own ("since its elevation in 2023": its raise)."""
    s = si.sent.text
    nxt = min((x for x, _, _ in si.levels if x >= b), default=len(s))  # (a later level's "since 2010" is its own)
    m = P.founded_after.search(s, b, nxt) or (P.since_front.match(s) if _SINCE in s[:8].lower() and P.been_before.search(s[:b]) else None)
    if not m:
        return []
    when = own_when([d for d in si.dates if m.start() <= d.start < m.end() and d.year is not None])
    if when is None:
        return []
    act = "upgrade" if "raised" in m.re.groupindex and m.group("raised") else "establish"
    return [LevelMention(si, wording, act, when, None, _era(act, when, "", published, R))]


def _renewed_then(si: SentInfo, wording: str, b: int, published: dt.date | None, R) -> list[LevelMention]:
    """"the X established in 2009 and renewed in 2015": the renewal, a restatement of that level at its own time."""
    s = si.sent.text
    m = P.renewed_after.match(s[b:b + 160])
    if not m:
        return []
    when = own_when([d for d in si.dates if b + m.start("when") <= d.start < b + m.end() and d.year is not None])
    if when is None:
        return []
    return [LevelMention(si, wording, "reaffirm", when, None, _era("reaffirm", when, "", published, R))]


def _doc_before(s: str, a: int, si: SentInfo, agr_here: list[DraftAgreement]) -> DraftAgreement | None:
    """"the 2002 Declaration on strategic partnership and the 2016 Statement on ...": the document of
    this sentence whose noun stands nearest before the level."""
    at = [(s.rfind(g.mentions[-1].noun, 0, a), g) for g in agr_here if g.mentions and g.mentions[-1].sentence is si]
    at = [x for x in at if x[0] >= 0]
    return max(at, key=lambda x: x[0])[1] if at else None


def read_levels(si: SentInfo, p: Pair | None, agr_here: list[DraftAgreement], levels: dict,
                published: dt.date | None, R, *, story: Pair | None = None) -> None:
    """The level statements of one sentence about pair ``p`` (or the partners it lists), added to
    ``levels`` under (pair, wording)."""
    s = si.sent.text
    prev = None  # (end, action) of the level before in the sentence
    p = _ranked_pair(si, p)
    if not si.levels and p is not None:
        _levelless_raise(si, p, levels, published, R)
    for a, b, wording in si.levels:
        if (peer := P.peer_cue.match(s, a)) and peer.end() == b:
            _add_peers(si, _peer_pairs(si, p, story, peer), wording, levels)
            continue
        joiner, on_roll, owner = _roll(si, a, b)
        for q in on_roll:  # the countries already on the roll: their standing level
            levels.setdefault((q, normalize_level(wording)), []).append(
                LevelMention(si, wording, "reaffirm", None, None, "background"))
        if on_roll and not joiner:
            continue
        pairs = joiner or _stranded_with(si, a, b) or _held_with(si, a, b) or listed_partners(si, a, b, story) or _relative_holder(si, a, b) \
            or _likewise_pair(si, a, b) or _series_with(si, b) or _rolled(si, b) or _between(si, b) or _fronted_with(si, a, p)
        if not pairs and (P.plural_with.match(s[b:b + 30]) or (owner and not (p and owner in p)) or _heads_list(s, a, b)):
            continue  # "partnerships with ...", "Both are strategic partners of the US": no partner of the story's pair
        pairs = pairs or _story_pairs(si, p, b)
        if not pairs:
            continue
        act = si.roll[1] if pairs and si.roll else level_action(s, a, b, R)
        act, now = _coordinated(s, prev, a, act)
        prev = (b, act)
        if act is None or org_antecedent(s, a, si):
            continue
        on_doc = P.doc_on_level.search(s[max(0, a - 80):a]) is not None  # "a joint statement on comprehensive ..."
        if (act == "reaffirm" and not (joiner or a == b or on_doc) and _generic_use(s, a, b, wording)) or _unlisted_others(s, b):
            continue  # a designation talked of in general; "formed such partnerships with many countries"
        if _planned_doc_before(s, a, b, si, agr_here):
            continue  # "an order on concluding a treaty with Egypt on comprehensive partnership": not yet founded
        linked = None
        if (act := _treaty_title_act(si, a, b, act, R)) is None:
            continue
        if on_doc:  # a document on the level founds it, unless it says how it changed
            linked, act = _doc_before(s, a, si, agr_here), "establish" if act == "reaffirm" else act
        when = None if now else clause_when(si, a, b, act)
        if linked and when and when.year and linked.date and linked.date.year != when.year and P.set_up_after.match(s[b:b + 120]):
            linked = None  # "the Treaty on Strategic Partnership signed in 2004, the minister said on Monday": its year
        if _looked_back(si, (a, b, wording), act, when, linked, pairs, levels, published, R):
            continue
        said = level_statements(si, (a, b, wording), act, when, linked, published, R)
        own = _item_years(si, a, b, said[0], published, R) if len(pairs) > 1 and si.dates else {}
        for q in pairs:  # a listed partner's own year replaces the sentence's
            mine = own.get(q[0]) or own.get(q[1])
            levels.setdefault((q, normalize_level(wording)), []).extend([mine, *said[1:]] if mine else said)


def _item_years(si: SentInfo, a: int, b: int, first: LevelMention, published: dt.date | None, R) -> dict:
    """"with Japan in 2010, India in 2015 and Germany in 2024", "China (2008), Russia (2012)": each listed
    partner's own year (one after a run of partners is theirs), when the list gives two or more."""
    s = si.sent.text
    hits = [h for h in si.countries if h.start >= b]
    years, pending, out = set(), [], {}
    for i, h in enumerate(hits):
        pending.append(h.iso)
        stop = hits[i + 1].start if i + 1 < len(hits) else min(len(s), h.end + 12)
        d = next((d for d in si.dates if h.end <= d.start < stop and d.year and P.item_year_gap.fullmatch(
            s[h.end:d.start])), None)
        if d is not None:
            years.add(d.year)
            era = _said_era(s, a, first.action, d, published, R)
            out.update((iso, replace(first, when=d, era=era)) for iso in pending)
            pending = []
    return out if len(years) > 1 else {}


def level_statements(si: SentInfo, span: tuple, act: str, when: When | None, linked: DraftAgreement | None,
                     published: dt.date | None, R) -> list[LevelMention]:
    """The statements one level of a sentence makes: the one its verb says, today's restatement of a level founded or
    raised before ("underpinned by the partnership established in 2019"), the founding a level held since a year
    goes back to, and a renewal of a founded one."""
    s, (a, b, wording) = si.sent.text, span
    said = [LevelMention(si, wording, act, when, linked, _said_era(s, a, act, when, published, R),
                         P.anaphor_before.search(s[max(0, a - 12):a]) is not None)]
    if said[0].era == "past" and (act == "establish" and _also_held(s, a, b, R) or act == "upgrade" and
                                  P.upgraded_then_after.match(s[b:b + 120])):
        # "reaffirmed the relations, underpinned by the partnership established in 2019": today's event too
        said.append(LevelMention(si, wording, "reaffirm", None, None, "now"))
    said.extend(_founded_then(si, wording, b, published, R))
    if act == "establish":
        said.extend(_renewed_then(si, wording, b, published, R))
    return said


def _coordinated(s: str, prev: tuple | None, a: int, act: str | None) -> tuple[str | None, bool]:
    """The action of a level coordinated with the one before it: "became a strategic partnership in 2006 and a
    comprehensive one in 2016", "the establishment of X in 2007, along with Y in 2016" share the first one's verb;
    "established X in 2008, then Y in 2014, and now Z": Z is the level held now, with no time of its own (True)."""
    if prev is None:
        return act, False
    if P.now_level.match(s[prev[0]:a]):
        return "reaffirm", True
    if act == "reaffirm" and prev[1] in ("establish", "upgrade") and (m := P.coordinate_level.match(s[prev[0]:a])):
        return ("upgrade" if P.step_to_end.search(m.group()) else prev[1]), False
    return act, False


def _story_pairs(si: SentInfo, p: Pair | None, b: int) -> list[Pair]:
    """The sentence's pair (and the ones it adds) for a level no list of its own gives partners, unless both its
    countries are partners another level of the sentence lists for one owner ("a CSP with Kenya and one of Chile's
    three CSPs – the other two being Ghana and Oman": never Ghana with Oman); a level with its own partner after
    "with", beside such a list, is the unlisted side's with that partner ("CSPs Chile set up with A and B, and its
    special partnership with Peru": Chile and Peru)."""
    if p is None:
        return []
    listed = _listed_here(si)
    if not listed:
        return [p, *si.also]
    s, own = si.sent.text, [x for x in p if x not in listed]
    nxt = next((h for h in si.countries if h.start >= b), None)
    if nxt is not None and P.own_with_gap.match(s[b:nxt.start]) and len(own) == 1 and nxt.iso not in p:
        return [pair(own[0], nxt.iso)]
    return [] if not own else [p, *si.also]


def _peers_listed(si: SentInfo) -> set[str]:
    """The countries a list after "alongside", "like" or "along with" names ("..., alongside the UK and Japan"):
    the subject's peers, two or more of them."""
    s = si.sent.text
    for k, h in enumerate(si.countries):
        if P.peers_lead.search(s[max(0, h.start - 30):h.start]):
            run = _run(s, si.countries[k:])
            return set(run) if len(run) > 1 else set()
    return set()


def _listed_here(si: SentInfo) -> set[str]:
    """The partners the sentence's levels list for one owner ("with A, B and C"; "the CSPs Chile has with A and B"),
    and the peers a trailing list names ("..., alongside the UK and Japan")."""
    listed = _peers_listed(si)
    for a, y, _ in si.levels:
        if listed_partners(si, a, y, None):
            listed.update(_list_after(si, y))
        elif len(held := _held_with(si, a, y)) > 1:
            common = set(held[0]).intersection(*held[1:])
            listed.update({x for q in held for x in q} - common)
    return listed


def _looked_back(si: SentInfo, span: tuple, act: str, when: When | None, linked: DraftAgreement | None,
                 pairs: list[Pair], levels: dict, published: dt.date | None, R) -> bool:
    """An anniversary of a level's founding ("the 10th anniversary of the establishment of X"), of the level itself
    ("the 10th anniversary of their X") or a span it has been held ("for the past ten years ... in a X"): the
    founding, added with today's restatement of the level; False where the sentence looks back on none."""
    s, (a, b, wording) = si.sent.text, span
    before = s[max(0, a - 160):a]
    if act in _FOUNDING and _looks_back(s) and P.anniversary_of_start.search(before):
        _add_anniversary(si, wording, act, when, linked, pairs, levels, back=_count(before, R), published=published)
        return True
    if act == "reaffirm" and (m := _looked_back_level(s, a, b)):
        if P.anniversary_to_come.search(before) and not P.celebrated_in_year.search(s):
            return False  # "which will celebrate 50 years of the X": a coming anniversary of no stated year
        back = _count(before, R) if m.re is P.anniversary_of_level else None
        _add_anniversary(si, wording, "establish", when, None, pairs, levels, back=back, published=published)
        return True
    return False


def _looked_back_level(s: str, a: int, b: int) -> re.Match | None:
    """A level held today that the sentence counts back from: an anniversary of the level itself, or a span held
    ("for the past ten years ... have been in a X", "have been X partners for 15 years")."""
    before = s[max(0, a - 160):a]
    return _looks_back(s) and P.anniversary_of_level.search(before) or P.held_for_span.search(before) or (
        P.held_before.search(before[-30:]) and P.held_for_after.match(s[b:b + 60]))


def _count(before: str, R) -> int | None:
    """The years the last anniversary before a level counts: "the 10th anniversary of", "the tenth anniversary
    of the establishment of", "20 years of", "25 years since"."""
    m = None
    for m in P.years_counted.finditer(before):
        pass
    if m is None:
        return None
    if m.group("n"):
        return int(m.group("n"))
    if m.group("ord"):
        return _W["ordinals"].index(m.group("ord").lower()) + 1
    word = m.group("years").lower()
    return int(word) if word.isdigit() else R.numbers.get(word)


def _counted_back(when: When | None, back: int | None, published: dt.date | None) -> When | None:
    """The founding year an anniversary counts back to, from the anniversary's own year (its day, else the
    article's year): "the 10th anniversary ... on Tuesday" in 2024 looks back to 2014; no day of its own."""
    year = when.year if when is not None and when.year else published.year if published else None
    if back is None or year is None or back <= 0:
        return None
    return When(when.start if when is not None else 0, None, year - back, False, False)


def _add_anniversary(si: SentInfo, wording: str, act: str, when: When | None, linked: DraftAgreement | None,
                     pairs: list[Pair], levels: dict, *, back: int | None = None,
                     published: dt.date | None = None) -> None:
    """The founding of a level, at no stated day (a year where the anniversary counts ``back`` years),
    and today's anniversary of it (a reaffirmation)."""
    if linked and linked.date and any(w.date == linked.date for w in si.dates):
        linked = None  # "talks on Monday, marking the anniversary of the signing of the Treaty on X": not its day
    own = when is not None and when.year and published and when.year < published.year - (1 if when.date else 0)
    if own and back and abs(published.year - back - when.year) > 1:
        own, when = False, None  # "on the 10th anniversary of the X, he noted the 2017 visit": another event's year
    if own:
        founded, counted, when = when, False, None  # "ten years since the establishment of X in 2014": its own time
    else:  # "will celebrate 10 years of their X in 2023": counted back from the coming year the sentence names
        coming = P.celebrated_in_year.search(si.sent.text) if when is None and back and published else None
        if coming and int(coming.group(1)) > published.year:
            when = When(0, None, int(coming.group(1)), False, False)
        founded = _counted_back(when, back, published)
        counted = founded is not None
        when = None if coming else when
    levels_now = LevelMention(si, wording, "reaffirm", when, None, "now")
    for q in pairs:
        levels.setdefault((q, normalize_level(wording)), []).extend(
            [LevelMention(si, wording, act, founded, linked, "past", counted=counted), levels_now])


def _also_held(s: str, a: int, b: int, R) -> bool:
    """A level founded at another time that the sentence also has held today: restated ("reaffirmed the relations,
    underpinned by the partnership established in 2019"), deepened, the pair's own, or growing since ("the
    partnership, established in 2013, has been growing")."""
    return bool(P.restated_now.search(s[:a]) or R.keep.search(s[max(0, a - 40):a]) or P.treaty_set_up_after.match(
        s[b:b + 160]) or _held_since(s, a, b) or P.held_on_after.match(s[b:b + 120]))


def _held_since(s: str, a: int, b: int) -> bool:
    """"made large strides in their strategic partnership established in 2013": the pair's own level (a possessive
    right before it), dated back to its founding, is also the level they hold today."""
    return P.own_level_before.search(s[max(0, a - 8):a]) is not None and P.set_up_after.match(s[b:b + 120]) is not None


def _upgrade_told(si: SentInfo, p: Pair, levels: dict) -> None:
    """"France becomes Vietnam's comprehensive strategic partner ... The upgrade was announced during talks in Paris on
    Monday": the change of the article's day, told as the subject noun, names the level the pair set up today a raise."""
    if not P.upgrade_told.match(si.sent.text):
        return
    for (q, _), items in levels.items():
        if q == p:
            items[:] = [replace(it, action="upgrade") if it.action == "establish" and it.era == "now" else it
                        for it in items]


def _raised_after(si: SentInfo, p: Pair, levels: dict) -> None:
    """"They signed the Joint Declaration for a Strategic Partnership. With it we have elevated our
    relationship": ties raised, no level named and no time, right after the sentence that founded a level of
    the same pair; the level founded is the one they were raised to."""
    low = si.low or si.sent.text.lower()
    if not any(w in low for w in _RAISED_GATES) or si.dates or not P.raised_ties.search(si.sent.text):
        return
    for (q, _), items in levels.items():
        if q != p:
            continue
        for i, it in enumerate(items):
            gap = si.sent.start - it.sentence.sent.end
            if it.action == "establish" and it.era == "now" and 0 <= gap <= _NEXT_GAP:
                items[i] = replace(it, action="upgrade")


def _levelless_raise(si: SentInfo, p: Pair, levels: dict, published: dt.date | None, R) -> None:
    """A sentence of pair ``p`` that names no level but tells its ties raised: the level it raised."""
    _raised_after(si, p, levels)
    _raised_then(si, p, levels, published, R)
    _upgrade_told(si, p, levels)


def _raised_then(si: SentInfo, p: Pair, levels: dict, published: dt.date | None, R) -> None:
    """"... now recognized as a X. In 2005 they upgraded ties to a Y. In September 2023 the presidents confirmed
    the elevation of these ties": ties raised at a time of the sentence's own, no level named, where the pair holds
    one level the text so far only restates (none founded or raised): that level, raised at that time."""
    low = si.low or si.sent.text.lower()
    if not si.dates or not any(w in low for w in _RAISED_GATES) or not (m := P.raised_ties.search(si.sent.text)):
        return
    held = [items for (q, _), items in levels.items() if q == p and items]
    only = [items for items in held if all(it.action == "reaffirm" for it in items)]
    if len(only) != 1 or len(held) < 2:
        return  # the raise of a pair with a history of levels; one level restated, the others founded or raised
    when = own_when(si.dates, m.start(), m.end())
    wording = only[0][0].wording
    only[0].append(LevelMention(si, wording, "upgrade", when, None, _era("upgrade", when, "", published, R)))


# ------------------------------------------------------------------ facts
def _action_of(items: list[LevelMention]) -> str:
    return max((it.action for it in items), key=lambda x: _ACTION_RANK[x])


def _has_own_date(items: list[LevelMention]) -> bool:
    """A day or year the text says (a year counted back from an anniversary is none)."""
    return any(it.when is not None and not it.counted and (it.when.date or it.when.year) for it in items)


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(w == x for x in it) for w in short if w != "and")


def _to_holder(groups: dict) -> None:
    """"it will keep increasing the privileged strategic partnership", in a sentence naming no country:
    a distinctive wording belongs to the one pair of the article (sharing a side with the carried-over
    pair) that holds it or a fuller form of it, not to the pair the story happened to carry."""
    wording = {k: max((normalize_level(it.wording) for it in groups[k]), key=len) for k in groups}
    for k in list(groups):
        short = wording[k].split()
        if not set(short) - _GENERIC_LEVEL_WORDS or any(it.sentence.countries for it in groups[k]):
            continue
        holders = {o[0] for o in groups if o[0] != k[0] and set(o[0]) & set(k[0])
                   and _subsequence(short, wording[o].split())}
        if len(holders) == 1 and not any(o[0] == k[0] and o != k for o in groups):
            groups.setdefault((holders.pop(), k[1]), []).extend(groups.pop(k))


def _own_days(items: list[LevelMention]) -> set:
    return {(it.when.date, it.when.year) for it in items if it.when is not None and (it.when.date or it.when.year)}


def _same_change(items: list[LevelMention], fuller: list[LevelMention]) -> bool:
    """"elevated ties to CSP on Sunday ... the statement on upgrading ties to CSP for peace and
    development": one change told in two wordings (no other day, the fuller one the same change or
    today's level), not two events."""
    if any(it.era == "past" for it in items + fuller) or _action_of(fuller) not in (_action_of(items), "reaffirm"):
        return False
    return not _has_own_date(fuller) or bool(_own_days(items) & _own_days(fuller))


def _current(items: list[LevelMention]) -> bool:
    """"their strategic partnership" beside the pair's "all-weather strategic partnership": mentions
    of today's level, no change and no earlier time (a generic mention beside an upgrade of 2015 may
    be the level before it)."""
    return all(it.action == "reaffirm" and it.era != "past" for it in items)


def _told_before(fuller: list[LevelMention], items: list[LevelMention]) -> bool:
    """"upgraded ties to an all-weather strategic partnership ... The strategic partnership will ...": today's
    new level, named before every generic mention, is the one they refer back to; so is a level founded
    (never raised) at any time, which no earlier level preceded."""
    if any(P.standing_before.search(it.sentence.sent.text) for it in items):
        return False  # "the current strategic partnership", "the 10th anniversary of their strategic partnership"
    if all(it.action == "establish" for it in fuller):
        return True
    # "relations were elevated to a CSP in 2015 ... cooperation under the strategic partnership": a level raised
    # to at another time, no level before it named, is the one held since; a change naming two levels is not
    raised_alone = all(it.era == "past" and it.action == "upgrade" and len(it.sentence.levels) == 1 for it in fuller)
    if any(it.era == "past" for it in fuller) and not raised_alone:
        return False
    return min(it.sentence.sent.start for it in fuller) < min(it.sentence.sent.start for it in items)


def _left_behind(items: list[LevelMention], fuller: list[tuple], groups: dict) -> bool:
    """"the 10th anniversary of their comprehensive partnership" beside today's upgrade to a comprehensive
    strategic partnership (or a fuller level founded today): the level held before, not a shorter wording of the new
    one; so is a level only ever founded beside a fuller one raised at another time ("established a global
    partnership ... elevated to a global and strategic partnership in 2006": the first rung of the history)."""
    changed = [it for o in fuller for it in groups[o] if it.action in ("upgrade", "establish")]
    return (bool(changed) and any(P.standing_before.search(it.sentence.sent.text) for it in items)) or (
        all(it.action == "establish" for it in items) and any(it.action == "upgrade" and it.era == "past" for it in changed))


def _said_of_raised(items: list[LevelMention], fuller: list[tuple], groups: dict) -> bool:
    """"established a strategic partnership in 2006 ... elevated ties to a special strategic partnership in 2017 ...
    further strengthening (the) strategic partnership": a generic wording said today, of a level founded before a
    fuller one was raised, speaks of the fuller level held now."""
    founded = [it.when.year for it in items if it.action == "establish" and it.era == "past" and it.when and it.when.year]
    raised = [it.when.year for o in fuller for it in groups[o] if it.action == "upgrade" and it.when and it.when.year]
    return bool(founded and raised) and max(raised) > max(founded) and any(
        it.era == "now" and it.action == "reaffirm" for it in items)


def _fuller(groups: dict, wording: dict, k: tuple) -> list[tuple]:
    """The pair's fuller wordings that contain k's: in order, or in any order where both restate
    today's level ("global strategic partnership" and "special strategic global partnership")."""
    short = wording[k].split()
    now = _current(groups[k])
    out = []
    for o in groups:
        if o == k or o[0] != k[0] or len(wording[o]) <= len(wording[k]):
            continue
        long = wording[o].split()
        if _subsequence(short, long) or (now and _current(groups[o]) and set(short) - {"and"} <= set(long)):
            out.append(o)
    return out


def _one_change(items: list[LevelMention], fuller: list[tuple], groups: dict) -> bool:
    """"a joint statement on the establishment of a strategic partnership ... upgrade relations to a long-term
    strategic partnership": a generic wording changed today beside the pair's one fuller level of today is
    the same change told shorter; not where one sentence names both ("the seeds of the strategic partnership
    ... have grown into a special privileged strategic partnership": two levels)."""
    if len(fuller) != 1 or any(it.era == "past" for it in items) or not any(
            it.era == "now" and it.action in _FOUNDING for it in items):
        return False
    other = groups[fuller[0]]
    return not any(it.era == "past" for it in other) and not {id(it.sentence) for it in items} & {
        id(it.sentence) for it in other}


def _fold(groups: dict) -> None:
    """Fold a shorter wording of a pair's level into a fuller one that contains it, unless it is
    a dated change of its own; a generic one only where every fuller wording is today's level."""
    wording = {k: max((normalize_level(it.wording) for it in groups[k]), key=len) for k in groups}
    for k in sorted(list(groups), key=lambda k: len(wording[k])):
        if k not in groups:
            continue
        items = groups[k]
        fuller = _fuller(groups, wording, k)
        if fuller and all(it.action == "establish" and _doc_named(it) for it in items) and all(
                _current(groups[o]) for o in fuller):
            # "signed a strategic partnership agreement" by a pair holding a comprehensive strategic partnership
            # today: the document of the level they hold, which it founds nothing
            items = groups[k] = [replace(it, action="reaffirm") for it in items]
        if not set(wording[k].split()) - _GENERIC_LEVEL_WORDS and not all(it.anaphoric for it in items) and not (
                fuller and _current(items) and all(_current(groups[o]) or _told_before(groups[o], items) for o in fuller)
        ) and not (fuller and all(it.sentence.headline for it in items)) and not _one_change(items, fuller, groups) \
                and not _said_of_raised(items, fuller, groups) or _left_behind(items, fuller, groups):
            continue  # a headline shortens the level the text words in full ("upgrades ties to strategic partnership")
        if _said_of_raised(items, fuller, groups):  # today's mentions go to the level raised, the founding stays
            now = [it for it in items if it.era == "now" and it.action == "reaffirm"]
            groups[max(fuller, key=lambda o: len(wording[o]))].extend(now)
            groups[k] = [it for it in items if it not in now]
            continue
        # "the anniversary of the establishment of the comprehensive partnership": that founding stays
        founded = [it for it in items if it.era == "past" and it.action != "reaffirm" and not _has_own_date([it])]
        items = [it for it in items if it not in founded]
        dated = bool(items) and _action_of(items) in ("establish", "upgrade", "downgrade") and _has_own_date(items)
        for o in sorted(fuller, key=lambda o: -len(wording[o])) if items else ():
            if not dated or _same_change(items, groups[o]):
                groups[o].extend(items)
                if founded:
                    groups[k] = founded
                else:
                    del groups[k]
                break


def _headline_rewording(groups: dict) -> None:
    """"A and B commit to enhanced strategic partnership" over a story that words the pair's level of today
    otherwise: a wording restated only in the headline rewords that level, it names no other one."""
    wording = {k: max((normalize_level(it.wording) for it in groups[k]), key=len) for k in groups}
    for k in list(groups):
        if not all(it.sentence.headline and it.action == "reaffirm" for it in groups[k]):
            continue
        if any(o[0] == k[0] and o != k and set(wording[o].split()) - _GENERIC_LEVEL_WORDS and any(
                not it.sentence.headline and it.era != "past" for it in groups[o]) for o in groups):
            del groups[k]


def _doc_named(it: LevelMention) -> bool:
    """"signed a strategic partnership agreement": the wording only names the document signed."""
    text = it.sentence.sent.text
    at = text.lower().find(it.wording.lower())
    return at >= 0 and P.level_treaty_after.match(text[at + len(it.wording):at + len(it.wording) + 20]) is not None


def _as_written(wording: str) -> str:
    """The designation as the text gives it: lowercased, without quotes, a leading article or "bilateral"."""
    text = P.bilateral.sub(" ", P.quotes.sub(" ", wording.lower()))
    text = P.lead_article_sp.sub("", _SPACES.sub(" ", text).strip())
    return text.replace("‐", "-").replace("–", "-").rstrip(",;:. ")


def _date_of(items: list[LevelMention], action: str, p: Pair, anchors: dict, events: dict,
             founded: frozenset = frozenset()) -> tuple:
    """(date, year) of a level event: its own written day, a linked document's, a year said with it,
    else the meeting nearest before the statement (never the day the level was founded, ``founded``)."""
    own = [it.when for it in items if it.when is not None and it.when.date is not None and it.action == action]
    said = [it.when for it in items if it.when is not None and it.action == action]
    linked = [it.linked for it in items if it.linked is not None and (it.linked.date or it.linked.year)]
    if linked and (linked[0].date or not own):  # "the Declaration on ... Partnership signed on 3 July 2008": its day
        return linked[0].date, linked[0].year
    if own:
        return own[0].date, own[0].year
    if said and not (action == "reaffirm" and _meeting_year(items, action, anchors.get(p))):
        # a year, a month or "last year": no day, and not the meeting's either (a standing level said of the
        # meeting's own year, "2021 is also special for our partnership", takes the meeting's day)
        return None, next((w.year for w in said if w.year), None)
    if action in _MEETING_DATED and anchors.get(p) is not None and any(
            it.era != "past" for it in items if it.action == action):  # a change looked back on has no meeting day
        # the meeting nearest before the statement dates it ("visit from June 11 to 13 ... On June 12")
        at = next(it.sentence.sent.start for it in items if it.action == action)
        days = [d for _, d in events.get(p, ())]
        past = {d for d in days if (max(days) - d).days > _MEETING_SPAN} | founded  # "(December 12, 1992 - ...)"
        near = [d for start, d in events.get(p, ()) if start <= at and d not in past]
        # "talks on Thursday ... He had arrived on Wednesday": an earlier day told after the meeting's is
        # background (the arrival), not the day the meeting's statements were made
        date = max(d for d in near if abs((d - near[-1]).days) <= _VISIT_DAYS) if near else \
            anchors[p] if anchors[p] not in past else None
        return date, date and date.year
    return None, None


def _meeting_year(items: list[LevelMention], action: str, meeting: dt.date | None) -> bool:
    """Every time said with the statements is the meeting's year written out ("2021 is also special")."""
    said = [it for it in items if it.when is not None and it.action == action]
    return meeting is not None and all(it.when.year == meeting.year and it.sentence.sent.text[
        it.when.start:it.when.start + 4].isdigit() for it in said)


def _fullest(items: list[LevelMention]) -> str:
    return max((_as_written(it.wording) for it in items), key=lambda w: (len(normalize_level(w)), w))


def _fact(p: Pair, items: list[LevelMention], level: str, anchors: dict, events: dict,
          founded: frozenset = frozenset()) -> PartnershipFact:
    """One event of a level; ``level`` is the fullest wording of the level across its events."""
    items.sort(key=lambda it: it.sentence.sent.start)
    mentions = tuple(sorted({it.sentence.mention() for it in items}))
    action = _action_of(items)
    date, year = _date_of(items, action, p, anchors, events, founded)
    return PartnershipFact(pair=p, level=level, action=action, date=date, year=year if date is None else None,
                           mentions=mentions)


def _events(items: list[LevelMention]) -> list[list[LevelMention]]:
    """Each statement of the level at an earlier time ("established in 2006") is its own event, one
    per action and year; the statements of the article's own time make one more."""
    past: dict[tuple, list[LevelMention]] = {}
    rest = []
    for it in items:
        if it.era == "past":
            past.setdefault((it.action, it.when and it.when.year), []).append(it)
        else:
            rest.append(it)
    for (action, year) in [k for k in past if k[1] is None]:
        dated = [k for k in past if k[0] == action and k[1] is not None]
        if action in _FOUNDING and len(dated) == 1:
            # "the 25th anniversary of the signing of the declaration on X ... On 3 October 2000 we established X":
            # a level is founded (or raised to) once; the undated look back is that event
            past[dated[0]].extend(past.pop((action, year)))
    for key in [k for k in past if k[0] in _FOUNDING and all(it.counted for it in past[k])]:
        told = [k for k in past if k[0] in _FOUNDING and k[1] is not None and abs(k[1] - key[1]) <= 1
                and not all(it.counted for it in past[k])]
        if told:  # "the 25th anniversary of the X ... In January 1998 they elevated ties to X": that event (a count
            past[told[0]].extend(past.pop(key))  # may miss the year by one: founded in December, counted in January)
    for year in [k[1] for k in past if k[0] == "establish" and k[1] is not None and ("upgrade", k[1]) in past]:
        past[("upgrade", year)].extend(past.pop(("establish", year)))  # "share X since 2016 ... raised to X in 2016": one
    for year in [k[1] for k in past if k[0] == "reaffirm" and k[1] is not None
                 and all(_row_label(it) for it in past[k])]:
        told = next((k for k in past if k[0] in _FOUNDING and k[1] == year), None)
        if told:  # "| X | Joint statement of November 2022. The talks raised the ties to X": the row's level is that event
            past[told].extend(past.pop(("reaffirm", year)))
    return [*past.values(), *([rest] if rest else [])]


def _row_label(it: LevelMention) -> bool:
    """The level is the label of a table row ("| Strategic partnership | Joint declaration of 2024 ... |")."""
    si = it.sentence
    return si.sent.line_start and P.table_row_open.match(si.sent.text) is not None


def _founded_days(items: list[LevelMention]) -> frozenset:
    """The written days a level was founded or raised at an earlier time: the article's meeting is another day."""
    return frozenset(it.when.date for it in items if it.era == "past" and it.action != "reaffirm"
                     and it.when is not None and it.when.date is not None)


def _later_fuller_upgrades(facts: list[PartnershipFact], by_doc: set) -> list[PartnershipFact]:
    """"the 2002 Declaration on strategic partnership and the 2016 Statement on in-depth strategic
    partnership": a fuller designation founded later than one it contains raised the level. Only a level
    founded by a document (``by_doc``): where the text's own verb founds it ("established a strategic
    partnership in 1993 and a global strategic partnership in 2012") the verb decides."""
    founded = [f for f in facts if f.action == "establish" and f.year is not None]
    out = []
    for f in facts:
        words = normalize_level(f.level).split()
        if f in founded and id(f) in by_doc and any(g.pair == f.pair and g.year < f.year and len(g.level) < len(f.level)
                                and _subsequence(normalize_level(g.level).split(), words) for g in founded):
            f = replace(f, action="upgrade")
        out.append(f)
    return out


def _year_of(f: PartnershipFact) -> int | None:
    return f.date.year if f.date is not None else f.year


def _superseded(f: PartnershipFact, facts: list[PartnershipFact], counted: set) -> bool:
    """"developing a comprehensive partnership since 1998 and a strategic partnership since 2010": a level
    stated only with its founding year stands no more where the pair founded another level later, or
    raised its ties in the article's own event; its founding stays, its standing reaffirmation goes. A year
    only counted back from an anniversary (``counted``: ids of those foundings) is no such statement: the
    anniversary restates the level today."""
    if f.action != "reaffirm" or f.year is not None and f.date is None:
        return False  # (a day may come from the meeting the statement is read with: "had been X since 2015")
    founded = [g for g in facts if g.pair == f.pair and g.level == f.level and g.action == "establish" and _year_of(g)
               and id(g) not in counted]
    if not founded or not set(f.mentions) <= {m for g in founded for m in g.mentions}:
        return False
    since = min(_year_of(g) for g in founded)
    return any(g.pair == f.pair and g.level != f.level and g.action in ("establish", "upgrade") and (
        (_year_of(g) or 0) > since or (g.action == "upgrade" and _year_of(g) is None)) for g in facts)


def partnership_facts(levels: dict, anchors: dict, events: dict) -> tuple[PartnershipFact, ...]:
    """One fact per pair and ladder concept; shorter wordings of a level fold into fuller ones."""
    groups: dict[tuple, list] = {}
    for (p, norm), items in levels.items():
        slug = find_level(norm) or norm
        groups.setdefault((p, slug), []).extend(items)
    _to_holder(groups)
    _fold(groups)
    _headline_rewording(groups)
    facts, by_doc, counted = [], set(), set()
    for (p, _slug), items in groups.items():
        for ev in _events(items):
            facts.append(_fact(p, ev, _fullest(items), anchors, events, _founded_days(items)))
            if any(it.linked is not None for it in ev if it.action == "establish"):
                by_doc.add(id(facts[-1]))
            if all(it.counted for it in ev):
                counted.add(id(facts[-1]))
    facts = _later_fuller_upgrades(facts, by_doc)
    facts = [f for f in facts if not _superseded(f, facts, counted)]
    return tuple(sorted(facts, key=lambda f: (f.pair, f.level, f.action)))
