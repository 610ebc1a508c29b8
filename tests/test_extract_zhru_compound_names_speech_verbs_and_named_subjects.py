"""A field word in a name a pair's compound opens belongs to that pair in a sentence of several pairs (zh);
"— заключил министр" after a quotation reports a speech, no signing (ru); a type word after "о" of a
document's name is what that document is about (ru)."""
from __future__ import annotations

from extracting import facts, signed_docs, tops


def test_a_field_in_a_name_opened_by_a_pair_compound_is_that_pairs_alone():
    text = "外长将赴德国出席中德经济合作论坛，再赴意大利主持中意政府委员会会议。"
    got = tops(facts(text))
    assert (("CHN", "DEU"), "economy") in got
    assert (("CHN", "ITA"), "economy") not in got


def test_a_field_after_compounds_listed_together_is_each_pairs():
    got = tops(facts("外长表示，中德、中意经贸合作不断深化。"))
    assert {(("CHN", "DEU"), "economy"), (("CHN", "ITA"), "economy")} <= got


def test_concluded_after_a_quotation_reports_a_speech():
    text = "«У Казахстана и Узбекистана большие планы в торговле», — заключил министр."
    assert signed_docs(facts(text)) == []


def test_concluded_with_a_document_is_still_a_signing():
    assert signed_docs(facts("Казахстан и Узбекистан заключили соглашение о торговле.")) == [(("KAZ", "UZB"), "agreement")]


def test_a_plan_a_statement_is_about_is_no_document_of_its_own():
    text = "Армения и Иран подписали совместное заявление президентов Армении и Ирана о плане развития торговли."
    assert signed_docs(facts(text)) == [(("ARM", "IRN"), "joint-statement")]


def test_a_second_document_after_and_is_its_own():
    text = "Армения и Иран подписали соглашение о торговле и программу сотрудничества."
    assert signed_docs(facts(text)) == [(("ARM", "IRN"), "agreement"), (("ARM", "IRN"), "plan")]
