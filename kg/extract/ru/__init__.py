"""The Russian pipeline: the shared pack pipeline over lemmas."""
from __future__ import annotations

from kg.facts import Article, ArticleFacts

__all__ = ["extract_article"]


def extract_article(article: Article) -> ArticleFacts:
    from kg.extract.pack import run
    from kg.extract.pack.lexicon import load_pack
    from kg.extract.ru.lemmas import NORMALISE

    return run(article, load_pack("ru", NORMALISE))
