"""A small hand-built set of facts for the graph-core tests (no extraction involved)."""
from __future__ import annotations

import datetime as dt

from kg.facts import AgreementFact, Article, ArticleFacts, CooperationFact, Mention, PartnershipFact


def _m(text: str, sentence: str) -> Mention:
    start = text.index(sentence)
    return Mention(start, start + len(sentence), sentence)


A1 = ("Ghana and Peru established a strategic partnership in Accra on Monday. "
      "The two sides signed a memorandum on cocoa farming. They will cooperate in mining and solar power.")
A2 = ("Ghana and Peru upgraded ties to a comprehensive strategic partnership on Friday. "
      "Both countries adopted a joint statement. Trade between them keeps growing.")
A3 = "Chile and Peru reaffirmed their strategic partnership. They pledged closer cooperation in fisheries."


def core_facts() -> list[ArticleFacts]:
    s = [x + "." if not x.endswith(".") else x for x in A1.split(". ")]
    a1 = Article(A1, id="core-1", title="Ghana, Peru set up partnership", url="https://example.org/1",
                 published=dt.date(2024, 3, 6))
    a2 = Article(A2, id="core-2", title="Ghana, Peru upgrade", url="https://example.org/2",
                 published=dt.date(2025, 5, 10))
    a3 = Article(A3, id="core-3", title="Chile, Peru talks", published=dt.date(2025, 1, 2))
    gp = ("GHA", "PER")
    s2 = [x + "." if not x.endswith(".") else x for x in A2.split(". ")]
    return [
        ArticleFacts(a1,
                     partnerships=(PartnershipFact(gp, "strategic partnership", "establish", dt.date(2024, 3, 4),
                                                   mentions=(_m(A1, s[0]),)),),
                     cooperation=(CooperationFact(gp, "mining", (_m(A1, s[2]),)),
                                  CooperationFact(gp, "photovoltaics", (_m(A1, s[2]),))),
                     agreements=(AgreementFact(gp, "memorandum", ("agriculture",), dt.date(2024, 3, 4),
                                               mentions=(_m(A1, s[1]),)),)),
        ArticleFacts(a2,
                     partnerships=(PartnershipFact(gp, "comprehensive strategic partnership", "upgrade",
                                                   dt.date(2025, 5, 9), mentions=(_m(A2, s2[0]),)),),
                     cooperation=(CooperationFact(gp, "trade", (_m(A2, s2[2]),)),),
                     agreements=(AgreementFact(gp, "joint-statement", (), dt.date(2025, 5, 9),
                                               mentions=(_m(A2, s2[1]),)),)),
        ArticleFacts(a3,
                     partnerships=(PartnershipFact(("CHL", "PER"), "strategic partnership", "reaffirm",
                                                   mentions=(_m(A3, A3.split(". ")[0] + "."),)),),
                     cooperation=(CooperationFact(("CHL", "PER"), "agriculture", (_m(A3, A3.split(". ")[1]),)),)),
    ]


def load_core(store) -> None:
    from kg.model import article_quads, current_level_update

    for f in core_facts():
        store.add(article_quads(f))
    store.update(current_level_update())
