"""A definite "the newly signed protocol" tells again the protocol signed before; "not a single agreement
(which was signed) was secret" is a claim over the documents, no document of its own; "With Switzerland,
the country signed ..." gives the document to the fronted partner and the story's country the sentence
names, not to the story's pair."""
from __future__ import annotations

from extracting import facts, signed_docs


def test_the_newly_signed_protocol_is_the_protocol_told_before():
    f = facts("Ghana and Peru signed an investment agreement in March. On 16 October the two countries signed a protocol "
              "amending the agreement. The agreement and the newly signed protocol now need to be ratified by both parliaments.")
    assert signed_docs(f) == [(("GHA", "PER"), "agreement"), (("GHA", "PER"), "protocol")]


def test_not_a_single_agreement_is_no_document():
    f = facts("The minister told parliament that not a single agreement which was signed between Nepal and Bhutan was kept secret.")
    assert signed_docs(f) == []


def test_not_one_deal_was_signed_is_no_document():
    f = facts("Nepal and Bhutan held talks on Monday, but not one deal was signed.")
    assert signed_docs(f) == []


def test_a_fronted_partner_with_a_leader_of_the_story_country():
    f = facts("Chile and Peru signed a fisheries agreement on Monday in Lima. Chile has signed deals with other states this week. "
              "With Norway, the country signed an agreement on salmon farming after talks between President Gabriel Boric "
              "and the Norwegian prime minister.")
    assert signed_docs(f) == [(("CHL", "NOR"), "agreement"), (("CHL", "PER"), "agreement")]
