"""The page's year slider and conflict marks in headless Chromium, network cut off (kg/history.py)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.analyze import Selection, load_graph
from kg.viz import NO_LEVEL, PALETTE, VizOptions, level_colors, render
from test_browser import Visit, browser, pytestmark  # noqa: F401  (the shared Chromium fixture and marks)

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _as_of_edges(store, year: int) -> dict[tuple[str, str], str]:
    """What the as-of view of 31 December draws: pair -> edge colour."""
    full = load_graph(store)
    colors = level_colors(rank for _, rank in full.graph["levels"].values())
    g = load_graph(store, Selection(until=dt.date(year, 12, 31)))
    return {(a, b): colors.get(d["rank"], PALETTE[-1]) if d["level"] else NO_LEVEL
            for a, b, d in g.edges(data=True) if d["kind"] == "relation"}


def _page_edges(visit) -> dict[tuple[str, str], str]:
    rows = visit.page.evaluate("kgGraph.edges.get({filter: e => !e.hidden}).map(e => [e.from, e.to, e.color])")
    return {tuple(sorted((a, b))): c for a, b, c in rows}


def test_slider_recolours_and_hides_as_the_as_of_view_says(browser, store, tmp_path):
    out = tmp_path / "time.html"
    render(store, out, options=VizOptions())
    visit = Visit(browser, out)
    first, last = visit.page.evaluate("kgTime.years")
    seen = set()
    for year in range(first, last + 1):
        visit.page.fill("#kg-time input[type=range]", str(year))  # fires input, as a drag does
        expected = _as_of_edges(store, year)
        assert _page_edges(visit) == expected, year
        count = visit.page.inner_text("#kg-time .count")
        assert count.split()[0] == str(len(expected)), year
        seen.add(tuple(sorted(expected.items())))
    assert len(seen) >= 3  # the fixture's history really changes colours and counts over the years
    assert visit.errors == [] and visit.requests == []
    visit.page.close()


def test_conflicting_relations_are_dashed_and_say_so(browser, tmp_path):
    from kg.ingest import ingest
    from kg.store import open_store

    out = tmp_path / "conflicts.html"
    with open_store(":memory:") as s:
        assert ingest(s, [FIXTURES / "conflicts"]).ok
        render(s, out, options=VizOptions())
    visit = Visit(browser, out)
    dashed = visit.page.evaluate("kgGraph.edges.get({filter: e => Array.isArray(e.dashes)}).map(e => [e.from, e.to])")
    assert sorted(tuple(sorted(p)) for p in dashed) == [("MAR", "PRT"), ("PER", "THA")]
    assert "sources disagree" in visit.page.inner_text("#legend")
    assert visit.errors == [] and visit.requests == []
    visit.page.close()
