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
def load(files, store_loc, update_url, fmt):
    """Load RDF files (N-Quads from `kg extract`, Turtle, ...; - for stdin) into the store.

    \b
    Example:
      kg extract corpus/ -o facts.nq && kg load facts.nq
      kg extract corpus/ | kg load -
    """
    import sys

    import pyoxigraph as ox

    from kg.loading import load_files

    stdin_format = {"nquads": ox.RdfFormat.N_QUADS, "ntriples": ox.RdfFormat.N_TRIPLES,
                    "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG}[fmt]
    store = open_store_for(store_loc, update_url=update_url)
    with store:
        n = load_files(store, files, stdin=sys.stdin, stdin_format=stdin_format)
    click.echo(f"{n} quad(s) loaded into {store.location}")
