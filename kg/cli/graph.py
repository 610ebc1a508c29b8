"""``kg viz`` and ``kg analyze``: parse options, call :mod:`kg.viz` / :mod:`kg.analyze`, print."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli._common import UserError, as_of_option, open_store_for, store_option

MEASURES = ["partners", "degree", "betweenness", "eigenvector"]


def _filters(f):
    """The graph filters both commands share."""
    options = [
        store_option,
        click.option("--country", metavar="ISO3", help="Only this country's neighbourhood."),
        click.option("--depth", type=click.IntRange(0, 20), default=None,
                     help="How many steps from --country (default 1)."),
        click.option("--min-level", metavar="LEVEL",
                     help="Only relations at least this close, e.g. 'strategic partnership'."),
        click.option("--field", metavar="ID", help="Only relations with cooperation or agreements in this field "
                                                   "(narrower fields included), e.g. energy."),
        click.option("--since", metavar="DATE", help="Facts from this date on (YYYY-MM-DD, YYYY-MM or YYYY)."),
        click.option("--until", metavar="DATE", help="The graph as of this date, the same as --as-of: what its sources knew then."),
        as_of_option,
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _selection(cls, *, country, depth, min_level, field, since, until, as_of, **more):
    from kg.analyze import parse_date

    if as_of and until and as_of != until:
        raise UserError("--as-of and --until name one day (the graph as of then): give one of them")
    until = as_of or until
    return cls(country=country, depth=1 if depth is None else depth, min_level=min_level, field=field,
               since=parse_date(since) if since else None, until=parse_date(until, end=True) if until else None,
               **more)


def _table_options(f):
    """The output options both analyze commands share."""
    for option in reversed([
        click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True),
        click.option("--width", type=click.IntRange(4), default=None, help="Cut table cells at N characters (default 60)."),
        click.option("--full", is_flag=True, help="Never cut table cells."),
    ]):
        f = option(f)
    return f


def _write(rows, columns, *, fmt, width, full):
    from kg.tables import TableFormat, write_table

    write_table(rows, columns, sys.stdout, format=TableFormat(fmt), width=width, full=full)


def _run(store_loc, work):
    """Open the store read-only and run ``work(store)``."""
    with open_store_for(store_loc, read_only=True) as store:
        return work(store)
@click.command()
@_filters
@click.option("--query", "query_file", metavar="FILE.rq",
              help="Draw the result of this query: a CONSTRUCT, or a SELECT of country pairs ?a ?b.")
@click.option("--layers", metavar="fields,agreements", default="",
              help="Also draw cooperation fields and/or agreements as nodes.")
@click.option("--size-by", type=click.Choice(MEASURES), default="partners", show_default=True,
              help="What sizes a country: partners, degree (supporting articles), or a centrality.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default="exports/graph.html", show_default=True)
@click.option("--open", "open_page", is_flag=True, help="Open the page in the default browser.")
def viz(store_loc, query_file, layers, size_by, output, open_page, **filters):
    """Draw the graph as one HTML page that works offline: levels, history and evidence on every edge.

    \b
    Examples:
      kg viz --open
      kg viz --country CHN --depth 2 --min-level "strategic partnership"
      kg viz --field energy --layers fields --until 2015
    """
    from kg.analyze import Measure, parse_layers
    from kg.viz import VizOptions, render

    options = _selection(VizOptions, **filters, query=Path(query_file) if query_file else None,
                         layers=parse_layers(layers), size_by=Measure(size_by))
    if options.query is not None and not options.query.is_file():
        raise UserError(f"{options.query}: no such query file")
    drawing = _run(store_loc, lambda store: render(store, Path(output), options=options))
    click.echo(f"wrote {drawing.path}: {drawing.nodes} nodes, {drawing.edges} edges, {drawing.size // 1024} KiB")
    if drawing.nodes == 0:
        click.echo("kg: warning: nothing to draw with these filters (is the store empty?)", err=True)
    if open_page:
        from kg.viz import open_in_browser

        if not open_in_browser(drawing.path):
            click.echo(f"open {drawing.path.resolve()} in a browser (no browser found here)")


@click.group(invoke_without_command=True)
@_filters
@_table_options
@click.option("--sort-by", type=click.Choice(MEASURES), default="partners", show_default=True)
@click.option("--top", type=click.IntRange(0), default=0, help="Only the first N countries (0: all).")
@click.pass_context
def analyze(ctx, store_loc, fmt, width, full, sort_by, top, **filters):
    """Network measures per country: partners, degree, betweenness, eigenvector, community.

    \b
    degree is weighted: supporting articles summed over a country's relations; eigenvector is
    computed within each connected group of countries, scaled by the group's share of them.
    Examples:
      kg analyze --top 10 --sort-by betweenness
      kg analyze --since 2020 --format csv > centrality.csv
      kg analyze path KAZ BRA
    """
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"store_loc": store_loc, **filters}
        return
    from kg.analyze import MEASURE_COLUMNS, Selection, load_graph, measure

    selection = _selection(Selection, **filters)
    rows = _run(store_loc, lambda store: measure(load_graph(store, selection)))
    rows.sort(key=lambda r: (-r[sort_by], r["country"]))
    _write(rows[:top] if top else rows, MEASURE_COLUMNS, fmt=fmt, width=width, full=full)


@analyze.command()
@click.argument("a")
@click.argument("b")
@_filters
@_table_options
@click.pass_obj
def path(outer, a, b, store_loc, fmt, width, full, **filters):
    """The strongest chain of partnerships from A to B: its weakest link is as close as possible.

    \b
    Example:
      kg analyze path FRA CHN --until 2020
    """
    from kg.analyze import Selection, load_graph, strongest_path

    outer = outer or {}
    merged = {k: v if v is not None else outer.get(k) for k, v in filters.items()}
    selection = _selection(Selection, **merged)
    steps = _run(store_loc or outer.get("store_loc"),
                 lambda store: strongest_path(load_graph(store, selection), a, b))
    rows = [{"step": i, "from": s.a, "to": s.b, "level": s.level or "(cooperation only)", "rank": s.rank,
             "since": s.since} for i, s in enumerate(steps, 1)]
    _write(rows, ["step", "from", "to", "level", "rank", "since"], fmt=fmt, width=width, full=full)
    if fmt == "table":
        weakest = min(steps, key=lambda s: s.rank)
        click.echo(f"weakest link: {weakest.a}–{weakest.b}, {weakest.level or 'cooperation only'} (rank {weakest.rank})")
