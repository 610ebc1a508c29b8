"""A package told by a bare noun ("two cooperation documents") under a headline that types it ("sign two
MoUs") is of that type; a package's members told in turn ("The first was the extradition treaty") tell
again a document already named, and a member told by its ordinal alone ("The second agreement on ...")
is one more."""
from __future__ import annotations

from extracting import facts, signed_docs


def test_a_headline_types_the_bodys_counted_package_of_documents():
    f = facts("Chile, Peru sign three MoUs\n\nChile and Peru signed three cooperation documents on Monday to deepen "
              "relations. The three Memorandums of Understanding were signed by the two foreign ministers.")
    assert [(a.pair, a.type, a.count) for a in f.agreements] == [(("CHL", "PER"), "memorandum", 3)]


def test_a_headline_package_of_another_count_does_not_retype_the_body():
    f = facts("Chile, Peru sign three MoUs\n\nChile and Peru signed five cooperation documents on Monday.")
    assert [(a.pair, a.type, a.count) for a in f.agreements] == [(("CHL", "PER"), "agreement", 5)]


def test_an_ordinal_naming_a_document_told_before_is_that_document():
    f = facts("A new extradition treaty was among four agreements signed between Kenya and Oman on Sunday. "
              "\u201cThe first was the extradition treaty,\u201d the secretary said. "
              "The second agreement on the transfer of sentenced prisoners. "
              "The third agreement was on cultural cooperation between the two ministries of culture.")
    assert signed_docs(f) == [(("KEN", "OMN"), "agreement"), (("KEN", "OMN"), "agreement"), (("KEN", "OMN"), "treaty")]
