"""Field lists on real pages: a coordinated list of fields sharing one head noun, a list after
"cooperation:", joint projects, field words of the post-Soviet press, and words that only look like
fields. The texts are our own words."""
from __future__ import annotations

import datetime as dt

from extracting import facts, tops
from kg.extract import extract
from kg.facts import Article


def _top(text: str, a: str, b: str) -> set:
    p = tuple(sorted((a, b)))
    return {f for q, f in tops(facts(text)) if q == p}


def test_every_field_of_a_coordinated_list_shares_the_head_noun_after_it():
    text = ("The presidents of Ghana and Peru held talks in Accra. The talks dealt with political, trade and "
            "economic, investment, transport and logistics, water and energy as well as cultural cooperation.")
    assert _top(text, "GHA", "PER") >= {"trade", "economy", "investment", "connectivity", "environment",
                                        "energy", "culture"}


def test_a_field_before_an_unrelated_verb_does_not_join_the_list():
    text = ("The presidents of Ghana and Peru held talks in Accra. Ghana's economy grew last year, and the two "
            "sides agreed on energy cooperation.")
    assert _top(text, "GHA", "PER") == {"energy"}


def test_a_list_after_cooperation_and_a_colon_gives_every_field():
    text = ("The presidents of Chile and Kenya met in Nairobi. The delegations discussed broad cooperation: "
            "industry, energy, oil and gas, machine building, logistics, finance and education.")
    assert _top(text, "CHL", "KEN") >= {"industry", "energy", "connectivity", "finance", "education"}


def test_joint_projects_are_the_pair_s_even_when_one_leader_speaks():
    text = ("The presidents of Chile and Kenya met in Nairobi. \"There are joint projects in mining, energy "
            "and mechanical engineering,\" said President Ruto.")
    assert _top(text, "CHL", "KEN") >= {"mining", "energy", "industry"}


def test_humanitarian_areas_beside_culture_are_people_to_people_ties_not_aid():
    text = ("The presidents of Chile and Kenya met in Nairobi. They reviewed cooperation in science and culture, "
            "humanitarian areas and education.")
    got = _top(text, "CHL", "KEN")
    assert "culture" in got and "humanitarian" not in got


def test_defending_a_cause_and_a_region_called_a_space_are_no_fields():
    text = ("The presidents of Chile and Kenya met in Nairobi. Both countries cooperate closely in the defence of "
            "the interests of developing nations and within organisations beyond the post-Soviet space.")
    assert not _top(text, "CHL", "KEN") & {"defence-security", "science-technology"}


def test_defence_corridors_are_sites_of_industry_not_transport():
    text = ("The defence ministers of Chile and Kenya met in Nairobi. The Kenyan minister invited Chilean defence "
            "companies to invest in the Kenyan Defence Corridors.")
    assert "connectivity" not in _top(text, "CHL", "KEN")


def test_a_first_line_of_page_noise_leaves_the_title_s_pair_to_the_story():
    text = ("[ad_1]\n\nBy a staff writer\nThe spokesman said the meeting will take place on Monday.\n"
            "Deliberations will focus on areas of mutual interest, including trade and investment, food security "
            "and counter-terrorism.")
    f = extract(Article(text=text, id="t", title="Chile, Kenya hold talks in Nairobi",
                        published=dt.date(2025, 6, 14)))
    assert {f for q, f in tops(f) if q == ("CHL", "KEN")} >= {"trade", "investment", "agriculture",
                                                             "defence-security"}


_MEET = "The presidents of Chile and Kenya met in Nairobi. "


def test_joint_work_and_interrelations_govern_the_fields_after_them():
    got = _top(_MEET + "They set priorities for joint work in the political, trade, transport, water and energy "
               "spheres. The expansion of the countries' interrelations in medicine and education was discussed.",
               "CHL", "KEN")
    assert got >= {"trade", "connectivity", "environment", "energy", "health", "education"}


def test_opening_the_market_for_the_other_s_products_is_their_trade_in_them():
    got = _top(_MEET + "Both sides agreed to facilitate trade and talks; soon open the market for Kenyan "
               "agricultural products.", "CHL", "KEN")
    assert "agriculture" in got


def test_beefing_up_contacts_and_war_left_mines_are_no_fields():
    got = _top(_MEET + "The two leaders agreed to beef up contacts and strengthen collaboration in dealing with "
               "war-left bombs and mines.", "CHL", "KEN")
    assert not got & {"agriculture", "mining"}


def test_border_posts_prison_services_grant_aid_regions_and_air_routes_are_fields():
    got = _top(_MEET + "The two sides agreed to build a one-stop border post, cooperate in correctional services, "
               "expand non-refundable assistance projects and interregional ties, and open a direct air route.",
               "CHL", "KEN")
    assert got >= {"connectivity", "defence-security", "humanitarian", "culture"}


def test_cooperation_between_the_defence_ministries_is_defence_cooperation():
    got = _top(_MEET + "They will deepen cooperation between the ministries of defence of the two countries.",
               "CHL", "KEN")
    assert "defence-security" in got


def test_memoranda_of_understanding_in_sectors_give_their_fields():
    got = _top(_MEET + "Both sides are discussing Memorandums of Understanding in the energy, mining, and "
               "defense sectors.", "CHL", "KEN")
    assert got >= {"energy", "mining", "defence-security"}


def test_an_increase_of_investment_is_a_target_for_the_pair_s_investment():
    got = _top(_MEET + "The ministers said the two countries support an increase of investment in the energy "
               "sector.", "CHL", "KEN")
    assert got >= {"investment", "energy"}


def test_language_teaching_disease_control_and_power_links_are_fields():
    got = _top(_MEET + "They signed a memorandum of cooperation for teaching the Spanish language, agreed on "
               "cooperation on infectious diseases and the coronavirus, and agreed to expand electrical "
               "interconnection.", "CHL", "KEN")
    assert got >= {"education", "health", "energy"}


def test_humanitarian_inside_a_list_of_ties_is_people_to_people_not_aid():
    got = _top(_MEET + "Such meetings develop political, economic, trade, humanitarian, energy, transport and other "
               "ties between the two countries.", "CHL", "KEN")
    assert "culture" in got and "humanitarian" not in got
    assert "humanitarian" in _top(_MEET + "They agreed to expand humanitarian projects in the region.", "CHL", "KEN")


def test_a_third_country_s_own_clause_gives_the_pair_no_field():
    got = _top(_MEET + "Both countries are members of a growing region in which the United States has increased "
               "bilateral diplomacy and military relations, and they agreed to expand trade ties.", "CHL", "KEN")
    assert got == {"trade"}


def test_sums_boundaries_and_vocational_colleges_are_read_for_what_they_are():
    got = _top(_MEET + "The agreement on trade promotion carries a monetary value of $1 billion. The two sides "
               "signed agreements on technical and vocational training colleges, maritime border demarcation, "
               "electronics and waste management.", "CHL", "KEN")
    assert not got & {"finance", "science-technology", "connectivity"}
    assert got >= {"trade", "education", "industry", "environment"}


def test_both_halves_of_hyphened_field_pairs_are_fields():
    got = _top(_MEET + "The sides discussed cooperation in the trade-economic, transport-logistics and "
               "cultural-humanitarian spheres.", "CHL", "KEN")
    assert got >= {"trade", "economy", "connectivity", "culture"} and "humanitarian" not in got


def test_third_countries_named_as_a_topic_of_the_talks_leave_the_sentence_to_the_story():
    f = facts(_MEET + "Both leaders exchanged views on the situation in Myanmar, the rivalry between the US and "
              "China, and joint efforts to promote palm oil exports.")
    assert "agriculture" in {x for q, x in tops(f) if q == ("CHL", "KEN")}
    assert not {q for q, _ in tops(f) if "USA" in q}


def test_power_in_a_list_of_sectors_is_electricity_and_a_great_power_is_not():
    assert "energy" in _top(_MEET + "They agreed to boost cooperation in the areas of power, water resources and "
                            "connectivity.", "CHL", "KEN")
    assert "energy" not in _top(_MEET + "They agreed to cooperate closely as the great powers compete, and to "
                                "strengthen the power of the United Nations.", "CHL", "KEN")


def test_a_forum_in_a_field_and_shared_expertise_are_cooperation_and_a_named_exhibition_is_not():
    got = _top(_MEET + "They agreed to hold a trade and investment forum next year and to take part in the Global "
               "Health Exhibition. Chile offered to train Kenyan farmers and to share its expertise in biofuels.",
               "CHL", "KEN")
    assert got >= {"trade", "investment", "agriculture", "energy"} and "health" not in got


def test_a_statement_heading_gives_its_fields_to_cooperation_in_this_area():
    text = ("Joint Statement between Chile and Kenya\n\n1. The President of Kenya paid a state visit to Chile.\n\n"
            "Culture and Tourism\n\n2. The two sides agreed to expand cooperation in this area.\n\n"
            "Regional Issues\n\n3. The sides agreed to coordinate closely in this area at the United Nations.")
    assert {x for q, x in tops(facts(text)) if q == ("CHL", "KEN")} == {"culture"}


def test_a_package_member_named_by_topic_an_engagement_and_names_of_summits():
    got = _top(_MEET + "They signed 18 agreements, including one on mining. The two presidents attended the "
               "Asia-Pacific Economic Cooperation summit and praised the mining supply chain.", "CHL", "KEN")
    assert got == {"mining"}
    got = _top(_MEET + "The leaders appreciated the strong bilateral economic engagement and S&T cooperation, and "
               "Chile's budget support to Kenya.", "CHL", "KEN")
    assert got >= {"economy", "science-technology", "humanitarian"}


def test_neighbours_listed_without_a_comma_are_background_not_a_new_story():
    f = facts("China and Peru signed trade deals in Lima. Peru and its neighbors Brazil and Bolivia are also hoping "
              "to secure investment to build a railway. Bilateral trade was worth $7.1 billion, he said.")
    assert not {q for q, _ in tops(f) if "BRA" in q}
    assert ("CHN", "PER") in {q for q, _ in tops(f)}


def test_protecting_the_ocean_is_environment_and_resilient_supply_chains_are_no_transport():
    got = _top(_MEET + "Both leaders agreed that protecting the ocean and combating pollution is a key pillar of "
               "cooperation. Their economic ties advance resilient supply chains.", "CHL", "KEN")
    assert got == {"environment", "economy"}


def test_congratulating_one_side_on_its_own_achievement_is_no_cooperation():
    got = _top(_MEET + "Ruto congratulated him on Chile's achievement in the space field after the longest space "
               "mission in its history. Both sides praised the progress in bilateral trade.", "CHL", "KEN")
    assert got == {"trade"}


def test_a_country_overtaken_as_a_partner_is_background_and_defence_ministries_cooperate():
    f = facts("China and Peru signed deals. China recently overtook the United States as Peru's top trading partner.")
    assert {q for q, _ in tops(f)} == {("CHN", "PER")}
    got = _top(_MEET + "They will maintain the cooperation mechanism between the ministries of national defense, "
               "and the ministries of public security of the two countries.", "CHL", "KEN")
    assert "defence-security" in got


def test_welcoming_more_products_students_abroad_and_the_parties_reviewing_a_project():
    f = facts("Chile and Kenya held talks in Nairobi. Kenya welcomes more quality Chilean agricultural products to "
              "the Kenyan market. Some 5,000 Kenyan students study at Chilean universities. The parties also "
              "reviewed the construction of a power plant in Kenya.")
    assert {x for q, x in tops(f) if q == ("CHL", "KEN")} >= {"agriculture", "education", "energy"}


def test_stepping_up_bolstering_and_fostering_are_cooperation_cues_and_one_side_s_own_plans_are_not():
    got = _top(_MEET + "The two leaders agreed to step up intelligence sharing, bolster maritime security and foster "
               "trade.", "CHL", "KEN")
    assert got >= {"defence-security", "trade"}
    assert not _top(_MEET + "Kenya will accelerate its own oil refining reforms, the minister said.", "CHL", "KEN")


def test_solidifying_economic_ties_hospitality_and_what_a_nuclear_programme_or_a_title_is_not():
    got = _top(_MEET + "Both leaders agreed to solidify the economic content of bilateral relations, and Chile "
               "offered technical support in Kenya's hospitality industry.", "CHL", "KEN")
    assert got >= {"economy", "culture"} and "industry" not in got
    got = _top(_MEET + "The two sides agreed to support efforts to reach an agreement with Iran on its nuclear "
               "program. The talks were attended by the Head of the State Security Apparatus.", "CHL", "KEN")
    assert not got & {"energy", "defence-security"}


def test_in_advance_of_and_an_accelerated_growth_are_no_cues():
    assert not _top(_MEET + "The two leaders met in advance of the trade fair and noted Kenya's accelerated "
                    "economic growth.", "CHL", "KEN")


def test_a_field_named_in_the_passive_as_an_area_of_cooperation_is_the_pairs():
    text = ("The presidents of Ghana and Peru held talks in Accra on Monday. Fisheries was singled out as one of "
            "the promising areas of partnership.")
    assert "agriculture" in _top(text, "GHA", "PER")


def test_a_field_label_in_y_is_found_in_its_plural_but_bare_industries_are_no_field():
    assert "industry" in _top("Ghana and Peru agreed on Monday to set up joint ventures in the chemical and "
                              "light industries.", "GHA", "PER")
    assert "industry" not in _top("Ghana and Peru agreed on Monday on closer ties between their governments, "
                                  "industries and universities.", "GHA", "PER")


def test_a_humanitarian_crisis_elsewhere_and_the_security_of_border_waters_are_no_fields():
    text = ("In a joint statement issued at the end of the visit, Ghana and Peru expressed deep concern over the "
            "humanitarian catastrophe in the region. Ghana and Peru said: \"In the field of defense and security, we "
            "encouraged strengthening cooperation and safety and security of waters in border areas.\"")
    assert _top(text, "GHA", "PER") == {"defence-security"}


def test_a_relative_clause_that_lists_the_areas_goes_on_with_the_list():
    text = ("The joint commission of Chile and Kenya named eleven areas of cooperation between the two countries, "
            "which include mining, health care, tourism and higher education.")
    assert _top(text, "CHL", "KEN") >= {"mining", "health", "culture", "education"}


def test_a_relative_clause_with_its_own_verb_still_ends_the_fields():
    text = ("Chile and Kenya agreed to expand trade, which grew by a fifth last year as mining output in "
            "Chile fell.")
    assert _top(text, "CHL", "KEN") == {"trade"}


def test_the_fields_a_meeting_of_the_pair_focuses_on_are_cooperation():
    text = ("The joint commission of Chile and Kenya meets in Nairobi on Monday. The session will focus on "
            "renewable energy, fisheries and vocational training.")
    assert _top(text, "CHL", "KEN") >= {"energy", "agriculture", "education"}


def test_one_country_focusing_on_its_own_field_is_no_cooperation():
    text = "Kenya will focus on renewable energy at home, the minister said."
    assert not facts(text).cooperation


def test_the_two_halves_of_the_belt_and_road_are_connectivity_by_their_full_names():
    text = "Chile and Kenya will deepen cooperation regarding the Silk Road Economic Belt."
    assert _top(text, "CHL", "KEN") == {"connectivity"}


def test_the_lines_under_a_list_head_of_the_pair_s_agreements_are_its_fields():
    text = ("Chile and Kenya sign agreements\n"
            "The presidents of Chile and Kenya met in Nairobi on Friday and signed five agreements.\n"
            "The agreements cover several areas, including:\n"
            "- Fisheries\n"
            "- Higher education\n"
            "- Mining\n"
            "President Ruto thanked his guest for the visit.")
    assert _top(text, "CHL", "KEN") >= {"agriculture", "education", "mining"}


def test_a_list_of_fields_ends_at_the_first_line_that_is_no_item():
    text = ("The presidents of Chile and Kenya met in Nairobi on Friday.\n"
            "Their cooperation covers the following areas:\n"
            "- Fisheries\n"
            "Kenya separately announced plans to expand its own mining sector next year.\n"
            "- Tourism")
    got = _top(text, "CHL", "KEN")
    assert "agriculture" in got and "mining" not in got
