"""Which two countries a sentence is about when one leader meets several in a row: the country in a
dateline's brackets, the partners listed after "with" for a side the sentence does not name, the office-holder
of a country met, a counterpart named after "his counterpart", and a deal with a third country on a trip.
Our own sentences."""
from __future__ import annotations

from extracting import facts, signed_docs, tops


def test_a_country_in_brackets_after_a_dateline_place_is_no_party():
    f = facts("Kazan [Russia], May 3 (TASS): The Egyptian president met the leaders of the bloc, and the talks "
              "focused on strengthening ties across trade and energy.")
    assert not any("RUS" in c.pair for c in f.cooperation)


def test_a_country_in_brackets_after_a_leaders_name_stays_his_country():
    f = facts("Presidents Xi Jinping (China) and Vladimir Putin (Russia) agreed to expand cooperation in energy.")
    assert (("CHN", "RUS"), "energy") in tops(f)


def test_two_countries_after_with_in_a_headline_are_the_partners_of_a_side_not_named():
    f = facts("Premier holds talks with Chile, Peru\n\nThe premier also discussed cooperation in mining.")
    assert not any(c.pair == ("CHL", "PER") for c in f.cooperation)


def test_joint_ventures_with_one_country_and_imports_from_it_keep_the_story():
    f = facts("China and Tajikistan agreed to deepen cooperation in health. There are 54 joint ventures with China "
              "in our republic, and we import many medicines into Tajikistan from China.")
    assert (("CHN", "TJK"), "investment") in tops(f)


def test_a_talk_with_the_office_holder_of_a_country_is_the_acting_sides_pair():
    f = facts("In the meeting with President of Ghana John Mahama, Mr. Modi thanked the country for its support. "
              "He discussed cooperation in railways and solar energy with the Prime Minister of Portugal Antonio Costa.")
    assert (("IND", "PRT"), "connectivity") in tops(f)
    assert not any(c.pair == ("GHA", "PRT") for c in f.cooperation)


def test_a_meeting_with_his_counterpart_by_name_opens_that_pair():
    f = facts("Modi met the President of Ghana on Monday. Later, in the bilateral meeting with his counterpart "
              "Anthony Albanese, Mr. Modi discussed cooperation in critical minerals.")
    assert (("AUS", "IND"), "mining") in tops(f)
    assert not any(c.pair == ("GHA", "IND") and c.field == "critical-minerals" for c in f.cooperation)


def test_a_deal_with_a_third_country_on_an_earlier_leg_of_a_trip_is_the_travellers():
    f = facts("Japan and Egypt agreed to cooperate on hydrogen. The trip to Egypt followed a visit to Doha that "
              "included the signing of an agreement with Qatar on defence cooperation.")
    assert (("JPN", "QAT"), "agreement") in signed_docs(f)
    assert not any(a.pair == ("EGY", "QAT") for a in f.agreements)


def test_the_two_sides_working_with_a_third_governments_office_stay_the_pair():
    f = facts("Canada and Korea agreed to cooperate on food security. The two sides intend to coordinate with the "
              "government of Laos and share lessons in agricultural development.")
    assert not any("LAO" in c.pair for c in f.cooperation)


def test_a_country_and_a_group_of_others_are_no_pair():
    f = facts("Russia and Ethiopia signed an agreement on atomic energy. Russia and African countries see great "
              "prospects for cooperation in diamond mining.")
    assert (("ETH", "RUS"), "mining") not in tops(f)


def test_a_blocs_leaders_as_the_subject_speak_for_the_bloc():
    f = facts("Hun Sen met US President Biden at the summit. The leaders of ASEAN+3 agreed to resume trade and "
              "boost cooperation for green growth.")
    assert not any(c.pair == ("KHM", "USA") for c in f.cooperation)


def test_a_sentence_opening_on_a_tour_stop_pairs_the_traveller_with_that_stop():
    f = facts("President Lula came back from a tour of Angola, Ghana and Kenya. During his time in Ghana, Brazil "
              "signed a memorandum on cocoa. In Kenya, the two nations established a strategic partnership.")
    assert {(p.pair, p.level) for p in f.partnerships} == {(("BRA", "KEN"), "strategic partnership")}


def test_a_venue_abroad_that_is_no_tour_stop_keeps_the_pair():
    f = facts("Australia and Indonesia agreed to boost ties. In Singapore, the two leaders signed an agreement on health.")
    assert signed_docs(f) == [(("AUS", "IDN"), "agreement")]


def test_the_two_sides_after_a_country_named_a_blocs_partner_are_that_pair_not_the_story():
    f = facts("Vietnam and Australia held talks in Hanoi. Australia is the oldest dialogue partner of ASEAN. "
              "The two sides set up a strategic partnership in 2014.")
    assert not f.partnerships



def test_one_side_working_with_both_a_third_country_and_others_pairs_with_that_country():
    f = facts("Russia and Ethiopia signed an agreement on atomic energy. Cooperation is developing in nuclear energy "
              "with both Namibia and other countries.")
    assert (("NAM", "RUS"), "energy") in tops(f)
