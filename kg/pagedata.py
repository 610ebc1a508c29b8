"""The page's packed data: texts encoded once for a <script> element and referred to by their place
in a table, and a relation's part of the page ready to copy.

Its own module because two stages write it: the relations' summaries at ingest
(:mod:`kg.summary`) and the page (:mod:`kg.viz`), which copies the stored parts.
"""
from __future__ import annotations

import json

__all__ = ["json_for_script", "script_text", "text_table", "Table", "agreement_parts", "evidence_rows", "relation_part"]


def json_for_script(value) -> str:
    """JSON that cannot end the <script> element it sits in, whatever the strings hold."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))  # keys in the order built: fixed
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class Table:
    """Values stored once in the page and referenced by index (sentences, labels, articles, agreements)."""

    __slots__ = ("index",)

    def __init__(self):
        self.index: dict = {}  # value -> its place; in insertion order, so its keys are the table

    @property
    def values(self) -> list:
        return list(self.index)

    def __call__(self, value) -> int:
        index = self.index
        return index.setdefault(value, len(index))

    def places(self, values) -> list[int]:
        """The places of ``values``, added where new in their order: one call for every relation's texts,
        in C loops (a lookup per text and relation in Python was a fifth of the 1M-triple page)."""
        values, index = list(values), self.index
        new = [v for v in dict.fromkeys(values) if v not in index]
        index.update(zip(new, range(len(index), len(index) + len(new))))
        return list(map(index.__getitem__, values))


def script_text(value: str) -> str:
    """A string encoded for the page without its quotes: the text tables' form (``'["' + '","'.join(...)``).

    Stored so in the summaries, most need no escape there, and JSON decodes them in its fast path.
    """
    return json_for_script(value)[1:-1]


def text_table(values: list[str]) -> str:
    """The page's JSON array of texts held in :func:`script_text` form."""
    return '["' + '","'.join(values) + '"]' if values else "[]"


def agreement_parts(ag: dict, text: Table) -> list:
    """An agreement as [type's place in ``text``, the rest encoded, its fields' places]."""
    return [text(script_text(ag["type"])), json_for_script([ag["name"], ag["when"], ag["status"], ag["count"]])[1:-1],
            [text(script_text(f)) for f in ag["fields"]]]


def evidence_rows(items: list[dict], text: Table, articles: Table) -> list:
    """Sentences as [the sentence, article's place in ``articles``, places of what it is about in ``text``].

    The sentence itself, not a place: nearly every one is cited once, and a relation's tooltip is
    copied into the page undecoded, its sentences with it (no table look-up for them).
    """
    return [[e["sentence"], articles(json_for_script([e["title"], e["url"], e["date"]])),
             [text(script_text(x)) for x in e["about"]]] for e in items]


def relation_part(rec: dict, *, evidence: int) -> list:
    """A relation's page data ready to copy: [has a level, level label, rank, articles, tooltip, texts,
    articles, agreements], texts (:func:`script_text`) and articles encoded for the page, the tooltip
    (unclosed, see :meth:`kg.viz._Packer.relations`) referring to them by position.

    Stored with the relation's summary (kg/summary.py) and derived from the same record on the
    long way, so the two pages are the same bytes; the 1M-triple page copies these texts instead of
    decoding and encoding 10 MB of them again.
    """
    texts, arts = Table(), Table()

    def t(x: str) -> int:
        return texts(script_text(x))

    history = [[h["when"], h["action"], t(h["level"])] for h in rec["history"]]
    fields = [t(f) for f in rec["fields"]]
    ags = [agreement_parts(ag, texts) for ag in rec["agreements"]]
    rows = evidence_rows(rec["evidence"][:evidence], texts, arts)
    info = json_for_script({"k": "r", "l": rec["level_label"], "s": rec["since"],
                            "r": rec["rank"] if rec["level"] else -1, "h": history, "f": fields, "v": rows,
                            "t": rec["evidence_total"], "n": rec["articles"]})
    return [rec["level"] is not None, rec["level_label"], rec["rank"], rec["articles"], info[:-1], texts.values,
            arts.values, ags]
