"""Which pair a sentence is about: countries an exchange is aimed at are no new pair, and a letter
from one country speaking of "cooperation with" another names their pair. Our own sentences."""
from __future__ import annotations


from extracting import facts


def test_countries_after_a_preposition_in_the_pairs_own_sentence_open_no_story():
    f = facts("Peru and Chile held talks. Peru's President Boluarte said she and Boric agreed to cooperate on exports "
              "of copper to Japan and South Korea. In a joint statement, they welcomed the talks.")
    assert {g.pair for g in f.agreements} == {("CHL", "PER")}
    assert ("JPN", "KOR") not in {c.pair for c in f.cooperation}


def test_a_letter_from_one_country_names_the_pair_with_the_country_after_with():
    f = facts("Warm greetings from the people of Peru on the anniversary of our ties. "
              "We have deepened cooperation with Chile in trade and mining.")
    assert {(c.pair, c.field) for c in f.cooperation} >= {(("CHL", "PER"), "trade")}


def test_spelling_variants_of_a_leaders_name_stand_for_his_country():
    f = facts("President Mirziyaev of Uzbekistan met President Berdymukhammedov. The two signed a treaty on water.")
    assert {g.pair for g in f.agreements} == {("TKM", "UZB")}


def test_a_third_person_sentence_with_one_country_after_with_takes_no_country_named_in_passing():
    f = facts("Students from Niger will visit Lima. The island is ready to work with Chile on ports.")
    assert f.cooperation == ()
