"""Which pair a visit makes: two visitors named as one subject each go with the country they visit, never with
each other; the first of several countries goes with the host of the visit; a sentence whose two countries are
each named by their leader acting is their pair even when it says "bilateral". Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def test_two_visitors_joined_as_one_subject_each_go_with_the_host():
    f = facts("The presidents of Kenya and Ghana will visit Brazil next month to discuss mining cooperation.")
    got = tops(f)
    assert (("BRA", "KEN"), "mining") in got or (("BRA", "GHA"), "mining") in got
    assert (("GHA", "KEN"), "mining") not in got


def test_adjectives_of_two_visitors_before_their_offices_go_with_the_host():
    f = facts("Kenyan, Ghanaian presidents to visit Brazil in March for talks on mining cooperation.")
    assert (("GHA", "KEN"), "mining") not in tops(f)


def test_the_first_country_of_several_goes_with_the_host_of_the_visit():
    f = facts("The king of Jordan will come in May, while the emir of Qatar will visit Indonesia in June. "
              "The two sides will discuss energy cooperation.")
    got = tops(f)
    assert (("JOR", "QAT"), "energy") not in got
    assert (("IDN", "JOR"), "energy") in got


def test_two_leaders_acting_make_their_pair_despite_a_bilateral_word():
    f = facts("Kenya and Peru held talks in Nairobi on Monday. "
              "The Saudi crown prince hosted a dinner for Kenyan President William Ruto and discussed ways to "
              "strengthen bilateral relations, including cooperation in tourism.")
    got = tops(f)
    assert (("KEN", "SAU"), "culture") in got
    assert (("KEN", "PER"), "culture") not in got


def test_destinations_after_a_class_noun_are_the_travellers_stops_never_a_pair():
    f = facts("After taking office, the Kenyan president made his first trip to the Gulf states, Oman and Qatar, "
              "where he discussed energy cooperation.")
    assert (("OMN", "QAT"), "energy") not in tops(f)


_BACK = ("Peru and Chile held talks in Lima on Monday. "
         "Meanwhile, the US president threatened new tariffs on Mexico and a wall along the US-Mexico border. "
         "Those threats were criticised by Peruvian President Dina Boluarte and her Chilean counterpart Gabriel Boric "
         "as a sign of Washington's retreat from the region. "
         "The two presidents signed an agreement on fisheries.")


def test_an_earlier_pair_named_by_both_its_leaders_takes_the_story_back():
    got = tops(facts(_BACK))
    assert (("CHL", "PER"), "agriculture") in got
    assert (("MEX", "USA"), "agriculture") not in got
