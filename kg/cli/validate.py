"""``kg validate``: SHACL over the store."""
from __future__ import annotations

import sys

import click

from kg.cli._common import open_store_for, store_option


@click.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["text", "turtle"]), default="text", show_default=True)
def validate(store_loc, fmt):
    """Check the graph against the SHACL shapes in ontology/shapes.ttl; exit 1 on violations.

    \b
    Example:
      kg validate --store kg-store
    """
    from kg.validate import validate_store

    store = open_store_for(store_loc, read_only=True)
    with store:
        report = validate_store(store)
    click.echo(report.text() if fmt == "text" else report.turtle())
    sys.exit(0 if report.conforms else 1)
