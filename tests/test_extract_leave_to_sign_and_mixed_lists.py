"""A cabinet's leave to sign ("gave its nod for signing an MoU", "approved signing of an agreement") and a
document "once signed" are signings still to come; a counted list of mixed documents with an acronym's plural
written with an apostrophe ("ten agreements, treaties and MOU's") is one package; points agreed that "were
included in a joint communique" are that communique."""
from __future__ import annotations

from extracting import facts, signed_docs


def test_a_nod_for_signing_is_no_signing():
    f = facts("The Cabinet of Kenya also gave its nod for signing a memorandum of understanding with Oman on fisheries.")
    assert signed_docs(f) == []


def test_approved_signing_of_without_the_is_no_signing():
    f = facts("The cabinet of Kenya today approved signing of an agreement with Oman on healthcare.")
    assert signed_docs(f) == []


def test_a_memorandum_once_signed_is_still_to_come():
    f = facts("The memorandum of understanding between Kenya and Oman, once signed, will see joint work on cancer care.")
    assert signed_docs(f) == []


def test_a_counted_mixed_list_with_an_apostrophe_plural_is_one_package():
    f = facts("At the end of the meeting Kenya and Oman signed ten agreements, treaties and MOU\u2019s.")
    assert [(a.pair, a.type, a.count) for a in f.agreements] == [(("KEN", "OMN"), "agreement", 10)]


def test_points_agreed_and_written_into_a_joint_communique_are_that_communique():
    f = facts("The session also yielded several agreements geared towards better relations between Kenya and Oman, "
              "which were included in a joint communique signed by the two foreign ministers at the closing ceremony.")
    assert signed_docs(f) == [(("KEN", "OMN"), "joint-statement")]
