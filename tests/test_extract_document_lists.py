"""Each document of a list keeps its own fields."""
from extracting import facts


def docs(text):
    return {(a.type, a.fields) for a in facts(text, "2025-06-02").agreements}


def test_an_indefinite_list_item_is_no_copy_of_the_one_before():
    got = docs("Chile and Peru signed an extradition treaty, an agreement on tourism and a memorandum on fisheries.")
    assert got == {("treaty", ("law-enforcement",)), ("agreement", ("tourism",)), ("memorandum", ("fisheries",))}


def test_a_named_document_and_its_description_stay_one():
    got = docs("Chile and Peru recalled the Lima Treaty, a landmark pact on trade.")
    assert got == {("treaty", ("trade",))}
