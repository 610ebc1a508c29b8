"""A partnership the pair signed, told twice in the same words with no other time ("have signed a comprehensive
strategic partnership ... On Friday, they cemented ties by signing a comprehensive strategic partnership"), is one
signed document; told for two different years it is two. Our own sentences."""
from __future__ import annotations

from extracting import facts, signed_docs


def test_the_same_signed_level_told_twice_is_one_document():
    f = facts("Peru and Chile have signed a comprehensive strategic partnership to guard open trade. On Friday, Peru and "
              "Chile cemented their ties by signing a comprehensive strategic partnership (CSP).")
    assert signed_docs(f) == [(("CHL", "PER"), "agreement")]


def test_a_level_signed_in_two_years_is_two_documents():
    f = facts("Peru and Chile signed a strategic partnership in 2010. Peru and Chile signed a strategic partnership "
              "again in 2020, after it lapsed.")
    assert len(signed_docs(f)) == 2
