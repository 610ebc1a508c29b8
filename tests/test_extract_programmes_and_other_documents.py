"""A programme launched under a quoted name is work the sides run, no signed plan; the signing of
memoranda told after a treaty is of other documents than the treaty; language exchanges are
people-to-people ties. Our own sentences."""
from __future__ import annotations

from extracting import facts, signed_docs, tops


def test_programme_launched_under_a_quoted_name_is_no_plan():
    f = facts('Peru and Chile launched "the Year of Science" program and signed a series of documents '
              'on mining and finance on Monday.')
    assert (("CHL", "PER"), "plan") not in signed_docs(f)
    assert (("CHL", "PER"), "agreement") in signed_docs(f)


def test_signing_of_memoranda_after_a_treaty_are_more_documents():
    f = facts("Peru and Chile signed a trade treaty on Tuesday. "
              "It included the signing of memoranda of understanding in the fisheries and mining sectors.")
    assert signed_docs(f) == [(("CHL", "PER"), "memorandum"), (("CHL", "PER"), "treaty")]


def test_signing_of_agreements_after_agreements_speaks_of_those():
    f = facts("Peru and Chile signed four agreements on Tuesday. "
              "The signing of agreements will strengthen ties, the ministers said.")
    assert signed_docs(f) == [(("CHL", "PER"), "agreement")]


def test_language_exchanges_are_people_to_people_ties():
    assert (("CHL", "PER"), "culture") in tops(facts("Peru and Chile agreed to expand language exchanges."))
