"""The page's packed data: texts encoded once for a <script> element and referred to by their place
in a table, and a relation's part of the page ready to copy.

Its own module because two stages write it: the relations' summaries at ingest
(:mod:`kg.summary`) and the page (:mod:`kg.viz`), which copies the stored parts.
"""
from __future__ import annotations

import json

__all__ = ["json_for_script", "Table", "ints", "agreement_parts", "evidence_rows", "relation_part"]


def json_for_script(value) -> str:
    """JSON that cannot end the <script> element it sits in, whatever the strings hold."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))  # keys in the order built: fixed
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class Table:
    """Values stored once in the page and referenced by index (sentences, labels, articles, agreements)."""

    __slots__ = ("index", "values")

    def __init__(self):
        self.index: dict = {}
        self.values: list = []

    def __call__(self, value, key=None) -> int:
        values = self.values
        i = self.index.setdefault(value if key is None else key, len(values))
        if i == len(values):
            values.append(value)
        return i

    def many(self, values) -> list[int]:
        """The places of ``values`` (each its own key), added where new: one call for a relation's texts."""
        index, held, out = self.index, self.values, []
        for v in values:
            i = index.get(v)
            if i is None:
                i = index[v] = len(held)
                held.append(v)
            out.append(i)
        return out


def ints(values: list[int]) -> str:
    return "[" + ",".join(map(str, values)) + "]"


def agreement_parts(ag: dict, text: Table) -> list:
    """An agreement as [type's place in ``text``, the rest encoded, its fields' places]."""
    enc = json_for_script
    return [text(enc(ag["type"])), enc([ag["name"], ag["when"], ag["status"], ag["count"]])[1:-1],
            [text(enc(f)) for f in ag["fields"]]]


def evidence_rows(items: list[dict], text: Table, articles: Table) -> list:
    """Sentences as [sentence's place in ``text``, article's place in ``articles``, places of what it is about]."""
    enc = json_for_script
    return [[text(enc(e["sentence"])), articles(enc([e["title"], e["url"], e["date"]])),
             [text(enc(x)) for x in e["about"]]] for e in items]


def relation_part(rec: dict, *, evidence: int) -> list:
    """A relation's page data ready to copy: [level, level label, rank, articles, tooltip, texts,
    articles, agreements], texts and articles encoded for the page, the tooltip (unclosed, see
    :meth:`kg.viz._Packer.relation`) referring to them by position.

    Stored with the relation's summary (kg/summary.py) and derived from the same record on the
    long way, so the two pages are the same bytes; the 1M-triple page copies these texts instead of
    decoding and encoding 10 MB of them again.
    """
    enc = json_for_script
    texts, arts = Table(), Table()

    def t(x: str) -> int:
        return texts(enc(x))

    history = [[h["when"], h["action"], t(h["level"])] for h in rec["history"]]
    fields = [t(f) for f in rec["fields"]]
    ags = [agreement_parts(ag, texts) for ag in rec["agreements"]]
    rows = evidence_rows(rec["evidence"][:evidence], texts, arts)
    info = enc({"k": "r", "l": rec["level_label"], "s": rec["since"], "r": rec["rank"] if rec["level"] else -1,
                "h": history, "f": fields, "v": rows, "t": rec["evidence_total"], "n": rec["articles"]})
    return [rec["level"], rec["level_label"], rec["rank"], rec["articles"], info[:-1], texts.values, arts.values, ags]
