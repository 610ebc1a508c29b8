"""A six-country graph small enough to check by hand, built from facts (no extraction).

    BRA --SP(1993)-- CHN --CSP(2014)-- EGY ..grey.. FRA
                     |  \\
          SP 2005 -> CSP 2011   AWSCP (undated, 2023 article)
                     |    \\
                    KAZ ..grey.. PAK

One article about Egypt and France carries a <script> and an <img onerror> in its text,
title and link, to prove the page shows them as text.
"""
from __future__ import annotations

import datetime as dt

from kg.facts import AgreementFact, Article, ArticleFacts, CooperationFact, Mention, PartnershipFact

XSS_SCRIPT = "<script>window.__pwned=1</script>"
XSS_IMG = '<img src=x onerror="window.__pwned=2">'

KZ_2005 = ("China and Kazakhstan established a strategic partnership in Astana on Monday. "
           "The two sides pledged to expand cooperation in oil and gas.")
KZ_2011 = ("China and Kazakhstan raised their relations to a comprehensive strategic partnership on Monday. "
           "They signed a memorandum on nuclear energy.")
PK_2023 = ("Pakistan and China reaffirmed their all-weather strategic cooperative partnership. "
           "Both sides will speed up work on the railway corridor.")
BR_2019 = ("Brazil and China, which set up a strategic partnership in 1993, agreed on a plan for soybean farming. "
           "Farm ministers from both countries met in the capital.")
EG_2014 = ("Egypt and China lifted ties to a comprehensive strategic partnership on Tuesday. "
           "Chinese firms will build a solar power plant in southern Egypt.")
EG_FR_2018 = (f"Egypt and France agreed to expand trade {XSS_SCRIPT} ties. "
              f"The ministers also discussed museums {XSS_IMG} and film festivals. "
              "They plan to sign a cultural agreement next year.")
KZ_PK_2016 = "Kazakhstan and Pakistan agreed to boost trade in wheat and flour."

# Sentences the tests look for in tooltips and evidence lists.
KZ_UPGRADE = KZ_2011.split(". ")[0] + "."
KZ_ESTABLISH = KZ_2005.split(". ")[0] + "."


def _m(text: str, sentence: str) -> Mention:
    start = text.index(sentence)
    return Mention(start, start + len(sentence), sentence)


def _sentences(text: str) -> list[Mention]:
    parts = [p if p.endswith(".") else p + "." for p in text.split(". ")]
    return [_m(text, p) for p in parts]


def viz_facts() -> list[ArticleFacts]:
    ck, cp, bc, ce, ef, kp = ("CHN", "KAZ"), ("CHN", "PAK"), ("BRA", "CHN"), ("CHN", "EGY"), ("EGY", "FRA"), ("KAZ", "PAK")
    a1 = Article(KZ_2005, id="kz-2005", title="China, Kazakhstan set up partnership",
                 url="https://news.example/kz-2005", published=dt.date(2005, 7, 5))
    a2 = Article(KZ_2011, id="kz-2011", title="China and Kazakhstan upgrade ties",
                 url="https://news.example/kz-2011", published=dt.date(2011, 6, 14))
    a3 = Article(PK_2023, id="pk-2023", title="Pakistan, China reaffirm ties",
                 url="https://news.example/pk-2023", published=dt.date(2023, 5, 2))
    a4 = Article(BR_2019, id="br-2019", title="Brazil and China plan farm work",
                 url="https://news.example/br-2019", published=dt.date(2019, 11, 14))
    a5 = Article(EG_2014, id="eg-2014", title="Egypt and China lift ties",
                 url="https://news.example/eg-2014", published=dt.date(2014, 12, 24))
    a6 = Article(EG_FR_2018, id="eg-fr-2018", title=f"Egypt, France talk trade {XSS_IMG}",
                 url="javascript:window.__pwned=3", published=dt.date(2018, 3, 10))
    a7 = Article(KZ_PK_2016, id="kz-pk-2016", title="Kazakhstan, Pakistan grain trade",
                 url="https://news.example/kz-pk-2016", published=dt.date(2016, 9, 1))
    s1, s2, s3, s4, s5, s6 = (_sentences(t) for t in (KZ_2005, KZ_2011, PK_2023, BR_2019, EG_2014, EG_FR_2018))
    return [
        ArticleFacts(a1, partnerships=(PartnershipFact(ck, "strategic partnership", "establish", dt.date(2005, 7, 4),
                                                       mentions=(s1[0],)),),
                     cooperation=(CooperationFact(ck, "oil-and-gas", (s1[1],)),)),
        ArticleFacts(a2, partnerships=(PartnershipFact(ck, "comprehensive strategic partnership", "upgrade",
                                                       dt.date(2011, 6, 13), mentions=(s2[0],)),),
                     cooperation=(CooperationFact(ck, "nuclear-energy", (s2[1],)),),
                     agreements=(AgreementFact(ck, "memorandum", ("nuclear-energy",), dt.date(2011, 6, 13),
                                               mentions=(s2[1],)),)),
        ArticleFacts(a3, partnerships=(PartnershipFact(cp, "all-weather strategic cooperative partnership",
                                                       "reaffirm", mentions=(s3[0],)),),
                     cooperation=(CooperationFact(cp, "railways", (s3[1],)),)),
        ArticleFacts(a4, partnerships=(PartnershipFact(bc, "strategic partnership", "establish", year=1993,
                                                       mentions=(s4[0],)),),
                     cooperation=(CooperationFact(bc, "agriculture", (s4[0],)),),
                     agreements=(AgreementFact(bc, "plan", ("agriculture",), dt.date(2019, 11, 13),
                                               name="Soybean Farming Plan", mentions=(s4[0],)),)),
        ArticleFacts(a5, partnerships=(PartnershipFact(ce, "comprehensive strategic partnership", "upgrade",
                                                       dt.date(2014, 12, 23), mentions=(s5[0],)),),
                     cooperation=(CooperationFact(ce, "photovoltaics", (s5[1],)),)),
        ArticleFacts(a6, cooperation=(CooperationFact(ef, "trade", (s6[0],)), CooperationFact(ef, "culture", (s6[1],))),
                     agreements=(AgreementFact(ef, "agreement", ("culture",), status="planned", mentions=(s6[2],)),)),
        ArticleFacts(a7, cooperation=(CooperationFact(kp, "trade", (_m(KZ_PK_2016, KZ_PK_2016),)),)),
    ]


def load_viz(store) -> None:
    load_facts(store, viz_facts())


def viz_store():
    from kg.store import open_store

    store = open_store(":memory:")
    load_viz(store)
    return store


LEVELS = ["partnership", "comprehensive partnership", "strategic partnership", "comprehensive strategic partnership",
          "all-weather strategic cooperative partnership"]
FIELDS = ["trade", "energy", "photovoltaics", "railways", "health", "education", "agriculture", "mining"]


def synthetic_facts(*, countries: int, relations: int, agreements: int, seed: int = 1) -> list[ArticleFacts]:
    """A large made-up graph: ``relations`` pairs with a level and a field, ``agreements`` documents."""
    import itertools
    import random

    import pycountry

    rnd = random.Random(seed)
    codes = sorted(c.alpha_3 for c in pycountry.countries)[:countries]
    pairs = list(itertools.combinations(codes, 2))
    rnd.shuffle(pairs)
    pairs = sorted(pairs[:relations])
    out = []
    for i, p in enumerate(pairs):
        level = LEVELS[rnd.randrange(len(LEVELS))]
        text = (f"{p[0]} and {p[1]} set up a {level} in a ceremony on Monday. "
                f"The two sides will work together on {FIELDS[i % len(FIELDS)]}.")
        s = _sentences(text)
        art = Article(text, id=f"syn-{i}", title=f"{p[0]} and {p[1]} talks", url=f"https://news.example/syn/{i}",
                      published=dt.date(2000 + i % 25, 1 + i % 12, 1 + i % 28))
        docs = ()
        if i < agreements:
            docs = (AgreementFact(p, "memorandum", (FIELDS[i % len(FIELDS)],), art.published, name=f"Memo {i}",
                                  mentions=(s[1],)),)
        out.append(ArticleFacts(art, partnerships=(PartnershipFact(p, level, "establish", art.published,
                                                                   mentions=(s[0],)),),
                                cooperation=(CooperationFact(p, FIELDS[i % len(FIELDS)], (s[1],)),),
                                agreements=docs))
    return out


def load_facts(store, facts) -> None:
    from kg.model import article_quads, current_level_update

    store.add([q for f in facts for q in article_quads(f)])
    store.update(current_level_update())


def unpack_page(data: dict) -> dict:
    """The page's packed data in plain form, unpacked the way the page's script does on hover."""
    S, A, G = data["S"], data["A"], data["G"]
    nodes = data["nodes"]

    def name(i):
        return data["nodeInfo"][i].get("n") or nodes[i]["label"]

    def evidence(items):
        return [{"sentence": s, "title": A[a][0], "url": A[a][1], "date": A[a][2], "about": [S[x] for x in about]}
                for s, a, about in items or []]

    def agreement(i):
        t, name_, when, status, count, fields = G[i]
        return {"type": S[t], "name": name_, "when": when, "status": status, "count": count,
                "fields": [S[f] for f in fields]}

    def relation(c):  # a relation numbers its own texts and articles: M[o + i] and MA[oa + j] place them in S and A
        if "o" not in c:
            return c
        m, ma = data["M"][c["o"]:], data["MA"][c["oa"]:]
        return {**c, "f": [m[f] for f in c["f"]], "h": [[w, act, m[lv]] for w, act, lv in c["h"]],
                "v": [[s, ma[a], [m[x] for x in about]] for s, a, about in c["v"]]}

    edges, edge_info = [], {}
    for i, ((a, b, style, width), c) in enumerate(zip(data["edges"], map(relation, data["edgeInfo"]))):
        color, dashes = data["styles"][style]
        edges.append({"id": i, "from": nodes[a]["id"], "to": nodes[b]["id"], "color": color, "dashes": dashes,
                      "width": width})
        heading = f"{name(a)} – {name(b)}"
        if c["k"] == "r":
            info = {"kind": "relation", "heading": heading, "level": c["l"], "since": c["s"],
                    "history": [{"when": w, "action": act, "level": S[lv]} for w, act, lv in c["h"]],
                    "fields": [S[f] for f in c["f"]], "agreements": [agreement(g) for g in c["a"]],
                    "evidence": evidence(c["v"]), "evidence_total": c["t"], "articles": c["n"]}
        elif c["k"] == "f":
            country, fld = (a, b) if nodes[a]["shape"] == "dot" else (b, a)
            info = {"kind": "field", "heading": f"{name(country)} · {name(fld)}", "country": name(country),
                    "field": name(fld), "partners": [name(p) for p in c["p"]]}
        else:
            info = {"kind": c["k"], "heading": heading, "lines": c["x"]}
        edge_info[i] = info
    node_info = {n["id"]: {"heading": c["h"], "lines": c["x"],
                           "agreement": agreement(c["g"]) if "g" in c else None,
                           "evidence": evidence(c.get("v")), "evidence_total": c.get("t")}
                 for n, c in zip(nodes, data["nodeInfo"])}
    return {**data, "edges": edges, "edgeInfo": edge_info, "nodeInfo": node_info}
