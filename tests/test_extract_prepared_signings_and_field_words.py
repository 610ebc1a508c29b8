"""A signing only prepared ("completed the work to sign", "will hold talks, followed by the signing of") or a
text only finalised is no signed document; an army, joint development and academic collaboration are field words,
and a firm's "joint development cooperation" is research, not development aid."""
from __future__ import annotations

from extracting import facts, signed_docs, tops


def test_work_done_to_sign_documents_leaves_them_unsigned():
    f = facts("Ghana and Togo have finished the preparatory work to sign a dozen agreements during the visit next week.")
    assert signed_docs(f) == []
    assert [a.status for a in f.agreements] == ["planned"]


def test_preparations_for_the_signing_leave_the_documents_unsigned():
    assert signed_docs(facts("Officials of Ghana and Togo made preparations for the signing of three MoUs.")) == []


def test_a_finalised_agreement_is_not_yet_signed():
    f = facts("Ghana and Togo finalised a border trade agreement at the talks in Lome on Tuesday.")
    assert signed_docs(f) == []


def test_an_agreement_finalised_and_signed_is_signed():
    f = facts("Ghana and Togo finalised and signed a border trade agreement in Lome on Tuesday.")
    assert signed_docs(f) == [(("GHA", "TGO"), "agreement")]


def test_a_meeting_still_to_come_followed_by_a_signing_signs_nothing_yet():
    f = facts("The Ghanaian president will meet the Togolese president in Lome on Friday, followed by the signing "
              "of several agreements.")
    assert signed_docs(f) == []


def test_a_meeting_held_followed_by_a_signing_signs():
    f = facts("The Ghanaian president met the Togolese president in Lome on Friday, followed by the signing "
              "of several agreements.")
    assert signed_docs(f) == [(("GHA", "TGO"), "agreement")]


def test_an_agreement_between_the_armies_is_defence():
    f = facts("Ghana and Togo signed a deal to strengthen cooperation between their armies.")
    assert (("GHA", "TGO"), "defence-security") in tops(f)


def test_academic_collaboration_is_education():
    f = facts("Ghana and Togo agreed to expand academic collaboration between their universities and institutes.")
    assert (("GHA", "TGO"), "education") in tops(f)


def test_firms_joint_development_cooperation_is_research_not_aid():
    f = facts("A Ghanaian chip maker and a Togolese software firm announced a joint development cooperation.")
    assert tops(f) == {(("GHA", "TGO"), "science-technology")}
