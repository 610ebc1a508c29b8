"""Cooperation: the fields a sentence says the pair works together in."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.clauses import generic, list_breaks
from kg.extract.doc import Document, FieldSpan, SentInfo
from kg.extract.fastre import compile_fast, gated_search, might_find, might_find_folded
from kg.extract.lexicon import folded, folds_alike, lexicon, patterns
from kg.extract.pairs import bloc_deal_after, bloc_members_end, bloc_own_start, each_with
from kg.facts import Pair

__all__ = ["cooperation_fields", "field_item", "heading_fields", "list_goes_on", "opens_field_list"]

P = patterns("en")
_W = P.words
# the same cues without re.I, for the lowercased sentence (positions only)
_FIRST_PERSON, _TAIL_HEAD, _PRAISE = folded(P.first_person), folded(P.tail_head), folded(P.praise_before)
_CO = lexicon("en").cues["cooperation"]
_BARE = frozenset(_CO.get("bare_labels", ()))  # labels no field by themselves
_OWN_ECONOMY = re.compile(_CO["own_economy"], re.I) if _CO.get("own_economy") else None
_GENERIC = compile_fast(_CO["generic_partnership"], re.I) if _CO.get("generic_partnership") else None
_TALK_ONLY, _TALK_BEFORE, _WITH_OTHERS, _MANY_SIDED = (compile_fast(_CO[k], re.I) if _CO.get(k) else None
                                                      for k in ("talk_only", "talk_before", "with_others", "many_sided"))
_PAIR_HEAD = compile_fast(P.fragments["coop_head_lead"] + "(?:" + "|".join(_CO.get("pair_heads", ["(?!)"])) + r")\b", re.I)


@dataclass
class _Cues:
    """What one sentence offers for its fields: cue ends, clause stops and modal openings."""

    si: SentInfo
    p: Pair | None
    alone: bool  # one country named and no word for the pair
    first: bool  # a speaker's first person speaks for his side of the pair
    both: bool  # both countries of the pair named
    cue_ends: list[int]
    stops: list[int]
    maybes: list[int]
    headed: frozenset = frozenset()  # starts of fields a cooperation head noun governs ("trade and energy ties")
    chained: frozenset = frozenset()  # of those, the ones governed through a list, not right before the head
    pair_headed: frozenset = frozenset()  # starts of fields a head of the pair's ties governs ("cultural domains")
    out: list[str] = field(default_factory=list)
    took: list[int] = field(default_factory=list)

    def take(self, fid: str, fs: int) -> None:
        self.out.append(fid)
        self.took.append(fs)

    def maybe_near(self, fs: int) -> bool:
        return any(0 <= fs - x < 80 for x in self.maybes)


def _opens_clause(s: str, h) -> bool:
    """A country (by name or leader) that opens a clause of its own ("as China ...", "in which the US ...")."""
    return h.kind in ("name", "leader") and P.clause_open.search(s[max(0, h.start - 12):h.start]) is not None


def _third_subject(s: str, at: int, si: SentInfo, p: Pair) -> bool:
    """The cue's subject is a country outside the pair opening its own clause ("as China expands")."""
    return any(h.iso not in p and h.end <= at and P.subject_gap.match(s[h.end:at]) and _opens_clause(s, h) for h in si.countries)


def _headed(si: SentInfo, head) -> tuple[frozenset, frozenset]:
    """Fields a head noun governs: the field right before it ("energy cooperation"), and every field of a
    coordinated list ending there ("trade, investment, transport and logistics as well as cultural cooperation");
    the second set holds those the list alone reaches."""
    s = si.sent.text
    out: set[int] = set()
    chained: set[int] = set()
    nxt = None  # the field after the current one, when it is headed
    after = len(s)  # where the next field starts
    low = si.low if si.low and folds_alike(s, si.low) else None  # a window without a head noun is not matched
    for fs, fe, _ in reversed(si.fields):
        m = head.match(s[fe:fe + 60]) if low is None or might_find_folded(head, low[fe:fe + 60]) else None
        if m or nxt is not None and fe <= nxt and P.field_chain_gap.match(s[fe:nxt]):
            out.add(fs)
            if not (m and fe + m.end() <= after):  # another field stands between it and the head
                chained.add(fs)
            nxt = fs
        elif nxt is None or fe <= nxt:
            nxt = None
        after = min(after, fs)
    # the last item of a list right before the head ("cultural, humanitarian and other spheres") is in the list too
    # (an item of the same top field before it, "aid and humanitarian", makes no list of other fields)
    for (ps, pe, pf), (fs, _, f) in zip(si.fields, si.fields[1:]):
        if ps in out and fs in out and pf.top != f.top and pe <= fs and P.field_chain_gap.match(s[pe:fs]):
            chained.add(fs)
    return frozenset(out), frozenset(chained)


def _after_hyphened_pair(si: SentInfo, p: Pair) -> frozenset:
    """Fields right after the pair written hyphened, and the fields listed on from them ("Sino-US economy and
    trade", "the India-Japan energy and shipping links"): the pair's own, as a head noun after them would make them."""
    s = si.sent.text
    out: set[int] = set()
    for h1, h2 in zip(si.countries, si.countries[1:]):
        if {h1.iso, h2.iso} != set(p) or not P.dash_gap.match(s[h1.end:h2.start]):
            continue
        at, gap = h2.end, P.hyphen_field_gap
        for fs, fe, _ in si.fields:  # in text order
            if fs >= at and gap.fullmatch(s[at:fs]):
                out.add(fs)
                at, gap = fe, P.field_chain_gap
            elif fs >= at:
                break
    return frozenset(out)


def _fid(c: _Cues, fs: int, fe: int, f) -> str:
    """The field id a field word gives; inside a coordinated list of ties some words name another field."""
    return _W["chained_as"].get(c.si.sent.text[fs:fe].lower(), f.id) if fs in c.chained else f.id


def _third_clause(s: str, h, fs: int) -> bool:
    """A country outside the pair opens a clause of its own and the field is its object ("in which the US has
    increased military relations")."""
    return _opens_clause(s, h) and P.third_clause_gap.match(s[h.end:fs]) is not None


def _cues(si: SentInfo, R, p: Pair | None) -> _Cues:
    s = si.sent.text
    # (a group taken up again, "South Africa and the three states", is no country alone: si.also holds its pairs)
    alone = len({h.iso for h in si.countries}) <= 1 and bool(si.countries) and not si.docs and not si.also \
        and si.first(R, "joint_words") is None
    s_low = s.lower()
    rx = R.coop_after_low if len(s_low) == len(s) else R.coop_after
    text = s_low if rx is R.coop_after_low else s
    cues = [m for m in (rx.finditer(text) if might_find(rx, text) else ())
            if not (si.masks and any(a <= m.start() < b for a, b in si.masks))]
    cues = [m for m in cues if not (P.cover_cue.match(m.group()) and P.talks_before.search(s[max(0, m.start() - 60):m.start()]))]
    if _TALK_ONLY and cues:  # "discussed ... the fight against terrorism": a topic, not joint work
        cues = [m for m in cues if not (_TALK_ONLY.match(m.group()) and _TALK_BEFORE.search(s[max(0, m.start() - 120):m.start()]))]
    if _MANY_SIDED and cues:  # "global cooperation for saving lives": the world's work, not the pair's
        cues = [m for m in cues if not _MANY_SIDED.search(s[max(0, m.start() - 20):m.start()])]
    if alone:  # one country named, no word for the pair: only cues that are bilateral by themselves
        cues = [m for m in cues if not R.weak.match(m.group())]
    keep = list_breaks(s)  # "four areas of cooperation: defence; trade; ...": the list goes on
    stops = [m.start() for m in si.finds(R, "stop") if m.start() not in keep]
    if p is not None and si.countries and si.countries[0].iso in p:
        # "Japan's engagement ... as China expands its military presence": a third country's own clause
        third = [m for m in cues if _third_subject(s, m.start(), si, p)]
        stops += [m.start() for m in third]
        cues = [m for m in cues if m not in third]
    ends = [m.end() for m in cues]
    if len(si.fields) > 1 and (lead := P.list_continues.match(s)):
        ends.insert(0, lead.end())
    headed, chained = _headed(si, R.coop_head)
    if p is not None and len(si.countries) > 1:
        headed |= _after_hyphened_pair(si, p)
    first = p is not None and _speaker(s, si)
    # a head of the pair's ties needs the pair, or a speaker for his side ("I welcome the investment commitment"); in
    # a sentence naming no country, a word for the two ("agriculture and industrial sectors were fast growing" is
    # one side's own economy)
    paired = (bool(si.countries) and not alone) or si.first(R, "joint_words") is not None
    pair_headed, pair_chained = _headed(si, _PAIR_HEAD) if paired or first else (frozenset(), frozenset())
    return _Cues(si, p, alone, first, p is not None and set(p) <= {h.iso for h in si.countries},
                 ends, stops, [m.end() for m in si.finds(R, "maybe")], headed, chained | pair_chained, pair_headed)


def _speaker(s: str, si: SentInfo) -> bool:
    """A speaker for his side ("we", "our"); a word in capitals ("US") is a name, not the speaker."""
    if si.low and _FIRST_PERSON and gated_search(_FIRST_PERSON, si.low) is None:
        return False
    return any(not m.group().isupper() for m in P.first_person.finditer(s))


def _trade_fact(s: str, fs: int, fe: int, fid: str, si: SentInfo, R) -> bool:
    """Trade or investment between the pair stated as a fact ("bilateral trade rose", "exports to Egypt")."""
    low = s[fs:fe].lower()
    if R.trend.match(s[fe:fe + 60]) or fid == "joint-ventures" or low.startswith(_W["bilateral_prefix"]) \
            or P.mutual_before.search(s[max(0, fs - 12):fs]) or P.trend_before.search(s[max(0, fs - 50):fs]):
        return True
    if low.startswith(tuple(_W["export_import"])):
        at = _goods_end(si, fe)  # "exporters of rice, tea and machinery to Egypt": the direction after the goods
        d = P.export_dir.match(s[at:at + 40])
        if d and (_W["between"] in d.group() or any(0 <= h.start - (at + d.end()) <= 12 for h in si.countries)):
            return True  # "exports to Egypt", not "import hydrogen to power its transition"
    if (w := P.trade_with.match(s[fe:fe + 20])) and (h := next((h for h in si.countries if h.start == fe + w.end()), None)):
        return R.trend.match(s[h.end:h.end + 60]) is not None  # "trade with Egypt reached $10 billion"
    return P.between_after.match(s[fe:fe + 12]) is not None


def _goods_end(si: SentInfo, fe: int) -> int:
    """Where the goods an export or import word names with "of" end ("exporters of rice, tea and steel"): the end
    of the last of the run of fields after it, else the word's own end."""
    s = si.sent.text
    if not (lead := P.goods_of_lead.match(s, fe)):
        return fe
    end = fe
    for fs2, fe2, _ in si.fields:  # in text order
        if fs2 >= fe and P.goods_chain_gap.fullmatch(s[lead.end() if end == fe else end:fs2]):
            end = fe2
        elif fs2 >= fe:
            break
    if end == fe:
        return fe
    m = P.goods_noun_after.match(s, end)  # "... farm goods to Egypt"
    return m.end() if m else end


def _run_end(si: SentInfo, fe: int) -> int:
    """The end of the run of fields the field ending at ``fe`` is in ("energy, mining and health are among the
    areas ..."): what follows the run is said of each of its fields."""
    s = si.sent.text
    for fs2, fe2, _ in si.fields:  # in text order
        if fs2 >= fe and P.field_chain_gap.match(s[fe:fs2]):
            fe = fe2
    return fe


def _field_ok(c: _Cues, fs: int, fe: int, f, R) -> bool:
    s = c.si.sent.text
    before = [x for x in c.cue_ends if x <= fs]
    if before:
        x = before[-1]
        if not any(x <= st < fs for st in c.stops) and fs - x < 300:
            return True
    if fs in c.headed or fs in c.pair_headed or ((not c.alone or c.first) and P.own_head.search(s[fs:fe])):
        return True  # "energy cooperation"; "people-to-people ties" carries its own head
    if P.copula.match(s[(end := _run_end(c.si, fe)):end + 90]) or (c.cue_ends and (t := P.topic_front.match(s)) and fe < t.end()):
        return True  # "security is a key area"; "On the issue of security, ... agreed to boost cooperation"
    if (c.cue_ends or c.si.docs) and (t := P.purpose_front.match(s)) and fe < t.end():
        return True  # "To encourage investments, the two signed an agreement"
    if c.both and (f.top in R.flow or f.id in R.flow) and any(
            fs - 60 <= h.end <= fs or fe <= h.start <= fe + 40 for h in c.si.countries):
        return True  # one side's investment in, or aid to, the other
    if f.id in _W["trade_like"]:  # "tourism between the two countries"; one side's "tourism rose" is its own
        return P.between_after.match(s[fe:fe + 12]) is not None
    return f.top in ("trade", "investment") and _trade_fact(s, fs, fe, f.id, c.si, R)


def _direct(c: _Cues, R) -> None:
    si, p = c.si, c.p
    s = si.sent.text
    level_spans = [(a, b) for a, b, _ in si.levels]
    bloc_end = bloc_members_end(s, si) if si.orgs else None
    bloc_own = bloc_own_start(s, si, R) if si.orgs else None
    for fs, fe, f in si.fields:
        if any(a <= fs < b for a, b in level_spans) or (bloc_end is not None and fs >= bloc_end):
            continue
        if bloc_own is not None and bloc_own < fs and not any(bloc_own < st < fs for st in c.stops) or \
                si.orgs and bloc_deal_after(s, si, fe, R):
            continue  # "outcomes on the Quad's agenda, especially on vaccines": the bloc's, not the pair's;
            # "back Vietnam in its talks on a free trade agreement with the EU": one side's deal with the bloc
        if any(a <= fs < b for a, b in si.negated) or s[fs:fe].lower() in _BARE:
            continue  # the fields of a document the text says was not signed; "technical cooperation"
        if p is not None and (R.third_party.search(s[max(0, fs - 30):fs]) or any(
                h.iso not in p and h.end <= fs and (fs - h.end <= 2 or P.third_own.match(s[h.end:fs]) or _third_clause(s, h, fs))
                for h in si.countries)):
            continue  # "Western security pacts with Kyiv", "French investment", "in which the US has increased ...": a third party's
        if any(0 <= fs - m < 80 and not any(m <= st < fs for st in c.stops) for m in c.maybes):
            continue  # "could consider a free trade deal"
        lo = max(0, fs - 200)  # the praise cue read on the lowercased sentence when it can be
        if (gated_search(_PRAISE, si.low[lo:fs]) if si.low and _PRAISE else P.praise_before.search(s[lo:fs])):
            continue  # "congratulated him on the UAE's achievement in the space field"
        if _field_ok(c, fs, fe, f, R):
            c.take(_fid(c, fs, fe, f), fs)


def _tail_lists(c: _Cues) -> None:
    """"support Indonesia's infrastructure, including ports and power plants": the list shares its head's
    cooperation; "trade ..., with Indonesia exporting coal and nickel": the goods are fields of the trade."""
    si = c.si
    s = si.sent.text
    low_ok = si.low and _TAIL_HEAD and might_find_folded(_TAIL_HEAD, si.low)  # a gate of up to 40 words
    for m in (_TAIL_HEAD.finditer(si.low) if low_ok else () if si.low and _TAIL_HEAD else P.tail_head.finditer(s)):
        if (not m.group(1) and any(m.start() - 60 <= t < m.start() for t in c.took)) or (
                m.group(1) and any(f.top == "trade" and fs in c.took for fs, _, f in si.fields)):
            end = m.end() + 80 if m.group(1) else s.find(";", m.end()) % (len(s) + 1)
            for fs, fe, f in si.fields:
                if m.end() <= fs < end and f.id not in c.out and not c.maybe_near(fs):
                    c.take(f.id, fs)


def _invested_and_goods(c: _Cues) -> None:
    """"invested $3 billion in Egypt's industrial zones, many in textiles": the sectors invested in;
    "trade stood at $3 billion, with crude oil making up the bulk": the goods of the trade."""
    si = c.si
    s = si.sent.text
    for fs, fe, f in si.fields:
        if f.id in c.out or c.maybe_near(fs):
            continue
        for t in c.took:
            te, tf = next((x[1], x[2]) for x in si.fields if x[0] == t)
            gap = s[te:fs]
            if 0 < fs - te < 120 and not any(te <= st < fs for st in c.stops) and (
                    (tf.top == "investment" and P.invested_in.match(gap))
                    or (tf.top == "trade" and P.goods_share.match(s[fe:fe + 30]))):
                c.take(f.id, fs)
                break


def _venture_fields(c: _Cues) -> None:
    """"the Ulaanbaatar Railway, a joint venture in which ...": the venture's own field."""
    si = c.si
    s = si.sent.text
    for t in list(c.took):
        tf = next(x for x in si.fields if x[0] == t)
        m = P.appositive.search(s[max(0, t - 20):t]) if tf[2].id == "joint-ventures" else None
        if m:
            comma = max(0, t - 20) + m.start()
            for fs, fe, f in si.fields:
                if f.id not in c.out and comma - 60 <= fs and fe <= comma and not any(fe <= st < comma for st in c.stops):
                    c.out.append(f.id)


def _goods_traded(c: _Cues) -> None:
    """"coal and LNG trade": the goods traded are fields of the trade; one phrase read as two fields
    ("buying into banks": investment and finance) stands or falls as one."""
    s = c.si.sent.text
    for fs, fe, f in c.si.fields:
        if (fid := _fid(c, fs, fe, f)) not in c.out and (fs in c.took or (m := P.goods_trade.match(s[fe:fe + 80])) and any(
                fe + m.start(1) <= t < fe + m.end(1) + 1 for t in c.took)):
            c.out.append(fid)


def _heading(si: SentInfo) -> bool:
    """A line of its own, short and without a final stop: a heading of the paragraphs after it."""
    s = si.sent.text
    return si.sent.line_start and len(s.split()) <= 8 and P.heading_line.match(s) is not None


def _outside(s: str, spans) -> str:
    """The text with the characters inside any of the spans left out."""
    out, pos = [], 0
    for a, b, *_ in sorted(spans, key=lambda x: x[0]):
        if b <= a:
            continue
        if a > pos:
            out.append(s[pos:a])
        pos = max(pos, b)
    out.append(s[pos:])
    return "".join(out)


def heading_fields(doc: Document) -> None:
    """A statement's heading names the fields of its paragraph: "Education" ... "cooperation in this field"
    gives the later sentence the heading's fields at the words that point back to them."""
    head: list[FieldSpan] = []
    for si in doc.sentences:
        s = si.sent.text
        if _heading(si):
            head = list(si.fields) if si.fields and P.heading_rest.match(_outside(s, si.fields)) else []
            continue
        for m in P.field_anaphor.finditer(s) if head else ():
            si.fields.extend(FieldSpan(m.start(), m.end(), f) for _, _, f in head)


def opens_field_list(si: SentInfo, R) -> bool:
    """A sentence of the pair's cooperation or documents that ends in a colon after its list word
    ("The agreements cover areas including:", "cooperation in the following sectors:"): the lines
    below it are the fields."""
    s = si.sent.text.rstrip()
    if not s.endswith(":") or si.generic:
        return False
    last = max((m.end() for m in R.coop_after.finditer(s)), default=None)
    return (bool(si.docs) or last is not None) and (
        R.list_head.search(s) is not None or (last is not None and (
            len(s[last:].split()) <= 2 or P.field_list_head.search(s, last) is not None)))


def field_item(si: SentInfo) -> bool:
    """A line of a list that names fields and little else ("- Renewable energy", "Tourism and culture")."""
    s = si.sent.text
    return si.sent.line_start and bool(si.fields) and not s.rstrip().endswith(":") and (
        P.bullet.match(s) is not None or len(s.split()) <= 6)


def list_goes_on(si: SentInfo) -> bool:
    """A bulleted line of the list that names no field of ours ("• judiciary and justice;"): the list goes on."""
    s = si.sent.text
    return si.sent.line_start and not s.rstrip().endswith(":") and P.bullet.match(s) is not None and (
        len(s.split()) <= 8)


def _in_general(si: SentInfo) -> bool:
    """Words of partnerships in general ("strategic partnerships usually include defence"); a sentence that names
    a document or two countries speaks of those ("the MoU signifies the desire of the two countries to ...")."""
    return generic(si.sent.text) and not si.docs and len({h.iso for h in si.countries}) < 2


def cooperation_fields(si: SentInfo, R, p: Pair | None = None) -> list[str]:
    """Field ids the sentence states the pair cooperates in (repeats kept, in order found)."""
    if not si.fields or si.generic or _in_general(si) or (_GENERIC and si.search(_GENERIC)):
        return []  # no fields, or a sentence about partnerships in general
    if _WITH_OTHERS and gated_search(_WITH_OTHERS, si.sent.text) and not (
            p is not None and set(p) <= {h.iso for h in si.countries}):
        return []  # one side's cooperation with third countries
    c = _cues(si, R, p)
    _direct(c, R)
    _tail_lists(c)
    _invested_and_goods(c)
    _venture_fields(c)
    _goods_traded(c)
    return _without_own_economy(si, _own_stretch(si, p, c))


def _own_stretch(si: SentInfo, p: Pair | None, c: _Cues) -> list[str]:
    """"cooperation with Ghana in mining and with Peru in health": of a sentence giving each partner its own
    "with", a partner's fields are those of its stretch (and those before the first "with")."""
    if p is None or not si.also:
        return c.out
    spans = each_with(si.sent.text, si.countries)
    mine = next((spans[x] for x in p if x in spans), None)
    if mine is None:
        return c.out
    others = [v for x, v in spans.items() if x not in p]
    # (the fields taken by position come first; those read off a venture or goods after them have none)
    return [fid for i, fid in enumerate(c.out) if i >= len(c.took) or not any(a <= c.took[i] < b for a, b in others)]


def _without_own_economy(si: SentInfo, out: list[str]) -> list[str]:
    """"help Sri Lanka upgrade its economy": the economy field stands only on a word that is not one side's own."""
    s = si.sent.text
    if _OWN_ECONOMY is None or "economy" not in out:
        return out
    own = [s[fs:fs + 6].lower() == "econom" and _OWN_ECONOMY.search(s[max(0, fs - 24):fe]) is not None
           for fs, fe, f in si.fields if f.top == "economy"]
    return [x for x in out if x != "economy"] if own and all(own) else out
