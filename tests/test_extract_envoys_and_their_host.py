"""Credentials stories: the countries listed as the envoys' own are each paired with the host, never with each
other; a capital an envoy is based in is a place; fields named as priority areas before a copula. Our own sentences."""
from __future__ import annotations

from extracting import facts, tops

_TWO_ENVOYS = ("The president received the credentials of the Peruvian and Kenyan ambassadors. He was handed the "
               "letters of credence of the new ambassadors of Peru and Kenya to Norway on Monday. Receiving the "
               "credentials of Peru's Madrid-based ambassador, he said the two countries should expand cooperation "
               "in fisheries and tourism.")


def test_two_envoys_are_no_pair():
    got = tops(facts(_TWO_ENVOYS))
    assert not any(p == ("KEN", "PER") for p, _ in got)


def test_an_envoys_audience_pairs_his_country_with_the_host():
    got = tops(facts(_TWO_ENVOYS))
    assert (("NOR", "PER"), "agriculture") in got
    assert (("NOR", "PER"), "culture") in got


def test_a_capital_an_envoy_is_based_in_is_no_party():
    got = tops(facts("Receiving the credentials of Peru's Madrid-based ambassador, the king said the two countries "
                     "should expand cooperation in fisheries."))
    assert not any("ESP" in p for p, _ in got)


def test_the_host_named_with_the_envoys_taken_up_again_gets_each_envoys_country():
    got = tops(facts("The president received the credentials of the ambassadors of Peru, Kenya and Fiji. "
                     "He hoped the new ambassadors would deepen ties with Ghana. "
                     "He urged all three envoys to work for stronger trade ties."))
    for other in ("FJI", "KEN", "PER"):
        assert (tuple(sorted(("GHA", other))), "trade") in got
    assert not any(p == ("KEN", "PER") for p, _ in got)


def test_one_envoys_country_named_alone_after_the_list_is_paired_with_the_host():
    got = tops(facts("The president received the credentials of the ambassadors of Peru, Kenya and Fiji. "
                     "He hoped the new ambassadors would deepen ties with Ghana. "
                     "Fisheries and health have also been noted among the priority areas of cooperation with Fiji."))
    assert (("FJI", "GHA"), "agriculture") in got
    assert (("FJI", "GHA"), "health") in got


def test_fields_before_have_also_been_noted_among_priority_areas():
    got = tops(facts("Chile and Peru met in Lima. Mining, health and technology transfer have also been noted "
                     "among the priority areas of cooperation between Chile and Peru."))
    assert {(("CHL", "PER"), f) for f in ("mining", "health", "science-technology")} <= got


def test_the_second_envoys_audience_opens_his_countrys_story_with_the_host():
    got = tops(facts(_TWO_ENVOYS + " At the handover of credentials of the Kenyan ambassador, the king praised "
                     "Norway's ties with Kenya. He said the two nations should work together in renewable energy."))
    assert (("KEN", "NOR"), "energy") in got
    assert (("NOR", "PER"), "energy") not in got


def test_envoys_named_each_from_his_country_are_paired_with_the_host_they_are_taken_up_with():
    got = tops(facts("The king received the credentials of five new ambassadors on Tuesday. The ambassadors are "
                     "Ana Ruiz from Peru, John Otieno from Kenya, and Mere Tui from Fiji. The king welcomed the "
                     "ambassadors to Norway. He said Norway will deepen people-to-people exchanges with their "
                     "countries."))
    for other in ("FJI", "KEN", "PER"):
        assert (tuple(sorted(("NOR", other))), "culture") in got
    assert not any(p == ("KEN", "PER") for p, _ in got)


def test_envoys_listed_with_the_one_other_country_are_each_its_partner():
    got = tops(facts("The king received the credentials of new ambassadors on Tuesday. He spoke with the Ambassador "
                     "of Peru Ana Ruiz and the Ambassador of Kenya John Otieno about ways to develop fisheries "
                     "cooperation between Norway and their countries."))
    assert (("NOR", "PER"), "agriculture") in got
    assert (("KEN", "NOR"), "agriculture") in got


def test_fields_before_will_be_on_the_agenda_are_the_pairs():
    got = tops(facts("Chile and Peru will hold a business council in May. Mining and fisheries will be high on the "
                     "agenda of the meeting."))
    assert (("CHL", "PER"), "mining") in got
    assert (("CHL", "PER"), "agriculture") in got
