"""The layout version of the relations' stored summaries, in a module of its own.

:mod:`kg.summary` writes it; readers that must not import that module (it costs 0.1 s of rdflib on a
command), such as the as-of views, check it here, so a new layout cannot be misread.
"""
from kg.prefixes import PREFIXES

__all__ = ["VERSION", "PAGE_PREFIX", "EMPTY", "stale"]

# Bumped when a record's shape changes, or what is written beside the records (each cooperation
# statement's bkg:countsFrom since 7): older summaries are then ignored, not misread.
VERSION = 7
PAGE_PREFIX = f'{{"v":{VERSION},"p":'  # how every summary of a relation with facts begins (kg.summary._quads)
EMPTY = f'{{"v":{VERSION}}}'  # the summary of a relation no fact supports


def stale(store) -> bool:
    """Whether the store's summaries were written by another version of kg (or some are missing).

    Every kg write keeps them all of one version, so the first one found tells; a store older than
    summaries has relations and none at all.
    """
    head = f"PREFIX bkg: <{PREFIXES['bkg']}>\n"
    first = next(iter(store.query(head + "SELECT ?s WHERE { ?r bkg:summary ?s } LIMIT 1")), None)
    if first is None:
        count = head + "SELECT (COUNT(*) AS ?n) WHERE { ?r a bkg:BilateralRelation }"
        return int(next(iter(store.query(count)))[0].value) > 0
    text = first[0].value
    return not (text == EMPTY or text.startswith(PAGE_PREFIX))
