"""``kg load``: bulk-load RDF files into a store."""
from __future__ import annotations

import click

from kg.cli._common import open_store_for, store_option


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@store_option
@click.option("--update-url", default=None, help="SPARQL update URL of a remote store, if not derivable.")
@click.option("--format", "fmt", type=click.Choice(["nquads", "ntriples", "turtle", "trig"]), default="nquads",
              show_default=True, help="Format of '-' (standard input); files go by their extension.")
@click.option("--graph-store", metavar="URL", default=None,
              help="Graph Store endpoint of a remote store (default: Oxigraph's /store, Fuseki's /<dataset>/data).")
def load(files, store_loc, update_url, fmt, graph_store):
    """Load RDF files or folders of shards (N-Quads from `kg extract`, Turtle, ...; - for stdin) into the store.

    \b
    Example:
      kg extract corpus/ -o facts.nq && kg load facts.nq
      kg extract corpus/ | kg load -
      kg load shards/ --store http://kg-host:7878/query
    """
    import sys

    import pyoxigraph as ox

    from kg.loading import load_paths

    stdin_format = {"nquads": ox.RdfFormat.N_QUADS, "ntriples": ox.RdfFormat.N_TRIPLES,
                    "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG}[fmt]
    store = open_store_for(store_loc, update_url=update_url)
    with store:
        n = load_paths(store, files, graph_store=graph_store, stdin=sys.stdin, stdin_format=stdin_format)
    click.echo(f"{n} quad(s) loaded into {store.location}")
