"""The extraction pipeline shared by language packs: one article in, its facts out.

sentences -> countries (pack names + the language's own stage) -> pairs -> dates ->
partnerships, agreements, cooperation. Every word comes from ``kg/lexicons/<lang>/``; a
language brings its normaliser (what text and lexicon are matched in) and, if it needs one,
a stage that finds more country mentions.
"""
from __future__ import annotations

from kg.extract.pack.agreement import agreements
from kg.extract.pack.cooperation import cooperation
from kg.extract.pack.dates import sentence_date
from kg.extract.pack.lexicon import Pack
from kg.extract.pack.pairs import Extra, Pairing, find_countries
from kg.extract.pack.partnership import partnerships
from kg.extract.pack.sentences import split
from kg.facts import Article, ArticleFacts

__all__ = ["run"]


def run(article: Article, pack: Pack, *, extra: Extra | None = None) -> ArticleFacts:
    """Facts of one article in the pack's language."""
    sentences = split(article.text, pack)
    find_countries(sentences, pack, extra)
    pairing = Pairing(sentences)
    dates, last = [], (None, None)
    for s in sentences:
        d, y, stated = sentence_date(s.surface, pack.conf, article.published)
        if d is not None and (y is None or _recent(d, article.published)) and not _ahead(d, article.published):
            last = (d, y)  # a day named without its year is of the article's own story, however far back
        dates.append((d, y) if stated else last)  # an undated sentence continues the last date
    ags = agreements(sentences, pack, pairing, dates, article.published, title=article.title)
    ps = partnerships(sentences, pack, pairing, dates, article.published, documents=ags)
    coop = cooperation(sentences, pack, pairing, ags)
    return ArticleFacts(article=article, partnerships=tuple(ps), cooperation=tuple(coop), agreements=tuple(ags))


def _ahead(d, published) -> bool:
    """A day after publication is an announced visit ("将于9月15日至18日访问"): the sentences after
    it speak of today, not of that day."""
    return published is not None and d > published


def _recent(d, published) -> bool:
    """A date near publication is the reported event's; an older one written with its year is history,
    not carried on."""
    return published is None or abs((published - d).days) <= 31
