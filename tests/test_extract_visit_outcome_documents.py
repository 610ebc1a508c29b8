"""Documents of a visit's outcome: a second list head ("Also announced were the following:") after a document
of the pair opens more documents below it, and a programme that is the topic of, or a party to, the document
before it in one item is no document of its own."""
from __future__ import annotations

from extracting import facts

PAIR = ("KEN", "NOR")


def docs(f, status="signed"):
    return sorted(((a.pair, a.type) for a in f.agreements if a.status == status), key=str)


def test_an_also_following_line_after_a_document_heads_more_documents():
    f = facts("Kenya and Norway signed a fisheries agreement in Nairobi on Monday.\n\n"
              "Also announced were the following:\n\n"
              "A memorandum of understanding on port management between the transport ministries.\n\n"
              "A letter of intent on wind power between the energy ministries.")
    assert docs(f) == sorted([(PAIR, "agreement"), (PAIR, "memorandum"), (PAIR, "other")], key=str)


def test_a_following_were_also_announced_line_heads_more_documents_too():
    f = facts("Kenya and Norway signed a fisheries agreement in Nairobi on Monday.\n\n"
              "The following were also announced:\n\n"
              "A memorandum of understanding on port management between the transport ministries.")
    assert docs(f) == sorted([(PAIR, "agreement"), (PAIR, "memorandum")], key=str)


def test_a_following_line_with_no_document_before_heads_nothing():
    f = facts("Kenya and Norway held talks in Nairobi on Monday.\n\n"
              "Also discussed were the following:\n\n"
              "A memorandum of understanding on port management between the transport ministries.")
    assert docs(f) == []


def test_a_programme_named_as_the_topic_of_a_memorandum_is_no_plan():
    f = facts("Kenya and Norway signed a Memorandum of Understanding between the Kenyan Ministry of Education "
              "and the Norwegian Ministry of Research on the Kenya-Norway Young Scientists Exchange Programme "
              "on Monday.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_a_programme_a_framework_agreement_is_about_is_no_plan():
    f = facts("Kenya and Norway signed a protocol amending the framework agreement, concluded by the two "
              "governments in 2010, on a cooperation programme covering shipping and trade on Monday.")
    assert ("plan" not in [t for _, t in docs(f)])


def test_a_programme_that_is_a_party_to_a_memorandum_is_no_plan():
    f = facts("Kenya and Norway signed a memorandum of understanding between the Global Skills Programme of "
              "the Kenyan Ministry of Labour and the Norwegian Directorate of Immigration on Monday.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_a_plan_signed_beside_a_memorandum_is_still_a_plan():
    f = facts("Kenya and Norway signed a memorandum of understanding on fisheries and an action plan on "
              "climate for 2025-2027 on Monday.")
    assert docs(f) == sorted([(PAIR, "memorandum"), (PAIR, "plan")], key=str)


def test_a_section_heading_of_document_nouns_is_no_document_of_its_own():
    f = facts("Outcomes of the visit of the President of Kenya to Norway\n\n"
              "A. Agreements/MoUs Exchanged\n\n"
              "1. MoU on ocean research between the Kenya Marine Institute and the Norwegian Polar Institute\n\n"
              "2. Agreement between the finance ministries of Kenya and Norway on the avoidance of double taxation")
    assert docs(f) == sorted([(PAIR, "agreement"), (PAIR, "memorandum")], key=str)


def test_a_slashed_pair_of_plural_document_nouns_is_plural():
    from kg.extract.relations.agreement import is_plural
    assert is_plural("Agreements/MoUs") and is_plural("MoUs/Agreements") and not is_plural("Agreement/MoU")


def test_a_letter_of_intent_between_two_ministries_is_a_document():
    f = facts("Kenya and Norway signed a Letter of Intent between the Kenyan Ministry of Energy and the "
              "Norwegian Ministry of Climate on Monday.")
    assert docs(f) == [(PAIR, "other")]


def test_a_ministry_of_natural_resources_is_no_firm():
    f = facts("Kenya and Norway signed a memorandum of understanding between the Ministry of Natural Resources of "
              "Kenya and the Norwegian Ministry of Fisheries on Monday.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_a_firm_named_by_its_trade_word_still_makes_a_firms_deal():
    f = facts("Kenya and Norway welcomed a deal between Kenya's Rift Petroleum and Norway's Nordkap Energy on Monday.")
    assert docs(f) == []


def test_a_diplomatic_note_amending_an_agreement_is_a_document():
    f = facts("Kenya and Norway signed a diplomatic note on amending their air services agreement on Monday.")
    assert (PAIR, "other") in docs(f)


def test_an_additional_package_of_another_count_is_a_second_package():
    f = facts("Kenya and Norway signed eight agreements and memoranda in Oslo last year.\n\n"
              "On Monday the two presidents witnessed the signing of an additional five agreements in Nairobi.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "agreement")]


def test_a_package_told_again_with_its_own_count_stays_one():
    f = facts("Kenya and Norway signed five agreements in Nairobi on Monday.\n\n"
              "The five agreements cover shipping, fisheries and energy.")
    assert docs(f) == [(PAIR, "agreement")]


def test_among_the_agreements_the_one_that_names_a_member_of_the_package():
    f = facts("Oslo - Kenya and Norway signed seven bilateral cooperation agreements in various fields on Thursday in "
              "Oslo, in a ceremony watched by the leaders of both countries.\n"
              "Among the agreements, the one that founds the Bilateral Joint Committee stands out, a central instrument "
              "for putting into practice cooperation in the fields of fisheries, shipping, political talks, visa "
              "waivers for diplomatic passports, also signed today, as well as opening the door to others in the "
              "future.\n"
              "In this context, the Kenyan leader found it pressing to convene the Bilateral Joint Committee, with the "
              "holding of its first meeting, as it is a central instrument for carrying out the signed agreements and "
              "opens the door to future agreements.")
    assert docs(f) == [(PAIR, "agreement")]
    assert [a.count for a in f.agreements if a.status == "signed"] == [None]


def test_set_to_deepen_ties_by_signing_agreements_is_a_signing_to_come():
    f = facts("Kenya and Norway are set to deepen their economic ties by signing nine agreements, the presidency said.")
    assert docs(f) == [] and docs(f, "planned") == [(PAIR, "agreement")]


def test_a_joint_declaration_expected_to_be_reached_is_still_to_come():
    f = facts("The foreign ministers of Kenya and Norway agreed on a summit in May, during which a joint declaration "
              "is expected to be reached on their recent understandings.")
    assert docs(f) == []


def test_with_the_objective_of_translating_into_a_joint_declaration_is_still_to_come():
    f = facts("Kenya and Norway agreed that the presidents will meet in May, with the objective of translating into a "
              "joint declaration the understandings reached today.")
    assert docs(f) == []


def test_a_joint_declaration_adopted_by_the_presidents_is_signed():
    f = facts("The presidents of Kenya and Norway adopted a joint declaration on ocean cooperation on Monday.")
    assert docs(f) == [(PAIR, "joint-declaration")]


def test_documents_exchanged_on_a_topic_of_their_own_are_a_document():
    f = facts("The prime ministers of Kenya and Norway watched as their justice ministers exchanged documents on "
              "cooperation in court matters in Nairobi on Monday.")
    assert docs(f) == [(PAIR, "agreement")]


def test_documents_on_a_topic_each_stay_after_a_summary_on_various_kinds():
    f = facts("The leaders of Kenya and Norway witnessed exchanges of documents on various kinds of cooperation "
              "in Nairobi on Monday.\n\n"
              "The foreign ministers exchanged a letter of intent on cooperation in consular training.\n\n"
              "Kenya's attorney general exchanged documents on cooperation in court matters with Norway's justice "
              "minister.\n\n"
              "The heads of the two news agencies also exchanged documents on cooperation in photo exchange.")
    assert docs(f) == sorted([(PAIR, "agreement"), (PAIR, "agreement"), (PAIR, "other")], key=str)


def test_bare_documents_with_no_topic_are_still_no_document():
    f = facts("The prime ministers of Kenya and Norway looked at documents in Nairobi on Monday.")
    assert docs(f) == []


def test_similar_memoranda_in_a_sentence_naming_no_country_are_the_pairs():
    f = facts("Kenya and Norway signed a memorandum on fisheries in Nairobi on Monday.\n\n"
              "Similar MoUs were also inked in the sectors of tourism and shipping.")
    assert docs(f) == [(PAIR, "memorandum"), (PAIR, "memorandum")]


def test_similar_deals_with_others_stay_out():
    f = facts("Kenya and Norway signed a memorandum on fisheries in Nairobi on Monday.\n\n"
              "Similar MoUs were signed with other countries last year.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_agreements_also_include_investments_is_what_the_deal_told_before_holds():
    f = facts("Kenya and Norway signed a broad economic agreement in Nairobi on Monday. "
              "Agreements also include major Kenyan investments in artificial intelligence, power generation and "
              "health care.")
    assert docs(f) == [(PAIR, "agreement")]
    assert "investment" in f.agreements[0].fields  # the deal's own fields, told after it


def test_agreements_opening_a_sentence_with_no_document_before_still_stand():
    f = facts("Kenya and Norway held talks in Nairobi on Monday. "
              "Agreements signed by the two sides include large investments in shipping.")
    assert (PAIR, "agreement") in docs(f)


def test_a_joint_document_signed_by_the_two_presidents_is_a_document():
    f = facts("In a joint document signed by the two presidents and published in a Nairobi daily on Sunday, Kenya "
              "and Norway pledged to deepen their trade.")
    assert docs(f) == [(PAIR, "other")]


def test_a_bare_document_signed_is_still_the_one_named_elsewhere():
    f = facts("Kenya and Norway signed a document in Nairobi on Monday.")
    assert docs(f) == []


def test_members_of_a_package_dated_in_a_later_sentence_take_its_day():
    f = facts("Kenya and Norway have signed six cooperation agreements in Nairobi, on the second day of the state "
              "visit.\nThese agreements were signed at the State House on Thursday.\n"
              "The first agreement covers fisheries.\nThe second agreement concerns shipping.\n"
              "The third agreement is on tourism.", published="2025-06-14")
    assert sorted(str(a.date) for a in f.agreements) == ["2025-06-12"] * 3


def test_members_of_an_undated_package_stay_undated():
    f = facts("Kenya and Norway have signed six cooperation agreements, officials said.\n"
              "The first agreement covers fisheries.\nThe second agreement concerns shipping.\n"
              "The third agreement is on tourism.", published="2025-06-14")
    assert [a.date for a in f.agreements] == [None] * 3


def test_a_date_after_the_articles_own_is_no_day_of_the_signing():
    f = facts("The presidents of Kenya and Norway witnessed the exchange of three memorandums of understanding in "
              "Oslo.\nThe meeting touched on the climate summit, which begins on June 16 in Dubai.",
              published="2025-06-14")
    assert [str(a.date) for a in f.agreements] != ["2025-06-16"]


def test_the_document_signed_is_the_joint_statement_not_the_package_still_to_come():
    f = facts("The presidents of Kenya and Norway signed a joint statement on Monday.\n\n"
              "The president said the text sets new goals, which will be served by the signing of a package of "
              "commercial agreements prepared for the visit.\n\n"
              "The document was signed at the end of the talks.")
    assert docs(f) == [(PAIR, "joint-statement")]


def test_a_protocol_to_be_discussed_agreed_and_signed_later_is_still_to_come():
    f = facts("The proposals of Kenya and Norway will go into the main Protocol of the Commission, which would be "
              "discussed, agreed and signed at the plenary session on Friday.")
    assert docs(f) == []
