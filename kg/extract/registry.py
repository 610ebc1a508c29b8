"""Which pipeline extracts an article: one entry per language with a pack.

A language pack registers a callable ``Article -> ArticleFacts`` under its ISO 639-1 code;
:func:`kg.extract.extract` looks the article's language up here.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable

from kg.facts import Article, ArticleFacts

__all__ = ["Pipeline", "PIPELINES", "pipeline_for"]

Pipeline = Callable[[Article], ArticleFacts]

# language code -> "module:function", imported on first use so a language's tools load only
# when an article in it arrives
PIPELINES: dict[str, str] = {
    "en": "kg.extract.english:extract_article",
    "zh": "kg.extract.zh:extract_article",
    "ru": "kg.extract.ru:extract_article",
}

_LOADED: dict[str, Pipeline] = {}


def pipeline_for(lang: str) -> Pipeline | None:
    """The extraction pipeline of a language, or None when no pack handles it."""
    if lang in _LOADED:
        return _LOADED[lang]
    target = PIPELINES.get(lang)
    if target is None:
        return None
    module, _, name = target.partition(":")
    fn = getattr(importlib.import_module(module), name)
    _LOADED[lang] = fn
    return fn
