"""Facts -> RDF quads in the project's ontology (see ``ontology/bkg.ttl``).

IRIs are derived from the facts' identity, never from counters, so the same fact found
twice (a repeated headline, another article) lands on the same node and only gains a
mention: an event is identified by pair, level, action and date.

>>> from kg.facts import Article, ArticleFacts, CooperationFact, Mention
>>> art = Article(text="China and Chile agreed to cooperate in mining.", id="a1")
>>> m = Mention(0, 46, art.text)
>>> quads = article_quads(ArticleFacts(art, cooperation=(CooperationFact(("CHL", "CHN"), "mining", (m,)),)))
>>> any(str(q.subject).endswith("cooperation/CHL-CHN/mining>") for q in quads)
True
"""
from __future__ import annotations

import datetime as dt
import hashlib
from functools import lru_cache

import pyoxigraph as ox

from kg import iris
from kg.facts import AgreementFact, ArticleFacts, Mention, Pair
from kg.levels import current_level_update
from kg.vocab import BKG, DCTERMS, PROV, SKOS, XSD

__all__ = ["article_quads", "article_iri", "relation_iri", "level_node", "current_level_update", "Level", "when_text"]

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_DG = ox.DefaultGraph()

# Terms used per quad, resolved once (namespace attribute look-ups are slow in a hot loop).
_BKG_Agreement = ox.NamedNode(str(BKG.Agreement))
_BKG_Article = ox.NamedNode(str(BKG.Article))
_BKG_PlannedAgreement = ox.NamedNode(str(BKG.PlannedAgreement))
_BKG_BilateralRelation = ox.NamedNode(str(BKG.BilateralRelation))
_BKG_CooperationStatement = ox.NamedNode(str(BKG.CooperationStatement))
_BKG_Mention = ox.NamedNode(str(BKG.Mention))
_BKG_PartnershipEvent = ox.NamedNode(str(BKG.PartnershipEvent))
_BKG_PartnershipLevel = ox.NamedNode(str(BKG.PartnershipLevel))
_BKG_PartnershipLevelScheme = ox.NamedNode(str(BKG.PartnershipLevelScheme))
_BKG_action = ox.NamedNode(str(BKG.action))
_BKG_agreementCount = ox.NamedNode(str(BKG.agreementCount))
_BKG_agreementType = ox.NamedNode(str(BKG.agreementType))
_BKG_article = ox.NamedNode(str(BKG.article))
_BKG_contentHash = ox.NamedNode(str(BKG.contentHash))
_BKG_date = ox.NamedNode(str(BKG.date))
_BKG_endOffset = ox.NamedNode(str(BKG.endOffset))
_BKG_field = ox.NamedNode(str(BKG.field))
_BKG_level = ox.NamedNode(str(BKG.level))
_BKG_party = ox.NamedNode(str(BKG.party))
_BKG_rank = ox.NamedNode(str(BKG.rank))
_BKG_relation = ox.NamedNode(str(BKG.relation))
_BKG_startOffset = ox.NamedNode(str(BKG.startOffset))
_BKG_status = ox.NamedNode(str(BKG.status))
_BKG_text = ox.NamedNode(str(BKG.text))
_BKG_year = ox.NamedNode(str(BKG.year))
_DCTERMS_identifier = ox.NamedNode(str(DCTERMS.identifier))
_DCTERMS_issued = ox.NamedNode(str(DCTERMS.issued))
_DCTERMS_source = ox.NamedNode(str(DCTERMS.source))
_DCTERMS_title = ox.NamedNode(str(DCTERMS.title))
_PROV_wasDerivedFrom = ox.NamedNode(str(PROV.wasDerivedFrom))
_SKOS_Concept = ox.NamedNode(str(SKOS.Concept))
_SKOS_inScheme = ox.NamedNode(str(SKOS.inScheme))
_SKOS_prefLabel = ox.NamedNode(str(SKOS.prefLabel))
_XSD_date = ox.NamedNode(str(XSD.date))
_XSD_gYear = ox.NamedNode(str(XSD.gYear))
_XSD_gYearMonth = ox.NamedNode(str(XSD.gYearMonth))
_BKG_month = ox.NamedNode(str(BKG.month))
_XSD_integer = ox.NamedNode(str(XSD.integer))


@lru_cache(maxsize=None)
def N(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _lit(value, datatype=None) -> ox.Literal:
    return ox.Literal(str(value), datatype=N(datatype)) if datatype else ox.Literal(str(value))


def _date(value: dt.date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=_XSD_date)


def _year(value: int) -> ox.Literal:
    return ox.Literal(f"{value:04d}", datatype=_XSD_gYear)


def _when_quads(out: list, node: ox.NamedNode, f) -> None:
    """The fact's date at the precision the text gave: a day, a month or a year."""
    if f.date:
        out.append(ox.Quad(node, _BKG_date, _date(f.date), _DG))
    elif f.year and f.month:
        out.append(ox.Quad(node, _BKG_month, ox.Literal(f"{f.year:04d}-{f.month:02d}", datatype=_XSD_gYearMonth), _DG))
    elif f.year:
        out.append(ox.Quad(node, _BKG_year, _year(f.year), _DG))


def when_text(f) -> str:
    """The fact's date as written in its IRI: YYYY-MM-DD, YYYY-MM, YYYY, or "" when undated."""
    if f.date:
        return f.date.isoformat()
    if f.year:
        return f"{f.year:04d}-{f.month:02d}" if f.month else f"{f.year:04d}"
    return ""


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=_XSD_integer)


def article_iri(key: str) -> ox.NamedNode:
    return ox.NamedNode(iris.article(key))


pair_key = iris.pair_key


def relation_iri(p: Pair) -> ox.NamedNode:
    return ox.NamedNode(iris.relation(p))


def country_node(iso3: str) -> ox.NamedNode:
    return ox.NamedNode(iris.country(iso3))


class Level:
    """A partnership designation resolved to a ladder concept, or a new concept to mint."""

    __slots__ = ("iri", "label", "rank", "known")

    def __init__(self, iri: ox.NamedNode, label: str, rank: int, known: bool):
        self.iri, self.label, self.rank, self.known = iri, label, rank, known


@lru_cache(maxsize=4096)
def level_node(wording: str) -> Level:
    """The ladder concept whose labels hold this wording, else a new concept ranked by rule."""
    from kg import ladder

    norm = ladder.normalize_level(wording)
    found = ladder.find_level(norm)
    if found:
        return Level(ox.NamedNode(iris.level(found)), norm, 0, True)
    return Level(ox.NamedNode(iris.level(iris.slug(norm))), norm, ladder.rank_by_rule(norm), False)


def _mention_quads(out: list, art: ox.NamedNode, art_seg: str, m: Mention) -> ox.NamedNode:
    node = ox.NamedNode(iris.mention(art_seg, m.start, m.end))
    out += [
        ox.Quad(node, _RDF_TYPE, _BKG_Mention, _DG),
        ox.Quad(node, _BKG_article, art, _DG),
        ox.Quad(node, _BKG_text, ox.Literal(m.text), _DG),
        ox.Quad(node, _BKG_startOffset, _int(m.start), _DG),
        ox.Quad(node, _BKG_endOffset, _int(m.end), _DG),
    ]
    return node


def _relation_quads(out: list, p: Pair) -> ox.NamedNode:
    rel = relation_iri(p)
    out += [
        ox.Quad(rel, _RDF_TYPE, _BKG_BilateralRelation, _DG),
        ox.Quad(rel, _BKG_party, country_node(p[0]), _DG),
        ox.Quad(rel, _BKG_party, country_node(p[1]), _DG),
        ox.Quad(rel, _RDFS_LABEL, ox.Literal(f"{p[0]}–{p[1]}"), _DG),
    ]
    return rel


def _agreement_iri(p: Pair, a: AgreementFact, nth: int = 0) -> ox.NamedNode:
    """One node per document; ``nth`` > 0 tells apart documents of one article that the text gives
    the same description (two unnamed memoranda signed the same day)."""
    ident = "|".join([a.name or "", ",".join(sorted(a.fields)), when_text(a),
                      str(a.count or ""), a.status] + ([str(nth)] if nth else []))
    digest = hashlib.sha1(ident.encode("utf-8")).hexdigest()[:12]
    return ox.NamedNode(iris.agreement(p, a.type, digest))


def _nth_agreement_iri(a: AgreementFact, seen: dict) -> ox.NamedNode:
    """The document's node; the second of one article with the same description gets its own."""
    first = _agreement_iri(a.pair, a)
    seen[first] = seen.get(first, -1) + 1
    return _agreement_iri(a.pair, a, seen[first]) if seen[first] else first


def article_quads(facts: ArticleFacts) -> list[ox.Quad]:
    """All quads for one article and its facts (default graph)."""
    art, out = _article_head(facts.article)
    art_seg = iris.article_segment(facts.article.key)

    def derived(node: ox.NamedNode, mentions) -> None:
        for m in mentions:
            out.append(ox.Quad(node, _PROV_wasDerivedFrom, _mention_quads(out, art, art_seg, m), _DG))

    for f in facts.partnerships:
        derived(_partnership_quads(out, f), f.mentions)
    for f in facts.cooperation:
        derived(_cooperation_quads(out, f), f.mentions)
    seen: dict[ox.NamedNode, int] = {}
    for f in facts.agreements:
        derived(_agreement_quads(out, f, seen), f.mentions)
    return out


def _article_head(a) -> tuple[ox.NamedNode, list[ox.Quad]]:
    art = article_iri(a.key)
    out: list[ox.Quad] = [
        ox.Quad(art, _RDF_TYPE, _BKG_Article, _DG),
        ox.Quad(art, _DCTERMS_identifier, ox.Literal(a.key), _DG),
        ox.Quad(art, _BKG_contentHash, ox.Literal(a.content_hash), _DG),
    ]
    if a.title:
        out.append(ox.Quad(art, _DCTERMS_title, ox.Literal(a.title), _DG))
    if a.url:
        out.append(ox.Quad(art, _DCTERMS_source, _lit(a.url, XSD.anyURI), _DG))
    if a.published:
        out.append(ox.Quad(art, _DCTERMS_issued, _date(a.published), _DG))
    return art, out


def _partnership_quads(out: list, f) -> ox.NamedNode:
    rel = _relation_quads(out, f.pair)
    lvl = level_node(f.level)
    when = when_text(f) or "undated"
    ev = ox.NamedNode(iris.event(f.pair, lvl.iri.value.rsplit("/", 1)[1], f.action, when))
    out += [
        ox.Quad(ev, _RDF_TYPE, _BKG_PartnershipEvent, _DG),
        ox.Quad(ev, _BKG_relation, rel, _DG),
        ox.Quad(ev, _BKG_level, lvl.iri, _DG),
        ox.Quad(ev, _BKG_action, ox.NamedNode(iris.action(f.action)), _DG),
    ]
    _when_quads(out, ev, f)
    if not lvl.known:  # a level outside the ladder is minted with its wording and an estimated rank
        out += [
            ox.Quad(lvl.iri, _RDF_TYPE, _SKOS_Concept, _DG),
            ox.Quad(lvl.iri, _RDF_TYPE, _BKG_PartnershipLevel, _DG),
            ox.Quad(lvl.iri, _SKOS_inScheme, _BKG_PartnershipLevelScheme, _DG),
            ox.Quad(lvl.iri, _SKOS_prefLabel, ox.Literal(lvl.label, language="en"), _DG),
            ox.Quad(lvl.iri, _BKG_rank, _int(lvl.rank), _DG),
        ]
    return ev


def _cooperation_quads(out: list, f) -> ox.NamedNode:
    rel = _relation_quads(out, f.pair)
    st = ox.NamedNode(iris.cooperation(f.pair, f.field))
    out += [
        ox.Quad(st, _RDF_TYPE, _BKG_CooperationStatement, _DG),
        ox.Quad(st, _BKG_relation, rel, _DG),
        ox.Quad(st, _BKG_field, ox.NamedNode(iris.field(f.field)), _DG),
    ]
    return st


def _agreement_quads(out: list, f, seen: dict) -> ox.NamedNode:
    _relation_quads(out, f.pair)
    ag = _nth_agreement_iri(f, seen)
    out += [
        ox.Quad(ag, _RDF_TYPE, _BKG_Agreement if f.status == "signed" else _BKG_PlannedAgreement, _DG),
        ox.Quad(ag, _BKG_party, country_node(f.pair[0]), _DG),
        ox.Quad(ag, _BKG_party, country_node(f.pair[1]), _DG),
        ox.Quad(ag, _BKG_agreementType, ox.NamedNode(iris.agreement_type(f.type)), _DG),
        ox.Quad(ag, _BKG_status, ox.NamedNode(iris.status(f.status)), _DG),
    ]
    out += [ox.Quad(ag, _BKG_field, ox.NamedNode(iris.field(x)), _DG) for x in sorted(set(f.fields))]
    _when_quads(out, ag, f)
    if f.count:
        out.append(ox.Quad(ag, _BKG_agreementCount, _int(f.count), _DG))
    if f.name:
        out.append(ox.Quad(ag, _DCTERMS_title, ox.Literal(f.name), _DG))
    return ag
