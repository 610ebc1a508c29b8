"""Documents of one visit told apart: a headline's deal and the body's joint statement, definite documents on
topics of their own, a package told by mixed nouns, a name given with "this", the side a document is signed for,
the country of a relative clause, plans of measures and for activities. Our own sentences."""
from __future__ import annotations

from extracting import facts, signed_docs

CHL_PER = ("CHL", "PER")


def test_joint_statement_does_not_swallow_the_headline_deal_its_sentence_names_too():
    text = ("Chile, Peru sign agreement on river boundary\n\n"
            "The joint statement and the agreement on the Chilean-Peruvian river boundary were signed by the two "
            "presidents in Lima.\n\nA memorandum on parliamentary exchanges was also signed.")
    assert signed_docs(facts(text)) == [(CHL_PER, "agreement"), (CHL_PER, "joint-statement"), (CHL_PER, "memorandum")]


def test_memorandum_on_another_topic_is_no_earlier_agreement_retold():
    text = ("Chile and Peru signed an agreement on the river boundary in Lima. "
            "The memorandum on parliamentary exchanges was signed by the two speakers.")
    assert signed_docs(facts(text)) == [(CHL_PER, "agreement"), (CHL_PER, "memorandum")]


def test_definite_agreements_on_fields_of_their_own_are_new_documents():
    text = ("Chile and Peru signed an agreement on the river boundary in Lima. "
            "The intergovernmental agreements on trade and culture between Arica and Tacna were signed.")
    got = facts(text)
    assert signed_docs(got) == [(CHL_PER, "agreement"), (CHL_PER, "agreement")]


def test_signing_of_the_agreements_tells_the_package_again():
    text = ("Chile and Peru on Thursday signed five bilateral agreements, including a pact on the copper trade.\n\n"
            "The two presidents witnessed the signing of the agreements on cooperation in areas including health, "
            "sports and mining.")
    assert signed_docs(facts(text)) == [(CHL_PER, "agreement")]


def test_mixed_package_told_again_by_its_count():
    text = ("The second Chile – Peru Joint Ministerial Commission meeting has ended in Lima with both countries signing "
            "agreements, Memorandum of Understandings (MOU) and protocols to enhance bilateral cooperation.\n"
            "The Foreign Minister of Chile and the Deputy Foreign Minister of Peru exchanging agreements after the "
            "signing ceremony.\nBoth ministers praised the excellent ties between the two governments.\n"
            "At the end of the meeting eight agreements, treaties and MOU's were successfully negotiated and signed "
            "by both parties.")
    assert signed_docs(facts(text)) == [(CHL_PER, "agreement")]


def test_this_memorandum_with_a_name_is_the_one_just_told():
    text = ("MoU signed between Chile and Peru on closer border cooperation\n\n"
            "The plan was set out in a Memorandum of Understanding (MoU) signed late on Friday.\n\n"
            "\"By this MoU on Closer Border Cooperation, the Parties agree to meet every year.\"")
    assert signed_docs(facts(text)) == [(CHL_PER, "memorandum")]


def test_memorandum_signed_for_a_country_is_no_name():
    text = ("The governments of Chile and Peru signed a memorandum of understanding on water. "
            "The envoy signed the Memorandum for Chile and the foreign minister signed for Peru.")
    assert signed_docs(facts(text)) == [(CHL_PER, "memorandum")]


def test_relative_clause_country_is_the_side_of_its_pact():
    text = ("Chile and Peru signed a fisheries agreement on Tuesday. The deal comes as Peru, Ecuador and their "
            "neighbours seek to keep others from forging fishing ties with Bolivia, which last year struck a river "
            "pact with Argentina.")
    assert (("ARG", "BOL"), "agreement") in signed_docs(facts(text))


def test_plan_of_practical_measures_and_plan_for_joint_activities_are_plans():
    text = ("Chile and Peru signed the Plan of Practical Measures for Deepening Industrial Cooperation. "
            "Chile and Peru also signed a plan for joint activities between their border regions for 2026-2028.")
    assert signed_docs(facts(text)) == [(CHL_PER, "plan"), (CHL_PER, "plan")]


def test_fsm_names_micronesia():
    text = "Japan and the FSM Government signed an exchange of notes on a grant for fishing boats."
    assert signed_docs(facts(text)) == [(("FSM", "JPN"), "other")]


def test_definite_agreement_listed_after_another_document_of_its_sentence_is_one_more():
    text = ("Chile and Peru signed an agreement on the river boundary in Lima. The intergovernmental agreements on "
            "trade and culture between Arica and Tacna, the agreement on scientific and technical cooperation were "
            "signed.")
    assert signed_docs(facts(text)) == [(CHL_PER, "agreement")] * 3
