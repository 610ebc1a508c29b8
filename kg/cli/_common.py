"""What every command shares: the store options, opening a store, the one-line error."""
from __future__ import annotations

import contextlib

import click

STORE_HELP = "Store folder, ':memory:', or a SPARQL endpoint URL (default: $KG_STORE or ./kg-store)."
_TIMEOUT_KEY = "kg.store_timeout"


def _remember_timeout(ctx, param, value):
    if value is not None:
        ctx.meta[_TIMEOUT_KEY] = value
    return value


_store_loc = click.option("--store", "store_loc", metavar="DIR|URL", default=None, help=STORE_HELP)
_store_timeout = click.option(
    "--store-timeout", type=click.FloatRange(min=0, min_open=True), default=None, expose_value=False,
    callback=_remember_timeout, metavar="SECONDS",
    help="Seconds to wait for each answer of a remote store (default: $KG_STORE_TIMEOUT or 60).")


def store_option(f):
    """``--store`` (and ``--store-timeout``, read by :func:`open_store_for`)."""
    return _store_loc(_store_timeout(f))


as_of_option = click.option(
    "--as-of", "as_of", metavar="DATE", default=None,
    help="The graph as its sources knew it on DATE (YYYY-MM-DD, YYYY-MM or YYYY: its last day).")


def as_of_view(store, as_of, *, countries=None):
    """``store`` itself, or its view on the ``--as-of`` day (:func:`kg.asof.as_of`)."""
    if not as_of:
        return store
    from kg.asof import as_of as view, parse_day

    return view(store, parse_day(as_of), countries=countries)


class UserError(click.ClickException):
    """One line on stderr, exit 1, no traceback."""

    def show(self, file=None):
        click.echo(f"kg: error: {self.format_message()}", err=True)


def open_store_for(location, *, read_only=False, update_url=None):
    """The store behind ``--store``; its errors are KGErrors, which the CLI's handler prints."""
    from kg.store import open_store

    ctx = click.get_current_context(silent=True)
    timeout = ctx.meta.get(_TIMEOUT_KEY) if ctx is not None else None
    return open_store(location, read_only=read_only, update_url=update_url, timeout=timeout)


scheduler_option = click.option(
    "--scheduler", metavar="ADDR|local[:N]", default=None,
    help="Read and extract on a Dask cluster: a scheduler address (tcp://host:8786) or local[:N] worker "
         "processes (needs pip install 'bilateral-kg[dask]').")
part_size_option = click.option(
    "--part-size", type=click.IntRange(1000, None), default=1_000_000, show_default=True, metavar="BYTES",
    help="Input bytes per cluster task (small files grouped, big JSONL files cut at lines).")


@contextlib.contextmanager
def task_runner(scheduler, *, part_size, quiet):
    """A cluster engine (or, without ``--scheduler``, the in-process runner) with a progress bar over its tasks."""
    import sys

    from kg.cluster import ClusterEngine, LocalRunner, connect

    bar = None

    def progress(done, total):
        nonlocal bar
        if quiet or not sys.stderr.isatty():
            return
        if bar is None:
            bar = click.progressbar(length=total, label="tasks", file=sys.stderr, show_pos=True)
        bar.update(done - bar.pos)

    try:
        if scheduler is None:
            yield LocalRunner(on_progress=progress)
            return
        with connect(scheduler) as client:
            yield ClusterEngine(client, part_bytes=part_size, on_progress=progress)
    finally:
        if bar is not None:
            bar.render_finish()
