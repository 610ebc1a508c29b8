"""Russian words -> lemmas through a generated table of forms (``kg/lexicons/ru/forms.tsv``).

Why a table and not pymorphy3 at run time: the lexicon is closed (only its own words need to
resolve), a dict lookup is far faster than morphological analysis and needs no dictionaries
installed; ``tools/i18n_tables.py`` uses pymorphy3 once to list every form of every lexicon word.
Other words pass through unchanged. Hyphenated compounds split into their parts
(российско-китайский -> российско китайский), so combining forms are names too.
"""
from __future__ import annotations

import functools
import re

from kg.extract.pack.lexicon import LEXICONS

__all__ = ["lemmatise", "Lemmas", "NORMALISE"]

_WORD = re.compile(r"[0-9a-zа-я]+")
# a word, or clause punctuation kept as a token; a word broken by a hyphen and a space ("стратегиче- ского", print
# hyphenation in scraped text) is one word, not a hanging hyphen before a conjunction ("торгово- и инвестиционный")
_TOKEN = re.compile(r"[0-9a-zа-я]+|[,;:]")
_TOKEN_BROKEN = re.compile(r"[0-9a-zа-я]+(?:-[ \t](?!(?:и|или|а|либо)\b)[а-я]+)*|[,;:]")
_BROKEN = re.compile(r"-[ \t]")


def _broken(text: str) -> bool:
    """Whether the text may hold a word broken by a hyphen and a space (the tokens then need the longer pattern)."""
    return "- " in text or "-\t" in text


@functools.lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    rows = (LEXICONS / "ru" / "forms.tsv").read_text(encoding="utf-8").splitlines()
    return dict(r.split("\t", 1) for r in rows if r and not r.startswith("#"))


def lemmatise(text: str) -> str:
    """' lemma lemma ... ' with clause punctuation kept as tokens (matchers need word edges)."""
    text = text.lower().replace("ё", "е")
    if _broken(text):  # a word broken by print hyphenation is one word
        words = [_BROKEN.sub("", w) if "-" in w else w for w in _TOKEN_BROKEN.findall(text)]
    else:
        words = _TOKEN.findall(text)
    return " " + " ".join(map(_forms().get, words, words)) + " "  # a word without a row stays itself


class Lemmas:
    """The ru pack's normaliser: sentences and lexicon phrases both become lemma strings."""

    def __call__(self, text: str) -> str:
        return lemmatise(text)

    def surface(self, text: str) -> str:
        return text.lower().replace("ё", "е")


NORMALISE = Lemmas()
