"""Flat reads: one triple pattern at a time for a list of bound subjects, joined in Python.

On oxigraph a query joining several patterns over a big store is far slower than a few
single-pattern reads with the subjects bound by ``VALUES``; the time commands read this way.
"""
from __future__ import annotations

from kg.prefixes import PREFIXES
from kg.store import Store

__all__ = ["flat", "subjects_of", "dated", "sources", "chunks", "HEAD"]

HEAD = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
_CHUNK = 2000
_WHOLE = 10_000  # past this many subjects, reading the pattern whole and filtering here is faster


def chunks(items: list, size: int = _CHUNK):
    return (items[i:i + size] for i in range(0, len(items), size))


def flat(store: Store, pattern: str, subjects, var: str, *, keyed: bool = False, terms: bool = False):
    """``pattern`` with ``?s`` bound to each of ``subjects``, read in chunks: the values of ``var``
    (with ``terms``, as RDF terms), or with ``keyed`` a dict subject -> set of them."""
    out: dict[str, set] = {}
    if len(subjects) > _WHOLE:
        wanted = set(subjects)
        for r in store.query(HEAD + f"SELECT ?s {var} WHERE {{ {pattern} }}"):
            if r["s"].value in wanted:
                out.setdefault(r["s"].value, set()).add(r[var[1:]] if terms else r[var[1:]].value)
        return out if keyed else {v for vs in out.values() for v in vs}
    for chunk in chunks(sorted(subjects)):
        values = " ".join(f"<{x}>" for x in chunk)
        for r in store.query(HEAD + f"SELECT ?s {var} WHERE {{ VALUES ?s {{ {values} }} {pattern} }}"):
            out.setdefault(r["s"].value, set()).add(r[var[1:]] if terms else r[var[1:]].value)
    return out if keyed else {v for vs in out.values() for v in vs}


def subjects_of(store: Store, predicate: str, objects) -> dict[str, set[str]]:
    """Object -> the subjects of ``?x predicate object``, one query per object: with the objects
    in ``VALUES`` oxigraph reads the whole predicate."""
    out: dict[str, set[str]] = {}
    for o in sorted(objects):
        for r in store.query(HEAD + f"SELECT ?x WHERE {{ ?x {predicate} <{o}> }}"):
            out.setdefault(o, set()).add(r[0].value)
    return out


def dated(store: Store, facts) -> dict[str, dict[str, set[str]]]:
    """``"date"``, ``"month"``, ``"year"`` -> fact -> its values of that ``bkg:`` property."""
    return {p: flat(store, f"?s bkg:{p} ?v", facts, "?v", keyed=True) for p in ("date", "month", "year")}


def sources(store: Store, facts) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(fact -> its mentions, mention -> its articles): who reported each fact."""
    mentions = flat(store, "?s prov:wasDerivedFrom ?v", facts, "?v", keyed=True)
    return mentions, flat(store, "?s bkg:article ?v", {m for ms in mentions.values() for m in ms}, "?v", keyed=True)
