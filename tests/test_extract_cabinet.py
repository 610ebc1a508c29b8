"""A cabinet's list of approvals: a document approved or renewed is recorded; leave to sign one later
("the signing of ... was approved", "was given permission to enter into") is only planned; a ministry
"of" a country belongs to it; a number ending a date counts no documents."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article


def facts(text: str, published: str = "2024-02-06"):
    return extract(Article(text=text, id="t", published=dt.date.fromisoformat(published)))


def docs(f):
    return {(a.pair, a.type, a.status) for a in f.agreements}


def test_a_ministry_of_a_country_is_that_country_not_a_bloc():
    f = facts("The cabinet took these decisions:\n1. Approval of a memorandum of understanding on consular matters "
              "between the Ministry of Foreign Affairs of Kenya and the Ministry of Foreign Affairs of Chile.")
    assert docs(f) == {(("CHL", "KEN"), "memorandum", "signed")}


def test_leave_to_sign_approved_by_a_cabinet_is_only_planned():
    f = facts("The signing of two memorandums of understanding with Ghana and Peru on mining was approved by the "
              "Kenyan cabinet on Tuesday.")
    assert {s for _, _, s in docs(f)} == {"planned"}


def test_permission_to_enter_into_an_agreement_is_only_planned():
    f = facts("Kenya and Peru met on Monday. The trade ministry was given permission to enter into an agreement "
              "with Peru on customs.")
    assert {s for _, _, s in docs(f)} <= {"planned"}


def test_a_document_among_the_approvals_is_recorded():
    f = facts("Kenya's cabinet met on Tuesday. Among the approvals were an agreement between Kenya and Chile on "
              "air services.")
    assert (("CHL", "KEN"), "agreement", "signed") in docs(f)


def test_a_number_ending_a_date_counts_no_documents():
    f = facts("Kenya and Chile: 2024-02-06 MoUs signed on mining.")
    assert all(a.count is None for a in f.agreements)
