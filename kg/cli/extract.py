"""``kg extract``: facts as RDF without a store."""
from __future__ import annotations

import sys

import click

from kg.cli._common import UserError, part_size_option, scheduler_option, task_runner


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["nquads", "ntriples", "turtle"]), default="nquads",
              show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default="-",
              help="File to write (default: stdout).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option("--output-dir", type=click.Path(file_okay=False), default=None,
              help="Write one N-Quads shard per task here (named from its inputs: a rerun overwrites).")
@scheduler_option
@part_size_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def extract(paths, fmt, output, workers, output_dir, scheduler, part_size, quiet):
    """Extract facts from articles without a store, as RDF (for batch engines and bulk loaders).

    \b
    Example:
      kg extract shard-01/ > shard-01.nq && kg load shard-01.nq
      kg extract corpus/ --scheduler local:2 --output-dir shards/ && kg load shards/
    """
    if output_dir is not None:
        if fmt != "nquads" or output != "-":
            raise UserError("--output-dir writes N-Quads shards; leave out --format and --output")
        _shards(paths, output_dir, scheduler=scheduler, part_size=part_size, quiet=quiet)
    if scheduler:
        raise UserError("--scheduler needs --output-dir (each worker writes its own shard)")
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


def _shards(paths, output_dir, *, scheduler, part_size, quiet):
    from kg.shards import extract_shards

    with task_runner(scheduler, part_size=part_size, quiet=quiet) as runner:
        report = extract_shards(paths, output_dir, runner=runner, part_bytes=part_size)
    for w in report.warnings:
        click.echo(f"kg: warning: {w}", err=True)
    for e in report.errors:
        click.echo(f"kg: error: {e}", err=True)
    if not quiet:
        click.echo(report.summary(output_dir))
    sys.exit(0 if report.ok else 1)
