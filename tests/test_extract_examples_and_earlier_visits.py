"""Countries named as an example (", like A and B,") or as where a leader went before (", who had visited A,") are
background: they neither take the sentence's facts nor open a story. Our own sentences."""
from __future__ import annotations

from extracting import facts, signed_docs, tops


def test_countries_of_a_like_comparison_are_no_pair():
    got = tops(facts("Peru and Kenya held talks in Lima on Tuesday. Kenya, like Ethiopia and Uganda, grows much "
                     "coffee. The two sides agreed to cooperate in tourism."))
    assert (("KEN", "PER"), "culture") in got
    assert (("ETH", "UGA"), "culture") not in got


def test_a_leaders_earlier_stop_is_not_the_party_of_what_he_signs_now():
    f = facts("Chilean President Boric received Spanish Prime Minister Sanchez in Santiago. Sanchez, who had "
              "visited Brazil two days earlier, signed a memorandum on renewable energy.")
    docs = signed_docs(f)
    assert (("CHL", "ESP"), "memorandum") in docs
    assert not [d for d in docs if "BRA" in d[0]]


def test_a_pair_opening_the_sentence_keeps_its_deal_when_a_list_of_others_follows():
    f = facts("Algeria and Niger signed an agreement on a gas pipeline that will pass through several states "
              "including Chad, Mali and Burkina Faso.")
    assert (("DZA", "NER"), "agreement") in signed_docs(f)
    assert (("DZA", "NER"), "energy") in tops(f)


def test_the_country_a_leader_had_met_before_is_not_the_sentences_partner():
    got = tops(facts("Vietnam and Australia held talks in Canberra. The Vietnamese minister, who had met French "
                     "officials in Paris a day earlier, said both countries would expand education cooperation."))
    assert (("AUS", "VNM"), "education") in got
    assert (("FRA", "VNM"), "education") not in got
