r"""Rows as a terminal table, CSV or JSON: one writer for ``kg query`` and ``kg analyze``.

A table is for reading in a terminal, so its cells are made safe and short there: control
characters (terminal escapes included) are shown escaped, runs of white space become one space,
long cells are cut at ``width`` unless ``full``, and rows that repeat word for word are shown
once with a count. CSV and JSON are for programs and keep the data as it is.

>>> import io
>>> out = io.StringIO()
>>> _ = write_table([{"a": "x\x1b[2J"}, {"a": "x\x1b[2J"}], ["a"], out)
>>> print(out.getvalue(), end="")
a
--------  --
x\x1b[2J  ×2
(2 rows)
"""
from __future__ import annotations

import enum
import re
import unicodedata
from typing import IO

__all__ = ["TableFormat", "write_table", "terminal_safe", "DEFAULT_WIDTH"]

DEFAULT_WIDTH = 60  # characters per cell before it is cut


class TableFormat(enum.Enum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"


_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0\u2028\u2029]+")


def terminal_safe(text: str) -> str:
    """``text`` with white space collapsed and every other control or format character escaped.

    C0/C1 controls (ESC starts terminal escapes), DEL, and the bidirectional overrides that can
    reorder what a terminal shows are written as ``\\xNN`` / ``\\uNNNN``.
    """
    text = _SPACE.sub(" ", text)
    if text.isprintable():  # no Cc or Cf character in it: the common case, without a per-character loop
        return text
    return "".join(_escape(ch) if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in text)


def _escape(ch: str) -> str:
    code = ord(ch)
    if ch == "\u200d":  # zero-width joiner: part of emoji and many scripts, harmless
        return ch
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.4f}"
    return terminal_safe(str(v)).strip()


def _cut(text: str, width: int | None) -> str:
    return text if width is None or len(text) <= width else text[: max(width - 1, 0)] + "…"


def write_table(rows: list[dict], columns: list[str], out: IO[str], *, format: TableFormat = TableFormat.TABLE,
                width: int | None = None, full: bool = False, count: bool = True) -> int:
    """Rows as an aligned table, CSV or JSON (a list of objects); returns the number of rows.

    In a table, cells are cut at ``width`` characters (default 60; ``full`` never cuts) and
    identical rows are shown once (where the first was) with ``×N``; ``count`` adds the "(N rows)" line.
    """
    import csv
    import json

    if format is TableFormat.JSON:
        out.write(json.dumps([{c: r.get(c) for c in columns} for r in rows], ensure_ascii=False, indent=1) + "\n")
        return len(rows)
    if format is TableFormat.CSV:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow(["" if r.get(c) is None else r.get(c) for c in columns])
        return len(rows)
    limit = None if full else (width or DEFAULT_WIDTH)
    groups: dict[tuple, int] = {}  # shown cells -> times, in order of first appearance
    for r in rows:
        cells = tuple(_cut(_cell(r.get(c)), limit) for c in columns)
        groups[cells] = groups.get(cells, 0) + 1
    repeated = any(n > 1 for n in groups.values())
    header = [_cut(terminal_safe(c), limit) for c in columns] + ([""] if repeated else [])
    body = [list(cells) + ([f"×{n}" if n > 1 else ""] if repeated else []) for cells, n in groups.items()]
    widths = [max([len(h)] + [len(b[i]) for b in body]) for i, h in enumerate(header)]
    numeric = [bool(rows) and all(isinstance(r.get(c), (int, float)) and not isinstance(r.get(c), bool)
                                  for r in rows) for c in columns] + [False] * repeated

    def line(values):
        return "  ".join(v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric)).rstrip()

    out.write(line(header) + "\n" + line(["-" * w for w in widths]) + "\n")
    for cells in body:
        out.write(line(cells) + "\n")
    if count:
        out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
    return len(rows)
