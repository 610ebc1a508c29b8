"""The English pipeline: sentences -> gazetteer -> dates -> pairs -> partnership, cooperation and
agreement extractors -> merge -> ArticleFacts.

Each lexicon regex runs once over the whole text; matches are then handed to the sentence they
fall in, so the work is linear in the text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kg.extract import clauses, dates, gazetteer
from kg.extract.clauses import expected_to_sign
from kg.extract.cues import rules
from kg.extract.doc import Document, DraftAgreement, Drafts, Sentence, SentInfo
from kg.extract.fastre import ascii_words_lower
from kg.extract.lexicon import patterns
from kg.extract.merge import agreement_facts, cooperation_facts, merge_agreements
from kg.extract.pairs import PairState
from kg.extract.relations import agreement, partner_tiers, partnership
from kg.extract.relations.cooperation import cooperation_fields, field_item, heading_fields, list_goes_on, opens_field_list
from kg.extract.sentences import sentences
from kg.facts import Article, ArticleFacts, Pair

__all__ = ["extract_article", "read_document"]

P = patterns("en")
_WORD = re.compile(r"\w+")


def _norm_sentence(s: str) -> str:
    """The sentence's words, lowercased and joined by single spaces (punctuation and spacing dropped)."""
    return " ".join(ascii_words_lower(s)) if s.isascii() else " ".join(_WORD.findall(s)).lower()


def _mark_headlines(doc: Document, title: str | None) -> None:
    """Repeated sentences (a page's teaser printed twice), and the headline: the title, or a first line without a full stop."""
    seen: set[str] = set()
    tkey = _norm_sentence(title) if title else None
    for i, si in enumerate(doc.sentences):
        k = _norm_sentence(si.sent.text)
        si.repeated = k in seen
        seen.add(k)
        si.headline = (k == tkey) or (i == 0 and si.sent.line_start and not si.sent.text.rstrip().endswith((".", "!", "?", '"', "”")))


def read_document(article: Article, R) -> Document:
    """The article as a typed document: sentences with every span the scanning stages find."""
    text = article.text or ""
    low = text.lower()
    sents = [SentInfo(s) for s in sentences(text) if not (s.line_start and P.link_line.match(s.text))]
    doc = Document(article, text, sents, low if len(low) == len(text) else None)
    gazetteer.scan_countries(doc, R)
    gazetteer.scan_regions(doc)
    gazetteer.scan_fields(doc, R)
    heading_fields(doc)
    dates.scan_dates(doc, article.published)
    agreement.scan_docs(doc, R)
    partnership.scan_levels(doc, R)
    for si in doc.sentences:
        if len(si.fields) > 1:
            si.fields.sort(key=lambda f: f[0])
    _mark_headlines(doc, article.title)
    return doc


@dataclass
class _Package:
    """The last signed package of documents, whose documents a later sentence may name."""

    pair: Pair
    entries: list[DraftAgreement]
    date: dt.date | None
    year: int | None


@dataclass
class _Walk:
    """What the sentence walk gathers, and the context one sentence leaves for the next."""

    levels: dict = field(default_factory=dict)  # (pair, normalised level) -> [LevelMention]
    coop: dict = field(default_factory=dict)  # (pair, field id) -> [Mention]
    agreements: Drafts = field(default_factory=Drafts)
    unnamed: list[DraftAgreement] = field(default_factory=list)  # packages named later: fields kept, entry dropped
    list_ctx: tuple | None = None  # (pair, type) of a list head whose items follow
    paused: tuple | None = None  # (list_ctx, last item number) of a numbered list a caption line broke off
    field_list: Pair | None = None  # the pair of "The agreements cover areas including:" whose fields follow
    package: _Package | None = None
    package_listed: bool = False  # "The agreements and MoUs included:" after a package: its documents follow
    era: dt.date | None = None  # the time levels are dated against: the publication date, else the text's latest year


def _title_pair(state: PairState, article: Article, doc: Document, R) -> None:
    """A title the text does not repeat still opens the story with its pair; a first line that names no
    country ("Skip to content", "[ad_1]", a heading such as "Overview") is page noise, not the headline."""
    if article.title and not any(si.headline and si.countries and not _dateline_line(si) for si in doc.sentences[:3]):
        tsi = SentInfo(Sentence(0, len(article.title), article.title, True))
        tsi.countries.extend(gazetteer.title_hits(article.title))
        state.resolve(tsi, R)


def _dateline_line(si: SentInfo) -> bool:
    """"Baku, February 23, AZERTAC": a first line that is a dateline, its city no headline's country."""
    return all(h.kind == "capital" for h in si.countries) and P.dateline_line.match(si.sent.text) is not None


def _packages(w: _Walk, si: SentInfo, p: Pair, agr_here: list[DraftAgreement], naming: bool, R) -> None:
    """A sentence naming the documents of the package just signed makes them the entries."""
    s = si.sent.text
    for g in [g for g in agr_here if agreement.told_again(g, w.unnamed)]:
        w.agreements.remove(g)
        agr_here.remove(g)
        w.unnamed.append(g)  # its fields stay the pair's cooperation
    if naming:
        besides = P.other_docs_head.match(s) is not None and w.package is not None and bool(w.package.entries) and all(
            g.fields for g in w.package.entries)  # "Other agreements included ...": besides a package told by its topics
        if agr_here and w.package is not None and not besides and not agreement.topics_named_too(s, agr_here):
            for g in w.package.entries:
                if g in w.agreements:
                    w.agreements.remove(g)
                    w.unnamed.append(g)
            for g in agr_here:
                g.date, g.year = g.date or w.package.date, g.year or w.package.year
            agreement.typed_members(w.package.entries, agr_here)
    elif si.docs and si.has(R, "signed") and any(agreement.is_plural(s[a:b]) for a, b, _ in si.docs):
        kept = [g for g in agr_here if g.status == "signed" and (g.count or agreement.is_plural(g.mentions[0].noun))]
        if kept or w.package is None or w.package.pair != p:  # "the agreements signed": the same package again
            when = dates.own_when(si.dates)
            w.package = _Package(p, kept, when.date if when else None, when.year if when else None)
    elif agr_here:  # a new document; a sentence that only speaks of the signing, or of none, keeps the package open
        w.package = None


def _sentence(w: _Walk, si: SentInfo, p: Pair, story: Pair | None, published: dt.date | None, R) -> None:
    s = si.sent.text
    # a document made with a breakaway region or an armed group is no agreement of the pair,
    # and the fields it covers are no cooperation of theirs
    third = bool(si.docs or si.fields) and si.has(R, "non_state")
    same = w.package is not None and w.package.pair == p
    # "the documents include ...", or "one of the 10 agreements is on transport" after a package of the pair
    listed = (same and agreement.package_list(s)) or (bool(w.agreements) and clauses.member_doc(s) and any(
        g.pair == p and g.status == "signed" and (g.count or agreement.is_plural(g.mentions[0].noun)) for g in w.agreements))
    if si.sent.line_start and not si.docs and not (w.list_ctx is not None and P.bullet.match(s)):
        w.package_listed = False  # a line of its own ends the package's list, unless it is one of its items
    naming = listed or (same and (w.package_listed or agreement.names_package(s) and si.has(R, "signed")))
    agr_here: list[DraftAgreement] = []
    if not third:
        reading = agreement.read_agreements(si, p, R, w.agreements, w.list_ctx, story, listed=listed, published=published)
        if reading.list_head:
            w.list_ctx = (p, reading.list_type)
            # "Some agreements are as follows:", "Here is the summary of the documents signed:" after the
            # signing (not "They also signed the following:")
            w.package_listed = w.package_listed or listed or (same and P.additional.search(s) is None)
        else:
            agr_here = reading.made
        # "The agreements and MoUs included:" after a package: the documents that follow are its own
        w.package_listed = w.package_listed or (same and bool(si.docs) and P.package_head.match(s) is not None
                                                and P.additional.search(s) is None)
    _packages(w, si, p, agr_here, naming, R)
    _package_covers(w, si, p)
    partnership.read_levels(si, p, agr_here, w.levels, w.era, R, story=story)
    # a visit preview's "deals expected to be signed, covering health": nothing agreed yet
    preview = bool(agr_here) and all(g.status == "planned" for g in agr_here) and expected_to_sign(s)
    if not (third or preview):
        for q in (p, *si.also):  # "cooperation with A and B": the same fields for each listed partner
            _cooperate(w, q, cooperation_fields(si, R, q), si)
        if opens_field_list(si, R):
            w.field_list = p


def _package_covers(w: _Walk, si: SentInfo, p: Pair) -> None:
    """"(... signed several agreements.) They relate to trade and research": the fields of the package just signed."""
    if si.docs or not si.fields or w.package is None or w.package.pair != p or not P.package_covers.match(si.sent.text):
        return
    for g in w.package.entries:
        g.fields.extend(x.id for _, _, x in si.fields if x.id not in g.fields)


def _cooperate(w: _Walk, p: Pair, fids: list[str], si: SentInfo) -> None:
    """The sentence says the pair cooperates in these fields."""
    for fid in fids:
        w.coop.setdefault((p, fid), []).append(si.mention())


def _titled_line(si: SentInfo) -> bool:
    """A line that titles a document: its document noun within its first words, and no verb of a sentence
    ("MOU on oil and gas", "Exchange of Executive Program of the Cultural Agreement ..."); or a short line with
    no verb, one more item of the list ("Handover certificate of emergency cash assistance")."""
    s = si.sent.text
    if not si.docs:
        return P.short_line.fullmatch(s) is not None and P.line_verbs.search(s) is None
    return si.docs[0][0] < 4 or P.title_lead.fullmatch(s[:si.docs[0][0]]) is not None and P.line_verbs.search(s) is None


def _list_line(w: _Walk, si: SentInfo) -> None:
    """A line that is no item ends the list under "the following documents were signed:" (an item's later
    sentences stay in it); the next number of a numbered list after such a line (a photo caption) resumes it."""
    if not si.sent.line_start:
        return
    num = P.numbered_item.match(si.sent.text)
    if w.list_ctx is not None and not (P.bullet.match(si.sent.text) or _titled_line(si)):
        last = w.paused[1] if w.paused and w.paused[0] == w.list_ctx else None
        w.paused, w.list_ctx = (w.list_ctx, last) if last else None, None
    elif w.list_ctx is None and w.paused is not None and num is not None:
        if agreement.item_number(num) == w.paused[1] + 1:
            w.list_ctx = w.paused[0]
        w.paused = None
    if w.list_ctx is not None and num is not None:
        w.paused = (w.list_ctx, agreement.item_number(num))


def _counterpart_only(si: SentInfo) -> bool:
    """A sentence before any story that names one country only, as the other side's counterpart ("the Economy
    Minister discussed trade with his Romanian counterpart"): its pair is the one the next sentence names with it."""
    s = si.sent.text
    return bool(si.fields or si.docs) and len({h.iso for h in si.countries}) == 1 and any(
        P.counterpart_after.match(s[h.end:h.end + 20]) for h in si.countries)


def _walk(doc: Document, article: Article, R) -> _Walk:
    state = PairState()
    _title_pair(state, article, doc, R)
    w = _Walk(era=article.published or dates.latest_year(doc))
    prev = held = waiting = None
    for si in doc.sentences:
        # "... partnership makes cooperation all-round. It will cover security and culture": still in general
        si.generic = prev is not None and P.anaphor_start.match(si.sent.text) is not None and (
            prev.generic or clauses.generic(prev.sent.text))
        prev = si
        p = state.resolve(si, R, update=not si.repeated)
        si.pair = p
        if waiting is not None:  # "X discussed trade with his Romanian counterpart": the pair the next one names
            if p is not None and waiting.countries[0].iso in p:
                waiting.pair = p
                _sentence(w, waiting, p, state.story, article.published, R)
            waiting = None
        if held is not None:  # a heading's level belongs to the section it opens: the pair of its first sentence
            held.pair = held.pair if p is None else p
            _sentence(w, held, held.pair, state.story, article.published, R)
            held = None
        if p is not None and partnership.heads_section(si, doc.text):
            if not partnership.names_kinds(si):  # "2. Strategic Partnership Relationships": a kind's, no pair's
                held = si
            continue
        # a list item under "the following documents were signed:" (an item's later sentences stay in the list)
        _list_line(w, si)
        if w.field_list is not None:  # a line under "The agreements cover areas including:"
            if field_item(si):
                _cooperate(w, w.field_list, [f.id for _, _, f in si.fields], si)
            elif not list_goes_on(si):
                w.field_list = None
        if p is not None:
            _sentence(w, si, p, state.story, article.published, R)
        elif si.levels:  # "Among the bloc's members, X has partnerships with A, B and C": no pair, a list
            partnership.read_levels(si, None, [], w.levels, w.era, R, story=state.story)
        elif state.story is None and _counterpart_only(si):
            waiting = si
    if held is not None:  # the last line: its own pair
        _sentence(w, held, held.pair, state.story, article.published, R)
    # the country the title names, else the one the page's headline line names ("Chile's partnerships")
    head = doc.sentences[0] if doc.sentences and doc.sentences[0].headline else None
    owner = partner_tiers.page_owner(article.title) or (partner_tiers.page_owner(head.sent.text) if head else None)
    partner_tiers.tier_levels(doc, owner, w.levels)
    partner_tiers.orphan_lists(doc, owner, w.levels, article.published, R)
    partner_tiers.owner_items(doc, owner, w.levels, article.published, R)
    partner_tiers.deal_rows(doc, w.levels, R)
    return w


def extract_article(article: Article) -> ArticleFacts:
    R = rules()
    doc = read_document(article, R)
    w = _walk(doc, article, R)
    # agreements imply cooperation in their fields
    for g in [*w.agreements, *w.unnamed]:
        _cooperate(w, g.pair, g.fields, g.mentions[0].sentence)
    # a second story's meeting dates its own facts ("Separately, Modi met Macron on Tuesday")
    anchor = dates.anchor(doc.sentences, R, article.published)
    anchors, events = {}, {}
    by_pair: dict = {}  # each pair's sentences in text order (one pass, not one per pair)
    for si in doc.sentences:
        by_pair.setdefault(si.pair, []).append(si)
    for pr in {k[0] for k in w.levels} | {g.pair for g in w.agreements}:
        own = by_pair.get(pr, [])
        anchors[pr] = dates.anchor(own, R, article.published) or anchor
        events[pr] = dates.event_dates(own, R)
    drafts = merge_agreements(list(w.agreements))
    agreement.date_from_event(drafts, anchors, R)
    # a pair only listed among one side's partners ("its partners include A and B") met no one today
    told = {si.pair for si in doc.sentences}
    levels = {pr: anchors[pr] if pr in told else None for pr in {k[0] for k in w.levels}}
    return ArticleFacts(article=article, partnerships=partnership.partnership_facts(w.levels, levels, events),
                        cooperation=cooperation_facts(w.coop),
                        agreements=agreement_facts(drafts), warnings=())
