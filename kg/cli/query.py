"""``kg query``: SPARQL, .rq files and saved queries."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kg.cli._common import UserError, as_of_option, as_of_view, open_store_for, store_option


@click.command()
@click.argument("query", required=False)
@click.argument("args", nargs=-1)
@store_option
@click.option("--format", "fmt", type=click.Choice([f for f in
              ("table", "csv", "tsv", "json", "turtle", "ntriples")]), default="table", show_default=True)
@click.option("--width", type=click.IntRange(4), default=None,
              help="Cut table cells at N characters (default 60).")
@click.option("--full", is_flag=True, help="Never cut table cells.")
@click.option("--update", "allow_update", is_flag=True, help="Allow SPARQL updates (they change the store).")
@click.option("--allow-remote", is_flag=True,
              help="Allow SERVICE and LOAD, which make the store fetch URLs (refused by default).")
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries.")
@as_of_option
def query(query, args, store_loc, fmt, width, full, allow_update, allow_remote, list_saved, as_of):
    """Answer a SPARQL query: inline text, a .rq file, or the name of a saved query.

    The usual prefixes (bkg, id, prov, dcterms, skos, xsd, rdf, rdfs, owl) are predeclared.

    \b
    Examples:
      kg query "SELECT ?name WHERE { ?c a bkg:Country ; bkg:iso3 'AZE' ; skos:prefLabel ?name }"
      kg query partners CHN
      kg query timeline AZE CHN --format csv
      kg query evidence AZE CHN --full
      kg query partners VNM --as-of 2015
      kg query --list
    """
    from kg import query as q

    if list_saved:
        for sq in q.saved_queries():
            params = " ".join(p.upper() for p, _ in sq.params)
            click.echo(f"{sq.name:<12} {params:<8} {sq.description}")
        return
    if not query:
        raise UserError("give a SPARQL query, a .rq file or a saved query name (see kg query --list)")
    if as_of and allow_update:
        raise UserError("--as-of is a read-only view of the graph; it does not take --update")
    store = open_store_for(store_loc, read_only=not allow_update)
    with store:
        text = _query_text(query, args, store)
        if as_of:
            store = _view(store, query, args, as_of)
        results = q.run_query(store, text, allow_update=allow_update, allow_remote=allow_remote)
        if results is None:
            click.echo("update done", err=True)
            return
        q.write_results(results, sys.stdout.buffer, format=q.ResultFormat(fmt), width=width, full=full)
    sys.stdout.flush()


def _query_text(query: str, args, store) -> str:
    from kg import query as q

    saved = q.saved_query(query)
    if saved is not None:
        return saved.render(list(args), store=store)
    if args:
        raise UserError(f"unexpected arguments {' '.join(args)!r}: only saved queries take arguments")
    if query.endswith(".rq") or (len(query) < 256 and os.path.isfile(query)):
        try:
            return Path(query).read_text(encoding="utf-8")
        except OSError as e:
            raise UserError(f"{query}: {e.strerror or e}") from None
    if " " not in query.strip() and "{" not in query:
        raise UserError(f"{query!r} is not a saved query, a file or SPARQL (see kg query --list)")
    return query


def _view(store, query: str, args, as_of: str):
    """The as-of view; a saved query's is narrowed to its country arguments."""
    from kg import query as q
    from kg.asof import parse_day, saved_query_view

    saved = q.saved_query(query)
    if saved is None:
        return as_of_view(store, as_of)
    return saved_query_view(store, parse_day(as_of), saved, list(args))
