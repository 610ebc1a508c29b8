"""``kg stats``: counts and top pairs."""
from __future__ import annotations

import click

from kg.cli._common import as_of_option, as_of_view, open_store_for, store_option


@click.command()
@store_option
@click.option("--top", type=click.IntRange(0, 1000), default=10, show_default=True, help="How many top pairs.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@as_of_option
def stats(store_loc, top, fmt, as_of):
    """Counts of countries, relations, events, statements, agreements, articles, triples; the top pairs.

    \b
    Example:
      kg stats --top 5
      kg stats --as-of 2015
    """
    import json

    from kg.stats import graph_stats

    store = open_store_for(store_loc, read_only=True)
    with store:
        s = graph_stats(as_of_view(store, as_of), top=top)
    if fmt == "json":
        click.echo(json.dumps(s, indent=1, ensure_ascii=False))
        return
    for k, v in s["counts"].items():
        click.echo(f"{k:<24} {v:>10}")
    if s["top_pairs"]:
        click.echo("\ntop pairs (by supporting articles):")
        for row in s["top_pairs"]:
            click.echo(f"  {row['a']}-{row['b']}  {row['articles']:>5}  {row['level'] or ''}")
