"""The ``kg`` command: a thin click layer over the library; each command calls it and prints.

Commands live one per module and never import each other; this package only registers them
and holds the one place where library errors become a one-line message.
"""
from __future__ import annotations

import importlib
import sys

import click

from kg import __version__
from kg.errors import KGError

__all__ = ["main"]

# command name -> "module:function" inside kg.cli, imported when the command runs
COMMANDS = {
    "ingest": "ingest:ingest",
    "extract": "extract:extract",
    "load": "load:load",
    "query": "query:query",
    "export": "export:export",
    "validate": "validate:validate",
    "stats": "stats:stats",
    "serve": "serve:serve",
    "demo": "demo:demo",
    "viz": "graph:viz",
    "analyze": "graph:analyze",
    "diff": "diff:diff",
}


class _Main(click.Group):
    """Finds commands lazily (``kg --help`` stays fast) and turns a KGError into one line."""

    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        return getattr(importlib.import_module(f"kg.cli.{module}"), attr)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as e:
            click.echo(f"kg: error: {e}", err=True)
            sys.exit(1)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main():
    """bilateral-kg: a knowledge graph of relations between countries, from news text.

    \b
    Example:
      kg demo                      # ingest the bundled demo corpus, write exports/
      kg ingest articles/ && kg query strongest
    """
