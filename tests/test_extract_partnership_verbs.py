"""Partnership actions decided by the text's own verb, worded with invented examples."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article


def levels(text: str, published: str = "2025-05-14"):
    f = extract(Article(text=text, id="t", published=dt.date.fromisoformat(published)))
    return {(p.pair, p.level, p.action, p.year) for p in f.partnerships}


def test_one_establish_verb_over_two_levels_founds_both():
    got = levels("The envoy recalled that Peru and Kenya established a strategic partnership in 1993 "
                 "and a global strategic partnership in 2012.")
    assert got == {(("KEN", "PER"), "strategic partnership", "establish", 1993),
                   (("KEN", "PER"), "global strategic partnership", "establish", 2012)}


def test_documents_naming_a_fuller_level_later_still_raise_it():
    got = levels("Peru and Kenya discussed the 2002 Declaration on strategic partnership and the 2016 "
                 "Statement on in-depth strategic partnership.")
    assert (("KEN", "PER"), "in-depth strategic partnership", "upgrade", 2016) in got
