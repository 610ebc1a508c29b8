"""A slogan about the future does not make the documents after it plans."""
from extracting import facts


def statuses(text):
    return [a.status for a in facts(text, "2025-06-04").agreements]


def test_documents_signed_after_a_shared_future_slogan_are_signed():
    assert statuses("Chile and Peru pledged to build a community with a shared future and signed 12 agreements.") == [
        "signed"]


def test_a_future_document_is_still_planned():
    assert statuses("Chile and Peru discussed the future fisheries agreement.") == ["planned"]
