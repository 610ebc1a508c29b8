"""One side meeting many others on one page ("met world leaders on the sidelines", "held a series of bilateral
meetings"): each country it then meets, or whose leader opens a sentence, is a story of its own with that side;
the country a summit is held in, an agency dateline's city, a glued initial and a year of accounts are no parties
or fields."""
from __future__ import annotations

import datetime as dt

from extracting import facts, tops

from kg.extract import english, extract
from kg.extract.cues import rules
from kg.extract.sentences import sentences
from kg.facts import Article


def test_fronted_meeting_after_meeting_many_opens_that_pair():
    got = tops(facts("South Africa and Brazil opened a joint office on Monday. President Ramaphosa of South Africa "
                     "then met several world leaders on the sidelines of the summit. In a talk with the President of "
                     "Chile, the two sides agreed to deepen cooperation in mining."))
    assert (("CHL", "ZAF"), "mining") in got
    assert (("BRA", "ZAF"), "mining") not in got


def test_meeting_many_closes_the_story_before_it():
    got = tops(facts("Kenya and Ghana signed a trade pact last year. The Kenyan president later held a series of "
                     "bilateral meetings with his counterparts. The leaders praised cooperation in tourism."))
    assert (("GHA", "KEN"), "culture") not in got


def test_met_his_counterpart_from_moves_the_story_to_that_country():
    got = tops(facts("Egypt's foreign minister held 12 bilateral meetings in New York. He met his counterpart from "
                     "Peru and discussed farming. He also met his counterpart from Nepal, and the two sides agreed "
                     "to promote tourism."))
    assert (("EGY", "NPL"), "culture") in got
    assert (("EGY", "PER"), "culture") not in got


def test_other_leader_opening_a_sentence_after_meeting_many():
    got = tops(facts("Norway's prime minister met world leaders at the forum. Meanwhile, Canadian Prime Minister "
                     "Justin Trudeau welcomed joint work on offshore wind energy."))
    assert (("CAN", "NOR"), "energy") in got


def test_country_a_summit_is_held_in_is_no_party():
    got = tops(facts("Prime Minister Modi attended the BRICS summit in Russia. The two leaders discussed trade."))
    assert not any("RUS" in p for p, _ in got)


def _isos(text: str) -> list:
    doc = english.read_document(Article(text=text, id="t"), rules())
    return [h.iso for si in doc.sentences for h in si.countries]


def test_agency_dateline_city_is_no_party():
    assert "JPN" not in _isos("Tokyo (VNA) – The Vietnamese premier praised the ties.")


def test_glued_initial_ends_no_sentence():
    assert len(sentences("On Monday, President Kh.Battulga received the new envoy.")) == 1


def test_titled_list_with_and_after_the_comma_pairs_each_with_the_host():
    got = tops(facts("The president talked with Ambassador of Peru Ana Lopez, Ambassador of Kenya John Otieno, and "
                     "Ambassador of Fiji Sam Rabuka about tourism cooperation between Mongolia and their countries."))
    assert {(("MNG", "PER"), "culture"), (("KEN", "MNG"), "culture"), (("FJI", "MNG"), "culture")} <= got


def test_financial_year_is_no_finance():
    got = tops(facts("Modi held talks with the Emir of Qatar, a country which is India's largest supplier of gas, "
                     "accounting for 65% of its total imports in financial year 2015-16."))
    assert (("IND", "QAT"), "finance") not in got


def test_bilateral_meetings_with_the_ministers_of_two_countries_is_meeting_many():
    f = extract(Article(text="Kenya's foreign minister held bilateral meetings with the foreign ministers of Chile and "
                             "Peru on Thursday.\n\nHe is attending the summits hosted by the bloc and attended by envoys "
                             "from Chile, Peru, Japan and India.\n\nHe also met separately with Peru's foreign minister."
                             "\n\nThe two sides agreed to expand trade.",
                        id="t", title="Kenya minister meets Chile, Peru envoys", published=dt.date(2025, 6, 14)))
    got = tops(f)
    assert (("KEN", "PER"), "trade") in got
    assert (("CHL", "PER"), "trade") not in got


def test_one_office_over_a_list_gives_the_talks_topics_to_no_pair():
    got = tops(facts("Prime Minister Kishida on Saturday held separate bilateral meetings with leaders of Kenya, Chile "
                     "and Peru, and discussed a host of issues including trade and defence."))
    assert not any(f == "trade" for _, f in got)
