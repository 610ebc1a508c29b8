"""Agreement constructions: lists numbered by ordinal words ("First: ..."),
alignment plans, firms' deals at a business forum and joint ventures, one name with the countries in
another order, a package of agreements replaced by the documents of other types named after it, and
the documents of another time that are no members of it."""
from __future__ import annotations

from extracting import facts

PAIR = ("GHA", "SEN")


def docs(f, status="signed"):
    return sorted(((a.pair, a.type) for a in f.agreements if a.status == status), key=str)


def test_items_numbered_by_ordinal_words_under_a_list_head_are_documents():
    f = facts("The presidents of Ghana and Senegal witnessed the exchange of several agreements, as follows:\n\n"
              "First: Alignment plan between the Ghanaian growth agenda and the Senegalese emergence strategy.\n\n"
              "Second: A memorandum of understanding in the field of solar power.\n\n"
              "It was exchanged by the two energy ministers.\n\n"
              "Third: An agreement between Ghana and Senegal on legal assistance in civil matters.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum"), (PAIR, "plan")]


def test_a_sentence_opening_with_an_ordinal_word_and_no_colon_is_no_list_item():
    f = facts("Ghana and Senegal signed a memorandum on fisheries. "
              "First, the two sides agreed that a plan on tourism should be drafted next year.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_deals_signed_at_a_forum_between_two_countries_companies_are_no_agreements():
    f = facts("Ghana and Senegal signed a memorandum of understanding on fisheries on Monday. "
              "Furthermore, 12 MoUs/agreements were also signed during the business forum between Ghanaian and "
              "Senegalese companies.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_a_joint_venture_agreement_is_a_deal_of_firms():
    f = facts("Ghana and Senegal signed a memorandum of understanding on fisheries on Monday, and the "
              "Tema Cement Joint Venture Agreement between GCL and SCM was signed at the same ceremony.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_one_document_named_with_the_countries_in_another_order_is_one_entry():
    f = facts("The leaders of Ghana and Senegal witnessed the signing of the Ghana-Senegal Maritime Boundary "
              "Agreement on Monday. The list of documents signed is as follows:\n\n"
              "Senegal Ghana Maritime Boundary Agreement\n\n"
              "MoU on Cooperation in Fisheries")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum")]


def test_documents_of_other_types_named_after_a_package_of_agreements_replace_it():
    f = facts("Ghana and Senegal on Monday signed three agreements. "
              "The agreement on the gas pipeline was signed by the two energy ministers. "
              "The heads of the two investment agencies, Mr Mensah and Mr Diop, also signed a memorandum of "
              "understanding on a fertiliser plant.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum")]


def test_a_document_in_force_or_signed_months_ago_is_no_member_of_the_package_signed_now():
    f = facts("Ghana and Senegal signed nine agreements on Monday. "
              "The entry into force of the Trade Agreement will help exports. "
              "In respect of the border post, an agreement was signed last May.")
    assert [a.count for a in f.agreements] == [9, None, None]


def test_one_of_the_counted_agreements_said_to_be_on_a_topic_is_a_member():
    f = facts("Ghana and Senegal signed 10 cooperation agreements on Monday. "
              "One of the 10 agreements signed is on transport cooperation between the two ministries. "
              "A memorandum of intent on trade was also signed.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum")]
    assert [(a.fields, a.count) for a in f.agreements if a.type == "agreement"] == [(("connectivity",), None)]


def test_counted_parts_that_add_up_to_the_package_are_that_one_package():
    f = facts("Ghana and Senegal signed seven agreements across various sectors on Monday. "
              "The leaders witnessed the exchange of four agreements in cyber security, renewable energy and finance. "
              "Three more agreements were exchanged earlier in the fields of insurance, culture and skills.")
    assert docs(f) == [(PAIR, "agreement")]
    assert [a.count for a in f.agreements] == [7]


def test_a_single_document_told_again_on_a_field_it_shares_is_one_entry():
    f = facts("Ghana and Senegal on Tuesday signed a Memorandum of Understanding (MoU) for cooperation in the field "
              "of fisheries and allied sectors. Ghana's Minister for Coastal Affairs, Kwame Boateng, has virtually "
              "signed a Memorandum of Understanding (MoU) with Senegal's Minister of Fisheries, Water and Environment, "
              "Dr Awa Ndiaye. The MoU provides for cooperation in fisheries research and coastal water management.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_a_short_name_glossed_after_a_comma_is_the_same_document():
    f = facts("Ghana and Senegal signed a memorandum of understanding, or MOU, to establish a joint defence "
              "committee on Wednesday.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_a_vaguely_counted_package_beside_the_documents_named_is_no_entry_of_its_own():
    f = facts("A series of agreements were signed today during the visit of Ghana's president to Senegal. "
              "The sides signed a memorandum of cooperation in fisheries and an action plan for 2025-2027. "
              "\"We signed various agreements worth about $1 billion,\" the Ghanaian president said of Senegal.")
    assert docs(f) == [(PAIR, "memorandum"), (PAIR, "plan")]


def test_a_vaguely_counted_package_of_other_documents_stays():
    f = facts("Ghana and Senegal signed a memorandum of cooperation in fisheries on Monday. "
              "The parties signed a number of other memorandums: on justice, tourism and emergencies.")
    assert docs(f) == [(PAIR, "memorandum")] * 2


def test_a_generic_document_signed_on_a_field_stands():
    f = facts("Ghana and Senegal signed an agreement on friendly relations and an intergovernmental document "
              "on making and protecting investments on Monday.")
    assert docs(f) == [(PAIR, "agreement")] * 2


def test_documents_described_after_a_dash_are_one_entry_each():
    f = facts("Ghana and Senegal have signed five memoranda of understanding (MoUs) in five sectors on Thursday. "
              "The MoUs signed are- framework of understanding on cooperation in the oil sector, protocol on "
              "cross-border wildlife conservation, cooperation in the field of agriculture, supply of equipment "
              "for a waste disposal ground in Kumasi, terms of reference on a business leaders forum.")
    assert docs(f) == [(PAIR, "memorandum")] * 4 + [(PAIR, "protocol")]


def test_two_documents_of_one_sentence_with_one_name_are_two():
    f = facts("Ghana and Senegal signed seven agreements on Thursday. These agreements are: Loan Agreement for "
              "the Coastal Railway Project (II); Loan Agreement for the Accra - Dakar Highway Project (II); "
              "Exchange of Notes on Development Aid: Coastal Railway; Exchange of Notes on Development Aid: Highway.")
    assert sorted(t for _, t in docs(f)) == ["agreement", "agreement", "other", "other"]


def test_documents_told_in_turn_by_ordinal_words_are_each_a_member():
    f = facts("Ghana and Senegal have signed six agreements and MOUs on Monday. "
              "The planning ministers signed the document on the joint committee of the economic corridor. "
              "The second document signed by the ministers was related to an experts exchange mechanism. "
              "The third document was signed by the food secretaries for the export of dried peppers.")
    assert [a.count for a in f.agreements].count(None) == 3


def test_a_capital_short_form_after_a_comma_is_the_same_document():
    f = facts("The presidents of Ghana and Senegal witnessed the signing of a number of agreements and "
              "Memoranda of Understanding, MoUs, between the two countries.")
    assert docs(f) == [(PAIR, "agreement")]


def test_a_treaty_called_multilateral_is_no_document_of_the_pair():
    f = facts("Ghana and Senegal signed a memorandum on fisheries on Monday. Under the memorandum, they supported "
              "an early start of negotiations on a multilateral, non-discriminatory and verifiable Fissile "
              "Material Cutoff Treaty.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_the_plural_after_besides_a_document_told_before_is_the_rest_of_the_package():
    f = facts("Ghana and Senegal on Tuesday signed an MoU on counter-terrorism and four other pacts. "
              "Besides the MoU on counter-terrorism, the two sides signed pacts covering education, health "
              "and agriculture.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum")]
    assert [a.count for a in f.agreements if a.type == "agreement"] == [4]


def test_a_past_sri_lankan_president_named_alone_gives_the_pair():
    f = facts("President Maithripala Sirisena held talks in Islamabad with the prime minister of Pakistan on "
              "Monday. Three agreements were signed during the discussions.")
    assert docs(f) == [(("LKA", "PAK"), "agreement")]


def test_the_pairs_only_bare_agreement_takes_the_type_a_later_definite_noun_names():
    f = facts("The cabinet of Ghana on Wednesday approved an agreement between its agriculture ministry and "
              "Senegal's ministry of fisheries. It was signed in December during a state visit. "
              "The Memorandum of Understanding (MoU) for improving agribusiness provides for cooperation in "
              "irrigation and seeds.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_documents_described_after_a_colon_past_where_they_were_signed():
    f = facts("The MoUs signed between Ghana and Senegal on Monday are - health cooperation, fisheries "
              "cooperation, tourism promotion.")
    assert docs(f) == [(PAIR, "memorandum")] * 3


def test_a_member_agreement_with_words_of_its_own_keeps_its_type_under_a_package_of_mous():
    f = facts("Ghana and Senegal have signed four memoranda of understanding (MoUs) on Thursday. "
              "The MoUs signed are- framework of understanding on the oil sector, framework agreement on "
              "community projects, cooperation in the field of agriculture, terms of reference on a business forum.")
    assert docs(f) == [(PAIR, "agreement")] + [(PAIR, "memorandum")] * 3


def test_a_counted_package_named_in_full_after_a_colon_is_its_named_documents():
    f = facts("The president of Senegal met the prime minister of Ghana in Accra. At this meeting, three agreements "
              "were signed: a Visa Waiver Agreement for Diplomatic Passport Holders, a Memorandum of Understanding "
              "on Cultural Exchange, and a Memorandum of Understanding for Cooperation in Broadcasting.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum"), (PAIR, "memorandum")]
    assert [a.count for a in f.agreements] == [None, None, None]


def test_a_document_between_three_governments_listed_with_commas_is_no_document_of_the_pair():
    f = facts("Ghana and Senegal signed five MoUs on Monday. The following MoUs were exchanged:\n\n"
              "1. MoU between the Government of Ghana and the Government of Senegal on power trade.\n\n"
              "2. MoU between the Government of Ghana, the Government of Senegal, and the Government of "
              "Mali for Cooperation in a Regional Energy Hub.\n\n"
              "3. MoU on Defence Cooperation between Ghana and Senegal.")
    assert docs(f) == [(PAIR, "memorandum")] * 2


def test_one_on_a_topic_after_a_document_in_a_list_is_one_more_of_its_type():
    f = facts("Ghana and Senegal signed six pacts on Friday. These included an agreement on classified data, "
              "a green hydrogen roadmap, one on innovation and technology, and a joint declaration on labour.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "joint-declaration"), (PAIR, "plan"), (PAIR, "plan")]


def test_one_of_the_documents_is_no_document_of_its_own():
    f = facts("Ghana and Senegal signed a roadmap on trade, one of the most important texts of the visit, on Friday.")
    assert docs(f) == [(PAIR, "plan")]


def test_other_documents_told_after_one_member_are_the_rest_of_the_package():
    f = facts("Ghana and Senegal signed 15 agreements on Friday in Accra. One of the agreements foresees a joint "
              "satellite. Other signed documents concern certificates for exports of beef and fish.")
    assert docs(f) == [(PAIR, "agreement")]


def test_deal_after_a_document_noun_is_the_verb():
    f = facts("Ghana and Senegal signed a package of agreements on Friday. The signed documents deal with "
              "fisheries and trade.")
    assert docs(f) == [(PAIR, "agreement")]


def test_an_mou_between_a_ministry_and_a_foundation_or_company_is_no_agreement_of_the_pair():
    f = facts("Ghana and Senegal signed the following documents in Accra on Monday:\n\n"
              "Cooperation program between the Ministry of Foreign Affairs of Ghana and the Ministry of Foreign "
              "Affairs of Senegal for 2025-2026;\n\n"
              "Memorandum of Understanding between the Ministry of Environment of Ghana and the “Blue Coast "
              "Foundation” to protect the coastline;\n\n"
              "Memorandum of Understanding between the Agency of Transport of Ghana and Company “Dakar Events Ltd.”.")
    assert docs(f) == [(PAIR, "plan")]


def test_the_british_foreign_secretary_by_his_title_names_his_country():
    f = facts("During the visit of Lord Cameron to Senegal, the parties signed a cooperation program for 2024-2025.")
    assert docs(f) == [(("GBR", "SEN"), "plan")]
