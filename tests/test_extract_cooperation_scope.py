"""Cooperation fields and the pair they belong to: partners listed after "with", countries named
only as a war's adversary or inside a route's name, and possibilities that are no cooperation.
Fixtures are in tests/fixtures/constructions/ (our own words), each mirroring a kind of miss on
real articles."""
from __future__ import annotations

from test_extract_clauses import coop, facts


def test_partners_listed_after_with_each_pair_with_the_side_that_lists_them():
    f = facts("with_list_partners")
    for partner in ("KEN", "CHL"):
        assert coop(f, tuple(sorted(("NOR", partner)))) == {"energy", "agriculture"}
    assert not coop(f, ("CHL", "KEN"))  # two listed partners are no pair


def test_a_war_adversary_opens_no_story_and_takes_no_fields():
    f = facts("war_background")
    assert not {c.pair for c in f.cooperation if "UKR" in c.pair}
    assert coop(f, ("IND", "RUS")) >= {"trade", "investment"}


def test_countries_inside_a_hyphenated_route_name_are_no_pair():
    f = facts("route_name")
    assert not {c.pair for c in f.cooperation if "SSD" in c.pair}
    assert "connectivity" in coop(f, ("KEN", "UGA"))


def test_a_wish_a_potential_and_one_side_s_own_economy_are_no_cooperation():
    f = facts("possibility_not_cooperation")
    assert coop(f, ("GHA", "PER")) == {"trade"}


def test_field_words_inside_a_name_or_a_title_are_no_fields():
    f = facts("names_and_titles")
    assert "mining" in coop(f, ("CHL", "PER"))
    assert not coop(f, ("CHL", "PER")) & {"education", "science-technology"}


def test_topics_of_talks_and_places_of_a_crisis_give_no_pair_and_no_fields():
    f = facts("talk_topics")
    assert not {c.pair for c in f.cooperation if {"SYR", "LBN"} & set(c.pair)}
    assert not coop(f, ("GHA", "PER")) & {"economy", "finance", "trade"}


def test_a_sentence_that_goes_on_listing_the_areas_gives_their_fields():
    f = facts("areas_listed_next")
    assert coop(f, ("GHA", "PER")) >= {"connectivity", "industry", "agriculture"}


def test_the_article_s_own_side_lists_partners_talks_with_a_bloc_and_the_kingdom_stands_for_it():
    f = facts("home_side_lists")
    pairs = {c.pair for c in f.cooperation}
    # the story is Saudi Arabia-Egypt; the partners listed after "with" pair with the side named more often
    assert {("PER", "SAU"), ("CHL", "SAU")} <= pairs and ("CHL", "PER") not in pairs
    assert "culture" not in coop(f, ("EGY", "SAU"))  # heritage talks with the African Union are not the story's
    assert coop(f, ("NOR", "SAU")) == {"agriculture"}  # "The Kingdom and Norway"


def test_ties_with_a_third_country_belong_to_the_story_s_side_the_text_speaks_of_most():
    f = facts("side_with_third")
    assert coop(f, ("JPN", "VNM")) == {"trade"}
    assert "trade" not in coop(f, ("CHL", "VNM"))


def test_adjectives_before_areas_of_a_field_are_aspects_of_that_field():
    assert coop(facts("areas_of_a_field"), ("GHA", "PER")) == {"agriculture"}


def test_a_fronted_topic_is_the_field_of_the_cooperation_that_follows():
    assert "defence-security" in coop(facts("fronted_topic"), ("GHA", "PER"))
