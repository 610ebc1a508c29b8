"""Traditional -> simplified Chinese for matching (OpenCC's t2s tables).

Matching runs on the simplified text; evidence keeps the original, so the conversion must not
change lengths: offsets in the simplified text are offsets in the original. OpenCC's phrase
tables almost always map one character to one; where a phrase would change the length, that
stretch is converted character by character instead.
"""
from __future__ import annotations

import functools
import re

__all__ = ["simplify", "Simplified"]


@functools.lru_cache(maxsize=1)
def _converter():
    from opencc import OpenCC  # only when a Chinese article arrives

    return OpenCC("t2s")


@functools.lru_cache(maxsize=4096)
def _char(c: str) -> str:
    out = _converter().convert(c)
    return out if len(out) == 1 else c


def simplify(text: str) -> str:
    """The text in simplified characters, character for character."""
    out = _converter().convert(text)
    if len(out) == len(text):
        return out
    return "".join(_char(c) for c in text)


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
