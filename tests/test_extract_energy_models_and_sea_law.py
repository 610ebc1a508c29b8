"""Field words that name no cooperation in their field: an economy named after its fuel ("hydrogen
economies") and the law of the sea ("a maritime order in line with UNCLOS"). Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def test_an_economy_named_after_its_fuel_is_energy_not_economic_ties():
    f = facts("Japan and Oman agreed to work together for hydrogen economies.")
    assert tops(f) == {(("JPN", "OMN"), "energy")}


def test_a_low_carbon_economy_gives_no_economy_field():
    f = facts("Chile and Denmark pledged cooperation to build a low-carbon economy.")
    assert (("CHL", "DNK"), "economy") not in tops(f)


def test_a_maritime_order_under_the_law_of_the_sea_is_no_maritime_cooperation():
    f = facts("Egypt and Vietnam stressed stronger cooperation in fighting crime and their resolve to work for a "
              "maritime order in line with the UN Convention on the Law of the Sea.")
    assert (("EGY", "VNM"), "connectivity") not in tops(f)


def test_maritime_cooperation_itself_stays():
    f = facts("Egypt and Vietnam agreed to expand maritime cooperation and port links.")
    assert (("EGY", "VNM"), "connectivity") in tops(f)


def test_the_fields_of_a_blocs_agenda_are_the_blocs():
    f = facts("India and Japan held their annual summit. They renewed their commitment to delivering outcomes on the "
              "Quad's agenda, especially on vaccines, space and education.")
    assert not any(c.pair == ("IND", "JPN") for c in f.cooperation)


def test_a_pairs_own_fields_before_a_blocs_agenda_stay():
    f = facts("India and Japan agreed to boost defence cooperation; they also welcomed the Quad's agenda on vaccines.")
    assert tops(f) == {(("IND", "JPN"), "defence-security")}


def test_socio_cultural_cooperation_is_culture():
    f = facts("Thailand and Vietnam agreed on a partnership covering economic and socio-cultural cooperation.")
    assert (("THA", "VNM"), "culture") in tops(f)


def test_bilateral_trade_and_investment_flows_are_the_pairs_trade():
    f = facts("Brazil and India met. They said their economies would gain from robust bilateral investment and trade flows.")
    assert {(("BRA", "IND"), "investment"), (("BRA", "IND"), "trade")} <= tops(f)


def test_fields_the_two_discussed_are_on_the_pairs_table():
    f = facts("Kenya and Tanzania held talks in Nairobi. The two leaders discussed trade, energy and defence.")
    assert tops(f) == {(("KEN", "TZA"), "trade"), (("KEN", "TZA"), "energy"), (("KEN", "TZA"), "defence-security")}


def test_regional_affairs_discussed_are_no_cooperation():
    f = facts("Kenya and Tanzania held talks. They discussed the situation in Sudan and regional security.")
    assert not f.cooperation


def test_one_sides_own_recovery_discussed_is_no_cooperation():
    f = facts("Fiji and Australia met in Suva. The prime ministers discussed Fiji's economic recovery.")
    assert not f.cooperation


def test_each_partner_after_its_own_with_keeps_its_own_fields():
    f = facts("India will deepen cooperation with Ghana in mining and with Peru in health.")
    assert tops(f) == {(("GHA", "IND"), "mining"), (("IND", "PER"), "health")}


def test_one_sides_imports_from_a_third_country_pair_it_with_that_country():
    f = facts("Kenya and Tanzania held talks in Nairobi on Monday. Kenya will also import electricity from Ethiopia "
              "under a new deal.")
    assert (("ETH", "KEN"), "energy") in tops(f)
    assert (("KEN", "TZA"), "energy") not in tops(f)


def test_a_side_named_before_its_own_with_is_no_listed_partner():
    f = facts("China and Fiji signed a deal on police cooperation, years after Fiji cut ties with Taiwan and "
              "established relations with Beijing.")
    assert not any("TWN" in c.pair for c in f.cooperation)


def test_arms_technology_transferred_is_defence_not_science():
    f = facts("Japan and Indonesia hailed the agreement on the transfer of defence equipment and technology.")
    assert tops(f) == {(("IDN", "JPN"), "defence-security")}


def test_science_and_technology_cooperation_stays():
    f = facts("Japan and Indonesia agreed to boost cooperation in science and technology.")
    assert tops(f) == {(("IDN", "JPN"), "science-technology")}


def test_economic_and_social_development_in_general_is_no_economic_tie():
    f = facts("India and Japan will promote economic and social development in other interested countries.")
    assert (("IND", "JPN"), "economy") not in tops(f)


def test_social_and_economic_cooperation_stays_economy():
    f = facts("India and Japan agreed to boost social and economic cooperation.")
    assert (("IND", "JPN"), "economy") in tops(f)
