"""A row labelled with its pair ("Peru-Chile: The document, signed in June 2024, ...") tells a document of its own
by a generic noun with a signing year, though nothing before named it; and "military and technical cooperation"
in a document's clause gives defence only ("technical" names no field by itself). Our own sentences."""
from __future__ import annotations

from extracting import facts


def _got(text: str):
    got = facts(text, "2025-06-01", title="Notes")
    return [(a.pair, a.type, a.fields) for a in got.agreements]


def test_a_generic_document_signed_in_a_year_of_its_own_is_a_document():
    got = _got("Peru-Chile: The document, signed in June 2024, covers military cooperation.")
    assert got == [(("CHL", "PER"), "agreement", ("defence-security",))]


def test_military_and_technical_cooperation_in_a_treaty_is_defence_only():
    got = _got("Peru and Chile signed a treaty in 2024 that stipulates bilateral military and technical cooperation.")
    assert got == [(("CHL", "PER"), "treaty", ("defence-security",))]


def test_scientific_and_technical_cooperation_in_a_memorandum_is_science():
    got = _got("Peru and Chile signed a memorandum on scientific and technical cooperation.")
    assert got == [(("CHL", "PER"), "memorandum", ("science-technology",))]
