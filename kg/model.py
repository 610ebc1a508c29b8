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
import urllib.parse
from functools import lru_cache

import pyoxigraph as ox

from kg.facts import AgreementFact, ArticleFacts, Mention, Pair
from kg.vocab import BKG, DCTERMS, ID, ONTOLOGY_GRAPH, PROV, SKOS, XSD, slug

__all__ = ["article_quads", "article_iri", "relation_iri", "level_node", "current_level_update", "Level"]

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_DG = ox.DefaultGraph()


@lru_cache(maxsize=None)
def N(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _lit(value, datatype=None) -> ox.Literal:
    return ox.Literal(str(value), datatype=N(datatype)) if datatype else ox.Literal(str(value))


def _date(value: dt.date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=N(XSD.date))


def _year(value: int) -> ox.Literal:
    return ox.Literal(f"{value:04d}", datatype=N(XSD.gYear))


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=N(XSD.integer))


def article_iri(key: str) -> ox.NamedNode:
    return N(ID["article/" + urllib.parse.quote(key, safe="-._~")])


def pair_key(p: Pair) -> str:
    return f"{p[0]}-{p[1]}"


def relation_iri(p: Pair) -> ox.NamedNode:
    return N(ID["relation/" + pair_key(p)])


def country_node(iso3: str) -> ox.NamedNode:
    return N(ID["country/" + iso3])


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
        return Level(N(ID["level/" + found]), norm, 0, True)
    return Level(N(ID["level/" + slug(norm)]), norm, ladder.rank_by_rule(norm), False)


def _mention_quads(out: list, art: ox.NamedNode, art_seg: str, m: Mention) -> ox.NamedNode:
    node = N(ID[f"mention/{art_seg}/{m.start}-{m.end}"])
    out += [
        ox.Quad(node, _RDF_TYPE, N(BKG.Mention), _DG),
        ox.Quad(node, N(BKG.article), art, _DG),
        ox.Quad(node, N(BKG.text), ox.Literal(m.text), _DG),
        ox.Quad(node, N(BKG.startOffset), _int(m.start), _DG),
        ox.Quad(node, N(BKG.endOffset), _int(m.end), _DG),
    ]
    return node


def _relation_quads(out: list, p: Pair) -> ox.NamedNode:
    rel = relation_iri(p)
    out += [
        ox.Quad(rel, _RDF_TYPE, N(BKG.BilateralRelation), _DG),
        ox.Quad(rel, N(BKG.party), country_node(p[0]), _DG),
        ox.Quad(rel, N(BKG.party), country_node(p[1]), _DG),
        ox.Quad(rel, _RDFS_LABEL, ox.Literal(f"{p[0]}–{p[1]}"), _DG),
    ]
    return rel


def _agreement_iri(p: Pair, a: AgreementFact) -> ox.NamedNode:
    ident = "|".join([a.name or "", ",".join(sorted(a.fields)), str(a.date or a.year or ""),
                      str(a.count or ""), a.status])
    digest = hashlib.sha1(ident.encode("utf-8")).hexdigest()[:12]
    return N(ID[f"agreement/{pair_key(p)}/{a.type}/{digest}"])


def article_quads(facts: ArticleFacts) -> list[ox.Quad]:
    """All quads for one article and its facts (default graph)."""
    a = facts.article
    key = a.key
    art = article_iri(key)
    art_seg = urllib.parse.quote(key, safe="-._~")
    out: list[ox.Quad] = [
        ox.Quad(art, _RDF_TYPE, N(BKG.Article), _DG),
        ox.Quad(art, N(DCTERMS.identifier), ox.Literal(key), _DG),
        ox.Quad(art, N(BKG.contentHash), ox.Literal(a.content_hash), _DG),
    ]
    if a.title:
        out.append(ox.Quad(art, N(DCTERMS.title), ox.Literal(a.title), _DG))
    if a.url:
        out.append(ox.Quad(art, N(DCTERMS.source), _lit(a.url, XSD.anyURI), _DG))
    if a.published:
        out.append(ox.Quad(art, N(DCTERMS.issued), _date(a.published), _DG))

    def derived(node: ox.NamedNode, mentions) -> None:
        for m in mentions:
            out.append(ox.Quad(node, N(PROV.wasDerivedFrom), _mention_quads(out, art, art_seg, m), _DG))

    for f in facts.partnerships:
        rel = _relation_quads(out, f.pair)
        lvl = level_node(f.level)
        when = f.date.isoformat() if f.date else (f"{f.year:04d}" if f.year else "undated")
        ev = N(ID[f"event/{pair_key(f.pair)}/{lvl.iri.value.rsplit('/', 1)[1]}/{f.action}/{when}"])
        out += [
            ox.Quad(ev, _RDF_TYPE, N(BKG.PartnershipEvent), _DG),
            ox.Quad(ev, N(BKG.relation), rel, _DG),
            ox.Quad(ev, N(BKG.level), lvl.iri, _DG),
            ox.Quad(ev, N(BKG.action), N(ID["action/" + f.action]), _DG),
        ]
        if f.date:
            out.append(ox.Quad(ev, N(BKG.date), _date(f.date), _DG))
        elif f.year:
            out.append(ox.Quad(ev, N(BKG.year), _year(f.year), _DG))
        if not lvl.known:
            out += [
                ox.Quad(lvl.iri, _RDF_TYPE, N(SKOS.Concept), _DG),
                ox.Quad(lvl.iri, _RDF_TYPE, N(BKG.PartnershipLevel), _DG),
                ox.Quad(lvl.iri, N(SKOS.inScheme), N(BKG.PartnershipLevelScheme), _DG),
                ox.Quad(lvl.iri, N(SKOS.prefLabel), ox.Literal(lvl.label, language="en"), _DG),
                ox.Quad(lvl.iri, N(BKG.rank), _int(lvl.rank), _DG),
            ]
        derived(ev, f.mentions)

    for f in facts.cooperation:
        rel = _relation_quads(out, f.pair)
        st = N(ID[f"cooperation/{pair_key(f.pair)}/{f.field}"])
        out += [
            ox.Quad(st, _RDF_TYPE, N(BKG.CooperationStatement), _DG),
            ox.Quad(st, N(BKG.relation), rel, _DG),
            ox.Quad(st, N(BKG.field), N(ID["field/" + f.field]), _DG),
        ]
        derived(st, f.mentions)

    for f in facts.agreements:
        _relation_quads(out, f.pair)
        ag = _agreement_iri(f.pair, f)
        out += [
            ox.Quad(ag, _RDF_TYPE, N(BKG.Agreement if f.status == "signed" else BKG.PlannedAgreement), _DG),
            ox.Quad(ag, N(BKG.party), country_node(f.pair[0]), _DG),
            ox.Quad(ag, N(BKG.party), country_node(f.pair[1]), _DG),
            ox.Quad(ag, N(BKG.agreementType), N(ID["agreement-type/" + f.type]), _DG),
            ox.Quad(ag, N(BKG.status), N(ID["status/" + f.status]), _DG),
        ]
        out += [ox.Quad(ag, N(BKG.field), N(ID["field/" + x]), _DG) for x in sorted(set(f.fields))]
        if f.date:
            out.append(ox.Quad(ag, N(BKG.date), _date(f.date), _DG))
        elif f.year:
            out.append(ox.Quad(ag, N(BKG.year), _year(f.year), _DG))
        if f.count:
            out.append(ox.Quad(ag, N(BKG.agreementCount), _int(f.count), _DG))
        if f.name:
            out.append(ox.Quad(ag, N(DCTERMS.title), ox.Literal(f.name), _DG))
        derived(ag, f.mentions)
    return out


def current_level_update(relations: list[str] | None = None) -> str:
    """SPARQL update that re-derives each relation's ``bkg:partnershipLevel`` and ``bkg:levelSince``.

    The current level is the latest dated event's (ties by rank); a relation with only
    undated events takes its highest-ranked level. ``relations`` limits the work to the
    relations an ingest touched.
    """
    values = ""
    if relations is not None:
        values = "VALUES ?rel { " + " ".join(f"<{r}>" for r in sorted(relations)) + " }"
    p = f"PREFIX bkg: <{BKG._NS}>\n"
    # Key: date (or year, or nothing), then rank; the greatest key per relation wins.
    ranked = f"""
      ?ev a bkg:PartnershipEvent ; bkg:relation ?rel ; bkg:level ?lvl .
      OPTIONAL {{ ?ev bkg:date ?d }} OPTIONAL {{ ?ev bkg:year ?y }}
      OPTIONAL {{ {{ ?lvl bkg:rank ?r0 }} UNION {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?lvl bkg:rank ?r0 }} }} }}
      BIND(COALESCE(STR(?d), CONCAT(STR(?y), "-00-00"), "0000-00-00") AS ?when)
      BIND(COALESCE(?r0, 0) AS ?r)
      BIND(CONCAT(?when, "|", SUBSTR(STR(1000000 + ?r), 2), "|", STR(?lvl)) AS ?key)
    """
    return p + f"""
DELETE {{ ?rel bkg:partnershipLevel ?old . ?rel bkg:levelSince ?oldSince }}
WHERE {{ {values} ?rel a bkg:BilateralRelation .
        OPTIONAL {{ ?rel bkg:partnershipLevel ?old }} OPTIONAL {{ ?rel bkg:levelSince ?oldSince }} }} ;
INSERT {{ ?rel bkg:partnershipLevel ?level . ?rel bkg:levelSince ?since }}
WHERE {{
  {{ SELECT ?rel (MAX(?key) AS ?best) WHERE {{ {values} {ranked} }} GROUP BY ?rel }}
  BIND(IRI(STRAFTER(STRAFTER(?best, "|"), "|")) AS ?level)
  OPTIONAL {{
    SELECT ?rel ?level (MIN(?d2) AS ?since) WHERE {{
      ?e2 a bkg:PartnershipEvent ; bkg:relation ?rel ; bkg:level ?level ; bkg:date ?d2 .
      ?e2 bkg:action ?act . FILTER(?act != <{ID['action/reaffirm']}>)
    }} GROUP BY ?rel ?level
  }}
}}
"""
