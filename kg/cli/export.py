"""``kg export``: the whole graph as one RDF file."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli._common import UserError, as_of_option, as_of_view, open_store_for, store_option
from kg.export import ExportFormat


@click.command()
@store_option
@click.option("--format", "fmt", type=click.Choice([f.value for f in ExportFormat]), default="turtle", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="File to write (default: exports/graph.<ext>; '-' for stdout).")
@as_of_option
def export(store_loc, fmt, output, as_of):
    """Write the whole graph (facts, ontology, schemes) as one RDF file.

    \b
    Example:
      kg export --format turtle --output exports/graph.ttl
      kg export --as-of 2015 --output exports/graph-2015.ttl
    """
    from kg.export import export as run_export

    f = ExportFormat(fmt)
    store = open_store_for(store_loc, read_only=True)
    target = output or f"exports/graph.{f.extension}"
    with store:
        store = as_of_view(store, as_of)
        try:
            if target == "-":
                run_export(store, sys.stdout.buffer, format=f)
            else:
                Path(target).parent.mkdir(parents=True, exist_ok=True)
                tmp = Path(str(target) + ".part")
                with open(tmp, "wb") as out:
                    run_export(store, out, format=f)
                tmp.replace(target)
        except OSError as e:
            raise UserError(f"{target}: {e.strerror or e}") from None
    if target != "-":
        click.echo(f"wrote {target}", err=True)
