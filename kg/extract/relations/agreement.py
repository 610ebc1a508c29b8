"""Agreements: the documents each sentence says the pair signed or plans, with their type, fields,
date, count and name; a later mention ("the treaty") joins the document it refers to."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from kg.extract import clauses
from kg.extract.clauses import planned, scope_end
from kg.extract.dates import own_when
from kg.extract.doc import JOINT_TYPES, DocSpan, DraftAgreement, Drafts, NounMention, SentInfo, When
from kg.extract.lexicon import folded, folds_alike, key, lexicon, patterns
from kg.extract.pairs import bloc_deal_after, bloc_members_end, doc_pair, org_antecedent
from kg.facts import Pair

__all__ = ["date_from_event", "scan_docs", "read_agreements", "Reading", "is_plural", "topic", "package_list", "names_package", "names_alike", "item_number", "topics_named_too", "typed_members", "told_again"]

P = patterns("en")
_W = P.words
_STOPWORDS = frozenset(_W["stopwords"])
_BARE = frozenset(lexicon("en").cues["cooperation"].get("bare_labels", ()))  # labels no field by themselves
_COUNT_LOW, _LOOSE_LOW = folded(P.count_before), folded(P.count_loose)


def scan_docs(doc, R) -> None:
    """Document nouns of each sentence, with the agreement type each stands for."""
    for m in (R.doc_low.finditer(doc.low) if doc.low is not None else R.doc.finditer(doc.text)):
        si = doc.at(m.start())
        if si is not None:
            si.docs.append(DocSpan(m.start() - si.sent.start, m.end() - si.sent.start, R.doc_types[m.lastindex - 1]))


def topic(text: str) -> frozenset:
    """The content words of a document's phrase, which tell two documents of one pair apart."""
    words = P.topic_word.findall(text.lower())
    return frozenset(w for w in words if w not in _STOPWORDS and not _country_word(w))


def names_alike(a: str, b: str) -> bool:
    """"the Pakistan-China Free Trade Agreement" and "Second Phase of China Pakistan Free Trade Agreement":
    two names of one document, the same words once the countries are left out, one the end of the other
    (three words at least, so that a bare "Trade Agreement" names no document of its own)."""
    ka, kb = _name_words(a), _name_words(b)
    short, long_ = sorted((ka, kb), key=len)
    return len(short) >= 3 and long_[len(long_) - len(short):] == short or _cut_title(a, b)


def _cut_title(a: str, b: str) -> bool:
    """"Joint Statement on Deepening the China-Russia Co.." and "Joint Statement of China and Russia on Deepening the
    Comprehensive Strategic Partnership": a title cut off inside a word, its topic words ("on ..." on, the countries
    left out) the start of the other's."""
    ta, tb = (_name_words(P.title_topic.split(x, 1)[-1]) for x in (a, b))
    short, long_ = sorted((ta, tb), key=len)
    if len(short) < 3 or len(long_) <= len(short) or _name_words(a)[:2] != _name_words(b)[:2]:
        return False
    last, same = short[-1], long_[len(short) - 1]
    return long_[:len(short) - 1] == short[:-1] and last != same and same.startswith(last)


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(part for w in P.topic_word.findall(name.lower()) for part in w.split("-")
                 if part and not _country_word(part))


@functools.lru_cache(maxsize=1 << 16)
def _country_word(w: str) -> bool:
    """A lowercased word that, capitalised, names a country (looked up once per word)."""
    return key(w.title()) in lexicon().country_of


@functools.lru_cache(maxsize=4096)
def is_plural(noun: str) -> bool:
    if "/" in noun:  # "Agreements/MoUs": plural when one of its nouns is
        return any(is_plural(part) for part in noun.split("/") if part)
    parts = P.doc_list_split.split(noun)
    if len(parts) > 1:  # "agreements, MoUs and protocols": a package of mixed nouns
        return any(is_plural(part) for part in parts if part)
    if noun.lower() in _W["singular_nouns"]:
        return False
    head = noun.lower().split(" of ")[0]
    if head != noun.lower() and head in _W["singular_heads"]:
        return False
    return (head.endswith(tuple(_W["plural_endings"])) and not head.endswith(tuple(_W["singular_endings"]))) \
        or head in _W["plural_nouns"] or noun.lower() in _W["plural_nouns"]


def _count(prefix: str, R) -> int | None:
    low = prefix.lower()  # the count cues read without re.I on the lowercased prefix when they can be
    text, before, loose = (low, _COUNT_LOW, _LOOSE_LOW) if _LOOSE_LOW and _COUNT_LOW and folds_alike(prefix, low) \
        else (prefix, P.count_before, P.count_loose)
    m = before.search(text)
    if not m or not (m.group(1).isdigit() or m.group(1).lower() in R.numbers):
        # "two loan agreements": one plain word between the number and the noun
        m = loose.search(text)
    if not m:
        return None
    w = m.group(1).lower()
    if w.isdigit():
        return int(w)
    if w == _W["dozen"]:
        return 12
    return R.numbers.get(w)


def _np_start(s: str, a: int) -> int:
    """Where the noun phrase of a document noun at ``a`` begins (its premodifiers and count)."""
    conj = list(P.conj.finditer(s[max(0, a - 60):a]))
    if conj:
        return max(0, a - 60) + conj[-1].start()
    m = P.np_back.search(s[max(0, a - 60):a])
    return max(0, a - 60) + m.start() if m else a


def item_number(m) -> int:
    """The number of a numbered line: its digits, or the ordinal word of "Second: A memorandum on ..."."""
    return int(m.group(1)) if m.group(1) else _W["ordinals"].index(m.group(2).lower()) + 1


def package_list(s: str) -> bool:
    """"Among them were a memorandum on A and a protocol on B", "An MoU on A will promote ...": the sentence names
    a package's documents."""
    return P.package_list.match(s) is not None or P.member_described.match(s) is not None


def topics_named_too(s: str, members: list[DraftAgreement]) -> bool:
    """"The agreements signed included waiving visas, customs matters and cultural exchange, and an MoU on
    farming": the package's own documents told by their topics before the one named, so it stays beside it."""
    head = P.package_list.match(s)
    if head is None or not members:
        return False
    first = min((s.find(m.noun, head.end()) for g in members for m in g.mentions
                 if m.sentence.sent.text == s and s.find(m.noun, head.end()) >= 0), default=-1)
    between = s[head.end():first] if first > 0 else ""
    return "," in between and len(between.split()) >= 4


def names_package(s: str) -> bool:
    """"... witnessed the exchange of documents, including an agreement on A"."""
    return P.named_after.search(s) is not None


def typed_members(entries: list[DraftAgreement], made: list[DraftAgreement]) -> None:
    """"signed two MoUs ... The two MoUs include an agreement on A and another on B": members a naming
    sentence words with the bare noun are of the package's own type."""
    types = {e.type for e in entries}
    if len(types) != 1 or types == {"agreement"}:
        return
    for g in made:  # a titled item keeps the type its title names ("2) Agreement on cooperation against ...")
        if g.type == "agreement" and g.mentions[0].noun.lower() in _W["member_nouns"] and not g.name \
                and not _premodified(g.mentions[0]):
            g.type = next(iter(types))
        elif g.mentions[0].noun.lower() in _W["head_typed_nouns"]:
            g.type = next(iter(types))  # "The MoUs signed are- ..., terms of reference on a business forum"


def _premodified(m: NounMention) -> bool:
    """"framework agreement on A": the bare noun has words of its own before it, a type of document."""
    s = m.sentence.sent.text
    at = s.find(m.noun)
    return at > 0 and bool(_premodifiers(s[:at]).strip())


def told_again(g: DraftAgreement, unnamed: list[DraftAgreement]) -> bool:
    """"The signing of the two MoUs will ...": a definite counted package after its members were named
    is that package again, no entry of its own."""
    if not g.count or g.named:
        return False
    m = g.mentions[0]
    s = m.sentence.sent.text
    at = s.find(m.noun)
    if at < 0:
        return False
    # "a record number of 28 MoUs or agreements were concluded during the visit": a count of three or more told
    # again, even without "the", is the package (not "three more agreements", "two other MoUs")
    again = P.definite.search(s[max(0, at - 50):at]) is not None or (
        g.count > 2 and P.package_other.search(s[max(0, at - 40):at]) is None and not P.additional.search(s))
    return again and any(u.pair == g.pair and u.type == g.type and u.count == g.count for u in unnamed)


@dataclass
class Reading:
    """The documents one sentence adds; ``list_head`` when it heads a list of documents below it."""

    made: list[DraftAgreement] = field(default_factory=list)
    list_head: bool = False
    list_type: str = "agreement"  # the type the head names ("The Memoranda of Understanding include:")


@dataclass
class _Ctx:
    si: SentInfo
    p: Pair
    R: object
    agreements: Drafts
    story: Pair | None
    listed: bool  # the sentence names the documents of the package signed just before
    signed: bool
    in_list: bool  # an item of a list headed before
    out: Reading
    published: object = None  # the article's date: a year after it names a target ("Roadmap 2030"), no earlier signing


@dataclass
class _Noun:
    """One document noun and what its phrase and clause say."""

    a: int
    b: int
    typ: str
    doc_p: Pair
    noun: str
    plural: bool
    planned: bool = False
    member: bool = False  # one document of a package signed before ("one of the 10 agreements")
    count: int | None = None
    earlier: bool = False  # signed in an earlier year
    fields: list[str] = field(default_factory=list)
    topic: frozenset = frozenset()
    name: str | None = None
    definite: bool = False
    when: When | None = None
    premod: str = ""
    ordinal: bool = False  # "the second MoU": a package's member named in turn
    in_force: bool = False  # "implement the roadmap": a document in force, adopted before


def _bare_count(si: SentInfo, p: Pair, R, agreements: Drafts) -> Reading:
    """"five were signed, covering trade and health": one counted package, no document noun."""
    out = Reading()
    s = si.sent.text
    bare = si.first(R, "bare_count") if si.fields else None
    n = _count(s[bare.start(1):bare.end(1)] + " ", R) if bare else None
    if n and n > 1 and not R.planned.search(s[:bare.start()]):
        g = DraftAgreement(pair=p, type="agreement",
                           fields=list(dict.fromkeys(f.id for fs, _, f in si.fields if fs >= bare.end())),
                           mentions=[NounMention(si, bare.group())], count=n, headline=si.headline)
        w = own_when(si.dates)
        if w is not None:
            g.date, g.year = w.date, w.year
        agreements.append(g)
        out.made.append(g)
    return out


def _titled_item(si: SentInfo, p: Pair, typ: str, agreements: Drafts, R) -> Reading:
    """"1. Tourism Cooperation – Enhancing the tourism sectors ...", "- Between the Ministry of A and the Committee of
    B on disaster relief": under a head naming the documents, an item with no document noun, titled and
    told what it does or between whom on what, is a document of the head's type."""
    m = P.titled_item.match(si.sent.text) or P.party_item.match(si.sent.text) or P.cooperation_item.match(si.sent.text)
    if m is None or R.company.search(si.sent.text):
        return Reading()  # "5) Mutual cooperation in shipping between A Shipping Corporation and B Ltd": the firms' deal
    start = si.sent.text.find(m.group(1))
    g = DraftAgreement(pair=p, type=typ, fields=list(dict.fromkeys(f.id for fs, _, f in si.fields if fs >= start)),
                       mentions=[NounMention(si, m.group(1))], name=m.group(1).strip(), topic=topic(m.group(1)), named=True)
    agreements.append(g)
    return Reading(made=[g])


def _more_below(si: SentInfo, p: Pair, agreements: Drafts) -> bool:
    """"Announced also were the following:" right after a document the pair signed: more documents below."""
    return P.more_following.search(si.sent.text) is not None and next(
        (g.status == "signed" for g in agreements.latest(p)), False)


def read_agreements(si: SentInfo, p: Pair, R, agreements: Drafts, list_ctx, story: Pair | None = None,
                    *, listed: bool = False, published=None) -> Reading:
    """The documents of one sentence, appended to ``agreements`` (or joined to the one they refer to)."""
    signed_levels = _signed_levels(si, p, agreements)
    if not si.docs:
        if si.sent.line_start and P.outcomes_head.search(si.sent.text):
            return Reading(list_head=True)  # "List of Outcomes: visit of ...": the documents listed below
        if si.sent.text.rstrip().endswith(":") and (listed or si.sent.line_start and (si.has(R, "signed") or _more_below(si, p, agreements))):
            # "15 documents were signed. Among them:", "The parties have signed:": the documents below
            return Reading(list_head=True)
        if list_ctx and si.sent.line_start:
            return _titled_item(si, p, list_ctx[1], agreements, R)
        out = _bare_count(si, p, R, agreements)
        out.made[:0] = signed_levels
        return out
    s = si.sent.text
    if si.sent.line_start and P.table_head.search(s):
        return Reading(list_head=True)
    # "two on trade, one on health": a "one" after parts told by their counts is one more part, no document
    extra = [x for x in clauses.another_docs(s, si.docs)
             if not P.part_count.search(s[max((d.end for d in si.docs if d.end <= x[0]), default=0):x[0]])]
    if extra:
        si.docs = sorted(si.docs + [DocSpan(*x) for x in extra])
    if len(si.docs) > 1:
        si.docs = _kind_words_joined(s, si.docs)
    in_list = bool(list_ctx) and si.sent.line_start and not P.list_summary.match(s)
    ctx = _Ctx(si, p, R, agreements, story, listed, si.has(R, "signed") or listed,
               in_list, Reading(made=signed_levels), published)
    prev_end = prev_start = None
    skip = -1
    for i, (a, b, typ) in enumerate(si.docs):
        prev_end, this_prev = b, prev_end
        prev_start, this_prev_start = a, prev_start
        if i <= skip:
            continue
        if this_prev is not None and (P.title_tail.fullmatch(s[this_prev:a]) or typ == "plan" and P.inner_plan_gap.match(s[this_prev:a])):
            continue  # "an Exchange of Notes on the Grant Aid Programme": the name of the document before
        if this_prev is not None and (P.doc_gloss.match(s[this_prev:a]) or (
                P.doc_acronym_gloss.match(s[this_prev:a]) and P.acronym.match(s[a:b]))):
            continue  # "a memorandum of understanding, or MOU, to establish ...", "Memoranda of Understanding, MoUs,": the same again
        if this_prev is not None and typ == si.docs[i - 1].type and s[this_prev_start:this_prev_start + 1].isupper() \
                and P.named_apposition_gap.match(s[this_prev:a]) and P.apposition_close.match(s[b:]):
            continue  # "the Pukpuk Treaty, the Papua New Guinea-Australia Mutual Defence Treaty.": one treaty, two names
        if this_prev is not None and clauses.same_doc(s[this_prev:a]) and (_described(s, this_prev_start, a, b) or not (
                not {"(", "["} & set(s[this_prev:a]) and not clauses.named_as(s[this_prev:a])
                and P.indef_item.search(s[max(0, this_prev_start - 40):this_prev_start]))):
            continue  # "four memoranda of understanding (MoUs)", "the Elysee Treaty, a landmark pact": the same again
        if typ == "agreement" and i and si.docs[i - 1].type not in ("agreement", *JOINT_TYPES) \
                and is_plural(s[si.docs[i - 1].start:si.docs[i - 1].end]) and P.kind_complement.match(s[this_prev:a]):
            typ = si.docs[i - 1].type  # "Among the memoranda signed were agreements on A": memoranda
        j = _mixed_with(s, i, si.docs, R)
        if j is not None:
            # "agreements and memoranda on trade", "14 memoranda of understanding and agreement",
            # "17 MoU and agreements" (a counted singular), "several MoUs (memoranda) and agreements":
            # one package of mixed documents (a bare second noun shares the first one's count)
            b, typ, skip = si.docs[j][1], "agreement", j
        _read_noun(ctx, a, b, typ)
    return ctx.out


def _described(s: str, prev_a: int, a: int, b: int) -> bool:
    """"a Reciprocal Access Agreement, a key defense pact, ...": a named document and a lowercase deal noun
    that describes it, with no topic of its own, are one document (items of a list have their own topics)."""
    noun = s[a:b]
    return s[prev_a:prev_a + 1].isupper() and noun.islower() and noun.startswith((*_W["deal_nouns"], _W["bare_agreement"])) \
        and P.appositive_end.match(s[b:]) is not None


def _kind_words_joined(s: str, docs: list) -> list:
    """"signed six MoU agreements", "an MoU agreement on trade": a document noun of another type right before
    a bare "agreement(s)" or "deal(s)" names the kind of those documents: one noun, of the first one's type."""
    out = []
    for d in docs:
        prev = out[-1] if out else None
        if prev is not None and prev.type != "agreement" and d.type == "agreement" and s[prev.end:d.start] == " " \
                and s[d.start:d.end].islower():
            out[-1] = DocSpan(prev.start, d.end, prev.type)
        else:
            out.append(d)
    return out


def _mixed_with(s: str, i: int, docs: list, R) -> int | None:
    """The index of the last document noun that "and" (or a slash, after commas) joins to the plural (or
    counted) noun ``i`` into one package, past copies in parentheses ("Memoranda of Understanding (MoUs) and
    agreements", "agreements/MoUs", "agreements, protocols and other documents")."""
    a, b, _ = docs[i]
    if P.high_level_before.search(s, max(0, a - 20), a):
        return None  # "high-level agreements and joint declarations": the leaders' understandings apart
    if i + 1 >= len(docs) or not (is_plural(s[a:b]) or (_count(s[max(0, a - 40):a], R) or 0) > 1 or _definite_pair(s, a, b, docs[i + 1])):
        return None
    j = i + 1
    while j < len(docs):
        if j + 1 < len(docs) and clauses.same_doc(s[b:docs[j][0]]) and "(" in s[b:docs[j][0]]:
            b, j = docs[j][1] + (s[docs[j][1]:docs[j][1] + 1] == ")"), j + 1
        na, nb, _ = docs[j]
        if not (is_plural(s[na:nb]) or s[na:nb].islower() or s[nb:nb + 2] in ("’s", "'s")):
            return None  # ("agreements, treaties and MOU’s": an acronym's plural written with an apostrophe)
        if P.and_only.fullmatch(s[b:na]) or P.package_slash.fullmatch(s[b:na]):
            return j
        if not P.package_comma.fullmatch(s[b:na]):
            return None
        b, j = nb, j + 1
    return None


def _definite_pair(s: str, a: int, b: int, nxt) -> bool:
    """"the MoU and agreements signed later on": a definite singular noun joined by "and" to a plural one tells
    one package of both kinds."""
    return P.mixed_definite_lead.search(s[max(0, a - 12):a]) is not None and is_plural(s[nxt[0]:nxt[1]]) \
        and P.and_only.fullmatch(s[b:nxt[0]]) is not None


def _ordinal_label(s: str, b: int, docs: list) -> bool:
    """"The first agreement covers a Memorandum of Understanding ...": the generic noun only numbers the
    document named next in its clause."""
    nxt = next((da for da, _, _ in docs if da >= b), None)
    return nxt is not None and nxt - b < 90 and P.ordinal_label.search(s[max(0, b - 40):nxt]) is not None


def _along_planned(ctx: _Ctx, a: int) -> bool:
    """"MoUs expected to be finalised during the visit alongside some defence deals", "will sign an MoU on
    A and an MoU on B": a document joined to a planned one of its sentence is only planned too."""
    prev = ctx.out.made[-1] if ctx.out.made else None
    if prev is None or prev.status != "planned" or prev.mentions[-1].sentence is not ctx.si:
        return False
    s = ctx.si.sent.text
    at = s.rfind(prev.mentions[-1].noun, 0, a)
    between = s[at + len(prev.mentions[-1].noun):a]
    return at >= 0 and (clauses.along(between) or (
        P.and_next_doc.search(between) is not None and not ctx.R.signed.search(between)))


def _joined_to_planned(ctx: _Ctx, a: int) -> bool:
    """"are also expected to sign the Iguazu Pledge, which renews the integration, as well as a declaration": a
    document joined by "as well as" to what a planning verb before it governs is only planned too."""
    s = ctx.si.sent.text
    if P.along_before.search(s, max(0, a - 40), a) is None:
        return False
    last = None
    for last in ctx.R.planned.finditer(s, 0, a):
        pass
    return last is not None and P.past_signed.search(s, last.end(), a) is None


def _names_other_thing(ctx: _Ctx, n: _Noun) -> bool:
    """The noun is a verb, a topic, a firm's or one side's deal, a definition: no document here."""
    s, R, a, b = ctx.si.sent.text, ctx.R, n.a, n.b
    prefix, after = s[:a], s[b:]
    if P.of_signing.match(after) or P.adjunct_after.match(after) or org_antecedent(s, a, ctx.si) or clauses.inside_name(after):
        return True  # "the signing of", "exchanged agreement commitments": no document named
    if P.office_before.search(prefix[-40:]):
        return True  # "at the General Bureau of Protocol", "the Chief of Protocol": an office, no document
    if any(e <= a and P.org_adopts_gap.match(s[e:a]) for _, e in ctx.si.orgs):
        return True  # "the OECD Council adopted the accession road map for ...": the body's document, not the pair's
    if P.deal_verb.match(s[a:]) and any(d.end <= a and not s[d.end:a].strip() for d in ctx.si.docs):
        return True  # "Other signed documents deal with B": the verb after a document noun
    if P.deal_verb.match(s[a:]) and P.infinitive_before.search(prefix):
        return True  # "to deal with outstanding issues": the verb
    before = [d.end for d in ctx.si.docs if d.end <= a]
    if before and P.alias_bracket_before.search(s[max(before):a]):
        return True  # "the Agreement on ... (so-called “Cross-Servicing Agreement”)": the same document named again
    if before and (clauses.doc_topic(s[max(before):a]) or P.topic_list_item.search(s[max(before):a])):
        return True  # "an MoU on the cultural exchange programme": the MoU's topic
    if before and n.noun.lower().startswith(_W["programme_noun"]) and P.covering_topic.search(s[max(before):a]):
        return True  # "seven MoUs, encompassing trade as well as youth programmes": what the MoUs cover
    if n.noun.lower().startswith(_W["programme_noun"]) and P.run_before.search(prefix[-60:]):
        return True  # "pledged to jointly develop and implement programs and projects": work to do, no document
    if n.typ == "plan" and (before and P.funded_plan_between.match(s[max(before):a]) or (
            not n.noun[:1].isupper() and P.own_programme_before.search(prefix[-50:]))):
        return True  # "a loan agreement to fund the Pipe Programme": what it funds; "in its vaccination program": one side's
    if clauses.one_sided_statement(s, a, b, headline=ctx.si.headline) or clauses.one_sides_own(prefix):
        return True
    if ctx.si.orgs and bloc_members_end(s, ctx.si) is not None:
        return True  # "a statement adopted by Japan and the 10 ASEAN members": the bloc's document
    if R.company.search(_own_item(s[max(0, a - 60):a])) or P.company_after.match(after) or P.priced_deal.match(s[a:]) \
            or P.purchase_deal.search(s, max(0, a - 20), b):  # "an LNG purchase deal": a sale between firms
        return True
    if n.plural and P.recorded_in_after.match(after):
        return True  # "several agreements ..., which were included in a joint communique": points of the joint text
    if P.between_nations_after.match(after):
        return True  # "air service agreements are treaties signed between nations": a kind of document defined
    if P.firm_name.search(_own_item(s[max(0, a - 60):a])) or P.firm_after.match(after):
        return True  # "Ghana's Volta Energy and Peru's Andes Power signed an agreement": firms named by their trade
    return False


def _heads_list(ctx: _Ctx, n: _Noun) -> bool:
    """The noun heads a list of documents ("the following MoUs:"); signed, the list takes its type."""
    s, R, a, b = ctx.si.sent.text, ctx.R, n.a, n.b
    prefix, after = s[:a], s[b:]
    head_tail = after.rstrip().rstrip("-–—")  # "the following two instruments:-": a colon with a dash after it
    low_head = R.low.get("list_head") if ctx.si.low else None  # "... the following:" read on the lowercased text
    here_head = (n.plural or after[:2] in ("'s", "’s")) and ctx.si.sent.line_start and (
        P.here_are_before.match(prefix) or not ctx.si.countries and P.doc_heading.fullmatch(s))  # "Here are the MoUs signed"
    if (low_head.search(ctx.si.low, b, b + len(head_tail)) if low_head is not None else R.list_head.search(head_tail)) or (head_tail.endswith(":") and (n.plural or P.following_before.search(prefix[-40:]))) or here_head:
        if ctx.signed and not P.areas_head.search(head_tail):
            ctx.out.list_head = True
            ctx.out.list_type = n.typ
        return True
    return False


def _excluded(ctx: _Ctx, n: _Noun) -> bool:
    """A noun that names no document of the pair here (a company's deal, a package member counted
    already, a multilateral treaty, the one side's deals with others), or heads a list."""
    s, R, a, b = ctx.si.sent.text, ctx.R, n.a, n.b
    prefix, after = s[:a], s[b:]
    if _names_other_thing(ctx, n) or _heads_list(ctx, n):
        return True
    between = P.between_org.match(after)
    if between and _among_three(ctx.si, b + between.end()):
        return True  # "MoU between the Government of A, the Government of B, and the Government of C": a trilateral
    if between and any(b + between.end() <= oa <= b + between.end() + 4 and not P.body_org.match(s, oa)
                       for oa, _ in ctx.si.orgs):
        return True  # "the Trade Agreement between the European Union and its members, and A and B": a bloc's deal
    if ctx.si.orgs and bloc_deal_after(s, ctx.si, b, R):
        return True  # "back Vietnam in its negotiations on a Free Trade Agreement (FTA) with the EU": one side's and a bloc's
    if n.plural and P.business_forum_after.match(after):
        return True  # "a package of agreements worth $7 billion during the business forum": deals of firms
    if n.typ == "joint-statement" and P.to_media_after.match(after) and P.in_statement_before.search(prefix[-40:]):
        return True  # "In a joint statement to the media after the talks, X said": remarks, no document
    if P.of_ratification.match(after):
        return True  # "his instruments of ratification cover A and B": the papers of a ratification
    if P.tally_before.search(prefix[-60:]):
        return True  # "bringing the total number of agreements between the two nations to 25": a tally
    if R.package_member.search(prefix[-40:]) and not ctx.listed and not P.named_after.search(prefix[-60:]):
        return True  # "among the deals was a loan": counted already; "nine documents, among them a loan" names it
    if R.multilateral.search(s[max(0, a - 45):b + 40]) or P.multilateral_np.search(prefix[-120:]):
        return True  # "the Joint Comprehensive Plan of Action", "a multilateral ... Treaty": a deal of many parties
    if P.other_parties.match(after) or P.plurilateral_before.search(prefix[-40:]) or P.many_parties_before.search(prefix[-80:]):
        return True  # "a trilateral statement", "the leaders of all three countries issued a joint statement"
    # "Japan has signed similar deals with others": not this pair's; "A and B agreed a similar pact": theirs; so are
    # "Similar MoUs were also inked in the sectors of A and B" in a sentence naming no country (the pair told before)
    sim = P.similar.search(prefix[-40:])
    return sim is not None and not (sim.group("similar") is not None and (
        {h.iso for h in ctx.si.countries if h.end <= a} >= set(n.doc_p) or not ctx.si.countries and not P.with_others.match(after)))


def _with_many(si: SentInfo, b: int) -> bool:
    """Two countries or more listed right after "with" that follows the document noun ending at ``b``."""
    s = si.sent.text
    w = P.with_roll.match(s[b:])
    hs = [h for h in si.countries if w is not None and h.start >= b + w.end()]
    return len(hs) > 1 and hs[0].start == b + w.end() and hs[0].iso != hs[1].iso \
        and P.list_gap.match(s[hs[0].end:hs[1].start]) is not None


def _bilateral_each(ctx: _Ctx, n: _Noun) -> None:
    """"Buhari has signed bilateral air service pacts with the USA, India and Rwanda": documents called bilateral
    over a roll of partners are one document with each partner, of the one side the sentence names before."""
    si, s = ctx.si, ctx.si.sent.text
    if not P.bilateral_before.search(s, max(0, n.a - 40), n.a):
        return
    w = P.with_roll.match(s[n.b:])
    partners = []
    for h in (x for x in si.countries if x.start >= n.b + w.end()):
        if partners and not P.list_gap_more.match(s[partners[-1].end:h.start]):
            break
        partners.append(h)
    sides = {h.iso for h in si.countries if h.end <= n.a} - {h.iso for h in partners}
    if len(sides) != 1:
        return
    side = sides.pop()
    for iso in dict.fromkeys(h.iso for h in partners):
        g = DraftAgreement(pair=tuple(sorted((side, iso))), type=n.typ, fields=[], mentions=[NounMention(si, n.noun)],
                           headline=si.headline)
        ctx.agreements.append(g)
        ctx.out.made.append(g)


def _own_item(before: str) -> str:
    """The words before a noun back to where its list item starts ("... Enterprises Development Authority,
    a cooperation agreement": only "a cooperation ")."""
    starts = [m.start() for m in P.next_item.finditer(before)]
    return before[starts[-1]:] if starts else before


def _among_three(si: SentInfo, start: int) -> bool:
    """The parties listed after "between", a list with commas, name three countries or more before the
    document's topic."""
    stop = P.between_parties_end.search(si.sent.text, start)
    end = stop.start() if stop else len(si.sent.text)
    return "," in si.sent.text[start:end] and len({h.iso for h in si.countries if start <= h.start < end}) >= 3


def _premodifiers(prefix: str) -> str:
    """The noun phrase's premodifiers, back to a determiner or verb."""
    np_m = P.indef_np.search(prefix[-60:])
    words = (np_m.group(1) if np_m else "").split()
    keep = []
    for w in reversed(words):
        if P.np_break.search(w) or w.lower() in _W["np_determiners"] or w.endswith((",", ".")):
            break
        keep.append(w)
    return " ".join(reversed(keep))


def _doc_name(si: SentInfo, n: _Noun, in_list: bool) -> str | None:
    s = si.sent.text
    prefix, after, noun = s[:n.a], s[n.b:], n.noun
    name = None
    if noun[:1].isupper() and not si.headline:
        run = P.name_run.search(prefix)
        if run and any(run.start(1) < d.end <= n.a for d in si.docs):
            run = None  # "the MoU on Maritime Cooperation and Memorandum of ...": the name before is the other's
        if run and run.group(1).split()[0][:1].isupper() and run.group(1).split()[0].lower() not in _W["name_determiners"] \
                and not all(w.lower() in _W["generic_name_words"] for w in run.group(1).split()):
            name = (run.group(1) + noun).strip()  # (a heading's "Multiple Agreements", "New Treaty": no name)
    if name is None and noun[:1].isupper() and not si.headline:
        # "the Treaty on Security Guarantees": named by what follows; "the Action Plan 2020-24": by its years
        tail = P.name_tail.match(after) or P.period_after.match(after) or _sentence_case_tail(si, n)
        if tail and _for_side(si, n):
            tail = None
        if tail:
            name = (noun + tail.group()).strip()
    if name is not None:
        name = P.name_place.sub("", name)  # "... Cooperation in Rome": where it was signed
    if in_list:
        name = P.bullet.sub("", s).split(" | ")[0].rstrip(" ;.|")
    return name


def _for_side(si: SentInfo, n: _Noun) -> bool:
    """"signed the Memorandum for the United States": a country right after "for" is the side signing."""
    s = si.sent.text
    m = P.for_side_after.match(s, n.b)
    return m is not None and any(h.start == m.end() and P.for_side_end.match(s, h.end) for h in si.countries)


def _sentence_case_tail(si: SentInfo, n: _Noun):
    """The lowercase topic that names a capitalised document word ("the Agreement on friendly relations"), not
    an acronym's ("an MoU on trade"), a joint text's told by what it does ("a Joint Statement on upgrading ties"),
    a word after another document noun ("the Declaration Document of ...") nor one running over the next noun."""
    s = si.sent.text
    word_before = P.name_case_before.search(s, max(0, n.a - 20), n.a) is not None
    if not word_before or P.acronym.match(n.noun) or n.typ in JOINT_TYPES \
            or any(n.a - 2 <= d.end <= n.a for d in si.docs):
        return None
    tail = P.name_tail_lower.match(s[n.b:])
    if tail is None or any(n.b < d.start < n.b + tail.end() for d in si.docs):
        return None
    return tail


def _phrase(ctx: _Ctx, n: _Noun) -> None:
    """The noun's own phrase and clause: its fields, topic, name, count and date."""
    si, s = ctx.si, ctx.si.sent.text
    a, b = n.a, n.b
    prefix, after = s[:a], s[b:]
    n.planned = planned(ctx.R, prefix, after)
    n.count = _count(prefix[-40:], ctx.R) if n.plural else None
    yr = P.year_before.search(prefix[-30:]) or P.year_after.match(after)
    n.earlier = yr is not None and not (ctx.published is not None and int(P.year_digits.search(yr.group()).group()) > ctx.published.year)
    n.earlier = n.earlier or P.last_year_before.search(prefix[-40:]) is not None  # "last year's agreements on visas"
    # (not a programme: "carry out programs aimed at livelihoods" are projects); "the existing MoU on security": one
    # document in force (existing ones counted are a tally)
    n.in_force = (P.in_force_before.search(prefix[-70:]) is not None or not n.plural and P.existing_before.search(
        prefix[-40:]) is not None) and not n.noun.lower().startswith(_W["programme_noun"])
    n.earlier = n.earlier or n.in_force
    n.premod = _premodifiers(prefix)
    np_start = a - (len(n.premod) + 1 if n.premod else 0)
    aim = P.doc_aim.match(after)  # "documents aimed at the transport route, at ...": what they are for is theirs
    lead = aim.end() if aim else 0
    keep = frozenset(k - b - lead for k in clauses.list_breaks(s) if k >= b + lead)
    end = b + lead + scope_end(after[lead:], keep=keep)
    clause_end = end  # a date closing the clause dates every document in it
    # a document's fields stop where the next document of the sentence begins (not its copy in parentheses)
    nxt = next((da for k, (da, _, _) in enumerate(si.docs) if da >= b and not (
        k > 0 and _copy_of_prev(s, si.docs[k - 1], da))), None)
    if nxt is not None and nxt < end:
        end = _np_start(s, nxt)
    purpose = P.purpose_front.match(s)  # "To safeguard investments, A and B agreed a pact": the pact's field
    front = purpose.end() if purpose and purpose.end() <= np_start else 0
    n.fields = [f.id for fs, fe, f in si.fields if (np_start <= fs < end or fs < front) and s[fs:fe].lower() not in _BARE]
    n.topic = topic(n.premod + " " + s[b:end])
    n.name = _doc_name(si, n, ctx.in_list)
    n.ordinal = not n.plural and (P.ordinal_member.search(prefix[-40:]) is not None
                                  or P.ordinal_label.search(prefix[-90:]) is not None or _bare_ordinal(n)
                                  or P.ordinal_after.match(after) is not None)
    n.definite = P.definite.search(prefix[-50:]) is not None and not ctx.in_list and a >= 3 and not n.ordinal
    if ctx.signed or n.earlier or n.typ in JOINT_TYPES:
        own = [d for d in si.dates if np_start <= d.start < end]  # "a pact signed with X in 2022"
        n.when = own_when(own or _clause_dates(si, a, clause_end))
    if n.earlier and n.when is not None:
        n.when = When(n.when.start, None, n.when.year, False, False)


def _clause_dates(si: SentInfo, a: int, clause_end: int) -> list[When]:
    """"On Monday they signed a memorandum, and in 2019 they had signed a treaty": a document's time is
    the one stated after the document before it, when there is one; else the clause's."""
    prev = max((d.end for d in si.docs if d.end <= a), default=0)
    dates = [d for d in si.dates if d.start < clause_end]
    return [d for d in dates if d.start >= prev] or dates


def _copy_of_prev(s: str, prev, da: int) -> bool:
    """The document noun at ``da`` is the one before told again or its topic: its topic ("an MoU on the X
    programme"), the same again after "or" ("a Memorandum of Understanding (MoU) or Memorandum of Understanding
    signed in A"), its copy in parentheses, its name ("the so-called 123 Agreement") or an apposition; not the
    next item of a list of indefinite documents ("an extradition treaty, an agreement on trade")."""
    between = s[prev[1]:da]
    if clauses.doc_topic(between) or P.doc_gloss.match(between):
        return True
    if not clauses.same_doc(between):
        return False
    return bool({"(", "["} & set(between)) or clauses.named_as(between) or \
        P.indef_item.search(s[max(0, prev[0] - 40):prev[0]]) is None


def _read_noun(ctx: _Ctx, a: int, b: int, typ: str) -> None:
    si = ctx.si
    s = si.sent.text
    noun = s[a:b]
    member = ctx.listed and clauses.member_before(s[:a])
    plural = is_plural(noun) or (_count(s[max(0, a - 40):a], ctx.R) or 0) > 1  # "signed seven memorandum of understanding"
    n = _Noun(a, b, typ, doc_pair(si, b, ctx.p, ctx.story), noun, plural and not member, member=member)
    if _excluded(ctx, n) or _ordinal_label(s, b, si.docs):
        return
    status = clauses.doc_status(s, a, b, adopted=typ in JOINT_TYPES or typ == "plan")
    if status in ("negated", "possible"):
        # "did not sign the economic partnership agreement", "failed to reach an agreement on water",
        # "a deal on mining could be signed later": no document, and its fields no cooperation
        si.negated.append((_np_start(s, a), b + scope_end(s[b:])))
        return
    if clauses.consensus(s[:a], noun) or P.between_persons.match(s[b:]) or P.high_level_before.search(s, max(0, a - 20), a) or (
            P.reached_after.match(s[b:]) and clauses.consensus_noun(noun) and clauses.consensus_qualified(_premodifiers(s[:a]))):
        return  # "the two leaders reached the agreement", "an agreement between the presidents": a consensus
    if status == "signed" and (_along_planned(ctx, a) or _joined_to_planned(ctx, a)):
        status = "planned"
    if status == "signed" and n.plural and _with_many(si, b):
        _bilateral_each(ctx, n)  # "signed bilateral air service pacts with the USA, India and Rwanda": one each
        return  # "has signed defence agreements with Nigeria and Senegal": one side's roll of partners
    if status == "signed" and P.with_many_unnamed.match(s, b):
        return  # "Azerbaijan signed the Declaration on Strategic Partnership with many countries": a kind, no one document
    if n.plural and status == "signed" and _named_plural(ctx, n):
        return
    after = s[b:]
    inline = P.inline_list.match(after) if n.plural else None
    if inline and clauses.topics_not_names(after[inline.end():]):
        inline = None  # "agreements including those on transport": the package's own topics
    head = P.copula_head.match(after) if n.plural else None
    if head and any(da == b + head.end() for da, _, _ in si.docs):
        return  # "The five agreements are Memorandum of Understanding on A, ...": the head of the documents named
    if n.plural and clauses.heads_named(after) and any(da > b for da, _, _ in si.docs):
        return  # "other deals signed include a plan ..., a protocol ...": the head of the documents named
    if n.plural and clauses.heads_named(after) and _contents_of_last(ctx, n):
        return  # "Agreements also include investments in AI and energy": what the deals told before hold
    if n.plural and status == "signed" and not inline and (_titled_docs(ctx, n) or _described_items(ctx, n)):
        return
    if inline and not P.topic_list.match(after[inline.end():]) and _inline_told(ctx, n, status, b + inline.end()):
        return
    _phrase(ctx, n)
    if _firms_after_name(s, n):
        return  # "the Joint Statement for Cooperation on Critical Minerals between the A Corporation and B": the firms' text
    n.planned = n.planned or status == "planned"
    if n.plural and n.definite and not n.count and _package_told(ctx, n):
        return  # "the agreements signed cover health": the package told before; with none, a named or signed one stands
    if _joins_earlier(ctx, n) or _signing_talk(ctx, n):
        return
    if not _stands(ctx, n):
        return
    g = _draft(ctx, n)
    ctx.agreements.append(g)
    ctx.out.made.append(g)


def _contents_of_last(ctx: _Ctx, n: _Noun) -> bool:
    """A bare plural opening its sentence, before "include" and no document noun ("Agreements also include
    investments in AI and energy"), after a document the pair signed: what that document holds, its fields
    told again (not one more document)."""
    s = ctx.si.sent.text
    if s[:n.a].strip() or not ctx.agreements.has(n.doc_p):
        return False
    last = next((g for g in ctx.agreements.latest(n.doc_p) if g.status == "signed"), None)
    if last is None:
        return False
    last.mentions.append(NounMention(ctx.si, n.noun))
    last.fields.extend(f.id for fs, _, f in ctx.si.fields if fs >= n.b and f.id not in last.fields)
    return True


def _draft(ctx: _Ctx, n: _Noun) -> DraftAgreement:
    """The document a noun that stands names, dated by its clause's time."""
    si, w = ctx.si, n.when
    return DraftAgreement(pair=n.doc_p, type=n.typ, fields=list(dict.fromkeys(n.fields)), mentions=[NounMention(si, n.noun)],
                          date=w.date if w else None, year=w.year if w else None, count=n.count,
                          status="planned" if n.planned else "signed", name=n.name, topic=n.topic,
                          headline=si.headline, named=bool(n.name) and ctx.in_list or n.ordinal,
                          vague=_vague(w, si.dates, n.b) or _of_past_year(w, ctx.published),
                          verbless=not ctx.signed or _signing_talk_only(si.sent.text, ctx.R))


def _signing_talk_only(s: str, R) -> bool:
    """"The signing of the ASA will enable air services": the sentence's only signing word is the noun
    "signing of", talk of the signing rather than news of it."""
    return all(P.signing_noun.match(s, m.start()) for m in R.signed.finditer(s))


def _firms_after_name(s: str, n: _Noun) -> bool:
    """A named document whose parties, told after its title, are firms."""
    at = s.find(n.name, n.a) if n.name else -1
    return at >= 0 and P.company_after.match(s[at + len(n.name):]) is not None


def _signing_talk(ctx: _Ctx, n: _Noun) -> bool:
    """"the signing of agreements would strengthen ties": a bare plural after "the signing of", with no
    count, topic or word for more, said once the pair's documents were told, speaks of those."""
    s = ctx.si.sent.text
    plural = n.plural or is_plural(n.noun.split()[0])  # "agreements and MoUs": a mixed plural
    if not plural or n.count or n.name or P.additional.search(s) or P.member_topic.match(s[n.b:]):
        return False
    if not P.signing_of_bare.search(s, max(0, n.a - 40), n.a):
        return False
    # of the documents told before ("(a treaty signed ...) the signing of memoranda": other documents, not those)
    return any(g.status == "signed" and g.mentions[0].sentence is not ctx.si and (n.typ == "agreement" or g.type == n.typ)
               for g in ctx.agreements.latest(n.doc_p))


def _named_plural(ctx: _Ctx, n: _Noun) -> bool:
    """"the Ulaanbaatar (2000) and Moscow (2006) declarations": one earlier document per name, each with the
    year given after it; countries or leaders ("the Chinese and Russian statements") are sides, no names."""
    si, s = ctx.si, ctx.si.sent.text
    lo = max(0, n.a - 120)  # the names stand right before the noun: a bounded look back
    m = P.named_plural_before.search(s, lo, n.a)
    if m is None or any(h.kind != "capital" and h.end > m.start() and h.start < n.a for h in si.countries) or any(
            m.start() <= fs < n.a for fs, _, _ in si.fields):
        return False  # "the Trade and Investment agreements": one package over its topics
    items = P.named_plural_item.findall(m.group())
    capitals = {s[h.start:h.end] for h in si.countries if h.kind == "capital" and h.iso in n.doc_p}
    if not all(year or name in capitals for name, year in items):
        return False  # "the Paris and Kyoto agreements": other parties' documents, unless dated or the pair's capitals
    for name, year in items:
        g = DraftAgreement(pair=n.doc_p, type=n.typ, fields=[], mentions=[NounMention(si, n.noun)],
                           year=int(year) if year else None, name=f"{name} {n.noun}", topic=topic(name), named=True,
                           headline=si.headline)
        ctx.agreements.append(g)
        ctx.out.made.append(g)
    return True


def _vague(w: When | None, dates: list[When], b: int) -> bool:
    """"signed deals with China earlier this year": a time said without a day, of the document's own
    or, when it has none, after it in the sentence."""
    def vague(d: When) -> bool:
        return d.date is None and d.year is None and d.relative
    return vague(w) if w is not None else any(vague(d) for d in dates if d.start >= b)


def _of_past_year(w: When | None, published) -> bool:
    """"relations were formalised on March 26, 1987, through the signing of the General Agreement": a document
    dated in a year before the article's, of its own time (no member of the package signed now)."""
    return w is not None and w.year is not None and published is not None and w.year < published.year


def _joins_earlier(ctx: _Ctx, n: _Noun) -> bool:
    """A later mention of a document already found: a nickname ("the treaty, known as the Quirinal
    Treaty") or a definite "the agreement" joins it."""
    si, s, noun = ctx.si, ctx.si.sent.text, n.noun
    prefix = s[:n.a]
    tally = _tally_of_last(ctx, n)
    if tally is not None:
        tally.mentions.append(NounMention(si, noun))
        return True
    if n.ordinal and _bare_ordinal(n):
        return False  # "the third agreement covered A, the fourth related to B": one more member
    if n.ordinal:
        # "the second MoU between the governments ...": another member, though worded as the first;
        # unless it tells again one of the documents named before it
        return _ordinal_again(ctx, n)
    told = _one_of_package(ctx, n)
    if told is not None:
        told.mentions.append(NounMention(si, noun))
        return True
    again = _named_before(ctx, n)
    if again is not None:
        again.mentions.append(NounMention(si, noun))
        again.fields.extend(f for f in n.fields if f not in again.fields)
        return True
    if n.name and not ctx.in_list and (P.nickname.search(prefix[-40:]) or P.demonstrative_before.search(prefix[-12:])):
        ante = next((g for g in ctx.agreements.latest(n.doc_p, n.typ) if not g.named
                     and (g.date is not None or g.year is None)), None)
        if ante is not None:
            ante.mentions.append(NounMention(si, noun))
            ante.fields.extend(f for f in n.fields if f not in ante.fields)
            ante.name = ante.name or n.name
            return True
    if n.definite and not n.name and not ctx.in_list and not _under_head(ctx, n) and not (n.plural and _more_signed(ctx, n)):
        joined = _definite_joins(ctx, n)
        if joined is not None:
            return joined
    again = _package_again(ctx, n)
    if again is not None:
        again.mentions.append(NounMention(si, noun))
        again.fields.extend(f for f in n.fields if f not in again.fields)
        again.count = again.count or n.count
        again.type = n.typ if again.type == "agreement" else again.type
        return True
    return False


def _definite_joins(ctx: _Ctx, n: _Noun) -> bool | None:
    """A definite "the agreement" joins the latest document of its kind and topic (True), is one more
    member of it (False), or finds none (None)."""
    si, s, noun = ctx.si, ctx.si.sent.text, n.noun
    when = n.when
    if _listed_with_others(ctx, n):
        return None
    cands = [g for g in ctx.agreements.latest(n.doc_p, None if n.typ in ("agreement", "other") else n.typ)
             if not (n.earlier and when is not None and g.year != when.year)
             and not (_signed_another_year(ctx, g, when) and len(n.topic & g.topic) < 2) and not _other_topic(ctx, n, g)
             and not _other_kind(ctx, n, g) and not _planned_other(n, g) and not _topics_apart(ctx, n, g)
             and not _many_for_one(ctx, n, g)
             and not _listed_beside(ctx, n, g) and not _dated_apart(ctx, n, when, g) and not _one_for_many_planned(n, g)]
    # "agreed to ink a treaty and the MoU on visa-free entry ... The pact for the visa-free entry was signed
    # in 2016": the document of its own topic words (signed in a year of its own, too), before the latest one
    ante = next((g for g in cands if len(n.topic & g.topic) >= 2), cands[0] if cands else None)
    ante = ante or _only_bare_agreement(ctx, n)
    if ante is not None and _member_of(ctx, n, ante):
        return False
    if ante is not None:
        ante.mentions.append(NounMention(si, noun))
        if ante.status == "planned" and not n.planned and P.was_signed_after.match(s, n.b):
            ante.status = "signed"  # "agreed to ink the MoU on visa-free entry ... The pact for visa-free entry was signed"
        if ante.type == "agreement" and n.typ not in ("agreement", "other") and not _is_package(ante):
            ante.type = n.typ  # "approved an agreement between the ministries ... The MoU provides for": its type
        # "The treaty sets out cooperation in trade and culture": a later sentence's fields are its own
        ante.fields.extend(f for f in _listed_fields(ctx, n) if f not in ante.fields)
        if when and when.date and ante.date is None:
            ante.date, ante.year = when.date, when.year
        # "signed a raft of agreements ... The three agreements were signed in Nairobi": the count told later
        if is_plural(ante.mentions[0].noun):
            ante.count = ante.count or n.count
        return True
    return None


def _listed_with_others(ctx: _Ctx, n: _Noun) -> bool:
    """"The intergovernmental agreements on trade ..., the agreement on scientific cooperation were signed": a
    definite document on fields of its own, one more item after another document of its signing sentence, is new."""
    s = ctx.si.sent.text
    if not (ctx.signed and n.fields and any(d.end <= n.a - 4 for d in ctx.si.docs)) \
            or P.list_item_definite.search(s[max(0, n.a - 40):n.a]) is None:
        return False
    # ("signed an agreement on tourism, and the agreement on tourism takes effect in May": the same one again)
    return not any(m.sentence is ctx.si for g in ctx.agreements.latest(n.doc_p) if g.topic & n.topic for m in g.mentions)


def _one_for_many_planned(n: _Noun, g: DraftAgreement) -> bool:
    """"signed a joint statement ... to be followed by the signing of a package of agreements ... The document was
    signed at the end of the talks": one bare document is not the package still to come."""
    return not n.plural and g.status == "planned" and is_plural(g.mentions[0].noun) \
        and n.noun.lower().startswith(tuple(_W["generic_docs"]))


def _tally_of_last(ctx: _Ctx, n: _Noun) -> DraftAgreement | None:
    """"This is the 85th visa agreement that Laos has signed": the pair's document just told, counted in one
    side's tally, is told again (no new one)."""
    if n.plural or n.name or not P.tally_opening.match(ctx.si.sent.text[:n.a]):
        return None
    return next((g for g in ctx.agreements.latest(n.doc_p) if g.status == "signed"
                 and not any(m.sentence is ctx.si for m in g.mentions)), None)


def _one_of_package(ctx: _Ctx, n: _Noun) -> DraftAgreement | None:
    """"signed four agreements ... 2. One agreement saw a joint fund set up": a sentence opening on "one" and
    a single document with no field of its own, after a counted package of the pair, tells one of its
    documents again (no new one)."""
    if n.plural or n.fields or n.name or not P.one_opening.match(ctx.si.sent.text[:n.a]):
        return None
    return next((g for g in ctx.agreements.latest(n.doc_p) if (g.count or 0) > 1 and g.status == "signed"
                 and not any(m.sentence is ctx.si for m in g.mentions)), None)


def _under_head(ctx: _Ctx, n: _Noun) -> bool:
    """"The agreements and MoUs signed included the MoU on archives; ... the MoU for cooperation in industrial
    property, ...": a definite noun after a plural head of its sentence whose documents the sentence names is
    one of them, no earlier document told again."""
    s = ctx.si.sent.text
    return any(db <= n.a and is_plural(s[da:db]) and clauses.heads_named(s[db:]) for da, db, _ in ctx.si.docs)


def _only_bare_agreement(ctx: _Ctx, n: _Noun) -> DraftAgreement | None:
    """"approved an agreement between the two ministries ... The Memorandum of Understanding (MoU) provides
    for ...": the pair's only document so far, told by the bare noun, is the one a definite noun of a named
    type speaks of (unless its sentence tells an agreement by that noun too: "sign agreement on state border ...
    The joint statement and the agreement on the state border were signed")."""
    if n.typ in ("agreement", "other") or any(d.type == "agreement" and d.start != n.a for d in ctx.si.docs):
        return None
    docs = list(ctx.agreements.latest(n.doc_p))
    g = docs[0] if len(docs) == 1 else None
    return g if g is not None and g.type == "agreement" and not g.name and not _is_package(g) and not _planned_other(n, g) \
        and not (not g.headline and _topics_apart(ctx, n, g)) \
        and g.mentions[0].noun.lower() == _W["bare_agreement"] else None


def _member_of(ctx: _Ctx, n: _Noun, ante: DraftAgreement) -> bool:
    """"signed four MoUs ... The agreement on tourism was signed by the two secretaries": one definite document
    with a topic of its own after a package (or after another member on other fields) is one of its
    members, of the package's type for a bare noun."""
    s = ctx.si.sent.text
    item = P.bullet.match(s)  # "1. The MoU was signed to ...": a numbered item under a package is one of it
    if n.plural or not (P.member_topic.match(s[n.b:]) or item is not None and item.end() and n.a - item.end() <= 4):
        return False
    if _is_package(ante):
        package = ante
    elif n.fields and ante.fields and not set(n.fields) & set(ante.fields):
        package = next((g for g in ctx.agreements.latest(n.doc_p) if _is_package(g)), None)
        if package is None:
            return False  # "the MoU on defence ... the MoU on the investment fund": with no package, the same
    else:
        return False
    if n.typ == "agreement" and n.noun.lower() in _W["member_nouns"]:
        n.typ = package.type
    return True


def _is_package(g: DraftAgreement) -> bool:
    return (g.count or 0) > 1 or is_plural(g.mentions[0].noun)


def _package_again(ctx: _Ctx, n: _Noun) -> DraftAgreement | None:
    """"signed agreements in defence, energy and health ... The two countries signed a total of nine
    agreements": a signed package right after the pair's last one, of its type and count, with no word
    that makes it another ("also", "other", "more"), is that package told again."""
    si, s = ctx.si, ctx.si.sent.text
    apart = P.besides_named.match(s)
    # "One of the agreements foresees A. Other signed documents deal with B": the rest of the package
    rest = P.rest_of_package.fullmatch(s[:n.a]) is not None and not n.count
    if not (n.plural and ctx.signed) or n.name or n.planned or ctx.in_list or ctx.listed or si.headline \
            or (P.additional.search(s) and not (apart and apart.end() <= n.a)) \
            or (P.package_other.search(s[max(0, n.a - 40):n.a]) and not rest) or P.package_span.search(s):
        return None
    g = next((x for x in ctx.agreements.latest(n.doc_p) if _is_package(x)), None) if apart \
        else next(iter(ctx.agreements.latest(n.doc_p)), None)
    if g is None or g.status != "signed" or g.headline or g.named:
        return None
    if any(m.sentence is si for m in g.mentions) and not (
            g.count and not n.fields and P.vague_count.search(s, max(0, n.a - 50), n.a)):
        return None  # two packages of one sentence, unless "seal 24 deals, as the leaders signed multiple agreements"
    package = _is_package(g)
    # "signed documents on trade ... The parties signed two statements": joint texts are no deals told again
    joint = n.typ in JOINT_TYPES and g.type != n.typ
    same_kind = not joint and (g.type == n.typ or "agreement" in (g.type, n.typ))
    # "signed four MoUs ... over recent months, agreements have been signed in defence": a time of its own
    own_time = n.when is not None and (n.when.date, n.when.year) != (g.date, g.year)
    # "the first session led to agreements in A and B ... later, agreements were signed in C and D": fields of its own
    nf, gf = set(n.fields or ()), set(g.fields)
    own_fields = bool(nf and gf) and not (nf <= gf or gf <= nf)
    return g if package and same_kind and not own_time and not own_fields and (
        not g.count or not n.count or g.count == n.count) else None


def _bare_ordinal(n: _Noun) -> bool:
    """The noun is an ordinal standing for a package's next member ("..., while the second agreed to ...")."""
    return n.noun.lower() in _W["ordinals"]


def _other_topic(ctx: _Ctx, n: _Noun, g: DraftAgreement) -> bool:
    """"signed the memorandum on mining, while the defence agreement ...": a definite noun whose own
    premodifiers name fields the earlier document does not have is another document."""
    lo = n.a - len(n.premod) - 1
    own = {f.id for fs, _, f in ctx.si.fields if lo <= fs < n.a}
    return bool(own) and bool(g.fields) and not own & set(g.fields)


def _topics_apart(ctx: _Ctx, n: _Noun, g: DraftAgreement) -> bool:
    """"the agreement on the state border ... the memorandum on interparliamentary cooperation": a definite noun
    of a named type other than the earlier document's, both with topic words of their own and none shared, is
    another one (a bare "the agreement", "the pact" may tell any document again in other words, unless it names
    fields the earlier one has not: "the agreement on the state border ... the agreement on scientific cooperation")."""
    named = n.typ not in ("agreement", "other") and n.typ != g.type
    return named and bool(n.topic) and bool(g.topic) and not n.topic & g.topic \
        and P.topic_on_after.match(ctx.si.sent.text, n.b) is not None and _told_on(g)


def _told_on(g: DraftAgreement) -> bool:
    """The document was first told with its topic right after its noun ("the agreement on the state border")."""
    m = g.mentions[0]
    s = m.sentence.sent.text
    at = s.find(m.noun)
    return at >= 0 and P.topic_on_after.match(s, at + len(m.noun)) is not None


def _many_for_one(ctx: _Ctx, n: _Noun, g: DraftAgreement) -> bool:
    """"the agreement on the state border ... The intergovernmental agreements on trade and culture were signed":
    definite documents signed on fields of their own are not one single, uncounted document told before."""
    return n.plural and _signed_on_topic(ctx, n) and not g.count and not is_plural(g.mentions[0].noun)


def _dated_apart(ctx: _Ctx, n: _Noun, when: When | None, g: DraftAgreement) -> bool:
    """"signed the Declaration of Lima on Friday ... the commitments of the Joint Declaration signed in Santiago
    on November 29, 2016": a definite joint text dated in another year than the document before (an undated
    one takes the year of the pair's latest dated document of its type) is another one (a treaty's dates may
    be those of its signing, ratification and entry into force)."""
    if when is None or when.year is None or g.type not in JOINT_TYPES or when.start < n.b \
            or not ctx.R.signed.search(ctx.si.sent.text, n.b, when.start):
        return False  # the date is the document's when a signing after the noun leads to it
    year = g.year if g.year is not None else next(
        (o.year for o in ctx.agreements.latest(g.pair, g.type) if o.year is not None), None)
    return year is not None and when.year != year


def _listed_beside(ctx: _Ctx, n: _Noun, g: DraftAgreement) -> bool:
    """"witnessed the signing of the agreement on a work plan, the agreement on transfer of sentenced
    persons and ...": a definite noun with a topic of its own after a document of the same sentence on
    another topic is the next item of the sentence's list, not that document again."""
    if g.mentions[-1].sentence is not ctx.si or not n.topic or not g.topic or n.topic & g.topic:
        return False
    s = ctx.si.sent.text
    return P.member_topic.match(s[n.b:]) is not None or P.next_in_list.search(s[max(0, n.a - 60):n.a]) is not None


def _planned_other(n: _Noun, g: DraftAgreement) -> bool:
    """"signed an agreement on air services ... hope to sign the MoU on tourism next year": a definite noun
    still planned, of another named type or on fields the signed document lacks, is another document."""
    if not n.planned or g.status != "signed":
        return False
    other_type = n.typ not in ("agreement", "other") and n.typ != g.type
    return other_type or bool(n.fields and g.fields and not set(n.fields) & set(g.fields))


def _ordinal_again(ctx: _Ctx, n: _Noun) -> bool:
    """"This included an MoU on A and an agreement on B. ... The first agreement aims at B, while the
    second is a Memorandum on A": with two or more single documents of the pair named before, an
    ordinal mention of this type tells one of them again."""
    s = ctx.si.sent.text
    m = P.ordinal_word.search(s[max(0, n.a - 90):n.a])
    if m is None:
        return False
    named = [g for g in reversed(list(ctx.agreements.latest(n.doc_p))) if g.status == "signed" and not g.count
             and not is_plural(g.mentions[0].noun) and not g.headline]
    same = [g for g in named if g.type == n.typ or n.typ == "agreement"]
    own = topic(n.premod)
    told = [g for g in same if g.type == n.typ and own and own <= g.topic]
    if len(told) == 1:  # "An extradition treaty was among five agreements signed ... The first was the extradition treaty"
        told[0].mentions.append(NounMention(ctx.si, n.noun))
        return True
    if len(named) < 2 or not same:
        return False
    k = _W["ordinals"].index(m.group(1).lower())
    if k >= len(named):
        return False  # "The sixth agreement is a memorandum ...": a further member, not one named before
    g = named[k] if n.typ == "agreement" else same[0] if len(same) == 1 else None  # its own type tells it
    if g is None:
        return False
    g.mentions.append(NounMention(ctx.si, n.noun))
    return True


def _other_kind(ctx: _Ctx, n: _Noun, g: DraftAgreement) -> bool:
    """"the Joint Communique ... the Agreement establishing the commission", "the existing 33 agreements":
    an agreement titled by its capital, counted, or plural ("The intergovernmental agreements on trade ... were
    signed" after a joint statement), is no mention of a joint text ("the agreement that has been signed" after a
    declaration may be)."""
    generic = n.noun.lower().startswith(tuple(_W["generic_docs"]))
    return n.typ == "agreement" and not generic and g.type in JOINT_TYPES \
        and (n.noun[:1].isupper() and not ctx.si.headline or n.count is not None
             or n.plural and not is_plural(g.mentions[0].noun) or ctx.signed and n.fields and not g.fields)


def _signed_another_year(ctx: _Ctx, g: DraftAgreement, when: When | None) -> bool:
    """"A treaty is to be signed ... In 2017 they witnessed the signing of the agreement on a nuclear
    plant": a signing in a year of its own is another document than the one still planned."""
    return g.status == "planned" and ctx.signed and when is not None and when.year is not None \
        and g.year != when.year


def _named_before(ctx: _Ctx, n: _Noun) -> DraftAgreement | None:
    """"the Mutual Defense Treaty" after "the 1951 United States-Philippines Mutual Defense Treaty": a
    name given before, in full or its end, is that document again, also where the sentence has moved
    on to a third country (not for a document the clause ties to a party of its own, or only plans)."""
    if not n.name or ctx.in_list or n.planned or n.doc_p != ctx.p:
        return None
    low = n.name.lower()
    for g in ctx.agreements:
        name = (g.name or "").lower()
        if g.type == n.typ and g.status == "signed" and (name == low or name.endswith(" " + low)) \
                and set(g.pair) & set(n.doc_p) and g.mentions[0].sentence is not ctx.si \
                and not (_numbered(ctx.si) and _numbered(g.mentions[0].sentence)):
            # two documents of one sentence with one name ("Loan Agreement for A; Loan Agreement for B") are two,
            # and so are two numbered items ("3. MoU between A and B on X", "4. MoU between A and B on Y")
            return g
    return None


def _numbered(si: SentInfo) -> bool:
    return si.sent.line_start and P.numbered_item.match(si.sent.text) is not None


def _package_told(ctx: _Ctx, n: _Noun) -> bool:
    """Definite documents with no count of their own that tell the pair's package again (its fields joined to it),
    or that stand for no document when the pair has none and they carry no name nor signed fields (nor are in force:
    "the implementation of the joint declarations")."""
    return not _more_signed(ctx, n) and (_fields_to_package(ctx, n) or not (
        n.name or ctx.signed and n.fields or n.in_force and n.typ in (*JOINT_TYPES, "plan")))


def _more_signed(ctx: _Ctx, n: _Noun) -> bool:
    """"The agreements establishing twin-city relations between A and B were inked as well": definite documents
    on fields of their own that the sentence signs as more are more documents, not the package told again."""
    return ctx.signed and bool(n.fields) and P.signed_as_more.search(ctx.si.sent.text, n.b) is not None


def _fields_to_package(ctx: _Ctx, n: _Noun) -> bool:
    """"The agreements signed cover agriculture and health": the fields of the package signed before
    (the latest plural or counted document of the pair, of this type unless the noun is generic).
    Whether the pair has any document before this one, which the definite noun may tell again."""
    typ = None if n.typ in ("agreement", "other") else n.typ
    ante = next((g for g in ctx.agreements.latest(n.doc_p, typ) if g.status == "signed"
                 and (g.count or is_plural(g.mentions[0].noun))), None)
    fields = _listed_fields(ctx, n)
    if ante is not None and fields:
        ante.mentions.append(NounMention(ctx.si, n.noun))
        ante.fields.extend(f for f in fields if f not in ante.fields)
    if ante is not None and ctx.signed and n.when is not None and ante.date is None and ante.year is None:
        ante.date, ante.year = n.when.date, n.when.year  # "These agreements were signed at the palace on Thursday"
    # "The intergovernmental agreements on trade and culture ... were signed": signed documents on fields of
    # their own, with no package of the pair before them to tell again, are new ones
    return ante is not None or ctx.agreements.has(n.doc_p) and not _signed_on_topic(ctx, n)


def _signed_on_topic(ctx: _Ctx, n: _Noun) -> bool:
    s = ctx.si.sent.text
    return ctx.signed and bool(n.fields) and P.topic_on_after.match(s, n.b) is not None \
        and P.definite_opening.match(s[:n.a].lower()) is not None


def _listed_fields(ctx: _Ctx, n: _Noun) -> list[str]:
    """The fields a later mention lists as the document's ("... in the fields of A and B"), not the ones
    its sentence says it will bring about."""
    s = ctx.si.sent.text
    k = clauses.later_fields_from(s[n.b:])
    if k is None:
        return []
    return [f for f in n.fields if any(fs >= n.b + k and f == x.id for fs, _, x in ctx.si.fields)]


def _stands(ctx: _Ctx, n: _Noun) -> bool:
    """Whether a noun not joined to an earlier document is a document of its own."""
    low = n.noun.lower()
    generic = low.startswith(tuple(_W["generic_docs"]))
    signed, in_list = ctx.signed, ctx.in_list
    programme = low.startswith(_W["programme_noun"])
    if n.definite and not n.name and not in_list:
        # "according to the joint statement on ...": a joint text the pair issued
        # "signed the document on the joint committee": a generic noun with a topic of its own is a member;
        # "(A-B:) The document, signed in June 2024, ...": one joined to none before, signed in a year of its own
        own_topic = generic and signed and P.member_topic.match(ctx.si.sent.text[n.b:]) is not None
        # "for the training programme", "the assistance program launched in 2023": a project told by its
        # modifier, no document, unless signed
        told_by_modifier = n.premod.strip() and not low.startswith((*_W["deal_nouns"], _W["programme_noun"]))
        return bool(signed or n.earlier or n.typ in JOINT_TYPES and low.startswith(tuple(_W["joint"]))
                    or told_by_modifier) and (not generic or own_topic or signed and n.earlier)
    if n.plural:
        s = ctx.si.sent.text
        if n.in_force and not generic and (n.typ in JOINT_TYPES or n.typ == "plan"):
            return True  # "the implementation of the joint declarations": the pair's texts in force
        if not (n.fields or n.count or n.name) and (P.done_before.search(s[max(0, n.a - 40):n.a]) or P.done_after.match(s[n.b:])):
            return False  # "the implementation of earlier signed agreements": the documents of before, as a whole
        if not n.name and P.existing_before.search(s[max(0, n.a - 40):n.a]):
            return False  # "building on 17 existing agreements": the documents in force, a tally
        vague = P.vague_count.search(ctx.si.sent.text, max(0, n.a - 50), n.a) is not None
        told_as_package = _told_as_package(s[:n.a], n.premod)
        # "signed 14 documents", "a series of documents": one package; "exchanged documents on legal cooperation": one
        # told by its own topic
        own_topic = P.member_topic.match(s[n.b:]) is not None
        if generic and not ((n.fields or n.count or vague or told_as_package or own_topic) and signed):
            return False
        # "last year's agreements that would remove double taxation": documents of an earlier year, told by what they do
        told = n.earlier and (n.fields or P.that_after.match(ctx.si.sent.text, n.b) is not None)
        return bool(signed or in_list or told) and bool(n.fields or n.count or signed or told)
    if P.another_start.fullmatch(ctx.si.sent.text[:n.a]) and ctx.agreements.has(n.doc_p):
        return True  # "Another roadmap is about agriculture": one more of the documents signed
    if generic and not in_list and not ((n.name or n.fields or n.ordinal) and signed):
        # "signed a document": the one named elsewhere; "signed the Strategic Partnership Document" and
        # "signed an intergovernmental document on protecting investments" stand
        return False
    if not (signed or n.name or n.earlier or in_list or n.ordinal or n.typ in JOINT_TYPES or _member_opening(ctx, n)):
        return False
    # "under the Global Combat Air Programme": a project, not a signed document; "2. Minutes of the meeting
    # between the two ministries on ...": a named item of a numbered list stands
    listed = in_list or bool(n.name) and _numbered(ctx.si)
    return not ((n.typ == "other" or programme) and not (signed or listed or n.ordinal))


def _member_opening(ctx: _Ctx, n: _Noun) -> bool:
    """"signed seven MoUs ... Furthermore, an MoU on youth affairs seeks to ...", "A Memorandum of Understanding
    indicated that ...": a single document of a type of its own opening its sentence, after a counted package
    of the pair signed before (or right after a sentence naming documents of the pair) is one of its members,
    though no verb of its own signs it."""
    if n.planned or n.typ in ("agreement", "other") or not P.member_opening.fullmatch(ctx.si.sent.text[:n.a]):
        return False
    start = ctx.si.sent.start
    return any(g.status == "signed" and not g.headline and (
        (g.count or 0) > 1 and g.type in (n.typ, "agreement")
        or g.type not in JOINT_TYPES and start - 3 <= g.mentions[-1].sentence.sent.end <= start)
        for g in ctx.agreements.latest(n.doc_p))


def _told_as_package(prefix: str, premod: str) -> bool:
    """"witnessed the exchange of cooperation documents": generic documents told as the pair's package, not
    one told again ("the signed bilateral documents would serve ...")."""
    if not set(premod.lower().split()) & set(_W["package_premods"]):
        return False
    head = prefix.rstrip()
    head = head[:len(head) - len(premod)] if head.endswith(premod) else head
    return P.package_again_before.search(head) is None


def _titled_docs(ctx: _Ctx, n: _Noun) -> bool:
    """The named documents the titles after a plural noun give (see :func:`_titles_after`), if any."""
    si, s = ctx.si, ctx.si.sent.text
    titles = _titles_after(si, n.b)
    for ta, tb in titles or ():
        g = DraftAgreement(pair=n.doc_p, type=n.typ, fields=[f.id for fs, _, f in si.fields if ta <= fs < tb],
                           mentions=[NounMention(si, s[ta:tb])], name=s[ta:tb], topic=topic(s[ta:tb]), named=True)
        ctx.agreements.append(g)
        ctx.out.made.append(g)
    return bool(titles)


def _described_items(ctx: _Ctx, n: _Noun) -> bool:
    """"The MoUs signed are- framework of understanding on A, protocol on B, cooperation in the field of C":
    after a head that says the documents signed are these, each comma-separated item is one document, of
    the head's type unless it carries a document noun of its own (left to that noun)."""
    si, s = ctx.si, ctx.si.sent.text
    m, split = P.described_list.match(s, n.b), P.described_split
    if m is None:  # "The agreements were on visa exemption, on defence and on tourism": one document an item
        m, split = P.on_items_list.match(s, n.b), P.on_items_split
    if m is None or si.headline:
        return False
    end = P.region_end.search(s, m.end())
    region_end = end.start() if end else len(s)
    pos = m.end()
    for piece in split.split(s[m.end():region_end]):
        a = s.find(piece, pos)
        pos = a + len(piece)
        if len(piece.split()) < 2 or any(a <= da < pos for da, _, _ in si.docs):
            continue
        g = DraftAgreement(pair=n.doc_p, type=n.typ, fields=[f.id for fs, _, f in si.fields if a <= fs < pos],
                           mentions=[NounMention(si, piece)], topic=topic(piece), named=True)
        ctx.agreements.append(g)
        ctx.out.made.append(g)
    return True


def _titles_after(si: SentInfo, b: int) -> list[tuple[int, int]] | None:
    """"agreements on Rice Trade Cooperation, Cooperation in Agriculture and Related Fields, and Cultural
    Cooperation": two or more titles after "on", each of two or more capitalised words, are named documents
    (spans of each title); "agreements on Trade, Investment and Culture" names topics only."""
    s = si.sent.text
    m = P.titles_on.match(s, b)
    if m is None or si.headline:
        return None
    end = P.region_end.search(s, m.end())
    region_end = end.start() if end else len(s)
    region = s[m.end():region_end]
    split = P.title_split_commas if "," in region else P.title_split_and
    spans, pos = [], m.end()
    for piece in split.split(region):
        a = s.find(piece, pos)
        pos = a + len(piece)
        if len(P.title_word.findall(piece)) < 2 or any(h.start >= a and h.end <= pos for h in si.countries):
            return None
        spans.append((a, pos))
    return spans if len(spans) >= 2 else None


def _inline_told(ctx: _Ctx, n: _Noun, status: str, start: int) -> bool:
    """The documents an "including ..." list names after a plural noun tell the package (no entry of its own);
    a counted package whose list names no document ("12 pacts including a defence one") stands as one entry."""
    s = ctx.si.sent.text
    if not (ctx.signed or n.typ != "other"):
        return True
    items = _inline_items(ctx.si, ctx.p, n.typ, start, ctx.R, ctx.agreements)
    for g in items:
        g.status = "planned" if status == "planned" else g.status
    ctx.out.made.extend(items)
    return bool(items) or not _count(s[max(0, n.a - 40):n.a], ctx.R) or ctx.R.doc.search(s[start:]) is not None


def _inline_items(si: SentInfo, p: Pair, typ: str, start: int, R, agreements: Drafts) -> list[DraftAgreement]:
    """Named documents listed after "agreements including ..."; items that carry their own
    document noun are left to it, and a noun followed by "on" opens a list of topics, not documents."""
    s = si.sent.text
    end = P.region_end.search(s[start:])
    region_end = start + (end.start() if end else len(s) - start)
    made = []
    pos = start
    for piece in P.item_split.split(s[start:region_end]):
        a = s.find(piece, pos)
        b = a + len(piece)
        pos = b
        doc = R.doc.search(piece)
        if doc:
            if P.item_topic.match(piece[doc.end():]) and not P.item_place_date.match(piece[doc.end():]):
                break
            continue
        name = P.lead_article.sub("", piece.strip())
        if sum(w[:1].isupper() for w in name.split()) < 2:
            continue
        fields = [f.id for fs, fe, f in si.fields if a <= fs < b]
        w = own_when([d for d in si.dates if a <= d.start < b])
        g = DraftAgreement(pair=p, type=typ, fields=fields, mentions=[NounMention(si, piece)], year=w.year if w else None,
                           name=P.name_year.sub("", name), topic=topic(name), named=True)
        agreements.append(g)
        made.append(g)
    return made


def date_from_event(drafts: list[DraftAgreement], anchors: dict, R) -> None:
    """A document signed at the meeting the article reports, with no date or year of its own, takes
    the day of that meeting ("The presidents met on Tuesday. They also signed a memorandum ...")."""
    for g in drafts:
        day = anchors.get(g.pair)
        if day is None or g.date is not None or g.year is not None or g.status != "signed" or g.vague:
            continue
        if any(m.sentence.has(R, "signed") and not m.sentence.has(R, "future") for m in g.mentions):
            g.date = day


def _level_signed_before(p: Pair, wording: str, w, agreements: Drafts) -> DraftAgreement | None:
    """The pair's signed partnership told before with the same wording and no other day: the same signing."""
    for g in agreements.latest(p):
        if g.name and g.name.lower() == wording.lower() and g.status == "signed" and not g.count and (
                w is None or (w.date is None or g.date is None or g.date == w.date)
                and (w.year is None or g.year is None or g.year == w.year)):
            return g
    return None


def _signed_levels(si: SentInfo, p: Pair, agreements: Drafts) -> list[DraftAgreement]:
    """"signed a 'Special and Privileged Strategic Partnership' in December 2010": the partnership is
    also a document of type other, dated by the date right after it; written as a plain phrase or its
    acronym ("signed a new strategic partnership on Monday", "has signed the CSP with"), an agreement."""
    s = si.sent.text
    made = []
    for a, b, wording in si.levels:
        if si.headline or not clauses.level_signed(s, a, b) or P.plural_with.match(s[b:b + 30]):
            continue  # "has signed partnerships with 12 countries": a roll of partners, no one document
        if any((db <= a and a - db < 60) or 0 <= da - b < 4 for da, db, _ in si.docs):
            continue  # "the Joint Declaration of Strategic Partnership", "the ... Partnership Treaty": that document
        w = own_when([d for d in si.dates if b <= d.start < b + 60])
        wording_text = s[a:b].strip()
        if (told := _level_signed_before(p, wording_text, w, agreements)) is not None:
            told.mentions.append(NounMention(si, s[a:b]))  # "have signed a CSP ... On Friday, they signed a CSP": one
            told.date, told.year = told.date or (w.date if w else None), told.year or (w.year if w else None)
            continue
        titled = wording_text[:1].isupper() and not wording_text.isupper()
        g = DraftAgreement(pair=p, type="other" if titled else "agreement", fields=[], mentions=[NounMention(si, s[a:b])],
                           date=w.date if w else None, year=w.year if w else None, name=s[a:b].strip(),
                           topic=topic(wording), named=True)
        agreements.append(g)
        made.append(g)
    return made
