"""Days typed on the command line (``--as-of``, ``--since``, ``--until``): YYYY-MM-DD, YYYY-MM or YYYY.

A module of its own so that the time options parse a day without importing the analysis
package (networkx, rdflib): ``kg query --as-of`` pays only for what it reads.
"""
from __future__ import annotations

import datetime as dt
import re

from kg.errors import AnalyzeError

__all__ = ["parse_date"]


def parse_date(text: str, *, end: bool = False) -> dt.date:
    """YYYY-MM-DD, YYYY-MM or YYYY; a month or year means its first day, or its last with ``end``."""
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", text or "")
    try:
        if not m:
            raise ValueError
        year, month, day = int(m.group(1)), m.group(2), m.group(3)
        if day is not None:
            return dt.date(year, int(month), int(day))
        if month is not None:
            first = dt.date(year, int(month), 1)
            if not end:
                return first
            return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except ValueError:
        raise AnalyzeError(f"bad date {text!r}: use YYYY-MM-DD, YYYY-MM or YYYY") from None
