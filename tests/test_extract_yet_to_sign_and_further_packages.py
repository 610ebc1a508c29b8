""""Are yet to sign the treaty" is a signing still to come; a package of "further" documents is no mention of
the one document a headline or an earlier sentence told."""
from __future__ import annotations

from extracting import facts, signed_docs


def test_yet_to_sign_is_planned():
    f = facts("Ghana and Peru are yet to sign the long-awaited investment treaty.")
    assert signed_docs(f) == []


def test_a_treaty_yet_to_be_ratified_was_signed():
    f = facts("The investment treaty, which Ghana and Peru have yet to ratify, was signed in 2019.")
    assert signed_docs(f) == [(("GHA", "PER"), "treaty")]


def test_further_pacts_are_other_documents_than_the_headlines_one():
    f = facts("Chile, Peru sign strategic agreement\n\nThe two presidents met in Lima on Friday. The two sides "
              "signed further cooperation pacts in the fields of science and teacher training.")
    assert signed_docs(f) == [(("CHL", "PER"), "agreement")] * 2


def test_a_headlines_deal_over_a_bodys_package_is_that_package():
    f = facts("Chile, Peru sign trade deals\n\nChile and Peru signed cooperation pacts in trade and mining on Friday.")
    assert signed_docs(f) == [(("CHL", "PER"), "agreement")]
