"""Extraction stage: an :class:`~kg.facts.Article` in, its :class:`~kg.facts.ArticleFacts` out.

Rules over lexicons (``kg/lexicons/<lang>/``, ``ontology/levels.ttl``, ``ontology/fields.ttl``):
which pair a sentence is about, partnership designations with action and date,
cooperation fields and signed documents, each with the sentences it came from.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.facts import Article, ArticleFacts

__all__ = ["extract", "extract_many"]


def extract(article: Article) -> ArticleFacts:
    """Facts one article states, with their supporting sentences; never raises on odd text.

    The article's language picks the pipeline; a language without a pack gives no facts and
    one warning naming the language, so the article is never dropped in silence.
    """
    from kg.extract.language import language_of
    from kg.extract.registry import pipeline_for

    lang = language_of(article)
    pipeline = pipeline_for(lang)
    if pipeline is None:
        return ArticleFacts(article=article, warnings=(
            f"language {lang!r} has no extraction pack; stored without facts",))
    return pipeline(article)


def _warm() -> None:
    from kg.extract.cues import rules
    from kg.extract.lexicon import lexicon

    lexicon()
    rules()


def extract_many(articles: Iterable[Article], *, workers: int = 1) -> Iterator[ArticleFacts]:
    """Facts of many articles in input order; ``workers`` > 1 spreads them over processes."""
    if workers <= 1:
        for a in articles:
            yield extract(a)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        yield from pool.map(extract, articles, chunksize=16)
