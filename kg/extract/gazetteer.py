"""Gazetteer stage: countries (names, demonyms, capitals, leaders), organisations, regional
descriptions and cooperation fields, each lexicon matched once over the whole text and handed to
the sentence it falls in, so the work is linear in the text."""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import NamedTuple

from kg.extract.doc import Document, FieldSpan, Hit, SentInfo
from kg.extract.fastre import any_found, folded_gate, gated_parts, gated_search, scan
from kg.extract.lexicon import folded, folds_alike, key, lexicon, patterns

__all__ = ["scan_countries", "scan_regions", "scan_fields", "title_hits"]

P = patterns("en")
_HYPHEN = re.compile(r"^[-–]$")
_LANGUAGE_LOW = folded(P.language_gate)  # the gate without re.I, for the lowercased sentence


def _currency(name: str, kind: str, after: str) -> bool:
    """The name is part of a currency's: "US$", "Singapore dollars"; with a space before "$" only a short form or an
    adjective ("US $30 million", "Australian $5 billion"), never a country's name ("gave Vanuatu $31 million")."""
    return P.currency_after.match(after) is not None or (
        (kind == "demonym" or len(name) <= 3) and P.spaced_currency_after.match(after) is not None)


def _place(si: SentInfo, rel_s: int, rel_e: int, iso: str, kind: str) -> None:
    """File one gazetteer match in its sentence: a country, or a mask where it is no country."""
    s = si.sent.text
    if iso == "-":
        si.masks.append((rel_s, rel_e))
        if kind == "org":
            si.orgs.append((rel_s, rel_e))
        return
    after = s[rel_e:rel_e + 40]
    before = s[max(0, rel_s - 40):rel_s]
    if kind in ("name", "demonym", "capital") and P.org_head.match(after):
        si.masks.append((rel_s, rel_e + P.org_head.match(after).end()))
        return
    if kind == "capital" and P.capital_text_after.match(after):
        si.masks.append((rel_s, rel_e))  # "the Paris Agreement": a text of many parties, named after a city
        return
    if kind in ("name", "demonym") and (_currency(s[rel_s:rel_e], kind, after) or P.conflict_after.match(after)) or (
            kind == "name" and P.topic_before.search(before)):
        si.masks.append((rel_s, rel_e))  # "US$ 30 million", "Singapore dollars": money; "the Ukraine war", "steps on Myanmar": a topic
        return
    if kind == "name" and s[rel_s:rel_e].isupper() and P.section_label_before.search(before):
        si.masks.append((rel_s, rel_e))  # "Home EQUATORIAL GUINEA President ...": a breadcrumb's section, no party
        return
    if kind == "leader" and P.person_named_after.match(after):
        si.masks.append((rel_s, rel_e))  # "the Yunus Emre Institute": a body named after someone, no leader
        return
    if kind == "capital" and (P.venue_before.search(before) or P.based_after.match(after) or si.venues and P.list_gap.fullmatch(s[si.venues[-1].end:rel_s])
                              or _dateline_place(si, rel_s)) \
            or kind == "name" and (_city_country(si, before, after, rel_s) or _bracketed_place(si, rel_s, after)
                                   or _event_venue(before)):
        # "visited Abu Dhabi and Doha": the second of a list of places is a place too; "in Kigali, Rwanda" one place;
        # "the Sofia-based ambassador": the city an envoy or a firm is based in
        si.venues.append(Hit(rel_s, rel_e, iso, kind))
        return
    if kind == "demonym" and P.place_after.match(after) and not P.capital_owned.search(before):
        return  # "the Chinese capital" is a city; "companies with Chinese capital" is money
    si.countries.append(Hit(rel_s, rel_e, iso, kind))


def _city_country(si: SentInfo, before: str, after: str, rel_s: int) -> bool:
    """"held in Kigali, Rwanda", "in Osaka, Japan": a country after a city and a comma names the place; not after
    a country ("the first investor in Mali, Morocco helps"), nor as the first of a pair ("In Doha, Qatar and Oman")."""
    last = si.countries[-1] if si.countries else None
    return P.city_comma_before.search(before) is not None and P.and_next.match(after) is None and not (
        last is not None and si.sent.text[last.end:rel_s].strip() == ",")


def _event_venue(before: str) -> bool:
    """"the G20 Summit in Japan": the country a gathering of many is held in names the place, no party."""
    return "in " in before and P.event_in_before.search(before) is not None


def _dateline_place(si: SentInfo, rel_s: int) -> bool:
    """"NEW DELHI, Feb 10 (PTI): Vietnam and Laos ...", "Kazan [Russia], May 3:": the city a dateline opens with is
    where the story was filed, no party."""
    s = si.sent.text
    return not s[:rel_s].strip(" \n\"'“") and (P.dateline.match(s) is not None or P.bracket_dateline.match(s) is not None)


def _bracketed_place(si: SentInfo, rel_s: int, after: str) -> bool:
    """"Tianjin [China], August 31:", "the forum in Kazan (Russia)": a country in brackets after a place names
    the place, no party (search bounds keep "^" at the sentence's real start); after a leader's or a country's
    own name ("Xi Jinping (China)") the bracket is that name's country."""
    s, last = si.sent.text, si.countries[-1] if si.countries else None
    return P.bracket_close_after.match(after) is not None and \
        P.bracket_place_before.search(s, max(0, rel_s - 60), rel_s) is not None and \
        not (last is not None and last.kind != "capital" and s[last.end:rel_s].strip() in ("(", "["))


_CAMEL = re.compile("[a-z][A-Z]")  # a text with no lowercase letter before a capital glues no name


def country_names(text: str, L) -> list:
    """Each country name the text writes: at a word's start, or capitalised right after a short word scraped text
    glued it to ("growth of theVietnam-India partnership"); in text order."""
    found = list(L.country_re.finditer(text))
    if L.glue_re is None or _CAMEL.search(text) is None:
        return found
    glued = [m for g in L.glue_re.finditer(text) if (m := L.country_at.match(text, g.end())) is not None]
    return sorted(found + glued, key=lambda m: m.start()) if glued else found


def _lowered(doc: Document) -> None:
    """Each sentence lowercased once, for the cues matched without re.I (kept only where the length holds)."""
    low = doc.low
    for si in doc.sentences:
        s = si.sent.text
        s_low = low[si.sent.start:si.sent.end] if low is not None else s.lower()
        if len(s_low) == len(s):
            si.low = s_low


def scan_countries(doc: Document, R) -> None:
    _lowered(doc)
    L = lexicon()
    text = doc.text
    cof = L.country_of
    found = [(m, *(cof.get(m.group()) or cof.get(key(m.group()), ("-", "org")))) for m in country_names(text, L)]
    found = _short_forms(doc, sorted(found + _combining_forms(text, found), key=lambda x: x[0].start()))
    named = {iso for m, iso, kind in found if kind == "leader" or kind == "surname" and P.title_before.search(
        text[max(0, m.start() - 40):m.start()])}  # "President Petro" names him for his later "Petro"
    for m, iso, kind in found:
        if kind == "surname":
            if iso not in named and not P.title_before.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "Ortega scored twice": a surname alone, no title, no full name in the article
            kind = "leader"
        si = doc.at(m.start())
        if si is not None:
            _place(si, m.start() - si.sent.start, m.end() - si.sent.start, iso, kind)
    _home_refs(doc)
    for si in doc.sentences:
        if si.countries:
            _set_aside(si, R)


_SHORT = P.words["short_forms"]


def _short_forms(doc: Document, found: list) -> list:
    """A short name read as the one longer country it is part of that the article names in full, when the
    article names its own country no other way and no sentence names both: "Guinea" after "Equatorial Guinea"."""
    shorts = [i for i, (m, iso, kind) in enumerate(found) if kind == "name" and m.group() in _SHORT]
    if not shorts:
        return found
    others = [(m, iso) for m, iso, kind in found if m.group() not in _SHORT]
    for short in {found[i][0].group() for i in shorts}:
        mine = [i for i in shorts if found[i][0].group() == short]
        iso = found[mine[0]][1]
        longer = [(m, b) for m, b in others if b in _SHORT[short] and short in m.group()]
        if len({b for _, b in longer}) != 1 or any(b == iso for _, b in others):
            continue
        if {id(doc.at(found[i][0].start())) for i in mine} & {id(doc.at(m.start())) for m, _ in longer}:
            continue  # "Guinea and Guinea-Bissau": two countries
        for i in mine:
            found[i] = (found[i][0], longer[0][1], found[i][2])
    return found


_FORMS = P.words["combining_forms"]
_FORM_RE = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, _FORMS)) + r")(?=-)")
_FORM_ENDS = {f[-1] + "-" for f in _FORMS}  # a text holding none of these holds no combining form


def _combining_forms(text: str, found: list) -> list:
    """"Franco-Indian", "Anglo-French": a combining form joined by a hyphen to a country's adjective or name (or to
    another such form) is a demonym of its country; "Indo-Pacific" joins no country, so it names none."""
    starts = {m.start() for m, iso, _ in found if iso != "-"}
    forms = list(_FORM_RE.finditer(text)) if any(e in text for e in _FORM_ENDS) else []
    at = {m.start() for m in forms}
    return [(m, _FORMS[m.group()], "demonym") for m in forms if m.end() + 1 in starts or m.end() + 1 in at]


def _glued_before(s: str, a: int) -> bool:
    """"the Lamu Port-Southern Sudan-Ethiopia corridor": the chain goes on from a word that is no name."""
    return P.glued_before.search(s[max(0, a - 40):a]) is not None


def _home_refs(doc: Document) -> None:
    """"the Kingdom and Switzerland agreed a pact": "the Kingdom" is the country the article names most."""
    refs = list(scan(P.home_ref, doc.text))
    if not refs:
        return
    counts = Counter(h.iso for si in doc.sentences for h in si.countries)
    if not counts:
        return
    (top, n), *rest = counts.most_common(2) + [("", 0)]
    if n <= rest[0][1]:
        return  # no country stands out as the article's own
    for m in refs:
        si = doc.at(m.start())
        if si is not None:
            si.countries.append(Hit(m.start() - si.sent.start, m.end() - si.sent.start, top, "name"))
            si.countries.sort(key=lambda h: h.start)


def _hyphen_chains(si: SentInfo, R, drop: set) -> None:
    """A hyphenated name of a thing ("the China-Europe freight train", "the A-B-C railway": a region
    in it or three names) names no party."""
    s = si.sent.text
    if "-" not in s and "–" not in s:
        return  # no hyphen, no chain
    spans = sorted([(h.start, h.end, h) for h in si.countries] + [(a, b, None) for a, b in si.masks])
    i = 0
    while i < len(spans):
        j = i
        while j + 1 < len(spans) and _HYPHEN.match(s[spans[j][1]:spans[j + 1][0]]):
            j += 1
        chain = spans[i:j + 1]
        if len(chain) > 1 and not R.compound_relation.match(s[chain[-1][1]:]):
            region = any(h is None and not R.blocs.fullmatch(s[a:b]) for a, b, h in chain)
            region = region or _glued(s, chain[0][0], chain[-1][1]) or _glued_before(s, chain[0][0])
            if region or len({h.iso for _, _, h in chain if h is not None}) > 2:
                drop.update(id(h) for _, _, h in chain if h is not None)
                si.orgs = [o for o in si.orgs if not any(o == (a, b) for a, b, _ in chain)]
        i = j + 1


def _glued(s: str, a: int, b: int) -> bool:
    """A chain hyphenated to a word that names no country ("the Lamu Port-South Sudan-Ethiopia corridor"): a route."""
    return (a > 1 and _HYPHEN.match(s[a - 1]) is not None and s[a - 2].isalnum()) or (
        b + 1 < len(s) and _HYPHEN.match(s[b]) is not None and s[b + 1].isalnum())


def _set_aside(si: SentInfo, R) -> None:
    """Names that are no party: hyphenated names of things and countries named as background
    ("situated between two neighbours, X and Y"). They become masks, so they neither set nor
    disturb the pair."""
    s = si.sent.text
    drop: set = set()
    _hyphen_chains(si, R, drop)
    hits = si.countries
    cued = si.has(R, "background_words")  # most sentences have no background word
    for k, h in enumerate(hits):
        if id(h) in drop or not cued or not si.found_in(R, "background", max(0, h.start - 60), h.start):
            continue
        drop.add(id(h))
        for h1, h2 in zip(hits[k:], hits[k + 1:]):  # the rest of the list: "X and Y", "X, Y and Z"
            if not P.pair_gap.match(s[h1.end:h2.start]):
                break
            drop.add(id(h2))
    _languages(si, drop)
    _foils(si, drop)
    if drop:
        si.masks.extend((h.start, h.end) for h in hits if id(h) in drop)
        si.countries = [h for h in hits if id(h) not in drop]


def _foils(si: SentInfo, drop: set) -> None:
    """"Unlike Japan (and Korea), Vietnam has ...": the countries of a fronted comparison, up to its comma,
    are what the sentence's parties are set against, none of them a party."""
    s, hits = si.sent.text, si.countries
    if not hits or not P.foil_lead.match(s[:hits[0].start]):
        return
    run = [hits[0]]
    for h1, h2 in zip(hits, hits[1:]):
        if not P.pair_gap.match(s[h1.end:h2.start]) or P.foil_end.match(s[h1.end:]):
            break
        run.append(h2)
    if P.foil_end.match(s[run[-1].end:]) and len(run) < len(hits):
        drop.update(id(h) for h in run)


def _languages(si: SentInfo, drop: set) -> None:
    """"Portuguese and Spanish language instruction", "French-speaking": a language, no country (nor is the
    name coordinated right before it)."""
    s, hits = si.sent.text, si.countries
    if (gated_search(_LANGUAGE_LOW, si.low) if si.low and folds_alike(s, si.low) else P.language_gate.search(s)) is None:
        return  # most sentences name no language
    for k, h in enumerate(hits):
        if P.language_after.match(s, h.end):
            drop.add(id(h))
            if k and P.pair_gap.match(s[hits[k - 1].end:h.start]) and not P.language_after.match(s, hits[k - 1].end):
                drop.add(id(hits[k - 1]))


def scan_regions(doc: Document) -> None:
    """"the Central Asian country": the set of countries a regional description can stand for."""
    L = lexicon()
    low = doc.low if doc.low is not None else doc.text.lower()
    # a regional description needs one of the region words: most articles have none
    for m in (L.region_re.finditer(doc.text) if any(r in low for r in _shortest(tuple(L.regions))) else ()):
        si = doc.at(m.start())
        if si is not None:
            words = m.group().lower().split()[1:-1]
            si.regions.append(L.regions.get(" ".join(words), set()))


@functools.lru_cache(maxsize=4)
def _shortest(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words that hold no other of them: a text holds one of ``words`` exactly when it holds one of these
    ("asian" stands for "central asian" too)."""
    return tuple(w for w in words if not any(o != w and o in w for o in words))


_NOT_FIELD: dict = {}


class _NotField(NamedTuple):
    """The "no field here" contexts of one field: all of them case-insensitive (``before``, ``after``),
    and split into those matched on the lowercased sentence without re.I (``*_low``, much faster)
    and the ones that tell cases apart (``*_cased``), each as parts for :func:`any_found`."""

    before: re.Pattern | None
    after: re.Pattern | None
    before_low: tuple
    before_cased: tuple
    after_low: tuple
    after_cased: tuple


def _joined(pats: list[str]) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I) if pats else None


def _parts(pats: list[str], fold: bool) -> tuple:
    """The patterns as :func:`any_found`'s parts (folded for the lowercased text when ``fold``): each one whose
    needed words a gate can look for first on its own, the others joined into one."""
    rxs = [folded(rx) if fold else rx for rx in (re.compile(p, re.I) for p in pats)]
    rest = [p for p, rx in zip(pats, rxs) if folded_gate(rx) is None]
    joined = _joined(rest)
    return gated_parts([rx for rx in rxs if folded_gate(rx) is not None] + (
        [] if joined is None else [folded(joined) if fold else joined]))


def _split_folded(pats: list[str]) -> tuple:
    low = [p for p in pats if folded(re.compile(p, re.I)) is not None]
    return _parts(low, True), _parts([p for p in pats if p not in low], False)


def _not_field(R, fid: str) -> _NotField:
    """The "no field here" contexts of one field as combined patterns, built once."""
    got = _NOT_FIELD.get(fid)
    if got is None:
        bs = [bx.pattern for f, bx, _ in R.not_fields if f in ("*", fid) and bx is not None]
        as_ = [ax.pattern for f, _, ax in R.not_fields if f in ("*", fid) and ax is not None]
        got = _NOT_FIELD[fid] = _NotField(_joined(bs), _joined(as_), *_split_folded(bs), *_split_folded(as_))
    return got


def _no_field_here(nf: _NotField, si: SentInfo, rs: int, re_: int) -> bool:
    """A context before (50 characters) or after (40) the field word says it names no field."""
    s, low, a = si.sent.text, si.low, max(0, rs - 50)
    if not low:
        return (nf.before is not None and nf.before.search(s[a:rs]) is not None) or (
            nf.after is not None and nf.after.match(s[re_:re_ + 40]) is not None)
    e = re_ + 40
    before, after = low[a:rs], low[re_:e]  # each context is tried only where a word it needs stands
    alike = folds_alike(s, low)
    return any_found(nf.before_low, before, before) or any_found(nf.before_cased, s[a:rs], before if alike else None) or (
        any_found(nf.after_low, after, after, True)) or any_found(nf.after_cased, s[re_:e], after if alike else None, True)


def _phrase_fields(doc: Document, R) -> None:
    """Fields named by a phrase without one of their labels."""
    L = lexicon()
    low = doc.low
    # a gate word the whole (lowercased) text lacks is in none of its sentences
    pats = [x for x in R.field_patterns if x[2] in low] if low is not None else R.field_patterns
    for si in doc.sentences if pats else ():
        s = si.sent.text
        s_low = si.low or (low[si.sent.start:si.sent.end] if low is not None else s.lower())
        alike = folds_alike(s, s_low)  # then a phrase is matched on the lowercased sentence without re.I
        for rx, fid, gate, frx in pats:
            if gate in s_low:
                for m in (frx.finditer(s_low) if alike and frx is not None else rx.finditer(s)):
                    si.fields.append(FieldSpan(m.start(), m.end(), L.fields[fid]))


def scan_fields(doc: Document, R) -> None:
    L = lexicon()
    _phrase_fields(doc, R)
    low = doc.low
    for m in (L.field_low.finditer(low) if low is not None else L.field_re.finditer(doc.text)):
        si = doc.at(m.start())
        if si is None:
            continue
        rs, re_ = m.start() - si.sent.start, m.end() - si.sent.start
        if si.masks and any(a <= rs < b for a, b in si.masks):
            continue
        g = m.group()
        f = L.field_of.get(g) or L.field_of[key(g.lower())]
        s = si.sent.text
        if _no_field_here(_not_field(R, f.id), si, rs, re_):
            continue
        if P.name_field.match(s[rs:re_]) and (P.name_before.search(s[max(0, rs - 30):rs]) or P.name_after.match(s[re_:re_ + 30])):
            continue  # "National University of Singapore", "a Research Fellow": part of a name or a title
        si.fields.append(FieldSpan(rs, re_, f))


def title_hits(title: str) -> list[Hit]:
    """Countries a title names, for the pair a story opens with."""
    L = lexicon()
    out = []
    for m in country_names(title, L):
        iso, kind = L.country_of.get(key(m.group()), ("-", "org"))
        if iso != "-" and not (kind == "name" and _event_venue(title[max(0, m.start() - 40):m.start()])):
            out.append(Hit(m.start(), m.end(), iso, kind))
    return out
