"""A document only planned stays planned when later sentences name it without a signing ("the ASA
provides ...", "the signing of the ASA will enable ..."), a headline's "to ink" and the items of a planned
list are planned too; a later "was signed" with the document's own topic words signs it; a tally
("the 40th such agreement") tells the document just signed again."""
from __future__ import annotations

from extracting import facts, signed_docs


def status(f):
    return sorted((a.pair, a.type, a.status) for a in f.agreements)


def test_an_approved_signing_named_again_without_a_verb_stays_planned():
    f = facts("The cabinet on Tuesday approved the signing of a Maritime Transport Agreement between Ghana and Peru. "
              "The Maritime Transport Agreement provides the legal basis for shipping lines of both sides.")
    assert signed_docs(f) == []


def test_the_signing_told_as_a_noun_makes_no_planned_document_signed():
    f = facts("Chile's council of ministers approved the signing of an Air Transport Agreement with Kenya. "
              "\u201cThe signing of the Air Transport Agreement with Kenya will open direct flights,\u201d the minister said.")
    assert signed_docs(f) == []


def test_a_signing_after_the_noun_still_signs_a_document_told_before():
    f = facts("Chile and Peru signed a fisheries agreement on Monday. The signing of the agreement took place in Lima.")
    assert signed_docs(f) == [(("CHL", "PER"), "agreement")]


def test_a_headline_infinitive_is_a_signing_to_come():
    f = facts("Senegal to ink defence pact with Mali\n\nSenegal and Mali will sign a defence treaty next week.")
    assert signed_docs(f) == []


def test_approving_the_signing_and_ratification_leaves_the_treaty_planned():
    f = facts("Senegal and Mali will sign an extradition treaty this week. The cabinet on Monday approved the "
              "signing and ratification of the treaty, a statement said.")
    assert signed_docs(f) == []


def test_titles_listed_by_commas_after_a_planned_document_are_planned_too():
    f = facts("Bolivia and Paraguay had agreed to sign the water treaty and four other pacts - Agreement on Border Crossings "
              "Between Bolivia and Paraguay, two Customs Cooperation Protocols, a Road Transport Agreement for Cargo and "
              "the MoU on Youth Exchanges.")
    assert signed_docs(f) == []


def test_a_later_was_signed_with_the_topic_words_signs_that_planned_document():
    f = facts("Bolivia and Paraguay agreed to sign a water treaty and the MoU on Visa Exemption for Official Passport "
              "Holders. The pact on visa exemption for official passport holders was signed on March 3.")
    assert status(f) == [(("BOL", "PRY"), "memorandum", "signed"), (("BOL", "PRY"), "treaty", "planned")]


def test_a_tally_of_one_sides_documents_tells_the_document_just_signed():
    f = facts("Laos and Peru on Monday signed a visa waiver agreement for holders of diplomatic passports. "
              "This is the 40th visa exemption agreement that Laos has signed with other countries.")
    assert signed_docs(f) == [(("LAO", "PER"), "agreement")]


def test_it_was_the_first_such_treaty_is_no_second_treaty():
    f = facts("Chile and Kenya signed a treaty on extradition on Friday. It was the first such treaty between the two countries.")
    assert signed_docs(f) == [(("CHL", "KEN"), "treaty")]


def test_vn_in_a_headline_is_vietnam():
    f = facts("VN, Chile ink action plan for 2025-2027\n\nThe foreign ministers on Monday signed the action plan in Santiago.")
    assert signed_docs(f) == [(("CHL", "VNM"), "plan")]
