"""``kg diff``: what changed between two dates."""
from __future__ import annotations

import sys

import click

from kg.cli._common import open_store_for, store_option
from kg.tables import TableFormat


@click.command()
@store_option
@click.option("--since", required=True, metavar="DATE", help="First day of the window (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", required=True, metavar="DATE", help="Last day of the window (a month or year: its last day).")
@click.option("--country", metavar="ISO3", help="Only this country's relations.")
@click.option("--format", "fmt", type=click.Choice([f.value for f in TableFormat]), default="table", show_default=True)
@click.option("--width", type=click.IntRange(4), default=None, help="Cut table cells at N characters (default 60).")
@click.option("--full", is_flag=True, help="Never cut table cells.")
def diff(store_loc, since, until, country, fmt, width, full):
    """New partnerships, upgrades, downgrades, new agreements and fields between two dates, with their articles.

    \b
    Examples:
      kg diff --since 2020 --until 2025
      kg diff --since 2024-01 --until 2024-06 --country CHN --format csv
    """
    from kg.days import parse_date
    from kg.diff import COLUMNS, diff as changes
    from kg.tables import write_table

    start, end = parse_date(since), parse_date(until, end=True)
    with open_store_for(store_loc, read_only=True) as store:
        rows = [c.row() for c in changes(store, start, end, country=country)]
    write_table(rows, COLUMNS, sys.stdout, format=TableFormat(fmt), width=width, full=full)
