""""Terms of reference" of a joint body are a signed document of their own (of the package's type when
listed under one); a deal between firms named by their trade word ("Volta Energy", "Andes Power"),
with no company word, is no agreement of the countries, while a ministry "of Energy" or an "Energy
Commission" is the government's."""
from __future__ import annotations

from extracting import facts, signed_docs


def test_terms_of_reference_of_a_joint_committee_are_a_document():
    f = facts("The foreign ministers of Bhutan and Nepal signed the Terms of Reference of the Joint Trade Committee on Monday.")
    assert signed_docs(f) == [(("BTN", "NPL"), "other")]


def test_terms_of_reference_listed_under_memoranda_are_one_of_them():
    f = facts("Bhutan and Nepal signed three memoranda of understanding on Monday. The MoUs signed are- cooperation "
              "in hydropower, cooperation in tourism, terms of reference on a business council.")
    assert signed_docs(f) == [(("BTN", "NPL"), "memorandum")] * 3


def test_firms_named_by_their_trade_word_make_no_agreement_of_the_pair():
    f = facts("Bhutan's Druk Energy and Nepal's Himal Power signed an agreement on a hydropower plant on Monday.")
    assert signed_docs(f) == []


def test_a_firm_after_with_makes_no_agreement_of_the_pair():
    f = facts("Bhutan signed a memorandum with Nepal's Himal Power on a transmission line.")
    assert signed_docs(f) == []


def test_ministries_and_commissions_of_energy_are_the_governments():
    f = facts("Bhutan's Energy Commission and Nepal's Ministry of Energy signed an agreement on power trade.")
    assert signed_docs(f) == [(("BTN", "NPL"), "agreement")]


def test_a_document_titled_with_a_trade_word_stands():
    f = facts("Bhutan and Nepal signed the Himalayan Power Agreement on Monday.")
    assert signed_docs(f) == [(("BTN", "NPL"), "agreement")]
