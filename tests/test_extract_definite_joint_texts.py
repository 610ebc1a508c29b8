"""A joint text told with the definite article is one the article has in mind: "the joint declaration adopted at the
meeting" told before the title and day of the pair's Joint Declaration is that declaration, and "the signed joint
statement" after the pair signed a joint declaration that day is that declaration again, not a second joint text.
A joint text told as one more, or with its own year, stays another. Our own sentences."""
from __future__ import annotations

from extracting import facts, signed_docs


def test_the_definite_joint_text_before_its_title_is_one_document():
    f = facts("Our meeting in Lima and the joint declaration adopted there are a turning point in Peruvian-Chilean "
              "relations, the minister said. The Joint Declaration on the Establishment of a Strategic Partnership "
              "between Peru and Chile was adopted in Lima on March 3, 2025. The Declaration lists many goals.")
    assert signed_docs(f) == [(("CHL", "PER"), "joint-declaration")]


def test_the_signed_joint_statement_after_a_joint_declaration_is_that_declaration():
    f = facts("On Monday Peru and Chile signed a Joint Declaration aimed at deepening their strategic partnership. "
              "At a press conference, the Peruvian president hailed the signed joint statement as a turning point.")
    assert signed_docs(f) == [(("CHL", "PER"), "joint-declaration")]


def test_a_joint_text_told_as_another_stays_another():
    f = facts("On Monday Peru and Chile signed a Joint Declaration aimed at deepening their strategic partnership. "
              "The two sides also issued another joint statement, on the border.")
    assert len(signed_docs(f)) == 2
