"""Cooperation fields: sector words the lexicon needs, and contexts that wrongly took or dropped a field.
Texts are our own words, each standing for a construction that real articles use."""
from __future__ import annotations

from extracting import facts, tops


def fields(text: str, pair: tuple, published: str = "2025-06-14") -> set:
    """The top fields the text gives the pair."""
    return {top for p, top in tops(facts(text, published)) if p == pair}


def test_textiles_and_petrochemicals_are_industry():
    text = ("Egypt and Kenya agreed to expand their trade ties in sectors such as textiles and garments. "
            "The two ministers signed a memorandum on cooperation in petrochemicals.")
    assert fields(text, ("EGY", "KEN")) == {"trade", "industry"}


def test_a_clause_before_areas_of_keeps_the_field_it_names():
    text = "Chile and Kenya agreed on closer economic ties, stronger cooperation in areas of defence and security."
    assert fields(text, ("CHL", "KEN")) == {"economy", "defence-security"}


def test_adjectives_listed_before_areas_of_a_field_are_still_no_fields():
    text = "Chile and Kenya agreed to cooperate in the technical, scientific and economic aspects of agriculture."
    assert fields(text, ("CHL", "KEN")) == {"agriculture"}


def test_a_nuclear_and_missile_programme_is_no_nuclear_energy():
    text = ("Japan and Peru agreed to step up pressure on a third state over its nuclear and ballistic missile "
            "development, and to deepen cooperation in mining.")
    assert fields(text, ("JPN", "PER")) == {"mining"}


def test_a_document_that_signifies_the_pairs_wish_to_cooperate_gives_its_fields():
    text = ("Ghana and Peru signed a memorandum of understanding, which signifies the wish of the two countries to "
            "strengthen cooperation in all areas, especially agriculture and education.")
    assert fields(text, ("GHA", "PER")) == {"agriculture", "education"}


def test_what_a_partnership_signifies_in_general_stays_no_cooperation():
    text = ("Ghana and Peru agreed to deepen cooperation in agriculture. In diplomatic terms, a comprehensive "
            "partnership signifies deeper cooperation in security and technology.")
    assert fields(text, ("GHA", "PER")) == {"agriculture"}


def test_fields_listed_before_initiatives_the_pair_agreed_on_are_cooperation():
    text = "Japan and Peru also agreed on infrastructure, counterterrorism and public safety initiatives on Monday."
    assert fields(text, ("JPN", "PER")) == {"connectivity", "defence-security"}


def test_a_named_global_initiative_stays_no_field():
    text = "Japan and Peru agreed to expand trade. Peru welcomed the Global Security Initiative."
    assert fields(text, ("JPN", "PER")) == {"trade"}


def test_one_sides_work_with_other_countries_is_not_the_pairs():
    text = ("India and Ghana agreed to deepen cooperation in agriculture. "
            "The country has also committed to building energy links with a number of other African countries.")
    assert fields(text, ("GHA", "IND")) == {"agriculture"}


def test_the_pair_acting_with_other_partners_too_keeps_its_fields():
    text = "Ghana and India agreed to enhance maritime security bilaterally and with other dialogue partners."
    assert fields(text, ("GHA", "IND")) == {"defence-security"}


def test_an_agreement_to_set_up_payment_connectivity_is_finance():
    text = ("The central banks of Ghana and India have reached an agreement to establish digital payment "
            "connectivity between the two nations.")
    assert fields(text, ("GHA", "IND")) == {"finance"}


def test_a_third_countrys_move_to_expand_its_own_field_is_not_the_pairs():
    text = ("Japan and Peru will enhance ties between their coast guards in view of China's accelerating moves to "
            "expand its maritime presence.")
    assert fields(text, ("JPN", "PER")) == {"defence-security"}


def test_an_economic_zone_the_firms_take_part_in_is_investment():
    text = "Korea and Peru welcomed the participation of Korean firms in projects such as the Ilo economic zone."
    assert fields(text, ("KOR", "PER")) == {"investment"}


def test_an_exclusive_economic_zone_is_no_investment():
    text = "Korea and Peru agreed to boost fisheries cooperation in their exclusive economic zones."
    assert fields(text, ("KOR", "PER")) == {"agriculture"}


def test_one_sides_own_economy_is_no_economy_field():
    text = ("China and Peru agreed to boost trade, so that Peru can upgrade its economy and both can develop "
            "their respective economies.")
    assert fields(text, ("CHN", "PER")) == {"trade"}


def test_its_economic_ties_with_the_other_stay_the_economy():
    text = "China will deepen its economic ties with Peru, the two leaders said."
    assert fields(text, ("CHN", "PER")) == {"economy"}


def test_firms_doing_business_give_no_economy_field():
    text = "China and Peru agreed to expand investment and to encourage their firms to do business in both countries."
    assert fields(text, ("CHN", "PER")) == {"investment"}


def test_sector_words_the_lexicon_lacked():
    text = ("Ghana and Peru agreed to expand cooperation in pharma, tourism and IT, and signed an agreement on the "
            "sanitary and epidemiological well-being of their peoples.")
    assert fields(text, ("GHA", "PER")) == {"health", "culture", "science-technology"}


def test_it_as_a_pronoun_is_no_field():
    text = "Ghana and Peru agreed to boost trade, and it was said to be a priority. It is, the minister said."
    assert fields(text, ("GHA", "PER")) == {"trade"}


def test_documents_one_side_describes_are_the_pairs():
    text = ("India and Vietnam held talks on Monday. Vietnam's ministry said the agreements included areas such as "
            "nuclear power and cancer treatment.")
    assert fields(text, ("IND", "VNM")) == {"energy", "health"}


def test_one_country_alone_with_a_weak_cue_stays_its_own():
    text = "Peru and Chile held talks on Monday. Peru is expanding its solar sector and promoting its mining areas."
    assert fields(text, ("CHL", "PER")) == set()


def test_a_legal_environment_for_investment_is_no_environment_field():
    text = "Mongolia and Peru agreed to expand cooperation and to create a legal environment favourable for finance and investment."
    assert fields(text, ("MNG", "PER")) == {"finance", "investment"}


def test_a_grant_one_side_gives_the_other_is_aid():
    text = "Australia and Indonesia agreed that Australia will provide an initial grant of $200 million for roads."
    assert fields(text, ("AUS", "IDN")) >= {"humanitarian"}


def test_granting_visas_is_no_aid():
    text = "Australia and Indonesia agreed to expand trade. The grant of visas to students was discussed."
    assert fields(text, ("AUS", "IDN")) == {"trade"}


def test_a_speaker_welcoming_the_other_sides_investment_commitment_gives_investment():
    text = ("Jokowi met Albanese on Monday. \"We welcome the investment commitment of the Fortescue group in the "
            "hydropower fields,\" Jokowi said.")
    assert fields(text, ("AUS", "IDN")) == {"investment", "energy"}


def test_the_creative_industry_is_culture():
    text = "Indonesia and Saudi Arabia agreed to expand cooperation in the creative industry."
    assert fields(text, ("IDN", "SAU")) == {"culture"}


def test_one_country_with_along_with_stays_alone():
    text = ("Japan and Korea met on Monday. Korea has been promoting hydrogen, identifying it as one of its "
            "strategic investment areas along with artificial intelligence.")
    assert fields(text, ("JPN", "KOR")) == set()


def test_supply_chains_of_a_good_are_the_goods_field_not_transport():
    text = "Japan and Korea pledged to strengthen cooperation in clean energy supply chains and food supply chains."
    assert fields(text, ("JPN", "KOR")) == {"energy", "agriculture"}


def test_the_it_sector_is_ict():
    text = "Kazakhstan and Uzbekistan discussed collaboration in energy, water management and the IT sectors."
    assert fields(text, ("KAZ", "UZB")) >= {"science-technology"}


def test_sovereignty_security_and_territorial_integrity_is_no_security_cooperation():
    text = ("China and Qatar agreed to deepen cooperation in finance. China supports Qatar's efforts to protect its "
            "sovereignty, national security and territorial integrity.")
    assert fields(text, ("CHN", "QAT")) == {"finance"}


def test_economic_security_is_no_defence():
    text = "Japan and Korea agreed to continue cooperation on energy and economic security."
    assert fields(text, ("JPN", "KOR")) == {"energy", "economy"}


def test_economic_and_security_cooperation_keeps_both():
    text = "Japan and Korea agreed to expand economic and security cooperation."
    assert fields(text, ("JPN", "KOR")) == {"economy", "defence-security"}


def test_a_field_word_in_a_blocs_agreement_name_is_not_the_pairs():
    text = ("Ghana and Nigeria agreed to boost energy cooperation. They also touched on negotiations on the "
            "Continental Free Trade Agreement.")
    assert fields(text, ("GHA", "NGA")) == {"energy"}


def test_an_african_investor_stays_an_investor():
    text = "Morocco and Mali signed agreements in health. As the first African investor in Mali, Morocco helps it."
    assert "investment" in fields(text, ("MAR", "MLI"))


def test_national_parks_and_ferries_are_fields():
    text = ("Spain and Mauritania reached agreements on cybersecurity and national parks, and agreed to expand "
            "ferry services.")
    assert fields(text, ("ESP", "MRT")) == {"defence-security", "environment", "connectivity"}


def test_capacity_building_of_a_named_field_is_that_field_not_education():
    text = "India and Vietnam signed memoranda on customs capacity building and counter-terrorism capacity building."
    assert fields(text, ("IND", "VNM")) == {"trade", "defence-security"}


def test_capacity_building_alone_stays_education():
    text = "Egypt and Kenya agreed to expand cooperation in capacity building."
    assert fields(text, ("EGY", "KEN")) == {"education"}


def test_more_sector_words_the_lexicon_lacked():
    text = ("Ghana and Peru agreed to expand cooperation in seafood, insurance, data centres, counter-narcotics, "
            "archives and meteorology.")
    assert fields(text, ("GHA", "PER")) == {"agriculture", "finance", "science-technology", "defence-security",
                                             "culture", "environment"}


def test_verbs_and_courtesies_are_no_sector_words():
    text = ("Ghana and Peru agreed to strengthen cooperation to cement their ties, thanking each other for the "
            "hospitality extended to the delegation.")
    assert fields(text, ("GHA", "PER")) == set()


def test_sharing_best_practices_and_exploring_opportunities_are_cues():
    text = ("Ghana and Peru will share best practices in healthcare and explored opportunities in mining, and agreed "
            "on closer links in trade.")
    assert fields(text, ("GHA", "PER")) == {"health", "mining", "trade"}


def test_one_country_exploring_opportunities_alone_is_its_own():
    text = "Ghana and Peru held talks on Monday. Ghana is exploring opportunities in green hydrogen."
    assert fields(text, ("GHA", "PER")) == set()


def test_a_crisis_in_the_background_and_the_press_are_no_fields():
    text = ("Ghana and Peru agreed to deepen ties amid the global energy crisis, the ministry said in a statement to "
            "the media, and discussed the war and its impact on food security.")
    assert fields(text, ("GHA", "PER")) == set()


def test_the_climate_crisis_the_pair_tackles_stays_environment():
    text = "Ghana and Peru agreed to boost cooperation to tackle the climate crisis."
    assert fields(text, ("GHA", "PER")) == {"environment"}


def test_radio_and_television_is_media():
    text = "India and Vietnam signed memoranda on cooperation in radio & television."
    assert fields(text, ("IND", "VNM")) == {"culture"}


def test_views_exchanged_after_the_cue_are_a_topic_not_cooperation():
    text = ("Ghana and Peru agreed to expand cooperation in various fields, including energy, and exchanged views on "
            "regional security.")
    assert fields(text, ("GHA", "PER")) == {"energy"}


def test_the_people_of_a_delegation_bring_no_fields():
    text = ("Ghana and Peru agreed to promote cooperation in education. The delegation included business leaders "
            "from the energy and mining sectors and representatives of cultural fields.")
    assert fields(text, ("GHA", "PER")) == {"education"}


def test_a_country_in_capitals_is_no_speaker_for_his_side():
    text = ("Modi met Biden on Monday. A US report described the investment commitment of the Tata group in the "
            "hydropower fields.")
    assert fields(text, ("IND", "USA")) == set()
