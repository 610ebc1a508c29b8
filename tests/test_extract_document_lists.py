"""Documents named in lists and packages: a bare "Among them:" line after a counted package heads
the list of its documents, and a letter of intent listed under a signing is a document too."""
from __future__ import annotations

from extracting import facts


def types(f):
    return sorted(a.type for a in f.agreements)


def test_lines_under_among_them_after_a_counted_package_are_its_documents():
    f = facts("Peru and Chile signed 12 documents during the visit, the press office said.\n\n"
              "Among them:\n\n"
              "Agreement on cooperation in the field of fisheries;\n\n"
              "Protocol on amending the agreement on visa-free travel;\n\n"
              "Memorandum on cooperation in tourism")
    assert types(f) == ["agreement", "memorandum", "protocol"]
    assert all(a.pair == ("CHL", "PER") for a in f.agreements)


def test_a_letter_of_intent_listed_under_a_signing_is_a_document():
    f = facts("Peru and Chile signed the following documents:\n\n"
              "*A letter of intent on earth observation between the two space agencies.\n\n"
              "*An MoU on cooperation in fisheries.")
    assert types(f) == ["memorandum", "other"]


def test_a_letter_of_intent_outside_a_list_and_unsigned_is_no_document():
    f = facts("Peru and Chile discussed a letter of intent on earth observation.")
    assert not f.agreements


def test_a_titled_agreement_after_a_joint_communique_is_a_document_of_its_own():
    f = facts("Peru and Chile issued a Joint Communique at the end of the state visit.\n\n"
              "In this regard, the Agreement establishing the Binational Commission was signed during the visit.")
    assert types(f) == ["agreement", "joint-statement"]


def test_a_counted_package_after_a_joint_communique_is_a_document_of_its_own():
    f = facts("Peru and Chile issued a Joint Communique at the end of the state visit.\n\n"
              "The two presidents noted the existing 20 agreements between the two countries.")
    assert types(f) == ["agreement", "joint-statement"]


def test_the_agreement_signed_after_a_declaration_is_that_declaration_again():
    f = facts("Peru and Chile signed a Declaration of Intent on Antarctic research on Monday.\n\n"
              "\"This was possible on the basis of the agreement that has been signed,\" he said.")
    assert types(f) == ["joint-declaration"]


def test_a_counted_singular_joined_to_a_plural_is_one_mixed_package():
    f = facts("During the visit, 17 MoU and agreements were signed between Peru and Chile.")
    assert [(a.type, a.count) for a in f.agreements] == [("agreement", 17)]


def test_a_joint_vision_the_pair_adopted_is_their_joint_statement():
    f = facts("Peru and Chile held talks in Lima on Monday. They adopted a joint vision for an enhanced partnership.")
    assert types(f) == ["joint-statement"]


def test_a_shared_vision_spoken_of_is_no_document():
    f = facts("Peru and Chile held talks in Lima. Their ties rest on a shared vision for mutual progress.")
    assert not f.agreements


def test_the_rules_of_procedure_signed_are_one_document_not_a_package_again():
    f = facts("Peru and Chile signed three agreements on trade in 2019.\n\n"
              "On Tuesday the two leaders witnessed the signing of the Rules of Procedure for the Joint Commission.")
    assert types(f) == ["agreement", "other"]


def test_a_long_head_naming_the_signed_package_lets_its_listed_documents_replace_it():
    f = facts("Peru and Chile witnessed the signing of major agreements in space and energy on Monday.\n\n"
              "The agreements and MoUs signed and exchanged by the two sides included the following:\n\n"
              "*A joint declaration on cooperation in higher education.\n\n"
              "*An MoU on cooperation in lunar exploration.")
    assert types(f) == ["joint-declaration", "memorandum"]


def test_decisions_of_a_joint_council_listed_under_a_signing_are_documents():
    f = facts("Peru and Chile signed a number of documents, which include:\n\n"
              "1. Decision of the Joint Council on the establishment of a working group on fisheries;\n\n"
              "2. Agreement on joint military exercises.")
    assert types(f) == ["agreement", "other"]


def test_a_decision_of_a_council_spoken_of_is_no_document():
    f = facts("Peru and Chile welcomed the decision of the Security Council on the border.")
    assert not f.agreements


def test_a_counted_noun_before_a_colon_and_named_documents_is_their_head_not_an_entry():
    f = facts("Peru and Chile signed three instruments: an investment memorandum, a fisheries memorandum "
              "and a declaration on biofuels.")
    assert types(f) == ["joint-declaration", "memorandum", "memorandum"]


def test_the_title_pair_opens_a_story_whose_first_heading_names_no_country():
    from extracting import extract, Article
    import datetime as dt
    f = extract(Article(text="Overview\n\n- Officials signed an agro-food cooperation memorandum on Monday.",
                        id="t", title="Peru and Chile seal sectoral pacts", published=dt.date(2025, 6, 14)))
    assert [(a.pair, a.type) for a in f.agreements] == [(("CHL", "PER"), "memorandum")]


def test_indefinite_documents_listed_with_commas_are_each_a_document():
    f = facts("Peru and Chile signed an investment memorandum, a fisheries memorandum and a declaration on biofuels.")
    assert types(f) == ["joint-declaration", "memorandum", "memorandum"]


def test_a_named_treaty_with_an_appositive_pact_is_one_document():
    f = facts("Peru and Chile signed the Lima Treaty, a landmark pact on cooperation, on Monday.")
    assert types(f) == ["treaty"]


def test_a_deal_that_could_be_signed_later_gives_no_document_and_no_cooperation():
    from extracting import tops
    f = facts("Peru and Chile signed a memorandum on fisheries on Monday. A separate deal on mining could be signed later.")
    assert [(a.type, a.fields) for a in f.agreements] == [("memorandum", ("fisheries",))]
    assert tops(f) == {(("CHL", "PER"), "agriculture")}


def test_the_next_clause_may_be_signed_leaves_the_signed_memorandum_signed():
    from kg.extract.clauses import doc_status
    s = "Peru and Chile signed a memorandum on fisheries on Monday, while an agreement on mining may be signed next year."
    a = s.index("memorandum")
    assert doc_status(s, a, a + len("memorandum")) == "signed"
    a = s.index("agreement")
    assert doc_status(s, a, a + len("agreement")) == "possible"


def test_an_executive_plan_signed_is_a_plan():
    f = facts("Peru and Chile signed an executive plan for cultural cooperation for 2025-2028.")
    assert [(a.type, a.fields) for a in f.agreements] == [("plan", ("culture",))]


def test_heads_of_state_named_alone_give_the_pair_of_their_document():
    f = facts("President Doumbouya hosted President Kagame in the capital. Doumbouya and Kagame witnessed "
              "the signing of a memorandum on telecommunications on Tuesday.")
    assert [(a.pair, a.type) for a in f.agreements] == [(("GIN", "RWA"), "memorandum")]


def test_a_past_head_of_government_stands_for_his_country():
    f = facts("Prime Minister Jugnauth and Prime Minister Modi signed an agreement on maritime security.",
              published="2019-06-14")
    assert [(a.pair, a.type) for a in f.agreements] == [(("IND", "MUS"), "agreement")]


def test_a_counted_package_of_memoranda_is_the_ones_named_after_it():
    f = facts("Peru and Chile inked three memorandums of understanding on Tuesday.\n\n"
              "An MoU was signed on mental health between the health ministries.\n\n"
              "Another memorandum of understanding on the safety of medicines was signed by the regulators.")
    assert [(a.type, a.count) for a in f.agreements] == [("memorandum", None), ("memorandum", None)]


def test_a_plural_with_its_abbreviation_joined_to_agreements_is_one_mixed_package():
    f = facts("The two prime ministers of Peru and Chile oversaw the exchange of several Memoranda of "
              "Understanding (MoUs) and agreements on trade.")
    assert [a.type for a in f.agreements] == ["agreement"]


def test_a_signing_line_ending_in_a_colon_heads_the_documents_below():
    f = facts("Peru and Chile held talks in Lima.\n\n"
              "The parties have signed:\n\n"
              "- The Cooperation Program between the two foreign ministries for 2024-2025;\n\n"
              "- The Agreement between the cities of Cusco and Arica on establishment of brotherly relations.")
    assert types(f) == ["agreement", "plan"]


def test_speeding_up_the_signing_of_a_memorandum_leaves_it_unsigned():
    f = facts("Peru and Chile agreed to speed up the signing of a Memorandum of Understanding on fisheries.")
    assert [a.status for a in f.agreements] == ["planned"]


def test_a_many_party_trade_pact_is_no_agreement_of_the_pair():
    f = facts("Regarding the Trans-Pacific Partnership Agreement, Peru and Chile agreed on continued cooperation.")
    assert not [a for a in f.agreements if a.status == "signed"]


def test_a_memo_signed_between_the_pair_is_a_memorandum():
    f = facts("Peru and Chile agreed to encourage investment in line with the activation of the memo signed between them.")
    assert types(f) == ["memorandum"]


def test_a_list_headed_right_after_a_counted_package_replaces_it():
    f = facts("The presidents of Peru and Chile met in Arica. The meeting led to the signing of 11 accords.\n\n"
              "Here is the summary of the documents signed at the meeting:\n\n"
              "1. The Interagency Agreement on the protection of the elderly.\n\n"
              "2. A Memorandum of Understanding on disaster risk management.")
    assert types(f) == ["agreement", "memorandum"]


def test_documents_also_signed_under_a_list_head_stand_beside_the_package():
    f = facts("The presidents of Peru and Chile met in Arica and witnessed the signing of 11 accords.\n\n"
              "The ministers also signed the following documents:\n\n"
              "1. A Memorandum of Understanding on disaster risk management.")
    assert types(f) == ["agreement", "memorandum"]


def test_a_priced_deal_is_a_business_contract_not_an_agreement_of_the_pair():
    f = facts("Peru signed deals with Chile valued at $30 billion on Tuesday. Helicopter deals worth $3 billion "
              "were also finalized.")
    assert not f.agreements


def test_agreements_worth_an_amount_in_fields_stay_agreements():
    f = facts("Peru and Chile held talks. Agreements were also signed in trade and investment worth $15 billion.")
    assert types(f) == ["agreement"]


def test_agreements_the_pair_entered_into_are_signed_documents():
    f = facts("Peru and Chile have since entered into a number of cooperation agreements, including a General "
              "Cooperation Agreement and two agreements on defence cooperation.")
    assert types(f) == ["agreement", "agreement"]


def test_a_second_memorandum_joined_by_and_to_a_planned_one_is_planned_too():
    f = facts("The two governments of Peru and Chile will also sign a Memorandum of Understanding on matters in "
              "higher education and water supply sectors and a MoU on Vocational Training and Youth Development.")
    assert [a.status for a in f.agreements] == ["planned", "planned"]


def test_a_programme_in_the_topic_list_of_signed_memoranda_is_a_topic():
    f = facts("Peru and Chile signed six MoUs on Monday. The MoUs were signed on the areas of youth affairs, "
              "agricultural research, and for a cultural exchange programme for 2021-2025.")
    assert [(a.type, a.count) for a in f.agreements] == [("memorandum", 6)]


def test_an_ordinal_agreement_label_numbers_the_document_its_clause_names():
    f = facts("The king and the president of Peru and Chile chaired the signing of 23 agreements of cooperation.\n\n"
              "The first agreement covers a Memorandum of Understanding between the two diplomatic academies.\n\n"
              "The second agreement concerns an executive program of cultural cooperation for 2015-2017, signed "
              "by the two ministers.\n\n"
              "The third agreement relates to cooperation in the field of security.", published="2014-05-31")
    assert types(f) == ["agreement", "memorandum", "plan"]


def test_the_agreement_was_reached_is_a_consensus_not_a_document():
    f = facts("Peru and Chile will set up a joint committee. The agreement was reached during the minister's visit.")
    assert not [a for a in f.agreements if a.status == "signed"]


def test_agreements_reached_and_signed_are_documents():
    f = facts("Peru and Chile held talks. Agreements were also reached and signed in trade and investment.")
    assert types(f) == ["agreement"]


def test_this_included_after_an_exchange_names_the_documents_of_the_package():
    f = facts("Peru and Chile held talks. After the discussions, agreements were exchanged between both parties. "
              "This included a Memorandum of Understanding between the two diplomatic institutes, as well as an "
              "agreement on mutual legal assistance.")
    assert types(f) == ["agreement", "memorandum"]


def test_ordinals_after_two_named_documents_tell_them_again():
    f = facts("Peru and Chile held talks. After the discussions, agreements were exchanged between both parties. "
              "This included a Memorandum of Understanding on diplomatic training, as well as an agreement on "
              "mutual legal assistance.\n\n"
              "The first agreement aims to provide legal assistance in criminal matters, while the second is a "
              "Memorandum of Understanding on diplomatic training.")
    assert types(f) == ["agreement", "memorandum"]


def test_an_ordinal_past_the_documents_named_before_is_a_further_member():
    f = facts("Peru and Chile signed 12 agreements.\n\n"
              "The first agreement is a memorandum on fisheries, signed by the ministers.\n\n"
              "The second agreement concerns an agreement on visas, signed by the ministers.\n\n"
              "The third agreement is a memorandum on tourism, signed by the ministers.", published="2014-05-31")
    assert types(f) == ["agreement", "memorandum", "memorandum"]


def test_a_document_named_with_concerning_is_its_own_beside_a_package():
    f = facts("Peru and Chile signed four agreements on Monday. In May last year, the two countries signed the "
              "landmark Agreement Concerning the Delimitation of the Maritime Boundary.")
    assert types(f) == ["agreement", "agreement"]
