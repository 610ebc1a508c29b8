"""``kg serve``: a SPARQL endpoint over the store."""
from __future__ import annotations

import click

from kg.cli._common import store_option


@click.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
@click.option("--writable", is_flag=True, help="Accept SPARQL updates too.")
@click.option("--timeout", type=click.FloatRange(1, 86400), default=30, show_default=True,
              help="Seconds after which a query is cancelled.")
@click.option("--max-queries", type=click.IntRange(1, 256), default=4, show_default=True,
              help="Queries evaluated at once; more are answered 503.")
def serve(store_loc, host, port, writable, timeout, max_queries):
    """Serve the live store as a SPARQL 1.1 endpoint (read-only unless --writable); ingest into the folder is refused while it runs.

    \b
    Example:
      kg serve --port 7878 &
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3' \\
           http://127.0.0.1:7878/query
    """
    from kg.serve import ServeLimits
    from kg.serve import serve as run_serve

    run_serve(store_loc, host=host, port=port, writable=writable,
              limits=ServeLimits(timeout=timeout, max_queries=max_queries),
              on_ready=lambda url: click.echo(f"SPARQL endpoint at {url} (Ctrl-C to stop)", err=True))