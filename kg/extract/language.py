"""Language stage: which language an article is in, so that extraction picks its pack.

The input wins when it states a language (a JSONL ``lang`` field, ``<html lang>``,
``kg ingest --lang``); otherwise the text's sample is checked against the cheap signs in
``kg/lexicons/languages.toml`` (function words, script) and, failing those, py3langid guesses
(a few milliseconds a call: as much as extracting an English article). The sample is the
longest paragraphs, because scraped pages open with short menu lines in another language.
"""
from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from kg.extract.fastre import ascii_words_lower
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


@functools.lru_cache(maxsize=1)
def _signs() -> dict[str, dict]:
    path = Path(__file__).resolve().parent.parent / "lexicons" / "languages.toml"
    signs = tomllib.loads(path.read_text(encoding="utf-8"))
    for sign in signs.values():
        sign["words"] = frozenset(sign.get("words", ()))
        for k in ("chars", "not_chars"):
            if sign.get(k):
                sign[k + "_rx"] = re.compile(sign[k])
    return signs


_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s")


def _guess(sample: str) -> str:
    conf = _signs()["guess"]
    if sample.isascii() and len(_WORD.findall(sample)) < conf["min_words"]:
        return conf["default"]
    return str(_identifier().classify(sample)[0])


def _by_sign(sample: str) -> str | None:
    """The language whose cheap sign the sample shows, if exactly one does."""
    words = ascii_words_lower(sample) if sample.isascii() else _WORD.findall(sample.lower())
    hits = []
    for lang, sign in _signs().items():
        if lang == "guess":
            continue
        if sign.get("not_chars") and sign["not_chars_rx"].search(sample):
            continue
        if sign["words"] and words:
            share = sum(map(sign["words"].__contains__, words)) / len(words)
            if share >= sign["min_word_share"]:
                hits.append(lang)
        if sign.get("chars"):
            n = len(sign["chars_rx"].findall(sample))  # no such character: no need to count the others
            share = n / max(1, len(sample) - len(_SPACE.findall(sample))) if n else 0.0
            if share >= sign["min_char_share"]:
                hits.append(lang)
    return hits[0] if len(hits) == 1 else None


def _by_paragraphs(text: str) -> str | None:
    """The language the cheap signs give two of the three longest paragraphs: an English page with a
    long embedded post in another script ("#عمان ... pic.twitter.com/...") is still English."""
    paragraphs = sorted((p.strip() for p in text.split("\n") if p.strip()), key=len, reverse=True)[:3]
    langs = [lang for lang in map(_by_sign, paragraphs) if lang]
    return next((lang for lang in langs if langs.count(lang) >= 2), None)


def detect(text: str) -> str:
    """ISO 639-1 code of the text's language: by a cheap sign, else as py3langid guesses it."""
    sample = _sample(text)
    if not sample:
        return _signs()["guess"]["default"]
    return _by_sign(sample) or _by_paragraphs(text) or _guess(sample)


def language_of(article: Article) -> str:
    """The article's stated language, else the detected one."""
    return article.lang or detect(article.text)
