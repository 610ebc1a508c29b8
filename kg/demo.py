"""``kg demo``: the whole product on a small corpus the project wrote, shipped in the package."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

__all__ = ["DEMO_CORPUS", "run_demo"]

DEMO_CORPUS = Path(__file__).resolve().parent / "demo_corpus"

SAMPLE = "strongest"


def run_demo(store_location: str | None, *, exports: Path = Path("exports"),
             echo: Callable[[str], None] = print) -> dict:
    """Ingest the demo corpus, export Turtle, draw the page, answer a sample query."""
    import io

    from kg.export import ExportFormat, export
    from kg.ingest import ingest
    from kg.query import ResultFormat, run_query, saved_query, write_results
    from kg.store import open_store

    exports.mkdir(parents=True, exist_ok=True)
    ttl, html = exports / "demo.ttl", exports / "demo.html"
    with open_store(store_location) as store:
        report = ingest(store, [DEMO_CORPUS])
        echo(f"demo corpus: {report.summary()}")
        with open(ttl, "wb") as out:
            export(store, out, format=ExportFormat.TURTLE)
        drawn = None
        try:
            from kg.viz import VizOptions, render

            drawn = render(store, html, options=VizOptions())
        except ImportError:  # pragma: no cover - viz not installed in a stripped build
            html = None
        buf = io.BytesIO()
        write_results(run_query(store, saved_query(SAMPLE).render([])), buf, format=ResultFormat.TABLE)
    echo(f"\n$ kg query {SAMPLE}\n" + buf.getvalue().decode("utf-8"))
    echo(f"Turtle: {ttl}")
    if html is not None:
        echo(f"Graph:  {html} (open it in a browser)")
    echo(f"Store:  {store.location}  (try: kg query --list)")
    return {"report": report, "turtle": ttl, "html": html, "drawn": drawn}
