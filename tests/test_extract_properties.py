"""Property tests: no text crashes the extractor, and what it returns is well formed."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import extract
from kg.facts import Article

WORDS = st.sampled_from([
    "China", "Azerbaijan", "the two sides", "Xi", "upgraded", "relations", "to", "a", "comprehensive",
    "strategic", "partnership", "signed", "agreements", "on", "trade", "energy", "Wednesday", "U.S.",
    "memorandum", "of", "understanding", "\n", "-", ",", ".", "“", "”", "12", "July 4", "2024", "the",
    "following", "documents", ":", "including", "for a new era", "Beijing", "hopes", "from",
])


def _check(article: Article) -> None:
    f = extract(article)
    text = article.text
    for fact in f.partnerships + f.cooperation + f.agreements:
        a, b = fact.pair
        assert a < b and len(a) == 3 and len(b) == 3
        assert fact.mentions
        for m in fact.mentions:
            assert text[m.start:m.end] == m.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))))
def test_any_text(text, published):
    _check(Article(text=text, published=published))


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=60), st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))))
def test_news_like_word_salad(words, published):
    _check(Article(text=" ".join(words), published=published, title=" ".join(words[:8])))


@settings(max_examples=50, deadline=None)
@given(st.lists(WORDS, max_size=40))
def test_deterministic(words):
    art = Article(text=" ".join(words), published=dt.date(2024, 7, 4))
    assert extract(art) == extract(art)
