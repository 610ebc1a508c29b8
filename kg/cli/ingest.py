"""``kg ingest``: read articles and store their facts."""
from __future__ import annotations

import re
import sys

import click

from kg.cli._common import UserError, open_store_for, part_size_option, scheduler_option, store_option, task_runner


@click.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option("--update-url", default=None, help="SPARQL update URL of a remote store, if not derivable.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extract in this many processes (store writes stay in one).")
@click.option("--batch-size", type=click.IntRange(1, 100000), default=200, show_default=True,
              help="Articles per store transaction.")
@click.option("--replace", is_flag=True,
              help="An article whose id is stored with another text replaces that article's facts "
                   "(without it, such an article is an error).")
@click.option("--lang", default=None, metavar="CODE",
              help="Language of every article (ISO 639-1, e.g. zh, ru); default: detected per article.")
@scheduler_option
@part_size_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def ingest(paths, store_loc, update_url, workers, batch_size, replace, lang, scheduler, part_size, quiet):
    """Read articles (.txt, .html, .jsonl, folders, - for stdin) and store their facts.

    \b
    Example:
      kg ingest saved-pages/ news.jsonl --store my-store
      kg ingest feeds/ --scheduler local:2    # or --scheduler tcp://host:8786
    """
    from kg.ingest import ingest as run_ingest

    lang = lang.lower() if lang else None

    if scheduler and workers > 1:
        raise UserError("--workers and --scheduler: give one (the cluster's workers do the extraction)")
    store = open_store_for(store_loc, update_url=update_url)
    if scheduler:
        with store, task_runner(scheduler, part_size=part_size, quiet=quiet) as engine:
            report = run_ingest(store, paths, batch_size=batch_size, engine=engine, replace=replace, lang=lang)
        _finish(report, quiet)
    bar = None
    if not quiet and sys.stderr.isatty():
        from kg.read import iter_files

        files = sum(1 for f in iter_files(paths) if not isinstance(f, Exception))
        if files > 1:
            bar = click.progressbar(length=files, label="ingesting", file=sys.stderr, show_pos=True)
    done: set[str] = set()

    def tick(article):
        source = re.sub(r":\d+$", "", article.source or "-")  # JSONL lines count as their file
        if bar is not None and source not in done:
            done.add(source)
            bar.update(1)

    try:
        with store:
            report = run_ingest(store, paths, workers=workers, batch_size=batch_size,
                                stdin=sys.stdin, replace=replace, on_article=tick, lang=lang)
    finally:
        if bar is not None:
            bar.render_finish()
    _finish(report, quiet)


def _finish(report, quiet):
    for w in report.warnings:
        click.echo(f"kg: warning: {w}", err=True)
    for e in report.errors:
        click.echo(f"kg: error: {e}", err=True)
    if not quiet:
        click.echo(report.summary())
    sys.exit(0 if report.ok else 1)
