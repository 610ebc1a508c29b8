"""The Chinese pipeline: the shared pack pipeline over simplified text, plus short-form compounds."""
from __future__ import annotations

from kg.facts import Article, ArticleFacts

__all__ = ["extract_article"]


def extract_article(article: Article) -> ArticleFacts:
    from kg.extract.pack import run
    from kg.extract.pack.lexicon import load_pack
    from kg.extract.zh.compounds import compound_countries
    from kg.extract.zh.simplify import NORMALISE

    return run(article, load_pack("zh", NORMALISE), extra=compound_countries)
