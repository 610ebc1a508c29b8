"""A photo caption in the present tense ("A and B exchange the MoU on ...") tells a signing; "exchange
views" tells none. Our own sentences."""
from __future__ import annotations

from extracting import facts, signed_docs


def test_present_exchange_of_a_document_is_a_signing():
    f = facts("Peru's foreign minister (R) and his Chilean counterpart exchange the MoU on cooperation between the "
              "two foreign ministries after their talks in Lima on Monday.")
    assert signed_docs(f) == [(("CHL", "PER"), "memorandum")]


def test_exchange_of_views_is_no_signing():
    f = facts("Peru's foreign minister and his Chilean counterpart exchange views on a trade agreement in Lima.")
    assert signed_docs(f) == []
