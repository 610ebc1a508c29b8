"""What every command shares: the store option, opening a store, the one-line error."""
from __future__ import annotations

import click

STORE_HELP = "Store folder, ':memory:', or a SPARQL endpoint URL (default: $KG_STORE or ./kg-store)."

store_option = click.option("--store", "store_loc", metavar="DIR|URL", default=None, help=STORE_HELP)


class UserError(click.ClickException):
    """One line on stderr, exit 1, no traceback."""

    def show(self, file=None):
        click.echo(f"kg: error: {self.format_message()}", err=True)


def open_store_for(location, *, read_only=False, update_url=None):
    """The store behind ``--store``; its errors are KGErrors, which the CLI's handler prints."""
    from kg.store import open_store

    return open_store(location, read_only=read_only, update_url=update_url)
