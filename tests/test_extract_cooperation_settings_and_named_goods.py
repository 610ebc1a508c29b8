"""Field words that set the scene rather than name a field ("economic crimes", "in the context of climate
change", "despite the security tensions", "strategic supply chains"), and field words the labels lacked
(hyphened bio-fuels, minor critical minerals, an air force, trafficking in persons) or that a framework's
Title Case name hid ("Commercial and Industrial Partnership"). Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def test_economic_crimes_are_no_economic_ties():
    f = facts("Peru and Spain agreed to step up cooperation between their police forces against economic crimes.")
    assert tops(f) == {(("ESP", "PER"), "defence-security")}


def test_financial_offences_are_no_finance_field():
    f = facts("Kenya and Norway agreed to cooperate in tracing financial offences and money laundering.")
    assert (("KEN", "NOR"), "finance") not in tops(f)


def test_climate_change_as_the_setting_of_the_work_is_no_field():
    f = facts("Chile and Egypt discussed cooperation in farming and bio-fuels in the context of climate change.")
    assert tops(f) == {(("CHL", "EGY"), "agriculture"), (("CHL", "EGY"), "energy")}


def test_climate_change_the_two_work_on_stays():
    f = facts("Chile and Egypt agreed to cooperate on climate change and renewable energy.")
    assert (("CHL", "EGY"), "environment") in tops(f)


def test_what_ties_go_on_despite_is_no_field():
    f = facts("Ghana and Japan will expand trade cooperation despite the regional security tensions.")
    assert tops(f) == {(("GHA", "JPN"), "trade")}


def test_a_comma_ends_the_despite_phrase():
    f = facts("Despite the pandemic, Ghana and Japan agreed to deepen investment cooperation.")
    assert tops(f) == {(("GHA", "JPN"), "investment")}


def test_strategic_supply_chains_are_no_transport():
    f = facts("Canada and Korea agreed to work together on the resilience of strategic supply chains for batteries.")
    assert (("CAN", "KOR"), "connectivity") not in tops(f)


def test_logistics_supply_chains_stay_transport():
    f = facts("Canada and Korea agreed to cooperate on ports, freight and supply chains.")
    assert (("CAN", "KOR"), "connectivity") in tops(f)


def test_minor_critical_minerals_are_mining():
    f = facts("Australia and Germany agreed to cooperate on the supply of gallium and graphite.")
    assert (("AUS", "DEU"), "mining") in tops(f)


def test_an_air_force_and_trafficking_in_persons_are_security():
    f = facts("Ghana and Turkey discussed cooperation on training for the Ghanaian air force.")
    assert tops(f) == {(("GHA", "TUR"), "defence-security")}
    f = facts("Nepal and Qatar agreed to cooperate in fighting trafficking in persons.")
    assert tops(f) == {(("NPL", "QAT"), "defence-security")}


def test_a_frameworks_title_case_name_gives_its_fields_and_no_level():
    f = facts("Officials held the first meeting of the Canada-Mexico Commercial and Industrial Partnership on Monday.")
    assert {(("CAN", "MEX"), "trade"), (("CAN", "MEX"), "industry")} <= tops(f)
    assert not f.partnerships


def test_a_relationship_is_a_head_of_its_field():
    f = facts("Joint Statement of Ghana and Italy\n\nOur economic relationship is growing fast.")
    assert (("GHA", "ITA"), "economy") in tops(f)


def test_measures_that_could_be_taken_to_enhance_a_field_are_its_cooperation():
    f = facts("Ghana and Italy held talks with a strong focus on measures that could be taken to enhance tourism.")
    assert tops(f) == {(("GHA", "ITA"), "culture")}


def test_a_field_that_could_grow_stays_a_possibility():
    f = facts("Ghana and Italy said tourism could grow.")
    assert not tops(f)


def test_peace_and_security_closing_a_list_of_shared_values_is_a_principle():
    f = facts("Norway and Uruguay share a commitment to democracy, human rights, international peace and security.")
    assert (("NOR", "URY"), "defence-security") not in tops(f)


def test_threats_to_peace_and_security_the_two_counter_stay_security():
    f = facts("Norway and Uruguay will combine efforts to counter threats to regional and international peace and "
              "security.")
    assert (("NOR", "URY"), "defence-security") in tops(f)


def test_global_cooperation_is_the_worlds_not_the_pairs():
    f = facts("Brazil and Japan stressed the importance of global cooperation for managing the economic impacts of "
              "the pandemic.")
    assert not tops(f)


def test_the_pairs_own_cooperation_beside_it_stays():
    f = facts("Brazil and Japan agreed to expand cooperation in health and to support global cooperation on vaccines.")
    assert (("BRA", "JPN"), "health") in tops(f)


def test_farm_commodities_are_agriculture():
    f = facts("Argentina and Egypt signed documents on cooperation covering wheat, soybeans and maize.")
    assert (("ARG", "EGY"), "agriculture") in tops(f)
