"""Traditional -> simplified Chinese for matching, by OpenCC's t2s character table.

Matching runs on the simplified text; evidence keeps the original. OpenCC's own converter
(the pure-Python one) ran at about 0.1 MB/s here, slower than all the rest of extraction, so
its character table (``TSCharacters.txt``) is read once into a ``str.translate`` table: one
character for one, offsets unchanged. The phrase tables it skips choose between readings of
ambiguous characters, which matching names, designations and cue words does not need.
"""
from __future__ import annotations

import functools
import re

__all__ = ["simplify", "Simplified", "NORMALISE"]


@functools.lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    from importlib.resources import files  # OpenCC's data, read only when a Chinese article arrives

    text = (files("opencc") / "dictionary" / "TSCharacters.txt").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        trad, _, simp = line.partition("\t")
        first = simp.split(" ")[0] if simp else ""
        if len(trad) == 1 and len(first) == 1:
            table[ord(trad)] = first
    return table


def simplify(text: str) -> str:
    """The text in simplified characters, character for character."""
    return text.translate(_table())


# pages that gloss characters with their reading: 关(guān)系
_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")


class Simplified:
    """The zh pack's normaliser: lexicon phrases and sentences meet in simplified characters.

    Matching positions need not be offsets of the original (evidence is the whole sentence,
    cut from the original), so reading glosses can be dropped here.
    """

    def __call__(self, text: str) -> str:
        return _PINYIN.sub("", simplify(text).lower())

    def surface(self, text: str) -> str:
        return self(text)


NORMALISE = Simplified()
