"""SPARQL over the store: read-only by default, results as a table or a W3C format.

Saved queries ship in ``kg/queries/*.rq``; a header of ``# key: value`` lines names and
describes each one and declares its parameters, written ``%%name%%`` in the body.

>>> from kg.store import open_store
>>> rows = run_query(open_store(":memory:"), "SELECT ?n WHERE { ?c bkg:iso3 'FRA' ; skos:prefLabel ?n FILTER(LANG(?n) = 'en') }")
>>> [str(r["n"].value) for r in rows]
['France']
"""
from __future__ import annotations

from kg.errors import QueryError  # noqa: F401  (re-exported)

import enum
import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg import iris
from kg.prefixes import PREFIXES

from kg.store import Store, _query_form

__all__ = [
    "QueryError", "ResultFormat", "SavedQuery", "run_query", "write_results", "saved_queries",
    "saved_query", "is_update", "with_prefixes", "compact", "check_query", "MAX_QUERY_CHARS", "MAX_NESTING",
]

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
_UPDATE_FORMS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
MAX_QUERY_CHARS = 1_000_000
MAX_NESTING = 100  # {, ( and [ open at once; the parser overflows its stack a few thousand deep

# What a query's text holds besides keywords: strings, IRIs and comments, so a "SERVICE" or a
# brace inside them is not taken for syntax.
_OPAQUE = re.compile("|".join([
    '"""(?:[^"\\\\]|\\\\.|"(?!""))*"""',  # long strings
    "'''(?:[^'\\\\]|\\\\.|'(?!''))*'''",
    '"(?:[^"\\\\\\n]|\\\\.)*"',  # strings
    "'(?:[^'\\\\\\n]|\\\\.)*'",
    '<[^<>"{}|^`\\\\\\x00-\\x20]*>',  # IRIs (a comparison's "<" is followed by a space)
    "#[^\\n]*",  # comments
]))




class ResultFormat(enum.Enum):
    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"
    TURTLE = "turtle"
    NTRIPLES = "ntriples"


def is_update(sparql: str) -> bool:
    return _query_form(sparql) in _UPDATE_FORMS


def with_prefixes(sparql: str) -> str:
    """Declare the project's usual prefixes unless the query declares them itself."""
    declared = {m.lower() for m in re.findall(r"(?i)PREFIX\s+([\w-]*):", sparql)}
    head = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items() if k.lower() not in declared)
    return head + sparql


def _syntax_message(e: Exception, added_lines: int) -> str:
    msg = str(e).strip().splitlines()[0] if str(e).strip() else "syntax error"
    m = re.match(r"error at (\d+):(\d+)(?:-\d+:\d+)?:\s*(.*)", msg)
    if m:
        line = int(m.group(1)) - added_lines
        return f"syntax error at line {max(line, 1)}, column {m.group(2)}: {m.group(3)}"
    return f"syntax error: {msg}"


def check_query(sparql: str, *, allow_remote: bool = False) -> None:
    """Refuse, before any parsing, what could crash the parser or reach out of the machine.

    A query of more than ``MAX_QUERY_CHARS`` or nested more than ``MAX_NESTING`` deep is refused
    (ten thousand nested braces overflow the parser's stack); SERVICE and LOAD make the store
    fetch URLs, so they run only when ``allow_remote`` is set, and LOAD of a local file never.
    """
    if len(sparql) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(sparql):,} characters long; the limit is {MAX_QUERY_CHARS:,}")
    iris = []

    def blank(m):
        if m.group().startswith("<"):
            iris.append(m.group())
        return " " if m.group().startswith("#") else '""' if m.group()[0] in "\"'" else "<>"

    bare = _OPAQUE.sub(blank, sparql)
    depth = deepest = 0
    for ch in bare:
        if ch in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "})]":
            depth -= 1
    if deepest > MAX_NESTING:
        raise QueryError(f"the query nests {deepest} levels deep; the limit is {MAX_NESTING}")
    found = {w.upper() for w in re.findall(r"(?i)\b(SERVICE|LOAD)\b", bare)}
    if "LOAD" in found and any(i.lower().startswith("<file:") for i in iris):
        raise QueryError("LOAD of a local file is refused; load RDF files with `kg load FILE`")
    if found and not allow_remote:
        what = " and ".join(sorted(found))
        raise QueryError(f"{what} would make the store fetch URLs; pass --allow-remote to allow it")


def run_query(store: Store, sparql: str, *, allow_update: bool = False, allow_remote: bool = False):
    """Run a query (or, when allowed, an update; then returns None), after :func:`check_query`."""
    check_query(sparql, allow_remote=allow_remote)
    full = with_prefixes(sparql)
    added = full.count("\n") - sparql.count("\n")
    if is_update(sparql):
        if not allow_update:
            raise QueryError("this is an update (it would change the store); pass --update to run it")
        try:
            store.update(full)
        except SyntaxError as e:
            raise QueryError(_syntax_message(e, added)) from None
        except OSError as e:
            raise QueryError(f"update failed: {str(e).strip().splitlines()[0]}") from None
        return None
    try:
        return store.query(full)
    except SyntaxError as e:
        raise QueryError(_syntax_message(e, added)) from None
    except OSError as e:
        raise QueryError(f"query failed: {str(e).strip().splitlines()[0]}") from None


def compact(term) -> str:
    """A term as a person reads it: prefixed IRIs, plain literal values."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        for k, v in PREFIXES.items():
            if iri.startswith(v):
                return f"{k}:{iri[len(v):]}"
        return f"<{iri}>"
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def write_results(results, out: IO[bytes], *, format: ResultFormat = ResultFormat.TABLE,
                  width: int | None = None, full: bool = False) -> int:
    """Write results to a binary stream; returns the number of rows (or triples).

    ``width`` and ``full`` shape a table's cells (see :func:`kg.tables.write_table`).
    """
    if isinstance(results, ox.QueryBoolean):
        if format is ResultFormat.TABLE:
            out.write(b"true\n" if bool(results) else b"false\n")
        elif format in (ResultFormat.TURTLE, ResultFormat.NTRIPLES):
            raise QueryError(f"{format.value} is for CONSTRUCT and DESCRIBE; use table, csv, tsv or json")
        else:
            results.serialize(out, _results_format(format))
        return 1
    if isinstance(results, ox.QuerySolutions):
        if format in (ResultFormat.TURTLE, ResultFormat.NTRIPLES):
            raise QueryError(f"{format.value} is for CONSTRUCT and DESCRIBE; use table, csv, tsv or json")
        if format is ResultFormat.TABLE:
            return _table(results, out, width=width, full=full)
        rows = list(results)
        return _serialize_rows(results.variables, rows, out, format)
    # CONSTRUCT / DESCRIBE
    triples = list(results)
    if format in (ResultFormat.TABLE, ResultFormat.TURTLE):
        out.write(ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b"")
    elif format is ResultFormat.NTRIPLES:
        out.write(ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES) or b"")
    else:
        raise QueryError(f"{format.value} is for SELECT and ASK; use turtle or ntriples")
    return len(triples)


def _results_format(format: ResultFormat) -> ox.QueryResultsFormat:
    return {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
            "json": ox.QueryResultsFormat.JSON}[format.value]


def _serialize_rows(variables, rows, out: IO[bytes], format: ResultFormat) -> int:
    import csv
    import io
    import json

    names = [v.value for v in variables]
    if format is ResultFormat.JSON:
        def term(t):
            if isinstance(t, ox.NamedNode):
                return {"type": "uri", "value": t.value}
            if isinstance(t, ox.BlankNode):
                return {"type": "bnode", "value": t.value}
            d = {"type": "literal", "value": t.value}
            if t.language:
                d["xml:lang"] = t.language
            elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                d["datatype"] = t.datatype.value
            return d
        doc = {"head": {"vars": names},
               "results": {"bindings": [{n: term(r[n]) for n in names if r[n] is not None} for r in rows]}}
        out.write(json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8") + b"\n")
    elif format is ResultFormat.CSV:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(names)
        for r in rows:
            w.writerow(["" if r[n] is None else (r[n].value if not isinstance(r[n], ox.BlankNode) else f"_:{r[n].value}")
                        for n in names])
        out.write(buf.getvalue().encode("utf-8"))
    else:  # TSV: terms in SPARQL syntax
        out.write(("\t".join(f"?{n}" for n in names) + "\n").encode("utf-8"))
        for r in rows:
            out.write(("\t".join("" if r[n] is None else str(r[n]) for n in names) + "\n").encode("utf-8"))
    return len(rows)


def _table(results: ox.QuerySolutions, out: IO[bytes], *, width: int | None, full: bool) -> int:
    import io

    from kg.tables import write_table

    names = [v.value for v in results.variables]
    buf = io.StringIO()
    n = write_table([{k: compact(r[k]) for k in names} for r in results], names, buf, width=width, full=full)
    out.write(buf.getvalue().encode("utf-8"))
    return n


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    params: tuple[tuple[str, str], ...]  # (name, what it is)
    body: str
    facts: tuple[str, ...] = ()  # the kinds of fact it reads (``# facts:``): its --as-of view holds no others
    view: tuple[str, ...] = ()  # the --as-of view that holds what it reads (``# view:``, see kg.asof.saved_query_view)

    def render(self, args: list[str], *, store: Store | None = None) -> str:
        """The query with its arguments in; given the ``store``, each must name something it holds
        (a country code, a field, a level), else the error names the nearest valid choices."""
        if len(args) != len(self.params):
            usage = " ".join(p for p, _ in self.params)
            raise QueryError(f"saved query {self.name!r} takes {len(self.params)} argument(s): {usage}".rstrip(": "))
        text = self.body
        countries = []
        for (name, kind), value in zip(self.params, args):
            rendered = _param(kind, value, name)
            if store is not None:
                _check_known(store, kind.split()[0].lower(), value, name)
            if kind.split()[0].lower() == "country":
                countries.append(value.upper())
            text = text.replace(f"%%{name}%%", rendered)
        if "%%relation%%" in text:  # the pair's relation node, so the query starts from one IRI
            if len(countries) != 2 or countries[0] == countries[1]:
                raise QueryError(f"saved query {self.name!r} needs two different countries")
            a, b = sorted(countries)
            text = text.replace("%%relation%%", f"<{iris.relation((a, b))}>")
        return text


def _param(kind: str, value: str, name: str) -> str:
    kind = kind.split()[0].lower()
    if kind == "country":
        if not re.fullmatch(r"[A-Za-z]{3}", value):
            raise QueryError(f"{name} must be an ISO 3166-1 alpha-3 code such as CHN, got {value!r}")
        return f"<{iris.country(value.upper())}>"
    if kind == "field":
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", value):
            raise QueryError(f"{name} must be a field id such as energy or photovoltaics, got {value!r}")
        return f"<{iris.field(value)}>"
    if kind == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise QueryError(f"{name} must be an integer, got {value!r}")
        return value
    return str(ox.Literal(value))


# What an argument of each kind must name: SPARQL over the store giving ?v, and how to compare.
_KNOWN = {
    "country": ("SELECT ?v WHERE { ?c a bkg:Country ; bkg:iso3 ?v }", str.upper, "country code"),
    "field": ("SELECT ?v WHERE { ?f a bkg:CooperationField BIND(STRAFTER(STR(?f), '/field/') AS ?v) }",
              str.lower, "field"),
    "level": ("SELECT ?v WHERE { ?l a bkg:PartnershipLevel { ?l skos:prefLabel ?v } UNION { ?l skos:altLabel ?v } }",
              str.lower, "partnership level"),
}


def _check_known(store: Store, kind: str, value: str, name: str) -> None:
    if kind not in _KNOWN:
        return
    import difflib

    sparql, norm, what = _KNOWN[kind]
    choices = sorted({norm(str(r["v"].value)) for r in store.query(with_prefixes(sparql))})
    wanted = norm(" ".join(value.split()))
    if wanted in choices:
        return
    near = difflib.get_close_matches(wanted, choices, n=3, cutoff=0.5)
    hint = f"; nearest: {', '.join(near)}" if near else f"; e.g. {', '.join(choices[:3])}" if choices else ""
    raise QueryError(f"{name}: no {what} {value!r} in the store{hint}")


def saved_queries() -> list[SavedQuery]:
    return [_load_saved(p) for p in sorted(QUERIES_DIR.glob("*.rq"))]


def saved_query(name: str) -> SavedQuery | None:
    """The saved query of this name, or None (also for any text that cannot be a name)."""
    if not re.fullmatch(r"[\w-]{1,64}", name):
        return None
    path = QUERIES_DIR / f"{name}.rq"
    return _load_saved(path) if path.is_file() else None


def _load_saved(path: Path) -> SavedQuery:
    desc, params, facts, view = "", [], (), ()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"#\s*(description|param|facts|view):\s*(.*)", line)
        if not m:
            if line.strip() and not line.startswith("#"):
                break
            continue
        if m.group(1) == "description":
            desc = m.group(2).strip()
        elif m.group(1) == "facts":
            facts = tuple(m.group(2).split())
        elif m.group(1) == "view":
            view = tuple(m.group(2).split())
        else:
            pname, _, kind = m.group(2).partition(" ")
            params.append((pname.strip(), kind.strip() or "text"))
    return SavedQuery(path.stem, desc, tuple(params), path.read_text(encoding="utf-8"), facts, view)
