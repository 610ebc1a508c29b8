"""The ``kg`` command: a thin click layer over the library; each command calls it and prints."""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import click

from kg import __version__

STORE_HELP = "Store folder, ':memory:', or a SPARQL endpoint URL (default: $KG_STORE or ./kg-store)."


class UserError(click.ClickException):
    """One line on stderr, exit 1, no traceback."""

    def show(self, file=None):
        click.echo(f"kg: error: {self.format_message()}", err=True)


def _store(location, *, read_only=False, update_url=None):
    from kg.store import StoreError, open_store

    try:
        return open_store(location, read_only=read_only, update_url=update_url)
    except StoreError as e:
        raise UserError(str(e)) from None


def _errors():
    """Turn the library's user-facing errors into one-line CLI errors."""
    from kg.query import QueryError
    from kg.store import StoreError

    return (QueryError, StoreError)


store_option = click.option("--store", "store_loc", metavar="DIR|URL", default=None, help=STORE_HELP)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main():
    """bilateral-kg: a knowledge graph of relations between countries, from news text.

    \b
    Example:
      kg demo                      # ingest the bundled demo corpus, write exports/
      kg ingest articles/ && kg query strongest
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option("--update-url", default=None, help="SPARQL update URL of a remote store, if not derivable.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extract in this many processes (store writes stay in one).")
@click.option("--batch-size", type=click.IntRange(1, 100000), default=200, show_default=True,
              help="Articles per store transaction.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def ingest(paths, store_loc, update_url, workers, batch_size, quiet):
    """Read articles (.txt, .html, .jsonl, folders, - for stdin) and store their facts.

    \b
    Example:
      kg ingest saved-pages/ news.jsonl --store my-store
    """
    from kg.ingest import ingest as run_ingest

    store = _store(store_loc, update_url=update_url)
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
                                stdin=sys.stdin, on_article=tick)
    except _errors() as e:
        raise UserError(str(e)) from None
    finally:
        if bar is not None:
            bar.render_finish()
    for w in report.warnings:
        click.echo(f"kg: warning: {w}", err=True)
    for e in report.errors:
        click.echo(f"kg: error: {e}", err=True)
    if not quiet:
        click.echo(report.summary())
    sys.exit(0 if report.ok else 1)


@main.command()
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


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@store_option
@click.option("--update-url", default=None, help="SPARQL update URL of a remote store, if not derivable.")
def load(files, store_loc, update_url):
    """Load RDF files (N-Quads from `kg extract`, Turtle, ...) into the store.

    \b
    Example:
      kg extract corpus/ -o facts.nq && kg load facts.nq
    """
    from kg.loading import LoadError, load_files

    store = _store(store_loc, update_url=update_url)
    with store:
        try:
            n = load_files(store, files)
        except LoadError as e:
            raise UserError(str(e)) from None
    click.echo(f"{n} quad(s) loaded into {store.location}")


@main.command()
@click.argument("query", required=False)
@click.argument("args", nargs=-1)
@store_option
@click.option("--format", "fmt", type=click.Choice([f for f in
              ("table", "csv", "tsv", "json", "turtle", "ntriples")]), default="table", show_default=True)
@click.option("--update", "allow_update", is_flag=True, help="Allow SPARQL updates (they change the store).")
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries.")
def query(query, args, store_loc, fmt, allow_update, list_saved):
    """Answer a SPARQL query: inline text, a .rq file, or the name of a saved query.

    The usual prefixes (bkg, id, prov, dcterms, skos, xsd, rdf, rdfs, owl) are predeclared.

    \b
    Examples:
      kg query "SELECT ?name WHERE { ?c a bkg:Country ; bkg:iso3 'AZE' ; skos:prefLabel ?name }"
      kg query partners CHN
      kg query timeline AZE CHN --format csv
      kg query --list
    """
    from kg import query as q

    if list_saved:
        for sq in q.saved_queries():
            params = " ".join(p.upper() for p, _ in sq.params)
            click.echo(f"{sq.name:<12} {params:<8} {sq.description}")
        return
    if not query:
        raise UserError("give a SPARQL query, a .rq file or a saved query name (see kg query --list)")
    try:
        text = _query_text(query, args)
        store = _store(store_loc, read_only=not allow_update)
        with store:
            results = q.run_query(store, text, allow_update=allow_update)
            if results is None:
                click.echo("update done", err=True)
                return
            q.write_results(results, sys.stdout.buffer, format=q.ResultFormat(fmt))
    except _errors() as e:
        raise UserError(str(e)) from None
    sys.stdout.flush()


def _query_text(query: str, args) -> str:
    from kg import query as q

    saved = q.saved_query(query) if "/" not in query and not query.endswith(".rq") else None
    if saved is not None:
        return saved.render(list(args))
    if args:
        raise UserError(f"unexpected arguments {' '.join(args)!r}: only saved queries take arguments")
    if query.endswith(".rq") or (len(query) < 256 and os.path.isfile(query)):
        try:
            return Path(query).read_text(encoding="utf-8")
        except OSError as e:
            raise UserError(f"{query}: {e.strerror or e}") from None
    if " " not in query.strip() and "{" not in query:
        raise UserError(f"{query!r} is not a saved query, a file or SPARQL (see kg query --list)")
    return query


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["turtle", "ntriples", "nquads", "trig", "jsonld"]),
              default="turtle", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="File to write (default: exports/graph.<ext>; '-' for stdout).")
def export(store_loc, fmt, output):
    """Write the whole graph (facts, ontology, schemes) as one RDF file.

    \b
    Example:
      kg export --format turtle --output exports/graph.ttl
    """
    from kg.export import ExportFormat
    from kg.export import export as run_export

    f = ExportFormat(fmt)
    store = _store(store_loc, read_only=True)
    target = output or f"exports/graph.{f.extension}"
    with store:
        try:
            if target == "-":
                run_export(store, sys.stdout.buffer, format=f)
            else:
                Path(target).parent.mkdir(parents=True, exist_ok=True)
                tmp = Path(str(target) + ".part")
                with open(tmp, "wb") as out:
                    run_export(store, out, format=f)
                tmp.replace(target)
        except _errors() as e:
            raise UserError(str(e)) from None
        except OSError as e:
            raise UserError(f"{target}: {e.strerror or e}") from None
    if target != "-":
        click.echo(f"wrote {target}", err=True)


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["text", "turtle"]), default="text", show_default=True)
def validate(store_loc, fmt):
    """Check the graph against the SHACL shapes in ontology/shapes.ttl; exit 1 on violations.

    \b
    Example:
      kg validate --store kg-store
    """
    from kg.validate import ShapesError, validate_store

    store = _store(store_loc, read_only=True)
    with store:
        try:
            report = validate_store(store)
        except ShapesError as e:
            raise UserError(str(e)) from None
    click.echo(report.text() if fmt == "text" else report.turtle())
    sys.exit(0 if report.conforms else 1)


@main.command()
@store_option
@click.option("--top", type=click.IntRange(0, 1000), default=10, show_default=True, help="How many top pairs.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(store_loc, top, fmt):
    """Counts of countries, relations, events, statements, agreements, articles, triples; the top pairs.

    \b
    Example:
      kg stats --top 5
    """
    import json

    from kg.stats import graph_stats

    store = _store(store_loc, read_only=True)
    with store:
        s = graph_stats(store, top=top)
    if fmt == "json":
        click.echo(json.dumps(s, indent=1, ensure_ascii=False))
        return
    for k, v in s["counts"].items():
        click.echo(f"{k:<24} {v:>10}")
    if s["top_pairs"]:
        click.echo("\ntop pairs (by supporting articles):")
        for row in s["top_pairs"]:
            click.echo(f"  {row['a']}-{row['b']}  {row['articles']:>5}  {row['level'] or ''}")


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
@click.option("--writable", is_flag=True, help="Accept SPARQL updates too.")
def serve(store_loc, host, port, writable):
    """Serve the store as a SPARQL 1.1 endpoint (read-only unless --writable).

    \b
    Example:
      kg serve --port 7878 &
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3' \\
           http://127.0.0.1:7878/query
    """
    from kg.serve import ServeError, serve as run_serve

    try:
        run_serve(store_loc, host=host, port=port, writable=writable,
                  on_ready=lambda url: click.echo(f"SPARQL endpoint at {url} (Ctrl-C to stop)", err=True))
    except ServeError as e:
        raise UserError(str(e)) from None


@main.command()
@store_option
@click.option("--exports", "exports_dir", type=click.Path(file_okay=False), default="exports", show_default=True)
def demo(store_loc, exports_dir):
    """Ingest the bundled demo corpus, write exports/demo.ttl and exports/demo.html, show a sample answer.

    \b
    Example:
      kg demo && xdg-open exports/demo.html
    """
    from kg.demo import run_demo

    try:
        run_demo(store_loc, exports=Path(exports_dir), echo=click.echo)
    except _errors() as e:
        raise UserError(str(e)) from None


def _register_optional():
    """viz and analyze live in their own modules; their commands are defined there but registered here."""
    from kg.cli_viz import analyze, viz

    main.add_command(viz)
    main.add_command(analyze)


try:
    _register_optional()
except ImportError:  # pragma: no cover - during development of kg.cli_viz
    pass

if __name__ == "__main__":  # pragma: no cover
    main()
