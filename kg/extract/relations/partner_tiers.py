"""The partners of the country a page is about (the one country its title names). A table of them by tier:
a heading line with a level ("Comprehensive Strategic Partnership"), then one line per partner ("Chile
(2008)"), or rows that carry their own level ("Chile | Comprehensive Strategic Partnership | 2008"). Each
partner holds the tier's level with the page's country, never with another listed partner. A list no
sentence names an owner for ("It has forged strategic partnerships with A, B and C") is the page's country's."""
from __future__ import annotations

import datetime as dt

from kg.extract import gazetteer
from kg.extract.doc import Document, LevelMention, SentInfo, When
from kg.extract.lexicon import patterns
from kg.extract.relations import partnership
from kg.ladder import find_level, normalize_level

__all__ = ["tier_levels", "page_owner", "orphan_lists", "owner_items", "deal_rows"]

P = patterns("en")
_ROW_MAX = 80  # characters: a longer line is prose, not a table row
_HEAD = P.fragments["level_head"]
_PLAIN = find_level(_HEAD)  # the bare "partnership": no tier


def tier_levels(doc: Document, owner: str | None, levels: dict) -> None:
    """The partners listed under each tier heading (or on a row with its level) of ``doc``, added to
    ``levels`` as the owner's pairs (the page's country, or the one a heading names: "Peru's strategic
    partners:"); a row with a year is the level set up then, one without it the level held."""
    tier = None  # (wording, owner) of the heading the rows are under
    raised = False  # the lines before said the owner raised its ties with the countries listed next
    for si in doc.sentences:
        if (head := _tier_head(si, doc.text, owner)) is not None:
            tier = head
            continue
        holder = tier[1] if tier else owner
        if holder and (row := _list_row(si, doc.text, holder)):
            _drop_between(levels, si, holder)
            for partner, year in row[1] if row[0] else ():  # "• Comprehensive Strategic Partnerships: Gabon, Zambia (2023)"
                _add_tier(levels, si, (holder, partner), row[0], year is not None, raised, year)
            continue
        raised = si.sent.text.rstrip().endswith(":") and P.change_verb.search(si.sent.text) is not None
        partner = _row_partner(si, doc.text, holder) if holder else None
        if partner is None and tier is not None and holder:
            partner = _lead_partner(si, holder)
            if partner is not None:  # "• Saudi Arabia: Pakistan and Saudi Arabia have ...": the tier's level
                _add_tier(levels, si, (holder, partner), tier[0], False)
                continue
        if partner is None:
            if si.sent.line_start and not _table_head(si, doc.text):
                tier = None  # prose ends the table (a row's own later sentences do not)
            continue
        wording = si.levels[-1].text if si.levels else tier[0] if tier else None
        if wording is None:
            continue
        _add_tier(levels, si, (holder, partner), wording, P.tier_row_year.search(si.sent.text) is not None)


def _add_tier(levels: dict, si: SentInfo, pair: tuple[str, str], wording: str, dated: bool,
              raised: bool = False, year: int | None = None) -> None:
    """The partner holds the tier's level with the owner: set up in the row's year (the partner's own, where the row
    gives each one), raised to it where the line that opens the list says so ("China raised its ties with these
    countries in 2023:"), else held; once per row."""
    items = levels.setdefault((tuple(sorted(pair)), normalize_level(wording)), [])
    if not any(it.sentence is si for it in items):
        act = "establish" if dated else "upgrade" if raised else "reaffirm"
        when = When(0, None, year, False, False) if year else None
        items.append(LevelMention(si, wording, act, when, None, "past" if dated or raised else "background"))


def _tier_head(si: SentInfo, text: str, owner: str | None) -> tuple[str, str | None] | None:
    """A tier heading: a level on a short line of its own with no country (the page's country's tier), or
    with one country and a colon at its end ("Peru's strategic partners:")."""
    if partnership.heads_section(si, text):
        return si.levels[-1].text, owner
    names = {h.iso for h in si.countries}
    if si.levels and len(names) == 1 and _own_line(si, text) and si.sent.text.rstrip().endswith(":"):
        return si.levels[-1].text, names.pop()
    return _members_head(si, text, owner)


def _members_head(si: SentInfo, text: str, owner: str | None) -> tuple[str, str | None] | None:
    """A tier heading worded by its members ("Strategic Partners:", "Peru's strategic partners"): the level it
    names ("strategic partnership"), not a plain or praising one ("Partners:", "Important Partners:"), and its
    owner (the one the heading names, else the page's country)."""
    if len(si.countries) > 1 or not _own_line(si, text):
        return None
    s = si.sent.text.strip()
    m = P.tier_partners_head.fullmatch(s)
    if m is None or any(h.start >= m.start(1) for h in si.countries):
        return None
    wording = m.group(1).strip() + " " + _HEAD
    named = si.countries[0].iso if si.countries else owner
    return (wording, named) if find_level(normalize_level(wording)) not in (None, _PLAIN) else None


def _lead_partner(si: SentInfo, owner: str) -> str | None:
    """The country that opens a row of prose under a tier heading ("• Saudi Arabia: Pakistan and Saudi Arabia
    ..."): the row's partner, named first after the row's mark and followed by a colon or a dash."""
    if not si.sent.line_start or not si.countries:
        return None
    s, first = si.sent.text, min(si.countries, key=lambda h: h.start)
    mark = P.bullet.match(s)
    if first.start != (mark.end() if mark else 0) or first.iso == owner or first.kind != "name":
        return None
    return first.iso if P.tier_row_lead_end.match(s, first.end) else None


def page_owner(title: str | None) -> str | None:
    """The one country a page's title names ("Comprehensive strategic partnerships of Vietnam"), if one."""
    names = {h.iso for h in gazetteer.title_hits(title or "")}
    return names.pop() if len(names) == 1 else None


def _own_line(si: SentInfo, text: str) -> bool:
    """The sentence is a whole short line of its own."""
    return si.sent.line_start and len(si.sent.text) <= _ROW_MAX and text[si.sent.end:si.sent.end + 1] in ("\n", "")


def _row_partner(si: SentInfo, text: str, owner: str) -> str | None:
    """The one country a table row names ("Chile (2008)", "2. Chile – since May 2008", "Chile | CSP | 2008"):
    nothing else on the line but dates, numbers, marks and the row's level."""
    names = {h.iso for h in si.countries}
    if len(names) != 1 or any(h.kind != "name" for h in si.countries) or owner in names or not _own_line(si, text):
        return None
    s = si.sent.text
    spans = sorted([(h.start, h.end) for h in si.countries] + [(a, b) for a, b, _ in si.levels])
    rest, k = [], 0
    for a, b in spans:
        rest.append(s[k:a])
        k = max(k, b)
    rest.append(s[k:])
    return names.pop() if P.tier_row_rest.fullmatch(" ".join(rest)) else None


def _list_row(si: SentInfo, text: str, owner: str) -> tuple[str | None, list[tuple[str, int | None]]] | None:
    """The partners of a row that opens with its level and lists them after a colon ("• Comprehensive Strategic
    Partnerships: Gabon, Zambia and Georgia", "Comprehensive strategic partners: Laos, Cambodia, etc."): every country
    the line names after the colon and before the row's comment, none the owner, with nothing else there but commas,
    "and" and names; with the row's level (None where the row's two alternatives share none)."""
    if not si.sent.line_start or not si.countries:
        return None
    s = si.sent.text
    if (opened := _row_opening(si, s)) is None:
        return None
    start, wording = opened
    tail = P.tier_list_row_tail.search(s, start)
    end = tail.start() if tail else len(s)
    if tail is None and text[si.sent.end:si.sent.end + 1] not in ("\n", ""):
        return None
    names = sorted((h for h in si.countries if h.start < end), key=lambda h: h.start)
    if not names or owner in {h.iso for h in names} or any(h.kind != "name" or h.start < start for h in names):
        return None
    rest, k = [], start
    for h in names:
        rest.append(s[k:h.start])
        k = max(k, h.end)
    rest.append(s[k:end])
    if not P.tier_list_row_rest.fullmatch(" ".join(rest)):
        return None
    years = {h.iso: int(m.group(1)) for h in names if (m := P.tier_list_row_year.match(s, h.end))}
    return wording, [(iso, years.get(iso)) for iso in dict.fromkeys(h.iso for h in names)]


def _row_opening(si: SentInfo, s: str) -> tuple[int, str | None] | None:
    """Where a list row's partners begin, and the row's level: after the colon that follows the row's one level at the
    line's start (after its mark), or its members' wording ("Strategic partners:", which ``si.levels`` never holds)."""
    mark = P.bullet.match(s)
    at = mark.end() if mark else 0
    if si.levels and si.levels[0].start == at and (level := _row_level(si, s)) is not None:
        colon = P.tier_list_row_colon.match(s[level[0]:])
        return (level[0] + colon.end(), level[1]) if colon is not None else None
    m = None if si.levels else P.tier_members_row.match(s, at)
    if m is None or find_level(normalize_level(m.group(1) + " " + _HEAD)) in (None, _PLAIN):
        return None
    colon = P.tier_list_row_colon.match(s[m.end():])
    if colon is None:
        return None
    return m.end() + colon.end(), m.group(1) + " " + _HEAD


def _row_level(si: SentInfo, s: str) -> tuple[int, str | None] | None:
    """The end and the wording of a row's level: its one level, or of two alternatives ("All-round strategic
    partnership/strategic partnership:") the one both are (the other's words hold all of its words), which every
    partner of the row holds whichever of the two it is (None: unrelated alternatives, no level for its partners)."""
    if len(si.levels) == 1:
        return si.levels[0].end, si.levels[0].text
    if len(si.levels) != 2 or not P.tier_level_alternative.fullmatch(s[si.levels[0].end:si.levels[1].start]):
        return None
    one, two = (set(normalize_level(x.text).split()) for x in si.levels)
    shared = si.levels[1].text if two <= one else si.levels[0].text if one <= two else None
    return si.levels[1].end, shared


def _drop_between(levels: dict, si: SentInfo, owner: str) -> None:
    """A row's level read for a pair of its listed partners ("Venezuela, Ethiopia"): not theirs, but each one's with the
    owner."""
    for key in [k for k in levels if owner not in k[0]]:
        levels[key] = [it for it in levels[key] if it.sentence is not si]
        if not levels[key]:
            del levels[key]


def _table_head(si: SentInfo, text: str) -> bool:
    """A table's column heads ("Country | Level | Year"): no country, no level, cells split by bars."""
    return _own_line(si, text) and not si.countries and "|" in si.sent.text


def orphan_lists(doc: Document, owner: str | None, levels: dict, published: dt.date | None, R) -> None:
    """A sentence that lists partners after a level and names no owner, and gave no fact, on a page about
    ``owner`` whose text has named no pair so far (no story it could belong to): read again with the page's
    country as the story."""
    if owner is None:
        return
    said = {id(it.sentence) for items in levels.values() for it in items}
    for si in doc.sentences:
        listed = {x for a, b, _ in si.levels for q in partnership.listed_partners(si, a, b, (owner, owner)) for x in q} \
            if si.levels and len(si.countries) > 1 and owner not in {h.iso for h in si.countries} else set()
        if si.pair is not None and not set(si.pair) <= listed:
            return  # a story of two countries has begun: its lists are its own (not a pair of the listed ones)
        if listed and id(si) not in said:
            partnership.read_levels(si, None, [], levels, published, R, story=(owner, owner))


def owner_items(doc: Document, owner: str | None, levels: dict, published: dt.date | None, R) -> None:
    """The rows of a page about ``owner`` that name its partners, not it, each with its own level ("- France was
    elevated to X in 2026, joining Russia (held Y since 2010) and Japan (held Z)", "- Italy was elevated to X"):
    each level is the owner's with the partner named right before it, never a pair of the partners listed."""
    if owner is None:
        return
    for si in doc.sentences:
        if not si.levels or not si.sent.line_start or not si.countries or owner in {h.iso for h in si.countries}:
            continue
        s = si.sent.text
        own = [(a, b, w) for a, b, w in si.levels if s[a:b] == w]  # (not a level read off a word: "joining A")
        held = [_item_holder(si, a) for a, _, _ in own]
        if not own or None in held:
            continue  # a level of the row no partner owns: the row is prose, not items
        for items in levels.values():
            items[:] = [it for it in items if it.sentence is not si]
        for (a, b, wording), partner in zip(own, held):
            act = partnership.level_action(s, a, b, R)
            if act is None:
                continue
            said = partnership.level_statements(si, (a, b, wording), act, partnership.clause_when(si, a, b, act), None,
                                                published, R)  # ("(held X since 2010)": held today, founded then)
            levels.setdefault((tuple(sorted((owner, partner))), normalize_level(wording)), []).extend(said)
    for key in [k for k, v in levels.items() if not v]:
        del levels[key]


def _item_holder(si: SentInfo, a: int) -> str | None:
    """The partner of the level at ``a`` in a row of items: the country named last before it, by name, a few words
    before it with no "with" or clause break between, and not the second of a pair ("China and Russia raised ...")."""
    s = si.sent.text
    before = [h for h in si.countries if h.end <= a]
    if not before or before[-1].kind != "name" or not P.owner_item_gap.match(s[before[-1].end:a]):
        return None
    if len(before) > 1 and not any(before[-2].end <= x < before[-1].start for x, _, _ in si.levels):
        return None  # two countries before the level with no level between: a pair (or a list), not one partner
    return before[-1].iso


def deal_rows(doc: Document, levels: dict, R) -> None:
    """A list of one kind's documents, one pair a row ("Let's look at the strategic partnership agreements Moscow has
    clinched:" then "Russia-Mongolia: The accord was clinched in 2019 ..."): a row that names no level of its own and
    says its document was signed holds the level the list names, set up then."""
    if P.deal_list_noun.search(doc.low if doc.low is not None else doc.text) is None:
        return  # no list of documents of a kind on the page
    wording = None  # the level of the list the rows are under
    for si in doc.sentences:
        row = _deal_row(si) if si.sent.line_start else None
        if row is None:  # a line of prose ends the list; a row's later sentences do not
            wording = _deal_list_level(si, R) or (None if si.sent.line_start else wording)
            continue
        if wording is None:
            continue
        s = si.sent.text
        done = P.deal_row_done.search(s)
        if _HEAD in s.lower() or done is None or P.deal_row_to_come.search(s, 0, done.end()):
            continue  # a row that names its own partnership (or a sector's) says its level itself
        items = levels.setdefault((tuple(sorted(row)), normalize_level(wording)), [])
        if not items:
            items.append(LevelMention(si, wording, "establish", None, None, "past"))


def _deal_list_level(si: SentInfo, R) -> str | None:
    """The level a list of documents names ("strategic partnership agreements", "strategic partnership deals")."""
    s = si.sent.text
    for m in (R.level.finditer(s) if _HEAD in s.lower() else ()):
        if P.deal_list_noun.match(s, m.end()):
            return m.group()
    return None


def _deal_row(si: SentInfo) -> tuple[str, str] | None:
    """The pair that leads a row ("Russia-Mongolia: ..."): two names at the line's start (after its mark), a dash
    between them and a colon after them."""
    s, hits = si.sent.text, sorted(si.countries, key=lambda h: h.start)
    mark = P.bullet.match(s)
    if len(hits) < 2 or hits[0].start != (mark.end() if mark else 0) or hits[0].iso == hits[1].iso:
        return None
    one, two = hits[0], hits[1]
    joint = P.deal_row_joint.match(s, one.end)
    if joint is None or joint.end() != two.start or P.deal_row_colon.match(s, two.end) is None:
        return None
    return one.iso, two.iso
