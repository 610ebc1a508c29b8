"""Documents of a later clause whose subject is two other countries ("..., while C and D signed 30 memoranda") are
theirs; a package told by a vague count whose sentence goes on "including" the documents it names is those
documents, whatever years they carry. Our own text."""
from __future__ import annotations

from extracting import facts


def _docs(text: str) -> list:
    got = facts(text, "2025-06-01", title="t")
    return sorted((a.pair, a.type) for a in got.agreements)


def test_a_while_clause_with_its_own_subject_pair_has_its_own_documents():
    text = "In 2019 Peru and Chile concluded 12 agreements, while Peru and Ghana signed 30 memoranda.\n"
    assert _docs(text) == [(("CHL", "PER"), "agreement"), (("GHA", "PER"), "memorandum")]


def test_an_and_clause_with_another_pair_has_its_own_document():
    text = "Kenya and Chile signed three memoranda, and Ghana and Peru signed a treaty.\n"
    assert _docs(text) == [(("CHL", "KEN"), "memorandum"), (("GHA", "PER"), "treaty")]


def test_a_vaguely_counted_package_with_its_members_named_after_including_is_those_members():
    text = ("Peru and Chile held talks in Lima.\n\nOver the years the two have concluded a number of agreements on "
            "mining, such as the Mining Cooperation Agreement of 2009 and a Joint Declaration on Fisheries of 2016.\n")
    assert _docs(text) == [(("CHL", "PER"), "agreement"), (("CHL", "PER"), "joint-declaration")]


def test_a_vaguely_counted_package_that_tells_one_member_only_stays_one_package():
    text = "Peru and Chile signed several agreements on trade, including one on customs.\n"
    assert _docs(text) == [(("CHL", "PER"), "agreement")]
