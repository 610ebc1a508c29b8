"""Per-relation summaries: what the page and ``kg analyze`` show of a relation, derived at write time.

Reading every mention of every fact to draw 20,000 edges costs seconds (each term a disk-store
row returns is a look-up); the page needs per relation only its level, history, fields,
agreements, the few best sentences and their counts. Every write path (``kg ingest``,
``--replace``, ``kg load``, the cluster's ingest and load) stores them as two JSON literals per
relation, the page's part (``bkg:summary``) and the rest of the record (``bkg:summaryRecord``),
derived by :func:`relation_record` from the same reading of the store the full path uses, so the
two cannot disagree. A store without them (an older one, or
one written by other tools) is read the long way.

:func:`refresh` rebuilds them on any store (a disk store, a remote one, an in-memory view).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache

import pyoxigraph as ox

from kg.analyze.filters import Selection, evidence_items, relations
from kg.analyze.loading import _Data, _Fact
from kg.levels import stored_levels
from kg.pagedata import relation_part, text_table
from kg.store import OxigraphStore, Store, insert_data, join_updates
# the layout, in a light module for readers such as kg.asof_levels
from kg.summary_version import EMPTY as _EMPTY, PAGE_PREFIX as _PAGE_PREFIX, VERSION, stale
from kg.vocab import BKG, ONTOLOGY_GRAPH, PROV, XSD

__all__ = ["EVIDENCE", "VERSION", "refresh", "stale", "upgrade", "replace_update", "relations_of_articles", "relation_record", "read",
           "read_pages", "derive", "counting_quads"]

EVIDENCE = 3  # best sentences kept per relation and per agreement (``kg query evidence`` lists all)
_SUMMARY = ox.NamedNode(str(BKG.summary))  # the page's part: what the default page reads
_RECORD = ox.NamedNode(str(BKG.summaryRecord))  # the rest: what filters, layers and kg analyze read
_COUNTS_FROM = ox.NamedNode(str(BKG.countsFrom))  # a cooperation statement's first counting day
_DATE = ox.NamedNode(str(XSD.date))
_JSON = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON")
_PREFIXES = f"PREFIX bkg: <{BKG._NS}> PREFIX prov: <{PROV}>\n"
_TIP = ',"t":'  # what follows the page's head: its tooltip, then the literal's end
# Kept in the page part only: each agreement's description is stored once, under ``_agreements``.
_IN_PAGE = ("agreements", "evidence", "pair", "_time", "x")


def relation_record(rel: dict, data: _Data, *, evidence: int = EVIDENCE) -> dict:
    """A relation as the graph's edge: the attributes the page, the tables and the layers read.

    Keys starting with ``_`` feed the filters and layers and are dropped from the drawn edge.
    """
    items, total, n_articles = evidence_items(rel["evidence"], data, limit=evidence)
    return {
        "kind": "relation", "level": rel["level"],
        "level_label": data.level_label(rel["level"]) if rel["level"] else None,
        "rank": data.rank(rel["level"]), "since": rel["since"],
        "history": rel["history"], "fields": [data.field_label(f) for f in rel["fields"]],
        "agreements": [agreement_info(ag, data) for ag in rel["agreements"]],
        "evidence": items, "evidence_total": total, "articles": n_articles, "weight": max(n_articles, 1),
        "_fields": sorted({st.data["field"] for st in rel["statements"]}),
        "_agreements": [_agreement_node(ag, data, evidence) for ag in rel["agreements"]],
    }


def agreement_info(ag: _Fact, data: _Data) -> dict:
    d = ag.data
    return {"type": d["type"], "name": d["name"] or "", "when": ag.dated_text, "status": d["status"] or "",
            "count": d["count"], "fields": [data.field_label(f) for f in d["fields"]]}


def _agreement_node(ag: _Fact, data: _Data, evidence: int) -> dict:
    items, total, _ = evidence_items([("agreement", ag.data["type"], m) for m in ag.mentions], data, limit=evidence)
    return {"node": "agreement/" + ag.iri.split("/agreement/", 1)[-1], "info": agreement_info(ag, data),
            "fields": sorted(set(ag.data["fields"])), "evidence": items, "evidence_total": total}


def derive(store: Store, relations_: Iterable[str] | None = None) -> dict[str, dict | None]:
    """Relation IRI -> its record with its ``pair`` (``None`` for a relation no fact supports),
    for the given relations or all."""
    from kg.history import page_time, page_time_copied

    data = _Data(store)
    levels = stored_levels(store)
    time = page_time_copied(store) if relations_ is None else page_time(store)
    records = {p: {**relation_record(rel, data), "pair": list(p), "_time": _time_of(p, time)}
               for p, rel in relations(data, Selection(), levels).items()}
    wanted = None if relations_ is None else set(relations_)
    out: dict[str, dict | None] = {}
    for rel, pair in _relation_pairs(store, data).items():
        if wanted is None or rel in wanted:
            out[rel] = records.pop(pair, None) if pair else None
    if wanted is None:  # facts about a pair with no relation node: kept under the IRI kg.model would give it
        from kg import iris

        out.update((iris.relation(p), {**r, "x": True}) for p, r in records.items())
    return out


def _time_of(pair: tuple[str, str], time: dict) -> list:
    """The year slider's data of one relation, in :func:`kg.history.page_time`'s terms: first day, steps, conflict."""
    return [time["first"].get(pair), [list(s) for s in time["steps"].get(pair, ())], pair in time["conflicts"]]


def _relation_pairs(store: Store, data: _Data) -> dict[str, tuple[str, str] | None]:
    parties: dict[str, set[str]] = {}
    for r in store.query(_PREFIXES + "SELECT ?r ?c WHERE { ?r a bkg:BilateralRelation OPTIONAL { ?r bkg:party ?c } }"):
        got = parties.setdefault(r[0].value, set())
        if r[1] is not None and r[1].value in data.iso_of:
            got.add(data.iso_of[r[1].value])
    return {rel: tuple(sorted(c)) if len(c) == 2 else None for rel, c in parties.items()}


def _quads(records: dict[str, dict | None]) -> list[ox.Quad]:
    """Per relation its page part, ``{"v":..,"p":head,"t":tooltip}`` (``bkg:summary``), and the rest of
    its record (``bkg:summaryRecord``): two literals, so the default page reads half the text.

    The head holds the pair, the slider's data, what the edge's drawing needs, the part's texts and
    the tooltip's length: the tooltip, stored as JSON and not as a string of it, is copied into the
    page without being decoded. The record keeps what the page part does not already hold (its
    sentences come back from the part in :func:`read`).
    """
    dumps, lit, out = json.dumps, ox.Literal, []
    for rel, rec in sorted(records.items()):
        s = ox.NamedNode(rel)
        if rec is None:
            out.append(ox.Quad(s, _SUMMARY, lit(_EMPTY, datatype=_JSON), ox.DefaultGraph()))
            continue
        level, label, rank, articles, info, texts, arts, ags = relation_part(rec, evidence=EVIDENCE)
        tip = info + "}"
        head = [rec["pair"], rec["_time"], [level, label, rank, articles], bool(rec.get("x")), texts, arts, ags, len(tip)]
        page = f'{_PAGE_PREFIX}{dumps(head, ensure_ascii=False, separators=(",", ":"))}{_TIP}{tip}}}'
        rest = dumps({k: v for k, v in rec.items() if k not in _IN_PAGE}, ensure_ascii=False, sort_keys=True,
                     separators=(",", ":"))
        out += [ox.Quad(s, _SUMMARY, lit(page, datatype=_JSON), ox.DefaultGraph()),
                ox.Quad(s, _RECORD, lit(rest, datatype=_JSON), ox.DefaultGraph())]
    return out


def _page_of(text: str, decode) -> tuple:
    """A stored page part's (pair, slider data, page part, outside): the head decoded, the tooltip cut
    out by its length (raises ValueError on any other shape)."""
    head, end = decode(text, len(_PAGE_PREFIX))
    pair, time, (level, label, rank, articles), outside, texts, arts, ags, n = head
    start = end + len(_TIP)
    if not text.startswith(_TIP, end) or len(text) != start + n + 1:
        raise ValueError("not a summary of this version")
    return tuple(pair), time, [level, label, rank, articles, text[start:start + n - 1], texts, arts, ags], outside


def _delete(relations_: Iterable[str] | None) -> str:
    """The update removing the summaries of ``relations_`` (``None``: all) and their statements' bkg:countsFrom."""
    if relations_ is None:
        return _PREFIXES + " ; ".join(f"DELETE WHERE {{ ?r bkg:{p} ?s }}" for p in ("summary", "summaryRecord", "countsFrom"))
    values = "VALUES ?r { " + " ".join(f"<{r}>" for r in sorted(relations_)) + " }"
    return _PREFIXES + " ; ".join([f"DELETE {{ ?r bkg:{p} ?s }} WHERE {{ {values} ?r bkg:{p} ?s }}"
                                   for p in ("summary", "summaryRecord")] + [
        f"DELETE {{ ?x bkg:countsFrom ?d }} WHERE {{ {values} ?x bkg:relation ?r ; bkg:countsFrom ?d }}"])


def counting_quads(store: Store, relations_: Iterable[str] | None = None) -> list[ox.Quad]:
    """``bkg:countsFrom`` of each cooperation statement of ``relations_`` (``None``: all): the first day
    it counts as of (:func:`kg.levels.first_counts`), so a field's as-of view reads one triple per
    statement instead of its mentions' articles. Written beside the summaries, so every write that
    keeps them current keeps these too (a later ingest of an earlier article moves the day earlier,
    a replaced article may move it later); a statement that counts on no day gets none."""
    from kg.asof import fact_start
    from kg.levels import first_counts
    from kg.reads import HEAD, chunks, dated, flat, sources

    if relations_ is None:
        facts = {r[0].value for r in store.query(HEAD + "SELECT ?x WHERE { ?x a bkg:CooperationStatement }")}
    else:
        facts = {r[0].value for chunk in chunks(sorted(relations_)) for r in store.query(HEAD + "SELECT ?x WHERE { VALUES ?r { "
                 + " ".join(f"<{x}>" for x in chunk) + " } ?x bkg:relation ?r ; a bkg:CooperationStatement }")}
    when = dated(store, facts)
    mentions, article = sources(store, facts)
    issued = flat(store, "?s dcterms:issued ?v", {a for as_ in article.values() for a in as_}, "?v", keyed=True)
    out = []
    for x in sorted(mentions):
        days = [min(issued[a]) for m in mentions[x] for a in article.get(m, ()) if a in issued]
        first = first_counts(fact_start(*(when[p].get(x) for p in ("date", "month", "year"))), days)
        if first is not None:
            out.append(ox.Quad(ox.NamedNode(x), _COUNTS_FROM, ox.Literal(first, datatype=_DATE), ox.DefaultGraph()))
    return out


def refresh(store: Store, relations_: Iterable[str] | None = None) -> int:
    """Re-derive and store the summaries of ``relations_`` (IRIs; ``None``: every relation); returns how many.

    Run it after any change to a store's facts made outside kg's write paths (an as-of view, a
    SPARQL update); kg's own writes keep the summaries current.
    """
    if relations_ is not None:
        relations_ = sorted(set(relations_))
        if not relations_:
            return 0
    quads = _quads(derive(store, relations_)) + counting_quads(store, relations_)
    store.update(_delete(relations_))
    if isinstance(store, OxigraphStore):
        store.bulk_add(quads) if relations_ is None else store.add(quads)
    else:
        for i in range(0, len(quads), 2000):
            store.update(insert_data(quads[i:i + 2000]))
    return len(quads)


def replace_update(store: Store, relations_: Iterable[str], *, adding: list[ox.Quad],
                   before: str | None = None, then: str | None = None) -> str:
    """The update that replaces the summaries of ``relations_`` as they will stand once ``before``,
    ``adding`` and ``then`` are written: to run in the same transaction, so a kill leaves facts and
    summaries agreeing.

    Derived on an in-memory copy of what those relations' facts hold (the mentions and articles
    they cite, the concepts), with the write applied to it.
    """
    relations_ = sorted(set(relations_))
    if not relations_:
        return ""
    from kg.store import StoreKind

    view = OxigraphStore(ox.Store(), kind=StoreKind.MEMORY, location=":memory:")
    view._s.extend(_ontology())
    view._s.extend(_neighbourhood(store, relations_))
    if before:
        view.update(before)
    view.add(adding)  # the quads themselves: a SPARQL text of them cost a serialisation and a parse
    if then:
        view.update(then)
    quads = _quads(derive(view, relations_)) + counting_quads(view, relations_)
    return join_updates([_delete(relations_), insert_data(quads) if quads else None])


@lru_cache(maxsize=1)
def _ontology() -> tuple[ox.Quad, ...]:
    from kg.store import ontology_quads

    return tuple(ontology_quads())


def _neighbourhood(store: Store, relations_: list[str]) -> list[ox.Quad]:
    """Every quad the summaries of ``relations_`` are derived from (default graph).

    Found a hop at a time with one-pattern look-ups (the relations' facts and agreements, their
    mentions, the mentions' articles), then every quad of those nodes: a joined CONSTRUCT over all
    of it takes the store's query planner seconds per batch.
    """
    def objects(subjects, pattern: str) -> set[str]:
        return {r[0].value for chunk in _chunks(subjects) for r in store.query(
            _PREFIXES + f"SELECT DISTINCT ?o WHERE {{ VALUES ?s {{ {chunk} }} {pattern} }}")}

    facts = objects(relations_, "?o bkg:relation ?s")
    parties: dict[str, list[str]] = {}
    for chunk in _chunks(relations_):
        for r in store.query(_PREFIXES + f"SELECT ?s ?c WHERE {{ VALUES ?s {{ {chunk} }} ?s bkg:party ?c }}"):
            parties.setdefault(r[0].value, []).append(r[1].value)
    pairs = sorted({tuple(sorted(set(c))) for c in parties.values() if len(set(c)) == 2})
    for i in range(0, len(pairs), 500):
        rows = " ".join(f"(<{a}> <{b}>)" for a, b in pairs[i:i + 500])
        facts |= {r[0].value for r in store.query(
            _PREFIXES + f"SELECT DISTINCT ?x WHERE {{ VALUES (?a ?b) {{ {rows} }} ?x bkg:party ?a . ?x bkg:party ?b }}")}
    mentions = objects(facts, "?s prov:wasDerivedFrom ?o")
    articles = objects(mentions, "?s bkg:article ?o")
    out: set[ox.Quad] = set()
    for chunk in _chunks(sorted(set(relations_) | facts | mentions | articles)):
        out.update(ox.Quad(t[0], t[1], t[2], ox.DefaultGraph()) for t in store.query(
            _PREFIXES + f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {chunk} }} ?s ?p ?o }}"))
    # levels minted by kg.model live in the default graph; the ladder comes with the ontology
    minted = (_PREFIXES + "SELECT ?s ?p ?o WHERE { ?s a bkg:PartnershipLevel . ?s ?p ?o "
              f"FILTER NOT EXISTS {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }} }}")
    out.update(ox.Quad(t[0], t[1], t[2], ox.DefaultGraph()) for t in store.query(minted))
    return sorted(out, key=str)


def _chunks(iris_: Iterable[str], size: int = 1000):
    iris_ = sorted(iris_)
    for i in range(0, len(iris_), size):
        yield " ".join(f"<{x}>" for x in iris_[i:i + size])


def relations_of_articles(store: Store, articles: Iterable[str]) -> set[str]:
    """The relations whose facts cite these articles (their summaries change when the articles go)."""
    articles = sorted(articles)
    if not articles:
        return set()
    values = "VALUES ?art { " + " ".join(f"<{a}>" for a in articles) + " }"
    sparql = _PREFIXES + f"""SELECT DISTINCT ?rel WHERE {{ {values} ?m bkg:article ?art . ?x prov:wasDerivedFrom ?m .
      {{ ?x bkg:relation ?rel }} UNION {{ ?x bkg:party ?c1, ?c2 . FILTER(STR(?c1) < STR(?c2))
        ?rel a bkg:BilateralRelation ; bkg:party ?c1, ?c2 }} }}"""
    return {r[0].value for r in store.query(sparql)}


def _relation_count(store: Store) -> int:
    count = _PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?r a bkg:BilateralRelation }"
    return int(next(iter(store.query(count)))[0].value)


def upgrade(store: Store) -> int:
    """Rewrite every summary when an older kg wrote them (or none), before a write keeps them current:
    else the page, which needs all of one version, takes the long way for good. Returns how many."""
    return refresh(store) if stale(store) else 0


def _gathered(store: Store, rows, value) -> dict | None:
    """Pair -> ``value(slider data, page part, record text)`` over ``rows`` of (page part's text, record
    text or None); ``None`` when some relation has no summary of this version (or it is another tool's JSON)."""
    relations_ = _relation_count(store)
    out: dict = {}
    decode = json.JSONDecoder().raw_decode
    n = 0
    for text, rest in rows:
        if text == _EMPTY:
            n += 1
            continue
        if not text.startswith(_PAGE_PREFIX):  # an older shape, another tool's JSON: the long way
            return None
        try:
            pair, time, part, outside = _page_of(text, decode)
            out[pair] = value(time, part, rest)
        except (ValueError, TypeError, KeyError):
            return None
        n += not outside  # facts of a pair with no relation node are summarised beside the relations
    # as many summaries as relations (each relation has at most one: the shapes say so, every write replaces it)
    return out if n == relations_ else None


def read(store: Store) -> dict[tuple[str, str], dict] | None:
    """Pair -> record from the stored summaries; ``None`` when some relation has none (or an older one).

    Each record carries its page part as ``_page`` (what the page copies) and its slider data as ``_time``.
    """
    def record(time: list, part: list, rest) -> dict:
        if rest is None:
            raise ValueError("a page part without its record")
        rec = json.loads(rest.value)
        rec.update(_time=time, _page=part, evidence=_evidence(part),
                   agreements=[ag["info"] for ag in rec["_agreements"]])
        return rec

    rows = store.query(_PREFIXES + "SELECT ?p ?s WHERE { ?r bkg:summary ?p OPTIONAL { ?r bkg:summaryRecord ?s } }")
    return _gathered(store, ((page.value, rest) for page, rest in rows), record)


def _evidence(part: list) -> list[dict]:
    """The relation's best sentences as :func:`relation_record` gives them, from its page part."""
    loads = json.loads
    info, texts, arts = part[4:7]
    texts, arts = loads(text_table(texts)), loads("[" + ",".join(arts) + "]")  # one decoding each
    out = []
    for s, a, about in loads(info + "}")["v"]:
        title, url, date = arts[a]
        out.append({"about": [texts[x] for x in about], "date": date, "sentence": s, "title": title, "url": url})
    return out


def read_pages(store: Store) -> dict[tuple[str, str], tuple[list, list]] | None:
    """Pair -> (slider data, page part) of every relation, ``None`` as for :func:`read`.

    Only the page parts are read (the records, 15 MB at a million triples, are what filters and
    layers need), and of each only its head is decoded: the tooltip is cut out as it is stored.
    """
    rows = store.query(_PREFIXES + "SELECT ?s WHERE { ?r bkg:summary ?s }")
    return _gathered(store, ((row[0].value, None) for row in rows), lambda time, part, _: (time, part))
