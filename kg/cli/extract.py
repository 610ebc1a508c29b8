"""``kg extract``: facts as RDF without a store."""
from __future__ import annotations

import sys

import click



@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["nquads", "ntriples", "turtle"]), default="nquads",
              show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default="-",
              help="File to write (default: stdout).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True)
def extract(paths, fmt, output, workers):
    """Extract facts from articles without a store, as RDF (for batch engines and bulk loaders).

    \b
    Example:
      kg extract shard-01/ > shard-01.nq && kg load shard-01.nq
    """
    import pyoxigraph as ox

    from kg.extract import extract_many
    from kg.facts import Article
    from kg.model import article_quads
    from kg.read import read_paths

    errors = []

    def good():
        for item in read_paths(paths, stdin=sys.stdin,
                               on_warning=lambda w: click.echo(f"kg: warning: {w}", err=True)):
            if isinstance(item, Article):
                yield item
            else:
                errors.append(str(item))

    fmt_ox = {"nquads": ox.RdfFormat.N_QUADS, "ntriples": ox.RdfFormat.N_TRIPLES, "turtle": ox.RdfFormat.TURTLE}[fmt]
    out = sys.stdout.buffer if output == "-" else open(output, "wb")
    try:
        for facts in extract_many(good(), workers=workers):
            quads = article_quads(facts)
            if fmt != "nquads":
                quads = [q.triple for q in quads]
            out.write(ox.serialize(quads, format=fmt_ox) or b"")
    finally:
        if out is not sys.stdout.buffer:
            out.close()
    for e in errors:
        click.echo(f"kg: error: {e}", err=True)
    sys.exit(1 if errors else 0)
