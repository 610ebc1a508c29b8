"""Field words that name no field of the pair's cooperation, and field words the lexicon needs to see.
Texts are our own words, each standing for a construction that real articles use."""
from __future__ import annotations

from extracting import facts, tops


def fields(text: str, pair: tuple, published: str = "2025-06-14") -> set:
    """The top fields the text gives the pair."""
    return {top for p, top in tops(facts(text, published)) if p == pair}


def test_sustainable_development_in_the_goal_formula_is_no_environment_field():
    text = ("Chile and Peru upgraded their ties to a partnership for peace, cooperation and sustainable development "
            "on Monday. The two leaders agreed to expand cooperation in trade and energy, contributing to peace, "
            "stability and sustainable development in the region.")
    assert fields(text, ("CHL", "PER")) == {"trade", "energy"}


def test_sustainable_development_as_an_area_of_the_pair_stays_an_environment_field():
    text = "Chile and Peru agreed to deepen cooperation in trade and sustainable development."
    assert fields(text, ("CHL", "PER")) == {"trade", "environment"}


def test_technical_alone_names_no_science_field():
    text = ("Egypt and Kenya agreed to expand their military and technical cooperation. "
            "The two countries also pledged closer investment and technical ties.")
    assert fields(text, ("EGY", "KEN")) == {"defence-security", "investment"}


def test_technical_beside_scientific_keeps_the_science_field_and_the_list():
    text = "Egypt and Kenya signed an agreement on economic, cultural, scientific and technical cooperation."
    assert fields(text, ("EGY", "KEN")) >= {"economy", "culture", "science-technology"}


def test_field_words_inside_the_names_of_bodies_are_no_fields():
    text = ("Kenya and Uganda agreed to boost cooperation in tourism, with the Food and Drug Administration of Kenya "
            "and the Blue Marine Foundation joining the talks. The two ministers will meet again at the Joint "
            "Commission on Economic, Cultural, Scientific and Technical Cooperation, and they signed a memorandum on "
            "cooperation between the Chambers of Commerce and Industry.")
    assert fields(text, ("KEN", "UGA")) == {"culture"}


def test_the_health_of_plants_soil_and_animals_is_agriculture_not_health():
    text = ("Fiji and India signed a memorandum on cooperation in plant health, soil health management and veterinary "
            "medicine.")
    assert fields(text, ("FJI", "IND")) == {"agriculture"}


def test_a_payment_system_is_finance():
    text = "Guyana and India agreed to cooperate on a real-time payment system."
    assert fields(text, ("GUY", "IND")) == {"finance"}


def test_a_pandemic_in_the_background_is_no_health_field():
    text = ("Laos and Thailand agreed to work together to revive trade in the border districts affected by the "
            "Covid-19 pandemic, and to boost cooperation in agriculture even in the midst of the pandemic.")
    assert fields(text, ("LAO", "THA")) == {"trade", "agriculture"}


def test_cooperation_against_a_pandemic_stays_health():
    text = "Laos and Thailand agreed to strengthen cooperation in fighting the Covid-19 pandemic."
    assert fields(text, ("LAO", "THA")) == {"health"}


def test_economic_growth_or_prosperity_as_the_aim_is_no_economy_field():
    text = ("Kenya and Tanzania signed agreements on tourism that will spur economic prosperity and help the "
            "recovery of both nations, and they pledged to share a vision of peace, stability and economic growth.")
    assert fields(text, ("KEN", "TZA")) == {"culture"}


def test_research_on_farming_is_agriculture_not_science():
    text = ("Bangladesh and India signed a memorandum on agricultural research, and they agreed to promote research "
            "and innovation in agriculture.")
    assert fields(text, ("BGD", "IND")) == {"agriculture"}


def test_field_words_of_aid_sport_geology_and_citizens_exchanges_are_labels():
    text = ("Brazil and China signed agreements on their development partnership, emergency situations, geological "
            "exploration, aeronautics, cancer treatment and green technologies, and agreed to deepen exchanges "
            "between citizens ahead of the Olympic Games.")
    assert fields(text, ("BRA", "CHN")) == {"humanitarian", "mining", "science-technology", "health",
                                            "environment", "culture"}


def test_industry_and_trade_after_a_hyphened_field():
    text = "Egypt and Kenya agreed to strengthen cooperation in agro-industry and economic-trade ties."
    assert fields(text, ("EGY", "KEN")) == {"agriculture", "industry", "economy", "trade"}


def test_fields_before_the_spheres_or_sectors_of_the_ties_are_cooperation():
    text = ("Saudi Arabia and the UAE reviewed their partnership, which has made progress across political, economic "
            "and cultural domains, and agreed on closer work in the agricultural and telecommunications sectors.")
    assert fields(text, ("ARE", "SAU")) == {"economy", "culture", "agriculture", "science-technology"}


def test_one_side_s_own_sectors_stay_no_cooperation():
    text = ("Saudi Arabia and the UAE reviewed their partnership in trade. "
            "Saudi Arabia is reforming its energy and mining sectors.")
    assert fields(text, ("ARE", "SAU")) == {"trade"}


def test_one_side_s_assistance_to_the_other_is_aid_not_economy():
    text = ("China and Tanzania upgraded their ties. China is ready to provide assistance to Tanzania's economic and "
            "social development, Xi said.")
    assert fields(text, ("CHN", "TZA")) == {"humanitarian"}


def test_assistance_to_an_international_effort_is_no_aid_to_the_pair():
    text = ("China and Somalia agreed to boost cooperation in agriculture. China will continue to provide assistance "
            "to the international peacekeeping efforts in Somalia.")
    assert "humanitarian" not in fields(text, ("CHN", "SOM"))


def test_a_ceasefire_or_a_pandemic_faced_is_no_field_of_the_pair():
    text = ("China and Russia agreed to boost trade, calling for a humanitarian ceasefire in the region. They agreed "
            "to step up cooperation in energy in the face of the negative impacts of the COVID-19 pandemic.")
    assert fields(text, ("CHN", "RUS")) == {"trade", "energy"}


def test_cooperation_in_economic_recovery_stays_economy():
    text = "Japan and Vietnam agreed to further cooperate in economic recovery after COVID-19."
    assert fields(text, ("JPN", "VNM")) == {"economy"}


def test_exchanges_between_the_peoples_green_and_digital_transformation_and_supporting_industries():
    text = ("Japan and Vietnam agreed to enhance exchanges and connections between the people of the two countries, "
            "to expand cooperation in green and digital transformation, and to develop supporting industries "
            "together.")
    assert fields(text, ("JPN", "VNM")) == {"culture", "environment", "science-technology", "industry"}


def test_shared_history_and_culture_and_localities_as_actors_are_no_culture_field():
    text = ("Azerbaijan and Pakistan agreed to deepen cooperation in energy, based on brotherhood, historical and "
            "cultural ties. On the occasion, ten cooperation documents between the two countries' ministries, "
            "sectors and localities were signed.")
    assert fields(text, ("AZE", "PAK")) == {"energy"}


def test_cultural_exchanges_of_the_pair_stay_culture():
    text = "Azerbaijan and Pakistan agreed to expand cultural exchanges and cooperation between their localities."
    assert fields(text, ("AZE", "PAK")) == {"culture"}


def test_a_sentence_about_kinds_of_partnership_in_general_gives_no_fields():
    text = ("Malaysia and Vietnam upgraded their ties to a comprehensive strategic partnership and agreed to boost "
            "cooperation in education. A comprehensive partnership may signal a broad intent to cooperate, while "
            "strategic partnerships may have a deeper focus on sectors such as trade, energy or counter-terrorism.")
    assert fields(text, ("MYS", "VNM")) == {"education"}


def test_civil_and_commercial_matters_gas_transportation_and_freedom_of_navigation_are_no_such_fields():
    text = ("India and Oman signed an agreement on legal cooperation in civil and commercial matters and a memorandum "
            "on natural gas transportation, and reaffirmed their commitment to freedom of navigation and overflight.")
    assert fields(text, ("IND", "OMN")) == {"energy"}


def test_the_pair_s_joint_fight_against_a_threat_is_cooperation():
    text = ("Chile and Colombia acknowledged the progress in trade relations and the fight against drug trafficking "
            "and organized crime.")
    assert fields(text, ("CHL", "COL")) == {"trade", "defence-security"}


def test_the_fight_against_a_threat_as_a_topic_of_talks_is_no_cooperation():
    text = ("Algeria and Russia agreed to expand trade. The ministers also discussed the crises in neighbouring "
            "countries and the fight against terrorism.")
    assert fields(text, ("DZA", "RUS")) == {"trade"}


def test_the_industry_of_a_farm_product_is_agriculture_and_narcotics_are_no_medicines():
    text = ("Fiji and India signed a memorandum on cooperation in dairy industry development and the coconut "
            "industry, and an agreement on cooperation against illicit trafficking in narcotic drugs.")
    assert fields(text, ("FJI", "IND")) == {"agriculture"}


def test_one_side_s_own_economy_supported_by_the_other_is_no_economy_field():
    text = ("China and Somalia agreed to boost cooperation in agriculture. Mohamud thanked China for assisting "
            "Somalia's efforts to keep order, and for supporting its economic development.")
    assert fields(text, ("CHN", "SOM")) == {"agriculture"}


def test_support_for_each_other_s_economic_development_stays_economy():
    text = "China and Somalia pledged to support each other's economic development."
    assert "economy" in fields(text, ("CHN", "SOM"))
