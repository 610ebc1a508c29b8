"""A signing only prepared ("completed the work to sign", "will hold talks, followed by the signing of") or a
text only finalised is no signed document; armies and academic collaboration are field words, and firms' "joint
development cooperation" is no development aid; and the other constructions of visit and signing reports below."""
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


def test_firms_joint_development_cooperation_is_no_development_aid():
    f = facts("A Ghanaian chip maker and a Togolese software firm announced a joint development cooperation in "
              "semiconductor research.")
    assert tops(f) == {(("GHA", "TGO"), "science-technology")}


def test_a_field_discussed_in_the_passive_is_the_pairs():
    f = facts("The Ghanaian president met the Togolese president in Accra. The question of port logistics was also "
              "discussed between the two countries.")
    assert (("GHA", "TGO"), "connectivity") in tops(f)


def test_a_crisis_discussed_in_the_passive_is_no_field():
    f = facts("The Ghanaian president met the Togolese president in Accra. The situation in the Sahel was discussed.")
    assert tops(f) == set()


def test_a_package_told_again_as_between_institutions_takes_their_field():
    f = facts("Ghana and Togo signed six agreements in Accra on Monday. Most of the six agreements were between "
              "Ghanaian and Togolese universities.")
    assert (("GHA", "TGO"), "education") in tops(f)
    assert signed_docs(f) == [(("GHA", "TGO"), "agreement")]


def test_a_definite_member_set_off_by_its_ordinal_is_one_more_document():
    f = facts("Ghana and Togo signed three agreements on Monday. The first agreement concerns fisheries. The second "
              "agreement is on customs. As for the agreement on roads and railways, the third, it runs for ten years.")
    assert signed_docs(f) == [(("GHA", "TGO"), "agreement")] * 3


def test_a_document_renewable_after_some_years_is_no_renewable_energy():
    f = facts("As for the agreement on fisheries signed by Ghana and Togo, it is renewable after five years.")
    assert tops(f) == {(("GHA", "TGO"), "agriculture")}


def test_renewable_energy_stays_a_field():
    assert tops(facts("Ghana and Togo agreed to cooperate in renewables.")) == {(("GHA", "TGO"), "energy")}


def test_the_mou_and_agreements_told_later_are_the_package_again():
    f = facts("Ghana and Togo signed four MoUs and agreements in Accra on Monday. It was clear from the talks and "
              "the MoU and agreements signed later on that the two leaders focused on trade.")
    assert signed_docs(f) == [(("GHA", "TGO"), "agreement")]


def test_a_long_clause_to_come_before_the_signing_still_plans_it():
    f = facts("The Ghanaian president will hold a long working meeting with Togolese Prime Minister Victoire T. "
              "Dogbe in the capital Lome, followed by the signing of agreements, the ministry said.")
    assert signed_docs(f) == []


def test_what_a_document_opens_the_way_for_is_its_field_too():
    f = facts("Ghana and Togo signed an agreement on cooperation in youth affairs, which opens the way for "
              "university scholarships for young people.")
    assert (("GHA", "TGO"), "education") in tops(f)


def test_a_relative_clause_about_one_side_adds_no_field():
    f = facts("Ghana and Togo agreed to cooperate in fisheries, which is a big employer in Ghana.")
    assert tops(f) == {(("GHA", "TGO"), "agriculture")}


def test_goods_exported_by_one_to_the_other_are_their_trade():
    f = facts("The products exported by Cote d’Ivoire to Ghana are rubber, cashew nuts and cocoa.")
    assert (("CIV", "GHA"), "trade") in tops(f)


def test_goods_exported_by_one_country_alone_are_no_pairs_trade():
    f = facts("Ghana hosted Togo's president on Monday. The cocoa exported by Ghana last year was worth billions.")
    assert (("GHA", "TGO"), "trade") not in tops(f)


def test_the_progress_made_on_a_field_is_the_pairs_work_in_it():
    f = facts("\u201cWe will tell the press about the progress we have made on trade,\u201d the Ghanaian president said "
              "after talks with the Togolese president.")
    assert (("GHA", "TGO"), "trade") in tops(f)


def test_a_themed_year_the_two_hold_is_their_field():
    f = facts("Next year has also been designated the Ghana-Togo Friendship Year for Tourism.")
    assert tops(f) == {(("GHA", "TGO"), "culture")}


def test_the_year_of_an_event_is_no_themed_year():
    f = facts("Ghana and Togo met in the year of the pandemic to review their ties.")
    assert tops(f) == set()


def test_exploring_blocks_is_oil_and_gas():
    f = facts("Ghana and Togo agreed to cooperate in the exploration of two offshore blocks.")
    assert tops(f) == {(("GHA", "TGO"), "energy")}


def test_building_blocks_are_no_oil_and_gas():
    f = facts("Ghana and Togo agreed to cooperate in laying the building blocks of integration.")
    assert (("GHA", "TGO"), "energy") not in tops(f)


def test_a_press_statement_told_as_the_time_of_a_signing_is_no_document():
    f = facts("Prior to the issuance of the joint press statement, Ghana and Togo signed an agreement on fisheries.")
    assert signed_docs(f) == [(("GHA", "TGO"), "agreement")]


def test_a_press_statement_issued_stays_a_document():
    assert signed_docs(facts("Ghana and Togo issued a joint press statement on Monday.")) == [(("GHA", "TGO"), "joint-statement")]


def test_a_quotation_one_leader_said_in_a_joint_statement_is_no_document():
    f = facts("\u201cOur fisheries cooperation will grow,\u201d said President Mahama in a joint statement after talks with "
              "Togo's President.")
    assert signed_docs(f) == []


def test_a_joint_statement_the_two_leaders_speak_in_stays_a_document():
    f = facts("\u201cWe will deepen ties,\u201d the leaders of Ghana and Togo said in a joint statement.")
    assert signed_docs(f) == [(("GHA", "TGO"), "joint-statement")]
