"""A counted package whose documents are tied to it in words ("nine documents were signed, including MoUs on A
and B"; "A protocol and an MoU were among the 15 agreements signed"): the package is the ones named, however few,
not one more entry. Our own sentences."""
from __future__ import annotations

from extracting import facts, signed_docs


def test_members_after_including_in_the_package_sentence_are_the_package():
    text = ("Chile and Kenya held talks in Nairobi on Monday, after which nine documents were signed, "
            "including memoranda of understanding on tea and on geothermal power.")
    assert signed_docs(facts(text)) == [(("CHL", "KEN"), "memorandum")]


def test_members_told_as_among_the_package_are_the_package():
    text = ("Peru and Ghana signed 15 agreements in Lima on Tuesday. "
            "A protocol on consular offices and an MoU on cocoa trade were among the 15 agreements signed. "
            "A work plan on fisheries was also signed.")
    assert signed_docs(facts(text)) == [(("GHA", "PER"), "memorandum"), (("GHA", "PER"), "plan"),
                                        (("GHA", "PER"), "protocol")]


def test_a_package_with_no_member_named_stays_one_entry():
    text = "Peru and Ghana signed 15 agreements in Lima on Tuesday, covering trade and fisheries."
    assert signed_docs(facts(text)) == [(("GHA", "PER"), "agreement")]


def test_a_single_document_told_alone_and_one_more_told_after_are_two():
    text = ("Peru and Ghana held talks in Lima on Tuesday. The foreign ministries adopted a programme of cooperation "
            "for 2026-2027. A work plan on fisheries was also adopted.")
    assert signed_docs(facts(text)) == [(("GHA", "PER"), "plan"), (("GHA", "PER"), "plan")]


def test_the_uncounted_head_of_a_list_is_not_the_counted_package():
    text = ("Peru and Ghana have since entered into a number of cooperation agreements, including a general "
            "cooperation agreement and two agreements on fisheries.")
    assert len(signed_docs(facts(text))) == 2
