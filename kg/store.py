"""Where the graph lives: an on-disk or in-memory Oxigraph store, or any SPARQL 1.1 endpoint.

Facts go to the default graph; the ontology and its concept schemes to their own named
graph. Queries see the union of both, so users never need a GRAPH clause.

>>> store = open_store(":memory:")
>>> bool(store.query("ASK { ?c <https://w3id.org/bilateral-kg/ontology#iso3> 'CHN' }"))
True
"""
from __future__ import annotations

from kg.errors import StoreError, StoreLocked  # noqa: F401  (re-exported)

import enum
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.prefixes import BASE, ONTOLOGY_GRAPH_IRI

__all__ = [
    "StoreError",
    "StoreLocked",
    "Store",
    "OxigraphStore",
    "RemoteStore",
    "StoreKind",
    "open_store",
    "default_location",
    "is_store_folder",
    "check_existing_store",
    "MARKER",
    "ONTOLOGY_GRAPH",
]

ONTOLOGY_GRAPH = ox.NamedNode(ONTOLOGY_GRAPH_IRI)
FACTS_GRAPH = BASE + "graph/facts"  # on servers without a plain default graph
MEMORY = ":memory:"
_PREFIXED = (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG)
DEFAULT_TIMEOUT = 60.0
_PROBE_TIMEOUT = 5.0
_MAX_GET = 2000  # longer queries go as form-encoded POST (URL limits of servers and proxies)
MARKER = ".kg-store"  # written in every folder kg creates a store in; kg opens no other folder




class StoreKind(enum.Enum):
    DISK = "disk"
    MEMORY = "memory"
    REMOTE = "remote"


def default_location() -> str:
    """``$KG_STORE`` if set, else ``./kg-store``."""
    return os.environ.get("KG_STORE") or "kg-store"


class Store:
    """What every backend offers; results are pyoxigraph objects whatever the backend."""

    kind: StoreKind
    location: str

    def query(self, sparql: str):
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    def add(self, quads: Iterable[ox.Quad]) -> None:
        """Add all quads in one transaction."""
        raise NotImplementedError

    def write(self, quads: Iterable[ox.Quad], *, then: str | None = None, before: str | None = None) -> None:
        """Run ``before``, add quads, run ``then``: ONE transaction, so a kill leaves all or nothing."""
        quads = list(quads)
        if not then and not before:
            self.add(quads)
            return
        self.update(join_updates([before, insert_data(quads) if quads else None, then]))

    def dump(self, output: IO[bytes], *, format: ox.RdfFormat, from_graph=None,
             prefixes: dict[str, str] | None = None, base_iri: str | None = None) -> None:
        raise NotImplementedError

    def is_empty(self) -> bool:
        return not bool(self.query("ASK { ?s ?p ?o }"))

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class OxigraphStore(Store):
    def __init__(self, inner: ox.Store, *, kind: StoreKind, location: str):
        self._s = inner
        self.kind = kind
        self.location = location

    def query(self, sparql: str):
        try:
            return self._s.query(sparql, use_default_graph_as_union=True)
        except OSError as e:
            raise StoreError(f"{self.location}: cannot read the store ({_first_line(e)})") from None

    def update(self, sparql: str) -> None:
        try:
            self._s.update(sparql)
        except OSError as e:
            raise StoreError(f"{self.location}: cannot write the store ({_first_line(e)})") from None

    def add(self, quads: Iterable[ox.Quad]) -> None:
        try:
            self._s.extend(quads)
        except OSError as e:
            raise StoreError(f"{self.location}: cannot write the store ({_first_line(e)})") from None

    def bulk_add(self, quads: Iterable[ox.Quad]) -> None:
        """Fast, non-transactional load for big files (``kg load``)."""
        try:
            self._s.bulk_extend(quads)
        except OSError as e:
            raise StoreError(f"{self.location}: cannot write the store ({_first_line(e)})") from None

    def dump(self, output: IO[bytes], *, format: ox.RdfFormat, from_graph=None,
             prefixes: dict[str, str] | None = None, base_iri: str | None = None) -> None:
        kw = _prologue(format, prefixes, base_iri)
        if from_graph is not None:
            kw["from_graph"] = from_graph
        self._s.dump(output, format=format, **kw)

    def optimize(self) -> None:
        """Compact after a bulk load: joins on a fresh bulk-loaded store run about twice slower."""
        self._s.optimize()

    def named_graphs(self) -> list[ox.NamedNode]:
        return sorted(self._s.named_graphs(), key=str)

    def __len__(self) -> int:
        return len(self._s)

    def close(self) -> None:
        try:
            self._s.flush()
        except (OSError, AttributeError, RuntimeError):
            pass
        self._s = None


class RemoteStore(Store):
    """A SPARQL 1.1 Protocol endpoint: ``http://host:port/query`` (and ``/update``).

    Oxigraph server, Fuseki, GraphDB, Virtuoso and QLever all speak this; the update URL
    defaults to the query URL with ``query`` replaced by ``update`` (``sparql`` stays).
    Queries go as GET when short and as form-encoded POST otherwise, updates as form POST:
    the two request kinds every server answers (Virtuoso never answers a
    ``application/sparql-query`` body).

    A server with no plain default graph (Virtuoso: every triple sits in a named graph, and
    the default graph is the union of all of them, its system graphs included) keeps the
    facts in the named graph ``FACTS_GRAPH``; each request then names the dataset with
    ``default-graph-uri``, so queries still see exactly the facts and the ontology.
    """

    kind = StoreKind.REMOTE
    facts_graph: str | None = None  # set by probe() for servers without a plain default graph

    def __init__(self, query_url: str, *, update_url: str | None = None, timeout: float = DEFAULT_TIMEOUT):
        self.location = query_url
        self.query_url = query_url
        if update_url is None:
            base, _, last = query_url.rstrip("/").rpartition("/")
            update_url = f"{base}/update" if last == "query" else query_url
        self.update_url = update_url
        self.timeout = timeout

    def _dataset(self, kind: str) -> list[tuple[str, str]]:
        if not self.facts_graph:
            return []
        if kind == "update":
            return [("default-graph-uri", self.facts_graph)]
        graphs = [self.facts_graph, ONTOLOGY_GRAPH.value]
        return [("default-graph-uri", g) for g in graphs] + [("named-graph-uri", g) for g in graphs]

    def _send(self, url: str, params: dict[str, str], accept: str | None = None, *,
              timeout: float | None = None, headers: dict | None = None) -> tuple[bytes, str]:
        """The answer's body and content type; every failure is one StoreError line."""
        import urllib.error
        import urllib.parse
        import urllib.request

        kind = "query" if "query" in params else "update"
        form = urllib.parse.urlencode(list(params.items()) + self._dataset(kind))
        if "query" in params and len(url) + len(form) < _MAX_GET:
            req = urllib.request.Request(f"{url}{'&' if '?' in url else '?'}{form}", method="GET")
        else:
            req = urllib.request.Request(url, data=form.encode(), method="POST",
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
        if accept:
            req.add_header("Accept", accept)
        limit = self.timeout if timeout is None else timeout
        try:
            with urllib.request.urlopen(req, timeout=limit) as resp:
                if headers is not None:
                    headers.update(resp.headers.items())
                return resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace").strip().splitlines()
            raise StoreError(f"{url}: HTTP {e.code}: {detail[0][:200] if detail else e.reason}") from None
        except TimeoutError:
            raise StoreError(f"{url}: no answer within {limit:g} s (see --store-timeout)") from None
        except (urllib.error.URLError, OSError, ValueError) as e:
            reason = getattr(e, "reason", e)
            if isinstance(reason, TimeoutError):
                raise StoreError(f"{url}: no answer within {limit:g} s (see --store-timeout)") from None
            raise StoreError(f"{url}: cannot reach the SPARQL endpoint ({reason})") from None

    def probe(self) -> None:
        """Fail fast (within a few seconds) when nothing answers; learn whether the server has a plain default graph."""
        headers: dict = {}
        data, ctype = self._send(self.query_url, {"query": "ASK {}"}, "application/sparql-results+json",
                                 timeout=min(self.timeout, _PROBE_TIMEOUT), headers=headers)
        self._results(data, ctype)
        server = next((v for k, v in headers.items() if k.lower() == "server"), "")
        if server.startswith("Virtuoso"):
            self.facts_graph = FACTS_GRAPH

    def query(self, sparql: str, *, timeout: float | None = None):
        form = _query_form(sparql)
        if form in ("CONSTRUCT", "DESCRIBE"):
            data, ctype = self._send(self.query_url, {"query": sparql}, "application/n-triples", timeout=timeout)
            return _RemoteTriples(data, self.query_url, ctype)
        data, ctype = self._send(self.query_url, {"query": sparql}, "application/sparql-results+json",
                                 timeout=timeout)
        return self._results(data, ctype)

    def _results(self, data: bytes, ctype: str):
        if b'"bnode"' in data:
            data = _plain_bnode_ids(data)
        try:
            results = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError):
            raise StoreError(_not_sparql(self.query_url, ctype, "SPARQL JSON results")) from None
        if isinstance(results, ox.QuerySolutions) and [v.value for v in results.variables] == ["__ASK_RETVAL"]:
            # Virtuoso answers ASK as one row holding 1, or no row
            answer = any(r[0] is not None and r[0].value not in ("0", "false") for r in results)
            return ox.parse_query_results(b'{"head":{},"boolean":%s}' % (b"true" if answer else b"false"),
                                          format=ox.QueryResultsFormat.JSON)
        return results

    def update(self, sparql: str) -> None:
        self._send(self.update_url, {"update": sparql})

    def add(self, quads: Iterable[ox.Quad]) -> None:
        self.update(_insert_request(list(quads)))

    def dump(self, output: IO[bytes], *, format: ox.RdfFormat, from_graph=None,
             prefixes: dict[str, str] | None = None, base_iri: str | None = None) -> None:
        if self.facts_graph:
            sparql = _remote_dump_query(self.facts_graph, from_graph, format)
        elif from_graph is None and format.supports_datasets:
            sparql = "SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?x { ?s ?p ?o } } } UNION { GRAPH ?g { ?s ?p ?o } } }"
        elif from_graph is None:
            sparql = "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }"
        elif isinstance(from_graph, ox.DefaultGraph):
            # The endpoint may expose the union as its default graph: keep what no named graph holds.
            sparql = "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?x { ?s ?p ?o } } }"
        else:
            sparql = f"SELECT ?s ?p ?o WHERE {{ GRAPH {from_graph} {{ ?s ?p ?o }} }}"
        rows = self.query(sparql)
        has_g = any(v.value == "g" for v in rows.variables)
        quads = []
        for row in rows:
            g = row["g"] if has_g else None
            quads.append(ox.Quad(row["s"], row["p"], row["o"], g if g is not None else ox.DefaultGraph()))
        quads.sort(key=str)
        output.write(ox.serialize(quads, format=format, **_prologue(format, prefixes, base_iri)) or b"")


def _plain_bnode_ids(data: bytes) -> bytes:
    """Blank node ids as the results format allows them (Virtuoso writes ``nodeID://b10006``)."""
    import json

    try:
        doc = json.loads(data)
    except ValueError:
        return data
    for row in doc.get("results", {}).get("bindings", []):
        for term in row.values():
            if isinstance(term, dict) and term.get("type") == "bnode":
                term["value"] = re.sub(r"[^A-Za-z0-9]", "_", term["value"])
    return json.dumps(doc).encode("utf-8")


def _insert_request(quads: list[ox.Quad]) -> str:
    """One request adding the quads; those with blank nodes go in an ``INSERT {} WHERE {}`` template.

    SPARQL allows blank nodes in INSERT DATA, but Virtuoso refuses them there (and refuses a
    template of thousands of quads): the template, which means the same for the one empty
    solution of ``WHERE {}``, takes only the few quads that need it.
    """
    blank = [q for q in quads if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)]
    if not blank:
        return insert_data(quads)
    plain = [q for q in quads if not (isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode))]
    template = insert_data(blank).replace("INSERT DATA {", "INSERT {", 1) + " WHERE {}"
    return join_updates([insert_data(plain) if plain else None, template])


def _remote_dump_query(facts: str, from_graph, format: ox.RdfFormat) -> str:
    """What to dump from a server whose facts sit in their own named graph."""
    onto = f"GRAPH {ONTOLOGY_GRAPH} {{ ?s ?p ?o }}"
    if from_graph is None and format.supports_datasets:
        return f"SELECT ?s ?p ?o ?g WHERE {{ {{ GRAPH <{facts}> {{ ?s ?p ?o }} }} UNION {{ {onto} BIND({ONTOLOGY_GRAPH} AS ?g) }} }}"
    if from_graph is None:
        return f"SELECT DISTINCT ?s ?p ?o WHERE {{ {{ GRAPH <{facts}> {{ ?s ?p ?o }} }} UNION {{ {onto} }} }}"
    graph = f"<{facts}>" if isinstance(from_graph, ox.DefaultGraph) else str(from_graph)
    return f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"


def _prologue(format: ox.RdfFormat, prefixes: dict[str, str] | None, base_iri: str | None) -> dict:
    if format not in _PREFIXED:
        return {}
    kw: dict = {"prefixes": prefixes} if prefixes else {}
    if base_iri:
        kw["base_iri"] = base_iri
    return kw


def _not_sparql(url: str, ctype: str, expected: str) -> str:
    got = ctype.split(";")[0].strip() or "no content type"
    return f"{url}: the answer is not {expected} (got {got}); is this a SPARQL endpoint URL?"


class _RemoteTriples:
    """CONSTRUCT results from an endpoint, iterable like pyoxigraph's QueryTriples."""

    def __init__(self, data: bytes, url: str = "", ctype: str = ""):
        try:
            self._triples = [q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
        except SyntaxError:
            raise StoreError(_not_sparql(url, ctype, "N-Triples")) from None

    def __iter__(self):
        return iter(self._triples)

    def serialize(self, output=None, format=ox.RdfFormat.N_TRIPLES):
        data = ox.serialize(self._triples, format=format)
        if output is None:
            return data
        output.write(data)


def _query_form(sparql: str) -> str:
    """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE), skipping prologue and comments."""
    import re

    body = re.sub(r"#[^\n]*", " ", sparql)
    body = re.sub(r"(?is)\b(PREFIX\s+\S*:\s*<[^>]*>|BASE\s*<[^>]*>)", " ", body)
    m = re.search(r"(?i)\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", body)
    return m.group(1).upper() if m else ""


_PROLOGUE = re.compile(r"\A\s*(?:PREFIX\s+[\w.-]*:\s*<[^>]*>\s*)+", re.I)


def join_updates(parts: list[str | None]) -> str:
    """Several updates as one request (one transaction), prologues hoisted to the top.

    Oxigraph accepts a prologue only at the start of a request, though SPARQL allows one per operation.
    """
    heads: list[str] = []
    bodies = []
    for part in filter(None, parts):
        m = _PROLOGUE.match(part)
        if m:
            heads += [h for h in re.findall(r"(?i)PREFIX\s+[\w.-]*:\s*<[^>]*>", m.group()) if h not in heads]
            part = part[m.end():]
        bodies.append(part)
    return "\n".join(heads) + "\n" + " ;\n".join(bodies)


def insert_data(quads: Iterable[ox.Quad]) -> str:
    """One ``INSERT DATA`` for a batch of quads, grouped by graph (an update is one transaction).

    A batch all in the default graph (an ingest's) is written by Oxigraph's N-Quads serializer,
    whose lines are valid SPARQL triples, an order of magnitude faster than term by term.
    """
    quads = list(quads)
    if all(isinstance(q.graph_name, ox.DefaultGraph) for q in quads):
        return "INSERT DATA {\n" + ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8") + "}"
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        g = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
        by_graph.setdefault(g, []).append(f"{q.subject} {q.predicate} {q.object} .")
    parts = []
    for g, lines in sorted(by_graph.items()):
        body = "\n".join(lines)
        parts.append(f"GRAPH {g} {{\n{body}\n}}" if g else body)
    return "INSERT DATA {\n" + "\n".join(parts) + "\n}"


def open_store(location: str | os.PathLike | None = None, *, read_only: bool = False,
               update_url: str | None = None, timeout: float | None = None) -> Store:
    """Open (and on first use initialise) the store at ``location``.

    ``location`` is a folder, ``:memory:``, or an ``http(s)://`` SPARQL endpoint; ``None``
    means ``$KG_STORE`` or ``./kg-store``. A new store receives the ontology. A folder is
    opened only if it is empty or kg created it: RocksDB deletes and renames files it
    takes for its own, and they may be the user's. ``timeout`` bounds each request to a
    remote store (default ``$KG_STORE_TIMEOUT`` or 60 s); one that does not answer a
    first probe within 5 s is reported at once.
    """
    loc = str(location) if location is not None else default_location()
    if loc.startswith(("http://", "https://")):
        store: Store = RemoteStore(loc, update_url=update_url, timeout=_timeout(timeout))
        store.probe()
        if not read_only:
            _ensure_ontology(store)
        return store
    if loc == MEMORY:
        store = OxigraphStore(ox.Store(), kind=StoreKind.MEMORY, location=loc)
        _ensure_ontology(store)
        return store
    path = Path(loc)
    if read_only:
        _check_store_folder(path, loc, create=False)
        try:
            return OxigraphStore(ox.Store.read_only(str(path)), kind=StoreKind.DISK, location=loc)
        except OSError as e:
            raise StoreError(f"{loc}: cannot open the store read-only ({_first_line(e)})") from None
    _check_store_folder(path, loc, create=True)
    try:
        inner = ox.Store(str(path))
    except OSError as e:
        if "lock" in str(e).lower():
            raise StoreLocked(f"{loc}: the store is in use by another kg process (an ingest, or kg serve); "
                              "wait for it to finish or stop it") from None
        raise StoreError(f"{loc}: cannot open the store ({_first_line(e)})") from None
    store = OxigraphStore(inner, kind=StoreKind.DISK, location=loc)
    _ensure_ontology(store)
    return store


def _timeout(timeout: float | None) -> float:
    if timeout is not None:
        return timeout
    raw = os.environ.get("KG_STORE_TIMEOUT")
    try:
        value = float(raw) if raw else DEFAULT_TIMEOUT
    except ValueError:
        raise StoreError(f"KG_STORE_TIMEOUT={raw!r} is not a number of seconds") from None
    if value <= 0:
        raise StoreError(f"KG_STORE_TIMEOUT={raw!r} must be more than 0 seconds")
    return value


def check_existing_store(location: str | os.PathLike) -> None:
    """Raise StoreError unless a kg store already exists at this folder (nothing is created)."""
    _check_store_folder(Path(location), str(location), create=False)


def is_store_folder(path: str | os.PathLike) -> bool:
    """Whether kg created a store in this folder."""
    return (Path(path) / MARKER).is_file()


def _check_store_folder(path: Path, loc: str, *, create: bool) -> None:
    """Refuse any folder but an empty one or a kg store; mark a new one (``create``)."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"{loc}: not a store folder (it is a file)")
    if is_store_folder(path):
        return
    try:
        entries = list(path.iterdir()) if path.exists() else []
    except OSError as e:
        raise StoreError(f"{loc}: cannot read the folder ({e.strerror or e})") from None
    if entries:
        if _is_unmarked_kg_store(path):
            if create:
                _write_marker(path, loc)
            return
        raise StoreError(f"{loc}: the folder holds other files and no kg store; kg opens only an empty "
                         f"folder or one it created (with a {MARKER} file)")
    if not create:
        raise StoreError(f"{loc}: no store here yet (run `kg ingest` or `kg demo` first, or pass --store)")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"{loc}: cannot create the store folder ({e.strerror or e})") from None
    _write_marker(path, loc)


def _write_marker(path: Path, loc: str) -> None:
    try:
        (path / MARKER).write_text("a bilateral-kg store (Oxigraph); kg opens only folders holding this file\n",
                                   encoding="utf-8")
    except OSError as e:
        raise StoreError(f"{loc}: cannot write to the store folder ({e.strerror or e})") from None


def _is_unmarked_kg_store(path: Path) -> bool:
    """A store written before kg marked its folders: an Oxigraph database holding kg's ontology graph."""
    if not (path / "CURRENT").is_file():
        return False
    try:
        inner = ox.Store.read_only(str(path))
        return bool(inner.query(f"ASK {{ GRAPH {ONTOLOGY_GRAPH} {{ ?s ?p ?o }} }}"))
    except (OSError, SyntaxError, ValueError, RuntimeError):
        return False


def _first_line(e: Exception) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


def _ensure_ontology(store: Store) -> None:
    if bool(store.query(f"ASK {{ GRAPH {ONTOLOGY_GRAPH} {{ ?s ?p ?o }} }}")):
        return
    store.add(ontology_quads())


def ontology_quads() -> list[ox.Quad]:
    """The ontology files as quads of the ontology graph, with blank nodes named by position.

    Stable blank-node labels keep exports byte-identical between two fresh stores.
    """
    from kg.vocab import ontology_files

    quads: list[ox.Quad] = []
    for i, path in enumerate(ontology_files()):
        names: dict[str, ox.BlankNode] = {}

        def fix(term, i=i, names=names):
            if isinstance(term, ox.BlankNode):
                if term.value not in names:
                    names[term.value] = ox.BlankNode(f"o{i}b{len(names)}")
                return names[term.value]
            return term

        for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            quads.append(ox.Quad(fix(q.subject), q.predicate, fix(q.object), ONTOLOGY_GRAPH))
    return quads
