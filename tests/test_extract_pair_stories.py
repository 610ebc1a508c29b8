"""Which two countries a fact is about: a past premier's surname after his full name, the
pair resolver's first person keeping case, and a second document of one sentence signed "with" a new
partner. Our own sentences."""
from __future__ import annotations

from extracting import facts, signed_docs, tops

from kg.extract.lexicon import patterns


def test_a_past_premiers_surname_alone_stands_for_his_country_after_his_full_name():
    f = facts("Wen Jiabao arrived in Islamabad on Monday. Pakistan and India held talks on Kashmir. "
              "Wen later signed an agreement on railways with Pakistan.")
    assert ("CHN", "PAK") in {a.pair for a in f.agreements}


def test_the_resolvers_first_person_reads_us_in_capitals_as_the_country():
    voice = patterns("en").own_voice
    assert voice.search("we will work with China") and voice.search("Our ties with China")
    assert voice.search("with us and China")
    assert not voice.search("the US will work with China")


def test_a_second_document_signed_with_a_new_partner_pairs_the_signer_not_the_first_partner():
    f = facts("Ghana signed a trade agreement with Nigeria in 2019 and in 2021 a memorandum on energy with Togo.")
    assert signed_docs(f) == [(("GHA", "NGA"), "agreement"), (("GHA", "TGO"), "memorandum")]


def test_another_pairs_summit_named_in_passing_leaves_the_story_with_the_pair_that_met():
    f = facts("Indian PM Modi met Russian President Putin in Moscow. The visit came weeks after the Russia-US "
              "summit in Alaska. 28 memorandums were concluded on trade and energy.")
    assert signed_docs(f) == [(("IND", "RUS"), "memorandum")]


def test_the_two_sides_after_a_bloc_and_a_country_are_that_bloc_pair_not_the_story():
    f = facts("Australia and Indonesia held talks in Jakarta. Australia and ASEAN are long partners. "
              "The two sides set up a strategic partnership in 2014 and signed a trade agreement.")
    assert not f.partnerships and not signed_docs(f)


def test_a_document_with_its_short_name_in_brackets_is_signed_with_the_country_after_it():
    f = facts("Japan and the Philippines held talks in Manila on Tuesday and agreed to widen bilateral defence "
              "training. Japan signed a Logistics Support Agreement (LSA) with the United States in 1998 for "
              "bilateral training.")
    assert ("JPN", "USA") in {a.pair for a in f.agreements}


def test_the_two_sides_after_a_sentence_with_two_separate_new_pairs_take_neither():
    f = facts("India and Japan held talks in Tokyo on Monday. On the same day, Kenya and Uganda met in Nairobi, "
              "and China and Russia held talks in Beijing. The two sides signed an agreement on trade.")
    assert not signed_docs(f)


def test_the_two_sides_after_one_new_pair_are_that_pair():
    f = facts("India and Japan held talks in Tokyo on Monday. Kenya and Uganda met in Nairobi on Tuesday. "
              "The two sides signed an agreement on trade.")
    assert signed_docs(f) == [(("KEN", "UGA"), "agreement")]


def test_the_two_nations_in_a_country_of_an_earlier_story_go_back_to_that_pair():
    f = facts("Japan and the Philippines agreed to deepen ties on Monday. The Japanese premier visited Vietnam "
              "last week. In the Philippines, the two nations signed an agreement on maritime security.")
    assert signed_docs(f) == [(("JPN", "PHL"), "agreement")]


def test_the_two_sides_after_a_sentence_with_both_a_country_pair_and_a_bloc_pair_stay_with_the_countries():
    f = facts("Tanzania's president held talks with Chinese President Xi in Beijing. The visit showed the friendly "
              "relations between China and Tanzania and the weight of China-Africa relations. The two sides "
              "signed an agreement on trade.")
    assert signed_docs(f) == [(("CHN", "TZA"), "agreement")]


def test_a_pairs_summit_heading_a_section_opens_that_pairs_story():
    text = ("Japan-Chile summit (March 2023)\n\nPrime Minister Kishida and Chilean President Boric met on March 3 "
            "and agreed to cooperate in mining.\n\nJapan-Peru summit (April 2023)\n\nThe two leaders met in Tokyo "
            "on April 4 and pledged to expand cooperation in fisheries.")
    got = {(p, t) for p, t in tops(facts(text, "2023-05-01"))}
    assert (("JPN", "PER"), "agriculture") in got and (("CHL", "JPN"), "agriculture") not in got
