"""``kg demo``: the bundled corpus end to end."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import store_option


@click.command()
@store_option
@click.option("--exports", "exports_dir", type=click.Path(file_okay=False), default="exports", show_default=True)
def demo(store_loc, exports_dir):
    """Ingest the bundled demo corpus, write exports/demo.ttl and exports/demo.html, show a sample answer.

    \b
    Example:
      kg demo && xdg-open exports/demo.html
    """
    from kg.demo import run_demo

    run_demo(store_loc, exports=Path(exports_dir), echo=click.echo)