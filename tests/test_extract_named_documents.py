"""A name given right after a document is that document."""
from extracting import facts


def docs(text):
    return [(a.type, a.count) for a in facts(text, "2025-06-04").agreements]


def test_a_so_called_name_is_the_document_before_it():
    assert docs("Chile and Peru signed a maritime boundary agreement, the so-called Lima Accord, on Monday.") == [
        ("agreement", None)]


def test_a_number_in_a_name_is_no_count():
    assert docs("Chile and Peru signed an agreement, known as the 2030 Agreement, on fisheries.") == [("agreement", None)]
