"""Short forms the press of a country uses for it ("TT", "T&T", "BiH", "NZ") and the Russian cities where
its leaders receive guests (a visit to Vladivostok is a visit to Russia; "in Sochi" is a place). Our own
sentences."""
from __future__ import annotations

from extracting import facts, signed_docs


def test_tt_and_t_and_t_stand_for_trinidad_and_tobago():
    f = facts("The TT and Chinese governments signed a memorandum on economic and technical co-operation.")
    assert signed_docs(f) == [(("CHN", "TTO"), "memorandum")]
    f = facts("T&T and Ghana signed an agreement on energy.")
    assert signed_docs(f) == [(("GHA", "TTO"), "agreement")]


def test_lowercase_tt_is_no_country():
    assert not facts("The tt squad and the Chinese team signed an agreement on training.").agreements


def test_bih_and_nz_are_their_countries():
    assert signed_docs(facts("BiH and Turkey signed an agreement on roads.")) == [(("BIH", "TUR"), "agreement")]
    assert signed_docs(facts("NZ and Fiji signed an agreement on fisheries.")) == [(("FJI", "NZL"), "agreement")]


def test_a_visit_to_a_russian_summit_city_is_a_visit_to_russia():
    f = facts("During Prime Minister Modi's visit to Vladivostok, the two sides signed an agreement on shipping.")
    assert signed_docs(f) == [(("IND", "RUS"), "agreement")]


def test_a_third_pair_meeting_in_a_russian_city_is_not_russias():
    f = facts("The leaders of Vietnam and Laos met in Kazan and signed an agreement on power lines.")
    assert signed_docs(f) == [(("LAO", "VNM"), "agreement")]
