"""One package of documents told twice ("signed agreements in A and B ... signed a total of six
agreements"), a count given by a later definite plural, a capitalised document named with a generic
noun, an editor's bracketed copy of a document noun, a signing set for a later meeting, and two
document words (letters of exchange, a joint vision document)."""
from __future__ import annotations

from extracting import facts

PAIR = ("GHA", "SEN")


def docs(f, status="signed"):
    return sorted(((a.pair, a.type) for a in f.agreements if a.status == status), key=str)


def test_a_package_told_again_with_its_count_is_one_entry():
    f = facts("Ghana and Senegal have signed agreements in areas such as fisheries, mining and health. "
              "The two countries signed a total of six agreements at the presidential palace.")
    assert docs(f) == [(PAIR, "agreement")]
    assert [a.count for a in f.agreements] == [6]


def test_a_package_told_as_more_is_another_entry():
    f = facts("Ghana and Senegal have signed agreements in areas such as fisheries, mining and health. "
              "The two countries signed three more agreements on culture and sport.")
    assert docs(f) == [(PAIR, "agreement")] * 2


def test_a_count_told_by_the_definite_plural_lets_the_named_members_replace_the_package():
    f = facts("Ghana and Senegal on Monday signed a series of agreements. "
              "The three agreements were signed in Accra during the joint commission. "
              "The two sides signed a memorandum of understanding on fisheries. "
              "The two sides also signed a memorandum of understanding on tourism. "
              "The two countries also signed a memorandum of understanding on mining.")
    assert docs(f) == [(PAIR, "memorandum")] * 3


def test_a_count_does_not_pass_to_a_single_document_told_before():
    f = facts("Ghana and Senegal signed a joint declaration on Monday. "
              "A statement by the presidency noted that four other documents were signed, "
              "including three memoranda of understanding on fisheries, mining and tourism.")
    assert (PAIR, "joint-declaration") in docs(f)


def test_a_named_document_with_a_generic_noun_stands():
    f = facts("Ghana and Senegal signed a Strategic Economic Cooperation Document and several other "
              "agreements on Monday.")
    assert docs(f) == [(PAIR, "agreement")] * 2


def test_a_bare_generic_document_is_no_entry_of_its_own():
    f = facts("Ghana and Senegal signed a document on Monday.")
    assert docs(f) == []


def test_an_editors_bracketed_copy_shares_the_documents_status():
    f = facts("Ghana and Senegal continue to work on the corresponding MOUs [memorandum of understanding] "
              "in these fields and will have them signed in the near future.")
    assert docs(f) == []


def test_a_package_of_recent_months_is_not_the_visits_package():
    f = facts("Ghana and Senegal signed three memoranda of understanding during the visit. "
              "Over recent months, agreements have been signed in defence and agriculture.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum")]


def test_a_meeting_set_for_the_signing_of_agreements_signs_nothing_yet():
    f = facts("Ghana and Senegal are set to hold a joint commission meeting in October for the signing "
              "of several agreements on fisheries and mining.")
    assert docs(f) == []


def test_a_letter_of_exchange_is_a_document():
    f = facts("Ghana and Senegal signed a letter of exchange on the railway transit route on Monday.")
    assert docs(f) == [(PAIR, "other")]


def test_a_joint_vision_document_is_a_joint_statement():
    f = facts("Ghana and Senegal issued a Joint Vision Document for their partnership on Monday.")
    assert docs(f) == [(PAIR, "joint-statement")]


def test_members_named_after_the_package_and_after_others_are_its_documents():
    f = facts("Ghana and Senegal have signed six new agreements. They include agreements on extradition and "
              "legal assistance, and memoranda of understanding on fisheries and tourism. "
              "Others are MOUs on mining as well as housing.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum"), (PAIR, "memorandum")]


def test_a_definite_document_with_its_own_topic_after_a_package_is_one_of_its_members():
    f = facts("Ghana and Senegal sign two MoUs\n"
              "Ghana and Senegal signed two memoranda of understanding in Accra on Monday. "
              "The agreement on tourism cooperation was signed by the two tourism ministers. "
              "The agreement to enhance cooperation in fisheries was signed by the two fisheries ministers.")
    assert docs(f) == [(PAIR, "memorandum")] * 2


def test_a_definite_document_without_a_topic_after_a_package_is_the_package_again():
    f = facts("Ghana and Senegal signed two memoranda of understanding on fisheries and tourism on Monday. "
              "The agreement was signed by the two foreign ministers.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_titled_items_under_a_head_naming_the_documents_are_documents_of_its_type():
    f = facts("Ghana and Senegal have signed new bilateral agreements.\n"
              "The Memoranda of Understanding include:\n"
              "1. Fisheries Cooperation – Setting up a framework for joint work in fisheries.\n"
              "2. Mining Cooperation – Sharing experience in the mining sector.\n")
    assert [(a.type, a.name) for a in f.agreements if a.type == "memorandum"] == [
        ("memorandum", "Fisheries Cooperation"), ("memorandum", "Mining Cooperation")]


def test_field_items_under_a_sentence_about_agreements_are_no_documents():
    f = facts("Ghana and Senegal have signed agreements on Monday. The agreements cover many areas, including:\n"
              "- Fisheries\n- Mining\n- Health care\n")
    assert docs(f) == [(PAIR, "agreement")]


def test_bare_ordinals_name_the_next_members_of_a_package():
    f = facts("Ghana and Senegal signed six cooperation agreements in Accra yesterday. "
              "The first Memorandum of Cooperation concerned fisheries, while the second agreed to twin two cities. "
              "The third agreement covered mining, the fourth related to technical assistance, the fifth concerned "
              "rail transport, and the sixth was a Letter of Intent to repair the border bridge.")
    assert docs(f) == [(PAIR, "agreement")] * 3 + [(PAIR, "memorandum")] * 2 + [(PAIR, "other")]


def test_an_english_page_with_a_long_embedded_post_in_another_script_is_english():
    from kg.extract.language import detect
    post = "#" + " ".join(["سلطنة عمان وقطر توقعان مذكرتي تفاهم للتعاون في مجالات التدريب"] * 6)
    text = ("Ghana and Senegal signed two memoranda of understanding on Monday.\n\n" + post + "\n\n"
            "The memoranda were signed by the two foreign ministers after the talks at the palace.\n\n"
            "The two leaders also reviewed the investment opportunities in energy and in the mining sector.")
    assert detect(text) == "en"


def test_items_under_square_bullets_named_by_their_parties_are_documents_and_keep_the_list_open():
    f = facts("Ghana and Senegal signed five MoUs on Monday.\n"
              "The MoUs are:\n"
              "▪︎ Between Ghana’s Ministry of Interior and Senegal’s Civil Protection Agency on cooperation in "
              "disaster relief. The interior minister signed for Ghana.\n"
              "▪︎ An MoU between the two governments on scientific and technological cooperation. "
              "The science ministers signed it.\n"
              "▪︎ An MoU on the transit of goods between the two customs services.\n")
    assert docs(f) == [(PAIR, "memorandum")] * 3


def test_titles_after_a_plural_are_named_documents_and_capitalised_fields_are_topics():
    f = facts("Also signed by Ghana and Senegal were agreements on Fisheries Trade Cooperation, Cooperation in "
              "Mining and Related Fields, and Cultural Cooperation.")
    assert sorted(a.name for a in f.agreements) == [
        "Cooperation in Mining and Related Fields", "Cultural Cooperation", "Fisheries Trade Cooperation"]
    f = facts("Ghana and Senegal signed agreements on Trade, Investment and Culture.")
    assert docs(f) == [(PAIR, "agreement")]


def test_titled_items_replace_the_package_they_name():
    f = facts("Ghana and Senegal have signed new bilateral agreements.\n"
              "The new agreements cover fisheries and mining.\n"
              "The Memoranda of Understanding include:\n"
              "1. Fisheries Cooperation – Setting up a framework for joint work in fisheries.\n"
              "2. Mining Cooperation – Sharing experience in the mining sector.\n")
    assert docs(f) == [(PAIR, "memorandum")] * 2


def test_a_running_total_of_agreements_is_no_package():
    f = facts("Ghana and Senegal signed a memorandum on fisheries, bringing the total number of cooperation "
              "agreements between the two nations to 25.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_an_agreement_that_enshrines_a_twinning_is_a_document():
    f = facts("Fraternal relations were established between Accra and Dakar, which is enshrined in an agreement "
              "between the administrations of the Ghanaian and Senegalese capitals.")
    assert docs(f) == [(PAIR, "agreement")]


def test_programmes_a_package_covers_are_its_topic():
    f = facts("Ghana and Senegal have signed seven memorandums of understanding, encompassing trade and tourism, "
              "as well as youth empowerment programs.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_a_document_joined_to_a_planned_signing_by_as_well_as_is_planned():
    f = facts("The Ghanaian and Senegalese governments will sign agreements today. Mahama and Faye are also "
              "expected to sign the Accra Pledge, which renews the integration between the two countries, as well "
              "as a declaration in which the two nations promise to use nuclear energy for peaceful ends.")
    assert docs(f) == []


def test_a_language_name_is_no_country_of_the_pair():
    f = facts("The Ghanaian and Senegalese governments signed agreements today. According to the ambassador, the "
              "chief agreements provide for Ghanaians and Senegalese to live in each other's countries, Portuguese "
              "and Spanish language instruction in the two countries, and a joint satellite. Other agreements deal "
              "with the areas of communication, energy, and culture.")
    assert {a.pair for a in f.agreements} | {c.pair for c in f.cooperation} <= {PAIR}


def test_programmes_the_sides_will_develop_are_no_documents():
    f = facts("Ghana and Senegal announced the signing of Scientific and Migratory Cooperation Agreements on "
              "Thursday. The initiative seeks to promote the exchange of knowledge as both nations pledged to "
              "jointly develop and implement programs and projects in science.")
    assert docs(f) == [(PAIR, "agreement")]
    f = facts("Ghana and Senegal signed six agreements, which await implementation until the new government "
              "carries out its program.")
    assert docs(f) == [(PAIR, "agreement")]


def test_a_trade_agreement_between_a_bloc_and_others_is_not_the_pairs():
    f = facts("Ghana and Senegal signed the Declaration of Accra on Monday. Senegal thanks Ghana for its support "
              "for its accession to the Trade Agreement between the European Union and its Member States, on the "
              "one hand, and Ghana and Cameroon, on the other hand.")
    assert {(a.pair, a.type) for a in f.agreements} == {(PAIR, "joint-declaration")}


def test_a_programme_between_two_ministries_stays_a_document():
    f = facts("Following the talks between Ghana and Senegal, a package of documents was signed.\n"
              "The parties have signed:\n"
              "- The Cooperation Program between the Ministry of Foreign Affairs of Ghana and the Ministry of "
              "Foreign Affairs of Senegal for 2024-2025;")
    assert docs(f) == [(PAIR, "plan")]


def test_a_deal_numbered_by_an_ordinal_labels_the_member_named_after_it():
    f = facts("Ghana and Senegal signed three documents on Monday. The first deal presented was the plan of action "
              "on trade for 2025-2027. The second deal presented was a memorandum on fisheries.")
    assert docs(f) == [(PAIR, "memorandum"), (PAIR, "plan")]


def test_a_counted_package_told_again_vaguely_in_its_own_sentence_is_one_entry():
    f = facts("ACCRA – Ghana and Senegal seal 24 strong deals, as President Mahama and President Faye signed "
              "multiple agreements aimed at deepening ties.")
    assert docs(f) == [(PAIR, "agreement")]
    f = facts("Ghana and Senegal signed three memoranda on fisheries, while their ministers signed several "
              "agreements on mining.")
    assert len(docs(f)) == 2


def test_agreements_reached_during_earlier_visits_are_a_consensus():
    f = facts("Both sides reached consensus on translating agreements reached during the visits of President "
              "Mahama to Senegal and Ghana earlier this year.")
    assert docs(f) == []


def test_numbered_items_of_cooperation_are_documents_and_titled_items_keep_their_own_type():
    f = facts("Ghana and Senegal signed on Monday five memorandums of understanding (MoUs).\n"
              "The five MoUs signed are as follows:\n"
              "1) Cooperation between the Atomic Energy Commission of Ghana and the Atomic Energy Agency of Senegal\n"
              "2) Agreement on cooperation against illicit trafficking in narcotic drugs\n"
              "3) Collaboration in the field of Sports\n"
              "4) Mutual cooperation in shipping business between Ghana Shipping Corporation and Senegal Lines Ltd\n"
              "5) Cooperation on disaster management\n")
    assert docs(f) == [(PAIR, "agreement")] + [(PAIR, "memorandum")] * 3


def test_a_list_of_titles_without_bullets_runs_on_past_a_line_with_no_document_noun():
    f = facts("Ghana and Senegal signed 20 agreements on Tuesday.\n"
              "Here is the list of the deals signed:\n"
              "MOU on cooperation in fisheries\n"
              "Exchange of Executive Program of the Cultural Agreement between Ghana and Senegal for 2025 to 2027\n"
              "Handover certificate of emergency humanitarian cash assistance\n"
              "Implementation agreement on feasibility study for the coastal highway\n"
              "Protocol of phytosanitary requirements for export of fresh mangoes\n")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum"), (PAIR, "plan"), (PAIR, "protocol")]


def test_last_years_agreements_told_by_what_they_do_are_earlier_documents():
    f = facts("Ghana and Senegal signed eight agreements on Tuesday. The growth of ties is further evidenced by "
              "last year's agreements that would remove double taxation and visa requirements.")
    assert docs(f) == [(PAIR, "agreement")] * 2


def test_another_document_told_after_signed_ones_is_one_more_and_one_shared_word_merges_no_types():
    f = facts("Ghana and Senegal signed intergovernmental agreements on mutual recognition of driving licenses "
              "and of education certificates. The parties signed a roadmap for cooperation in education. "
              "Another roadmap is about cooperation in agriculture.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "plan"), (PAIR, "plan")]
