"""``kg load``: bulk-load RDF files into a store."""
from __future__ import annotations


import click

from kg.cli._common import open_store_for, store_option


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@store_option
@click.option("--update-url", default=None, help="SPARQL update URL of a remote store, if not derivable.")
def load(files, store_loc, update_url):
    """Load RDF files (N-Quads from `kg extract`, Turtle, ...) into the store.

    \b
    Example:
      kg extract corpus/ -o facts.nq && kg load facts.nq
    """
    from kg.loading import load_files

    store = open_store_for(store_loc, update_url=update_url)
    with store:
        n = load_files(store, files)
    click.echo(f"{n} quad(s) loaded into {store.location}")
