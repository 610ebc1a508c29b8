"""Field words that name another thing: a news agency named as a source, logistics support for armed forces,
unmanned vehicles (drones), and the world's oil or energy market."""
from tests.extracting import facts, tops


def test_a_news_agency_named_as_source_is_no_media_field():
    got = tops(facts("Ghana and Turkey agreed to expand defence cooperation, the minister was quoted as saying "
                     "by news agency GNA."))
    assert (("GHA", "TUR"), "culture") not in got
    assert (("GHA", "TUR"), "defence-security") in got


def test_logistics_support_for_armed_forces_is_no_connectivity():
    got = tops(facts("Japan and the Philippines intend to sign a pact on logistics support for their armed forces."))
    assert (("JPN", "PHL"), "connectivity") not in got


def test_unmanned_vehicles_are_no_automotive_industry():
    got = tops(facts("Rajnath said India and France are exploring new areas in the field of robotics and "
                     "unmanned vehicles."))
    assert (("FRA", "IND"), "industry") not in got


def test_the_global_energy_market_is_no_energy_field_of_the_pair():
    got = tops(facts("Nigeria and Norway agreed to cooperate on stability in the global energy market and "
                     "on fisheries."))
    assert (("NGA", "NOR"), "energy") not in got
    assert (("NGA", "NOR"), "agriculture") in got


def test_the_asia_pacific_economic_cooperation_forum_is_no_economy_field():
    got = tops(facts("The foreign ministers of Chile and Vietnam held talks on the sidelines of the Asia-Pacific "
                     "Economic Cooperation meeting in Lima on Thursday."))
    assert (("CHL", "VNM"), "economy") not in got
