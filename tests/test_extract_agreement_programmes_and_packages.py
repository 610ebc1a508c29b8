"""Agreement constructions: programmes told by what they do or whom they belong to,
and a multilateral declaration named beside the pair."""
from __future__ import annotations

from extracting import facts, signed_docs

PAIR = ("GHA", "KEN")


def test_a_training_programme_described_after_a_signed_mou_is_no_document():
    f = facts("Ghana and Kenya on Monday signed a memorandum of understanding on vocational education. "
              "Under it, up to 50 Kenyan teachers will join a refresher course in Accra, and the sending of "
              "Ghanaian instructors to Nairobi for the training programme will follow.")
    assert signed_docs(f) == [(PAIR, "memorandum")]


def test_one_leaders_own_programme_praised_in_talks_is_no_document():
    f = facts("Ghana and Kenya signed an agreement on air services on Monday. "
              "The Kenyan president praised Mahama's program for free school meals, which aims to reach "
              "two million pupils by 2028.")
    assert signed_docs(f) == [(PAIR, "agreement")]


def test_the_declaration_on_the_conduct_of_parties_is_no_document_of_the_pair():
    f = facts("Vietnam and Japan signed a memorandum on port security on Monday. The two sides stressed the need "
              "to fully implement the Declaration on the Conduct of Parties in the East Sea.")
    assert signed_docs(f) == [(("JPN", "VNM"), "memorandum")]


def test_mou_agreements_are_memoranda_told_once():
    f = facts("The presidents of Ghana and Kenya presided over the signing of four MoU agreements in the areas of "
              "trade, tourism and police cooperation on Monday.")
    assert signed_docs(f) == [(PAIR, "memorandum")]


def test_a_counted_package_including_one_on_a_field_is_one_package():
    f = facts("- Ghana and Kenya have also signed 3 MoUs, including one in the energy sector.")
    assert signed_docs(f) == [(PAIR, "memorandum")]


def test_definite_documents_listed_under_a_head_that_names_them_are_each_a_member():
    f = facts("The Kenyan president was in Accra on Monday for a state visit. "
              "Ghana and Kenya have signed several agreements and MoUs for cooperation in trade and tourism.\n\n"
              "The agreements and MoUs signed included the MoU on cooperation in archives; the MoU for cooperation "
              "in industrial property between the two trade ministries, the MoU between the two central banks on "
              "supervision; and the MoU on cooperation between the two national news agencies.")
    assert signed_docs(f) == [(PAIR, "memorandum")] * 4


def test_a_partnership_signed_in_plain_words_is_an_agreement_and_a_titled_one_is_of_type_other():
    plain = facts("Ghana and Kenya signed a new strategic partnership in Accra on Monday.")
    titled = facts("Ghana and Kenya signed a 'Special Strategic Partnership' in Accra on Monday.")
    assert signed_docs(plain) == [(PAIR, "agreement")]
    assert signed_docs(titled) == [(PAIR, "other")]


def test_earlier_signed_agreements_told_as_a_whole_are_no_document():
    f = facts("The Kenyan president arrived in Ghana on Monday. During the talks, the two presidents will review the "
              "implementation of earlier signed agreements between Ghana and Kenya. Ghana and Kenya then signed an "
              "MoU on tourism.")
    assert signed_docs(f) == [(PAIR, "memorandum")]


def test_a_package_including_counted_parts_on_fields_is_one_package():
    f = facts("Ghana and Kenya on Monday signed 7 agreements and MoUs, including 3 on energy and 4 on education.")
    assert signed_docs(f) == [(PAIR, "agreement")]


def test_a_package_split_into_counted_parts_after_a_colon_is_one_package():
    f = facts("Ghana and Kenya signed four agreements on Monday: two on trade, one on health and one on tourism.")
    assert signed_docs(f) == [(PAIR, "agreement")]


def test_another_document_after_a_named_one_still_stands():
    f = facts("Ghana and Kenya signed a memorandum on trade and another on tourism on Monday.")
    assert signed_docs(f) == [(PAIR, "memorandum"), (PAIR, "memorandum")]


def test_agreements_to_do_something_that_were_reached_are_a_consensus_not_documents():
    f = facts("The presidents of Ghana and Kenya held talks in Nairobi on Monday. The agreements to open more "
              "university branches in Kenya and to train Kenyan engineers in Ghana were reached at the talks.")
    assert signed_docs(f) == []


def test_an_agreement_to_do_something_that_was_signed_stays_a_document():
    f = facts("The presidents of Ghana and Kenya held talks in Nairobi on Monday. An agreement to set up a joint "
              "investment fund was signed and a consensus on visas was reached.")
    assert signed_docs(f) == [(PAIR, "agreement")]


def test_one_sides_agreements_with_several_partners_are_a_roll_not_a_pair_document():
    f = facts("Ghana and Kenya signed an MoU on tourism on Monday. Ghana has previously signed defence agreements "
              "with Nigeria and Senegal.")
    assert signed_docs(f) == [(PAIR, "memorandum")]


def test_agreements_with_one_partner_after_with_stay_that_pairs_documents():
    f = facts("Ghana and Kenya signed an MoU on tourism on Monday. Ghana signed defence agreements with Nigeria "
              "in 2019.")
    assert signed_docs(f) == [(PAIR, "memorandum"), (("GHA", "NGA"), "agreement")]


def test_a_number_of_cooperation_documents_signed_beside_a_joint_statement_is_a_package():
    f = facts("The presidents of Ghana and Kenya held talks in Accra on Tuesday. The two sides also released a joint "
              "statement and signed a number of bilateral cooperation documents.")
    assert signed_docs(f) == [(PAIR, "agreement"), (PAIR, "joint-statement")]


def test_a_document_a_side_is_willing_to_sign_is_not_yet_signed():
    f = facts("The presidents of Ghana and Kenya held talks in Accra on Tuesday. The Ghanaian president said Ghana "
              "is willing to sign a free trade agreement with Kenya at an early date.")
    assert signed_docs(f) == []


def test_cooperation_documents_exchanged_after_talks_are_one_package():
    f = facts("The prime ministers of Ghana and Kenya held talks in Accra on Monday. After the talks, the two prime "
              "ministers witnessed the exchange of cooperation documents between ministries, agencies and "
              "localities of the two countries.")
    assert signed_docs(f) == [(PAIR, "agreement")]


def test_a_bare_document_signed_is_still_no_package_of_its_own():
    f = facts("Ghana and Kenya signed an MoU on fisheries on Monday. The documents were signed by the two ministers.")
    assert signed_docs(f) == [(PAIR, "memorandum")]


def test_a_joint_press_statement_whose_text_follows_is_a_document():
    f = facts("Ghana and Kenya held a summit in Accra on Monday. The Kenyan president announced during a 'joint press "
              "statement' that the two countries would set up a consultative body.\n\n"
              "The following is the joint press statement from the Ghana-Kenya summit.")
    assert signed_docs(f) == [(PAIR, "joint-statement")]


def test_remarks_in_a_joint_press_statement_are_no_document():
    f = facts("Ghana and Kenya held a summit in Accra on Monday. In a joint press statement, the Kenyan president "
              "said the two countries would set up a consultative body.")
    assert signed_docs(f) == []


def test_a_titled_plan_named_by_its_span_of_years_is_a_document():
    f = facts("The presidents of Ghana and Kenya held talks in Accra on Monday. The Action Plan 2020-24 set an "
              "ambitious agenda for the partnership between Ghana and Kenya, and both remain committed to it.")
    assert signed_docs(f) == [(PAIR, "plan")]


def test_a_roadmap_named_by_a_target_year_alone_is_no_document():
    f = facts("The presidents of Ghana and Kenya held talks in Accra on Monday. They agreed that the Roadmap 2030 "
              "should guide the ties between Ghana and Kenya.")
    assert signed_docs(f) == []


def test_the_signed_bilateral_documents_told_after_the_list_are_no_new_package():
    f = facts("Ghana and Kenya signed an MoU on fisheries and an agreement on air services on Monday. The "
              "participants said the signed bilateral documents would expand the partnership in various fields.")
    assert signed_docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum")]


def test_a_vague_package_of_previously_signed_documents_is_no_package_of_the_visit_to_drop():
    f = facts("The prime ministers of Ghana and Kenya met in Accra on Monday. Ghana and Kenya have agreed to activate "
              "a number of previously signed memoranda of understanding in fields including health and industry, the "
              "minister said. In civil aviation, an air transport agreement and an MoU on pilots' training were signed.")
    assert signed_docs(f).count((PAIR, "memorandum")) == 2


def test_a_counted_head_whose_copula_names_its_documents_is_no_entry_of_its_own():
    f = facts("The presidents of Ghana and Kenya met in Accra on Monday. Ghana and Kenya agreed on three cooperation "
              "agreements. The three cooperation agreements are Memorandum of Understanding on Higher Education "
              "Cooperation, Memorandum of Understanding on Industrial Engineering Cooperation, and Memorandum of "
              "Understanding on Cooperation of Economic Zones in Border Regions.")
    assert signed_docs(f) == [(PAIR, "memorandum")] * 3


def test_a_document_that_should_be_concluded_this_year_is_not_yet_signed():
    f = facts("Ghana and Kenya signed an MoU on shipping on Monday. The president said a border treaty between "
              "the two countries should be concluded this year.")
    assert signed_docs(f) == [(PAIR, "memorandum")]


def test_a_memorandum_glossed_with_or_and_its_name_again_is_one_document():
    f = facts("Ghana and Kenya met in Accra on Monday. There is a Memorandum of Understanding (MoU) or Memorandum of "
              "Understanding signed in the areas of shipping and green energy.")
    assert signed_docs(f) == [(PAIR, "memorandum")]


def test_cooperation_arrangements_and_minutes_of_a_meeting_in_a_list_are_documents():
    f = facts("The two prime ministers of Ghana and Kenya witnessed the handover of 3 documents:\n\n"
              "1. Memorandum of Understanding between the Ministry of Transport of Ghana and the Ministry of Roads of "
              "Kenya on a railway study;\n\n"
              "2. Minutes of the meeting between the Ministry of Transport of Ghana and the Ministry of Roads of Kenya "
              "on the site survey;\n\n"
              "3. Maritime Cooperation Arrangement between the navies of Ghana and Kenya;")
    assert sorted(t for _, t in signed_docs(f)) == ["memorandum", "other", "other"]


def test_two_numbered_items_between_the_same_ministries_are_two_documents():
    f = facts("The prime ministers of Ghana and Kenya witnessed the handover of 2 cooperation documents.\n\n"
              "Cooperation documents include:\n\n"
              "1. Memorandum of Understanding between the Ministry of Planning of Ghana and the Agency for Aid of Kenya "
              "on repairing the Friendship Hall;\n\n"
              "2. Memorandum of Understanding between the Ministry of Planning of Ghana and the Agency for Aid of Kenya "
              "on human resource development;")
    assert signed_docs(f) == [(PAIR, "memorandum")] * 2


def test_a_document_dated_in_an_earlier_year_is_no_member_of_the_package_signed_now():
    f = facts("In Accra, the president of Ghana was received by the president of Kenya and witnessed the signing of "
              "two memorandums of understanding, within the framework of strengthening relations.\n\n"
              "The two countries agreed to cooperate in security matters, with the legal instrument signed by the "
              "two ministers.\n\n"
              "At the ceremony, the two countries also signed Memorandum of Understanding on Technical Assistance on "
              "Groundwater.\n\n"
              "Relations between Ghana and Kenya were formalised on March 26, 1987, through the signing of the General "
              "Agreement on Economic and Technical Cooperation.", published="2023-06-08")
    assert sorted(t for _, t in signed_docs(f)) == ["agreement", "memorandum", "memorandum"]


def test_agreements_told_as_the_memoranda_signed_are_memoranda():
    f = facts("The presidents of Ghana and Kenya met in Accra on Tuesday and witnessed the signing of several "
              "memoranda of understanding. Among the memoranda signed were agreements focused on water management "
              "and housing.")
    assert signed_docs(f) == [(PAIR, "memorandum")]


def test_two_agreements_named_after_a_counted_mixed_package_are_its_two_members():
    f = facts("The leaders of Ghana and Kenya witnessed today the signing of two agreements and a memorandum of "
              "understanding between the governments of the two countries. The two leaders witnessed the signing of "
              "an agreement on trade and an agreement on investments. They also witnessed the signing of a "
              "memorandum of understanding for cooperation in the legal fields.")
    assert signed_docs(f).count((PAIR, "agreement")) == 2


def test_a_programme_the_governments_are_instructed_to_adopt_is_not_yet_adopted():
    f = facts("The presidents of Ghana and Kenya welcomed the adoption of the Programme of Strategic Partnership for "
              "2024-2028 on Thursday. They instructed the governments to adopt a separate programme to double trade.")
    assert signed_docs(f) == [(PAIR, "plan")]


def test_a_joint_statement_named_by_its_session_is_its_own_document():
    f = facts("The presidents of Ghana and Kenya witnessed on Wednesday the signing of a Joint Ministerial Statement "
              "between the two trade ministries. They also witnessed the signing of the Joint Statement of the 11th "
              "session of the Supreme Strategic Committee between Ghana and Kenya.")
    assert signed_docs(f) == [(PAIR, "joint-statement")] * 2


def test_a_line_summing_up_the_listed_documents_is_no_item_of_the_list():
    f = facts("The presidents of Ghana and Kenya witnessed the signing of several memoranda in Accra on Monday.\n"
              "The signed MoUs cover various sectors:\n"
              "- MoU on Blue Economy Collaboration;\n"
              "- MoU on Mineral Resources Cooperation.\n"
              "These agreements signal the commitment of Ghana and Kenya to economic collaboration.")
    assert signed_docs(f) == [(PAIR, "memorandum")] * 2


def test_instruments_of_ratification_are_no_document_of_their_own():
    f = facts("The Kenyan president has ratified an agreement on air services between Ghana and Kenya. His "
              "instruments of ratification cover culture and health, including an MoU between Ghana and Kenya on "
              "higher education.")
    assert signed_docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum")]


def test_a_package_signed_during_the_business_forum_is_the_firms_deals():
    f = facts("The presidents of Ghana and Kenya welcomed the adoption of the Programme of Strategic Partnership for "
              "2024-2028 on Thursday. They praised the signing of a package of agreements worth $7 billion during the "
              "business forum and meetings.")
    assert signed_docs(f) == [(PAIR, "plan")]


def test_the_memorandum_of_a_package_told_again_on_its_field_is_one_document():
    f = facts("The leaders of Ghana and Kenya witnessed today the signing of two agreements and a memorandum of "
              "understanding between the governments of the two countries. The two leaders witnessed the signing of "
              "an agreement on trade and an agreement on investments. They also witnessed the signing of a "
              "memorandum of understanding for cooperation in the legal fields.")
    assert signed_docs(f) == [(PAIR, "agreement"), (PAIR, "agreement"), (PAIR, "memorandum")]


def test_remarks_in_a_joint_statement_to_the_media_are_no_document():
    remarks = facts("Ghana and Kenya held talks in Accra on Monday. In a joint statement to the media after the talks, "
                    "the Kenyan president said trade had doubled.")
    issued = facts("Ghana and Kenya held talks in Accra on Monday. Soon after the meeting, the two presidents issued a "
                   "joint statement to the media.")
    assert signed_docs(remarks) == []
    assert signed_docs(issued) == [(PAIR, "joint-statement")]
