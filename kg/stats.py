"""Counts and top pairs: what is in the graph, at a glance."""
from __future__ import annotations

from kg.store import Store

__all__ = ["graph_stats"]

_KINDS = {
    "countries": "bkg:Country",
    "relations": "bkg:BilateralRelation",
    "partnership events": "bkg:PartnershipEvent",
    "cooperation statements": "bkg:CooperationStatement",
    "agreements": "bkg:Agreement",
    "articles": "bkg:Article",
    "mentions": "bkg:Mention",
}


def graph_stats(store: Store, *, top: int = 10) -> dict:
    from kg.query import run_query

    counts = {}
    for name, cls in _KINDS.items():
        row = next(iter(run_query(store, f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {cls} }}")))
        counts[name] = int(row["n"].value)
    countries_in_facts = next(iter(run_query(store, """SELECT (COUNT(DISTINCT ?c) AS ?n)
        WHERE { ?r a bkg:BilateralRelation ; bkg:party ?c }""")))
    counts["countries with relations"] = int(countries_in_facts["n"].value)
    row = next(iter(run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
    counts["triples"] = int(row["n"].value)
    pairs = []
    if top:
        for r in run_query(store, f"""
            SELECT ?a ?b (COUNT(DISTINCT ?art) AS ?articles) (SAMPLE(?lab) AS ?level) WHERE {{
              ?rel a bkg:BilateralRelation ; bkg:party ?ca, ?cb .
              ?ca bkg:iso3 ?a . ?cb bkg:iso3 ?b . FILTER(?a < ?b)
              {{ ?x bkg:relation ?rel }} UNION {{ ?x a bkg:Agreement ; bkg:party ?ca, ?cb }}
              ?x <http://www.w3.org/ns/prov#wasDerivedFrom>/bkg:article ?art .
              OPTIONAL {{ ?rel bkg:partnershipLevel/skos:prefLabel ?lab }}
            }} GROUP BY ?a ?b ORDER BY DESC(?articles) ?a ?b LIMIT {int(top)}"""):
            pairs.append({"a": r["a"].value, "b": r["b"].value, "articles": int(r["articles"].value),
                          "level": r["level"].value if r["level"] is not None else None})
    return {"counts": counts, "top_pairs": pairs}
