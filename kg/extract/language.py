"""Language stage: which language an article is in, so that extraction picks its pack.

The input wins when it states a language (a JSONL ``lang`` field, ``<html lang>``,
``kg ingest --lang``); otherwise py3langid guesses from a sample of the text. The sample is
the longest paragraphs, because scraped pages open with short menu lines in another language.
"""
from __future__ import annotations

import functools

from kg.facts import Article

__all__ = ["language_of", "detect"]

_SAMPLE_CHARS = 600


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # heavy: only when text needs a guess

    return LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=False)


def _sample(text: str) -> str:
    """The longest paragraphs, up to a few hundred characters: enough for a sure guess, cheap."""
    paragraphs = sorted((p.strip() for p in text.split("\n") if p.strip()), key=len, reverse=True)
    out, size = [], 0
    for p in paragraphs:
        out.append(p)
        size += len(p)
        if size >= _SAMPLE_CHARS:
            break
    return "\n".join(out)[: 2 * _SAMPLE_CHARS]


def detect(text: str) -> str:
    """ISO 639-1 code of the text's language as py3langid guesses it."""
    sample = _sample(text)
    if not sample:
        return "en"
    return str(_identifier().classify(sample)[0])


def language_of(article: Article) -> str:
    """The article's stated language, else the detected one."""
    return article.lang or detect(article.text)
