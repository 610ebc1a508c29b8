"""Every IRI the project mints, in one place, as plain strings (no RDF library needed).

IRIs come from a thing's identity, never from counters, so the same fact found twice lands
on the same node; changing a function here changes every store, export and query at once.

>>> relation(("CHL", "PER")), article("a b/1")
('https://w3id.org/bilateral-kg/id/relation/CHL-PER', 'https://w3id.org/bilateral-kg/id/article/a%20b%2F1')
>>> slug("Comprehensive  Strategic Partnership!")
'comprehensive-strategic-partnership'
"""
from __future__ import annotations

import re
import urllib.parse

from kg.prefixes import PREFIXES

__all__ = [
    "ID", "slug", "pair_key", "article_segment", "article", "mention", "country", "relation", "relation_pair", "level",
    "field", "action", "status", "agreement_type", "event", "cooperation", "agreement",
]

ID = PREFIXES["id"]


def slug(text: str) -> str:
    """A readable, stable IRI segment: 'Comprehensive strategic partnership' -> 'comprehensive-strategic-partnership'."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "x"


def pair_key(pair: tuple[str, str]) -> str:
    return f"{pair[0]}-{pair[1]}"


def article_segment(key: str) -> str:
    """An article's key as one path segment (ids may hold any character)."""
    return urllib.parse.quote(key, safe="-._~")


def article(key: str) -> str:
    return ID + "article/" + article_segment(key)


def mention(article_key_segment: str, start: int, end: int) -> str:
    return f"{ID}mention/{article_key_segment}/{start}-{end}"


def country(iso3: str) -> str:
    return ID + "country/" + iso3


def relation(pair: tuple[str, str]) -> str:
    return ID + "relation/" + pair_key(pair)


def relation_pair(iri: str) -> tuple[str, str]:
    """The pair of a relation IRI (the inverse of :func:`relation`)."""
    a, _, b = iri.rsplit("/", 1)[1].partition("-")
    return a, b


def level(level_slug: str) -> str:
    return ID + "level/" + level_slug


def field(field_id: str) -> str:
    return ID + "field/" + field_id


def action(notation: str) -> str:
    return ID + "action/" + notation


def status(notation: str) -> str:
    return ID + "status/" + notation


def agreement_type(notation: str) -> str:
    return ID + "agreement-type/" + notation


def event(pair: tuple[str, str], level_slug: str, action_notation: str, when: str) -> str:
    return f"{ID}event/{pair_key(pair)}/{level_slug}/{action_notation}/{when}"


def cooperation(pair: tuple[str, str], field_id: str) -> str:
    return f"{ID}cooperation/{pair_key(pair)}/{field_id}"


def agreement(pair: tuple[str, str], type_notation: str, digest: str) -> str:
    return f"{ID}agreement/{pair_key(pair)}/{type_notation}/{digest}"
