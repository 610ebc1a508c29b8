"""Sentences of scraped news text.

A regex splitter, not a tokenizer: it runs once over the whole text, so the cost
stays linear. It knows the traps of scraped pages: a line break always ends a
sentence (headlines, list items), "U.S." and titles do not, and a full stop
glued to the next word ("attacks.The") does.
"""
from __future__ import annotations

import re

from kg.extract.doc import Sentence
from kg.extract.lexicon import patterns

__all__ = ["sentences"]

_LINE = re.compile(r"[^\n]+")
P = patterns("en")


def _lines(text: str):
    """The text's lines, a line that goes on with a lowercase word after a line with no end of its own
    ("The two sides also inked an MoU\non sanitary affairs"), or after a line cut after a word no sentence
    ends with ("since the establishment of the\nStrategic Partnership"), joined to the one before: a wrapped clause."""
    start = end = None
    for line in _LINE.finditer(text):
        # (a hard-wrapped page may put a blank line inside a sentence: "promoting trade in the\n\ncountry.")
        near = start is not None and (line.start() == end + 1 or (
            not text[end:line.start()].strip(" \t\n") and P.wrapped_line.match(line.group())))
        if near and (P.wrapped_line.match(line.group()) or P.open_line_end.search(text, max(start, end - 12), end)
                     or _enumeration_goes_on(text, start, end, line.group())) \
                and not P.line_end.search(text, max(start, end - 2), end):
            end = line.end()
            continue
        if start is not None:
            yield start, text[start:end]
        start, end = line.start(), line.end()
    if start is not None:
        yield start, text[start:end]


def _enumeration_goes_on(text: str, start: int, end: int, line: str) -> bool:
    """"signed with regard to: (i) defence, (ii) health,\n(iii) transport": a line after a comma that goes on with
    the next item of an enumeration the lines before began inline."""
    return text[max(start, end - 2):end].rstrip().endswith(",") and P.enum_item_start.match(line) is not None \
        and P.enum_item.search(text, start, end) is not None


def sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for base, chunk in _lines(text):
        pos = 0
        first = True
        for m in P.sentence_end.finditer(chunk):
            cut = m.start() + (_closed(chunk, m) if m.group(1) is not None else 2)
            head = chunk[pos:cut]
            if P.abbrev_before.search(head[-12:] if len(head) > 12 else head) or (
                    pos == 0 and P.item_number.fullmatch(head)) or (
                    chunk[cut:cut + 1].isupper() and P.initial_glued.search(head[-4:])):
                continue
            _add(out, text, base + pos, base + cut, first)
            first = False
            pos = m.end()
        _add(out, text, base + pos, base + len(chunk), first)
    return out


def _closed(chunk: str, m: re.Match) -> int:
    """The mark's length with the quotes that close it before a space ('agreed." The'): the sentence's own;
    glued to the next word ('agreed."The') they may open it."""
    n = 1 + len(m.group(2))
    return n if chunk[m.start() + n:m.start() + n + 1].isspace() else 1


def _add(out: list, text: str, start: int, end: int, first: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], first))
