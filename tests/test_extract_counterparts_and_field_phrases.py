"""Which pair a leader's meetings with several counterparts give, and field words whose phrase names no field of
the pair's work (a time, a manner, a beneficiary). Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def test_counterparts_listed_with_a_comma_are_one_leaders_partners_not_a_pair():
    f = facts("Prime Minister Albanese meets his counterparts in Thailand, Vietnam\n\n"
              "Prime Minister Anthony Albanese held talks with his Thai counterpart Srettha Thavisin, where they "
              "discussed cooperation in ports and defence.")
    assert not any(c.pair == ("THA", "VNM") for c in f.cooperation)
    assert (("AUS", "THA"), "connectivity") in tops(f)


def test_the_leaders_of_two_countries_met_by_a_third_are_his_partners():
    f = facts("President Lula met the presidents of Chile and Peru on Monday to discuss cooperation in mining.")
    assert not any(c.pair == ("CHL", "PER") for c in f.cooperation)


def test_ties_that_held_during_a_pandemic_are_no_health_cooperation():
    f = facts("Chile and Peru praised the steady growth of their ties even during the COVID-19 pandemic.")
    assert (("CHL", "PER"), "health") not in tops(f)
    f = facts("Chile and Peru agreed to work together against the COVID-19 pandemic.")
    assert (("CHL", "PER"), "health") in tops(f)


def test_a_humanitarian_spirit_is_a_manner_not_aid():
    f = facts("Chile and Peru agreed to settle the cases of detained fishermen in a humanitarian and friendly spirit.")
    assert (("CHL", "PER"), "humanitarian") not in tops(f)


def test_a_nations_waters_are_a_sea_area_not_water_resources():
    f = facts("Chile and Peru will cooperate on fishing boats that encroach on each nation's waters.")
    assert (("CHL", "PER"), "environment") not in tops(f)
    f = facts("Chile and Peru will cooperate in water management.")
    assert (("CHL", "PER"), "environment") in tops(f)


def test_critical_infrastructure_under_cyber_security_is_no_transport():
    f = facts("Chile and Peru agreed to deepen cooperation on cyber security, including protecting critical infrastructure.")
    assert (("CHL", "PER"), "connectivity") not in tops(f)
    assert (("CHL", "PER"), "defence-security") in tops(f)


def test_youth_as_the_ones_the_ties_benefit_is_no_youth_field():
    f = facts("Chile and Peru agreed to strengthen their start-up ecosystems for the benefit of our youth.")
    assert (("CHL", "PER"), "culture") not in tops(f)


def test_possible_areas_of_cooperation_that_a_list_names_are_all_fields():
    f = facts("Chile and Peru signed a general cooperation agreement. The ministry said that possible areas of "
              "cooperation include defence and security, digital services, mining, agriculture and investment.")
    assert {"defence-security", "science-technology", "mining", "agriculture"} <= {x for _, x in tops(f)}
    f = facts("Chile and Peru might possibly cooperate in mining.")
    assert (("CHL", "PER"), "mining") not in tops(f)


def test_a_list_of_priority_areas_over_semicolons_gives_every_field():
    f = facts("Chile and Peru held their first joint commission. The two sides focused on the five priority areas "
              "of democracy and human rights; defence; economics and trade; mining and fisheries; and culture.")
    assert {"defence-security", "economy", "trade", "mining", "agriculture", "culture"} <= {x for _, x in tops(f)}


def test_the_arms_industry_and_a_defence_supply_chain_are_defence_only():
    f = facts("Chile and Peru agreed on cooperation in the arms industry and the defence sector supply chain.")
    assert {x for _, x in tops(f)} == {"defence-security"}
    f = facts("Chile and Peru agreed on cooperation in the chemical industry and logistics.")
    assert {"industry", "connectivity"} <= {x for _, x in tops(f)}


def test_socio_economic_development_as_the_aim_of_the_ties_is_no_economy_field():
    f = facts("Chile and Peru pledged to expand bilateral cooperation for sustainable socio-economic development.")
    assert (("CHL", "PER"), "economy") not in tops(f)
    f = facts("Chile and Peru agreed to boost socio-economic cooperation.")
    assert (("CHL", "PER"), "economy") in tops(f)
    f = facts("Chile and Peru agreed to step up cooperation in socio-economic development.")
    assert (("CHL", "PER"), "economy") in tops(f)


def test_a_humanitarian_gesture_of_handing_over_vaccines_stays_aid():
    f = facts("Chile and Peru met. In a humanitarian gesture, the Chilean president handed over vaccine doses as a gift to Peru.")
    assert (("CHL", "PER"), "humanitarian") in tops(f)


def test_humanitarian_closing_a_list_of_spheres_is_people_to_people():
    f = facts("Chile and Peru said their relations develop in trade, economic, social, cultural, humanitarian and other spheres.")
    assert (("CHL", "PER"), "humanitarian") not in tops(f)
    assert (("CHL", "PER"), "culture") in tops(f)


def test_capacity_building_in_farming_is_agriculture_not_education():
    f = facts("Chile and Peru will push forward cooperation in veterinary matters and agriculture capacity building.")
    assert (("CHL", "PER"), "education") not in tops(f)
    assert (("CHL", "PER"), "agriculture") in tops(f)


def test_foreign_trade_in_a_list_of_the_pairs_fields_is_trade():
    f = facts("Chile and Peru held a binational cabinet. Its major areas included: security and defence; foreign trade "
              "and tourism; and energy.")
    assert (("CHL", "PER"), "trade") in tops(f)


def test_a_sphere_named_before_what_both_agreed_is_the_pairs():
    f = facts("Chile and Peru held talks. In the economic and trade sphere, both agreed to intensify the momentum.")
    assert {"economy", "trade"} <= {x for _, x in tops(f)}
