"""Two Russian statements of one pair with no fields: different "about" phrases are two documents,
a headline's rewording of one statement is the same document."""
from __future__ import annotations

from extracting import facts


def _statements(text: str) -> int:
    return sum(a.type == "joint-statement" for a in facts(text).agreements)


def test_statements_about_different_things_are_two_documents():
    assert _statements("Президенты России и Монголии приняли совместное заявление о борьбе с терроризмом. "
                       "Кроме того, они подписали заявление о расширении торговых связей.") == 2


def test_a_reworded_statement_on_the_partnership_is_one_document():
    assert _statements("Россия и Монголия приняли заявление о всеобъемлющем партнерстве.\n\nПрезиденты подписали "
                       "совместное заявление об углублении отношений всеобъемлющего партнерства.") == 1


def test_a_headline_s_shorter_wording_of_a_memorandum_is_the_same_document():
    text = ("Армения и Казахстан подписали меморандум о взаимопонимании в сфере энергетики\n\n"
            "Армения и Казахстан подписали меморандум о взаимопонимании и сотрудничестве в сфере энергетики.")
    assert sum(a.type == "memorandum" for a in facts(text).agreements) == 1


def test_memoranda_on_two_subjects_of_one_field_stay_two():
    text = ("Армения и Казахстан подписали меморандум о сотрудничестве в области цифровой экономики.\n"
            "Армения и Казахстан также подписали меморандум о сотрудничестве в области космических исследований.")
    assert sum(a.type == "memorandum" for a in facts(text).agreements) == 2
