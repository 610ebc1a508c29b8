"""The whole ingest: read -> extract -> model -> store, one transaction per batch of articles.

A batch -- its facts and its relations' current levels -- is written in ONE transaction, so
an ingest killed at any point leaves the store as it was before that batch. An article already
stored with the same text (same id, else same hash) is skipped, so ingesting twice changes
nothing. An article whose id is stored with a *different* text is an error line and is not
added, unless ``replace`` is set: then its old facts are removed and the new ones written in
the same transaction.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import os

from kg.facts import Article, ArticleFacts
from kg.store import Store

__all__ = ["IngestReport", "ingest", "ingest_articles", "facts_quads"]


@dataclass
class IngestReport:
    read: int = 0
    added: int = 0
    skipped: int = 0
    replaced: int = 0
    partnerships: int = 0
    cooperation: int = 0
    agreements: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        again = f" ({self.replaced} replacing a changed text)" if self.replaced else ""
        return (f"{self.added} article(s) added{again}, {self.skipped} already stored, "
                f"{len(self.errors)} failed; facts: {self.partnerships} partnership event(s), "
                f"{self.cooperation} cooperation statement(s), {self.agreements} agreement(s)")


def _stored_hashes(store: Store, articles: list[Article]) -> dict[str, str]:
    """key -> stored content hash, for the batch's articles the store already holds (by id, else by hash)."""
    from kg.vocab import BKG, DCTERMS

    if not articles:
        return {}
    ids = " ".join(_sparql_str(a.key) for a in articles)
    found = {str(r["k"].value): str(r["h"].value) for r in store.query(
        f"SELECT ?k ?h WHERE {{ VALUES ?k {{ {ids} }} ?a <{DCTERMS.identifier}> ?k ; <{BKG.contentHash}> ?h }}")}
    hashes = " ".join(_sparql_str(a.content_hash) for a in articles if not a.id)
    if hashes:
        by_hash = {str(r["h"].value) for r in store.query(
            f"SELECT ?h WHERE {{ VALUES ?h {{ {hashes} }} ?a a <{BKG.Article}> ; <{BKG.contentHash}> ?h }}")}
        found |= {a.key: a.content_hash for a in articles if not a.id and a.content_hash in by_hash}
    return found


def _changed(a: Article, replace: bool) -> str:
    return (f"{a.source or a.key}: id {a.key!r} is already stored with a different text; not added "
            f"(pass --replace to replace its facts)" if not replace else "")


def _sparql_str(value: str) -> str:
    import pyoxigraph as ox

    return str(ox.Literal(value))


def facts_quads(facts: Iterable[ArticleFacts]):
    from kg.model import article_quads

    for f in facts:
        yield from article_quads(f)


def ingest_articles(store: Store, articles: Iterable[Article], *, workers: int = 1, batch_size: int = 200,
                    report: IngestReport | None = None, replace: bool = False,
                    on_article: Callable[[Article], None] | None = None,
                    lang: str | None = None,
                    extract: Callable[[Iterable[Article]], Iterable[ArticleFacts]] | None = None) -> IngestReport:
    """Extract and store already-read articles; ``lang`` overrides every article's language and
    ``extract`` replaces the local extraction stream."""
    import dataclasses

    from kg.extract import extract_many
    from kg import summary
    from kg.model import article_iri, article_quads, current_level_update, relation_iri
    from kg.store import join_updates

    report = report or IngestReport()
    summary.upgrade(store)
    to_replace: set[str] = set()
    if lang:
        articles = (dataclasses.replace(a, lang=lang) for a in articles)
    fresh = _fresh(store, articles, report, batch_size=batch_size, replace=replace, to_replace=to_replace)
    quads: list = []
    relations: set[str] = set()  # whose level may change
    touched: set[str] = set()  # whose summary may change
    gone: list[str] = []
    pending = 0

    def flush() -> None:
        nonlocal quads, relations, touched, gone, pending
        if pending:
            before = _remove_articles_update(gone) if gone else None
            levels = current_level_update(None if gone else sorted(relations))
            touched |= summary.relations_of_articles(store, gone)
            summaries = summary.replace_update(store, touched, adding=quads, before=before, then=levels)
            _kill_point("before-write")
            store.write(quads, then=join_updates([levels, summaries]), before=before)
            _kill_point("after-write")
        quads, relations, touched, gone, pending = [], set(), set(), [], 0

    # One extraction stream (one process pool) for the whole ingest; writes go in batches.
    stream = extract(fresh) if extract is not None else extract_many(fresh, workers=workers)
    for facts in stream:
        if facts.article.key in to_replace:
            gone.append(article_iri(facts.article.key).value)
            report.replaced += 1
        quads += article_quads(facts)
        pending += 1
        report.added += 1
        report.partnerships += len(facts.partnerships)
        report.cooperation += len(facts.cooperation)
        report.agreements += len(facts.agreements)
        report.warnings += [f"{facts.article.source or facts.article.key}: {w}" for w in facts.warnings]
        relations.update(relation_iri(f.pair).value for f in facts.partnerships)
        touched.update(relation_iri(f.pair).value for fs in (facts.partnerships, facts.cooperation, facts.agreements)
                       for f in fs)
        if on_article:
            on_article(facts.article)
        if pending >= batch_size:
            flush()
    flush()
    return report


def _fresh(store: Store, articles: Iterable[Article], report: IngestReport, *, batch_size: int,
           replace: bool, to_replace: set[str]) -> Iterator[Article]:
    """Articles to write, checked against the store a read-batch at a time; conflicts are reported."""
    seen: dict[str, str] = {}  # key -> content hash, this run
    batch: list[Article] = []

    def drain():
        report.read += len(batch)
        stored = _stored_hashes(store, batch)
        for a in batch:
            before = seen.get(a.key, stored.get(a.key))
            if before == a.content_hash:
                report.skipped += 1
            elif a.key in seen:
                report.errors.append(f"{a.source or a.key}: id {a.key!r} was given twice in this ingest with "
                                     "different texts; the first is kept")
            elif before is not None and not replace:
                report.errors.append(_changed(a, replace))
            else:
                if before is not None:
                    to_replace.add(a.key)
                seen[a.key] = a.content_hash
                yield a
        batch.clear()

    for a in articles:
        batch.append(a)
        if len(batch) >= batch_size:
            yield from drain()
    yield from drain()


def _remove_articles_update(articles: list[str]) -> str:
    """SPARQL update removing articles, their mentions, and what only they supported.

    Facts left with no mention, relations left with no fact and minted levels no event uses go,
    so the store ends as a clean ingest of the articles it keeps would leave it.
    """
    from kg.vocab import BKG, PROV

    values = "VALUES ?art { " + " ".join(f"<{a}>" for a in sorted(articles)) + " }"
    fact_types = "VALUES ?t { bkg:PartnershipEvent bkg:CooperationStatement bkg:Agreement bkg:PlannedAgreement }"
    return f"""PREFIX bkg: <{BKG._NS}> PREFIX prov: <{PROV}>
DELETE {{ ?f prov:wasDerivedFrom ?m }} WHERE {{ {values} ?m bkg:article ?art . ?f prov:wasDerivedFrom ?m }} ;
DELETE {{ ?m ?p ?o }} WHERE {{ {values} ?m bkg:article ?art ; ?p ?o }} ;
DELETE {{ ?art ?p ?o }} WHERE {{ {values} ?art ?p ?o }} ;
DELETE {{ ?f ?p ?o }} WHERE {{ {fact_types} ?f a ?t . FILTER NOT EXISTS {{ ?f prov:wasDerivedFrom ?any }} ?f ?p ?o }} ;
DELETE {{ ?rel ?p ?o }} WHERE {{
  ?rel a bkg:BilateralRelation ; bkg:party ?c1, ?c2 . FILTER(STR(?c1) < STR(?c2))
  FILTER NOT EXISTS {{ ?x bkg:relation ?rel }}
  FILTER NOT EXISTS {{ ?ag bkg:party ?c1, ?c2 . {{ ?ag a bkg:Agreement }} UNION {{ ?ag a bkg:PlannedAgreement }} }}
  ?rel ?p ?o }} ;
DELETE {{ ?lvl ?p ?o }} WHERE {{ ?lvl a bkg:PartnershipLevel . FILTER NOT EXISTS {{ ?e bkg:level ?lvl }} ?lvl ?p ?o }}
"""


_KILL_ENV = "KG_TEST_KILL_AT"
_kill_counts: dict[str, int] = {}


def _kill_point(step: str) -> None:
    """Test hook for crash safety: ``KG_TEST_KILL_AT=step:n`` SIGKILLs this process the n-th time it
    reaches ``step`` (``before-write`` or ``after-write``). Unset, it costs one dict look-up."""
    target = os.environ.get(_KILL_ENV)
    if not target:
        return
    name, _, nth = target.partition(":")
    if name != step:
        return
    _kill_counts[step] = _kill_counts.get(step, 0) + 1
    if _kill_counts[step] == int(nth or 1):
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


def ingest(store: Store, paths: Iterable[str | Path], *, workers: int = 1, batch_size: int = 200,
           stdin=None, replace: bool = False, on_article: Callable[[Article], None] | None = None,
           lang: str | None = None, engine=None) -> IngestReport:
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
                           replace=replace, on_article=on_article, lang=lang,
                           extract=engine.extract if engine is not None else None)
