"""What the extraction tests ask of one text: its facts, and the top fields of its cooperation."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.extract.lexicon import lexicon
from kg.facts import Article, ArticleFacts


def facts(text: str, published: str = "2025-06-14", *, title: str | None = None) -> ArticleFacts:
    return extract(Article(text=text, id="t", title=title, published=dt.date.fromisoformat(published)))


def level_actions(text: str) -> dict:
    """(pair, level) -> action of each partnership fact of ``text``."""
    return {(p.pair, p.level): p.action for p in facts(text).partnerships}


def tops(f: ArticleFacts) -> set:
    """(pair, top field) of each cooperation fact: the level the annotations score at."""
    L = lexicon()
    return {(c.pair, L.fields[c.field].top) for c in f.cooperation}


def signed_docs(f: ArticleFacts) -> list:
    """(pair, type) of each signed document, sorted: what the agreement tests compare."""
    return sorted((a.pair, a.type) for a in f.agreements if a.status == "signed")
