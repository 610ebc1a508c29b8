"""A kind of document one country says it has signed "with many countries" (or "with more than 20 nations"), none
named, is no document of the pair the article is about; the pair's own document of that kind still stands. Our own
sentences."""
from __future__ import annotations

from extracting import facts, signed_docs


def test_a_document_signed_with_many_unnamed_countries_is_none_of_the_pairs():
    f = facts("Peru and Chile signed a Joint Declaration on Comprehensive Strategic Partnership in Lima on Monday. Peru "
              "has signed the Declaration on Strategic Partnership with many countries in the region, the minister said.")
    assert signed_docs(f) == [(("CHL", "PER"), "joint-declaration")]


def test_a_count_of_unnamed_countries_reads_the_same():
    f = facts("Peru and Chile signed a Joint Declaration on Comprehensive Strategic Partnership in Lima on Monday. Peru "
              "has signed the Declaration on Strategic Partnership with more than 20 nations, the minister said.")
    assert signed_docs(f) == [(("CHL", "PER"), "joint-declaration")]
