"""Which pair a sentence is about when it names one side only: the partners a sentence before listed for
that side, taken up again as a group ("the three states"); the side that holds the meetings, not the one it
met, when it meets a second partner; and a breadcrumb's section label ("Home KENYA ..."), no party at all.
Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def test_a_group_anaphor_takes_the_listed_partners_again():
    f = facts("Ghana's president ended a tour of the region on Friday. The visits to Benin, Niger and Mali were "
              "aimed at deeper ties between Ghana and its neighbours. Ghana and the three countries will also "
              "cooperate in defence and security.")
    assert {(("BEN", "GHA"), "defence-security"), (("GHA", "NER"), "defence-security"),
            (("GHA", "MLI"), "defence-security")} <= tops(f)


def test_respective_partner_states_after_a_list():
    f = facts("Spain's visits to Chile, Peru and Colombia aimed at closer relations between Spain and sister nations. "
              "The trips focused on agreements to boost trade between Spain and the respective partner states.")
    assert {(("CHL", "ESP"), "trade"), (("ESP", "PER"), "trade"), (("COL", "ESP"), "trade")} <= tops(f)


def test_other_countries_are_no_group_of_the_list():
    f = facts("Spain's visits to Chile, Peru and Colombia aimed at closer relations between Spain and sister nations. "
              "Spain and other countries will cooperate in mining.")
    assert not any(field == "mining" for _, field in tops(f))


def test_the_side_that_meets_both_partners_acts_in_the_second_meeting():
    f = facts("Minister Okafor held talks with the foreign ministers of Brazil and Chile in Geneva, Nigeria's "
              "foreign ministry said. He held informal talks with Brazilian Foreign Minister Silva and discussed "
              "President Tinubu's state visit to Brazil. "
              "Minister Okafor also held talks with Chilean Foreign Minister Rojas, where they agreed to expand "
              "cooperation in mining and energy.")
    assert {(("CHL", "NGA"), "mining"), (("CHL", "NGA"), "energy")} <= tops(f)
    assert not any(p == ("BRA", "CHL") for p, _ in tops(f))


def test_a_breadcrumb_section_label_is_no_party():
    f = facts("Home UGANDA President Ruto concludes his tour of the region\n\nPresident Ruto concludes his tour of "
              "the region\n\nIn agriculture in particular, cooperation will help farmers reach new markets.")
    assert not any(p == ("KEN", "UGA") for p, _ in tops(f))


def test_a_country_in_capitals_opening_a_lead_stays_a_party():
    f = facts("GHANA and Togo on Tuesday agreed to strengthen cooperation in border security.")
    assert tops(f) == {(("GHA", "TGO"), "defence-security")}


def test_a_group_anaphor_makes_weak_cues_bilateral():
    f = facts("Spain's visits to Chile, Peru and Colombia aimed at closer relations between Spain and sister nations. "
              "The visits focused on steps to enhance investment and infrastructure between Spain and the respective "
              "partner states.")
    assert {(("CHL", "ESP"), "investment"), (("ESP", "PER"), "connectivity")} <= tops(f)


def test_a_sentence_naming_no_country_after_a_group_keeps_the_group():
    f = facts("Spain's visits to Chile, Peru and Colombia aimed at closer relations between Spain and sister nations. "
              "In agriculture in particular, cooperation will help farmers reach new markets.")
    assert {(("CHL", "ESP"), "agriculture"), (("ESP", "PER"), "agriculture"), (("COL", "ESP"), "agriculture")} <= tops(f)


def test_an_open_story_keeps_its_own_pair_after_a_list():
    f = facts("Spain and Chile held talks in Madrid. Spain also has ties with Peru and Colombia. "
              "In agriculture in particular, cooperation will help farmers reach new markets.")
    assert (("COL", "ESP"), "agriculture") not in tops(f)


def test_a_line_listing_countries_with_commas_is_no_pair():
    f = facts("Embassy of Canada\nLima\nPeru, Bolivia\n\nJoint Statement\n\nCanada and Peru agreed to expand "
              "cooperation in mining.")
    assert not any(a.pair == ("BOL", "PER") for a in f.agreements)
    assert (("CAN", "PER"), "mining") in tops(f)


def test_a_headline_pairing_two_countries_with_a_comma_stays_a_pair():
    f = facts("Peru, Bolivia agree to expand mining cooperation")
    assert tops(f) == {(("BOL", "PER"), "mining")}
