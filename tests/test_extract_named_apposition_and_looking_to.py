"""A named document and its full name in apposition are one document; a document the two "are looking to
advance" or conclude is still to be signed."""
from tests.extracting import facts, signed_docs


def test_a_treaty_and_its_full_name_in_apposition_are_one_treaty():
    f = facts("Fiji and New Zealand signed the Duavata Treaty, the Fiji-New Zealand Defence Cooperation Treaty.")
    assert signed_docs(f) == [(("FJI", "NZL"), "treaty")]


def test_a_list_of_named_treaties_keeps_each():
    f = facts("Fiji and New Zealand signed the Duavata Treaty, the Fisheries Treaty and the Health Treaty.")
    assert signed_docs(f) == [(("FJI", "NZL"), "treaty")] * 3


def test_a_document_the_two_are_looking_to_advance_is_not_signed():
    f = facts("Kenya and India are looking to advance the Comprehensive Economic Partnership Agreement, the "
              "minister said.")
    assert signed_docs(f) == []
