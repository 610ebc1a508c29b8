"""A name given right after a document is that document."""
from extracting import facts


def docs(text):
    return [(a.type, a.count) for a in facts(text, "2025-06-04").agreements]


def test_a_so_called_name_is_the_document_before_it_not_a_count():
    assert docs("Chile and Peru signed a civil nuclear cooperation agreement, the so-called 123 Agreement.") == [
        ("agreement", None)]


def test_a_name_known_as_stays_one_document():
    assert docs("Chile and Peru signed an agreement, known as the 2030 Agreement, on fisheries.") == [("agreement", None)]
