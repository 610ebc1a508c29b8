"""A document named as the means still wanted ("stressed the need to deepen ties through the conclusion of a
Strategic Partnership Agreement") or set off as still to be signed ("The SPA, to be signed by the presidents in
June, ...") is no signed document."""
from __future__ import annotations

from extracting import facts, signed_docs


def test_need_to_act_through_the_conclusion_of_an_agreement_signs_nothing():
    f = facts("Chile's minister stressed the need to deepen the partnership between Chile and Peru through the "
              "conclusion of a Comprehensive Strategic Partnership Agreement (CSPA).")
    assert not signed_docs(f)


def test_agreement_to_be_signed_in_an_apposition_is_not_signed():
    f = facts("The trade agreement between Chile and Peru, to be signed by the two presidents in June, will cut "
              "tariffs.")
    assert not signed_docs(f)
