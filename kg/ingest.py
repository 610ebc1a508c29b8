"""The whole ingest: read -> extract -> model -> store, one transaction per batch of articles.

A batch is written with one atomic ``add``, so an interrupted ingest leaves the store as it
was before that batch; articles already stored (same id, else same text) are skipped, so
ingesting twice changes nothing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.facts import Article, ArticleFacts
from kg.store import Store

__all__ = ["IngestReport", "ingest", "ingest_articles", "facts_quads"]


@dataclass
class IngestReport:
    read: int = 0
    added: int = 0
    skipped: int = 0
    partnerships: int = 0
    cooperation: int = 0
    agreements: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        return (f"{self.added} article(s) added, {self.skipped} already stored, "
                f"{len(self.errors)} failed; facts: {self.partnerships} partnership event(s), "
                f"{self.cooperation} cooperation statement(s), {self.agreements} agreement(s)")


def _stored_keys(store: Store, articles: list[Article]) -> set[str]:
    """Keys of the batch's articles the store already holds (by id, else by content hash)."""
    from kg.vocab import BKG, DCTERMS

    if not articles:
        return set()
    ids = " ".join(_sparql_str(a.key) for a in articles)
    hashes = " ".join(_sparql_str(a.content_hash) for a in articles if not a.id)
    found = {str(r["k"].value) for r in store.query(
        f"SELECT ?k WHERE {{ VALUES ?k {{ {ids} }} ?a <{DCTERMS.identifier}> ?k }}")}
    if hashes:
        by_hash = {str(r["h"].value) for r in store.query(
            f"SELECT ?h WHERE {{ VALUES ?h {{ {hashes} }} ?a a <{BKG.Article}> ; <{BKG.contentHash}> ?h }}")}
        found |= {a.key for a in articles if not a.id and a.content_hash in by_hash}
    return found


def _sparql_str(value: str) -> str:
    import pyoxigraph as ox

    return str(ox.Literal(value))


def facts_quads(facts: Iterable[ArticleFacts]):
    from kg.model import article_quads

    for f in facts:
        yield from article_quads(f)


def ingest_articles(store: Store, articles: Iterable[Article], *, workers: int = 1, batch_size: int = 200,
                    report: IngestReport | None = None,
                    on_article: Callable[[Article], None] | None = None,
                    extract: Callable[[Iterable[Article]], Iterable[ArticleFacts]] | None = None) -> IngestReport:
    """Extract and store already-read articles; ``extract`` replaces the local extraction stream."""
    from kg.extract import extract_many
    from kg.model import article_quads, current_level_update, relation_iri

    report = report or IngestReport()
    seen: set[str] = set()

    def fresh() -> Iterator[Article]:
        """Articles not stored yet, checked against the store a read-batch at a time."""
        batch: list[Article] = []

        def drain():
            report.read += len(batch)
            stored = _stored_keys(store, batch)
            for a in batch:
                if a.key in seen or a.key in stored:
                    report.skipped += 1
                else:
                    seen.add(a.key)
                    yield a
            batch.clear()

        for a in articles:
            batch.append(a)
            if len(batch) >= batch_size:
                yield from drain()
        yield from drain()

    quads: list = []
    relations: set[str] = set()
    pending = 0

    def flush() -> None:
        nonlocal quads, relations, pending
        if quads:
            store.add(quads)
        if relations:
            store.update(current_level_update(sorted(relations)))
        quads, relations, pending = [], set(), 0

    # One extraction stream (one process pool) for the whole ingest; writes go in batches.
    stream = extract(fresh()) if extract is not None else extract_many(fresh(), workers=workers)
    for facts in stream:
        quads += article_quads(facts)
        pending += 1
        report.added += 1
        report.partnerships += len(facts.partnerships)
        report.cooperation += len(facts.cooperation)
        report.agreements += len(facts.agreements)
        report.warnings += [f"{facts.article.source or facts.article.key}: {w}" for w in facts.warnings]
        relations.update(relation_iri(f.pair).value for f in facts.partnerships)
        if on_article:
            on_article(facts.article)
        if pending >= batch_size:
            flush()
    flush()
    return report


def ingest(store: Store, paths: Iterable[str | Path], *, workers: int = 1, batch_size: int = 200,
           stdin=None, on_article: Callable[[Article], None] | None = None, engine=None) -> IngestReport:
    """Read every path (files, folders, ``-``), extract and store; bad inputs are reported, not fatal.

    ``engine`` reads and extracts elsewhere (a :class:`kg.cluster.ClusterEngine`): its ``read``
    stands for :func:`kg.read.read_paths` and its ``extract`` for the local extraction.
    """
    from kg.read import read_paths

    read = engine.read if engine is not None else read_paths

    report = IngestReport()

    def good() -> Iterator[Article]:
        for item in read(paths, stdin=stdin, on_warning=lambda w: report.warnings.append(str(w))):
            if isinstance(item, Article):
                yield item
            else:
                report.errors.append(str(item))

    return ingest_articles(store, good(), workers=workers, batch_size=batch_size, report=report,
                           on_article=on_article, extract=engine.extract if engine is not None else None)
