"""The leaders table (kg/lexicons/en/leaders.tsv) names a country by the people who led it or its foreign
ministry: past heads of state and government stand for their country in an article of their years, a shorter
form counts once the article gave the full name, and a surname that is also a common word, a given name or a
place counts only after a title or the full name. Our own sentences."""
from __future__ import annotations

import pytest

from extracting import facts


def _pairs(text: str, published: str = "2025-06-14") -> set:
    return {p.pair for p in facts(text, published).partnerships}


@pytest.mark.parametrize("text, published, pair", [
    ("In Muscat, Jakaya Kikwete and Sultan Qaboos agreed to lift relations to a strategic partnership.",
     "2008-05-20", ("OMN", "TZA")),
    ("On his trip to Hanoi, Jean-Pierre Raffarin and his hosts raised the ties with Vietnam to a strategic "
     "partnership.", "2004-10-08", ("FRA", "VNM")),
    ("Prime Minister Jean Chrétien arrived in Mexico City. The two countries raised their ties to a strategic "
     "partnership.", "2002-04-03", ("CAN", "MEX")),
])
def test_a_past_leader_stands_for_his_country_in_his_years(text, published, pair):
    assert _pairs(text, published) == {pair}


def test_a_common_surname_counts_after_a_title():
    assert _pairs("President Santos received the Chilean delegation, and the two countries raised their ties to "
                  "a strategic partnership.", "2014-02-11") == {("CHL", "COL")}


def test_a_common_surname_alone_names_no_country():
    assert _pairs("Santos received the Chilean delegation, and the two countries raised their ties to a "
                  "strategic partnership.", "2014-02-11") == set()


def test_a_common_surname_counts_after_the_full_name_earlier_in_the_article():
    text = ("Shah Mahmood Qureshi arrived in Ankara on Monday for two days of talks.\n\n"
            "On Tuesday Qureshi and Turkey agreed to raise their ties to a strategic partnership.")
    assert _pairs(text, "2020-10-14") == {("PAK", "TUR")}


def test_a_common_surname_without_the_full_name_is_no_leader():
    text = ("A delegation arrived in Ankara on Monday for two days of talks.\n\n"
            "On Tuesday Qureshi and Turkey agreed to raise their ties to a strategic partnership.")
    assert _pairs(text, "2020-10-14") == set()


def test_a_shorter_form_after_the_full_name_stands_for_the_country():
    text = ("Martín Vizcarra opened the trade fair in Lima.\n\n"
            "On the second day Vizcarra and Chile agreed to raise their ties to a strategic partnership.")
    assert _pairs(text, "2019-03-02") == {("CHL", "PER")}


def test_a_longer_name_keeps_a_shared_surname_to_its_own_country():
    # "bin Mubarak" is a Yemeni prime minister, not the Egyptian president the bare surname stands for
    text = ("Prime Minister Ahmed Awad bin Mubarak flew to Riyadh.\n\n"
            "There Prime Minister bin Mubarak and Saudi Arabia agreed to raise their ties to a strategic "
            "partnership.")
    assert _pairs(text, "2024-06-01") == {("SAU", "YEM")}
