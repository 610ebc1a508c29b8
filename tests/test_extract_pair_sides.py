"""Which two countries a fact is about: short names and adjectives, names inside other names, conflicts
as topics, a traveller's destinations, leaders meeting, the side of a document signed "with" a third
country, and the article's own pair coming back after an aside. Our own sentences."""
from __future__ import annotations

from extracting import facts, signed_docs, tops


def test_lanka_alone_and_its_adjective_stand_for_sri_lanka():
    f = facts("Lanka and Pakistan signed a memorandum on youth development. "
              "The Lankan President thanked his hosts for the memorandum on training.")
    assert {a.pair for a in f.agreements} == {("LKA", "PAK")}


def test_a_hyphen_pair_with_the_short_form_of_sri_lanka():
    f = facts("The Lanka-Pakistan joint commission met in Colombo and signed an agreement on trade.")
    assert signed_docs(f) == [(("LKA", "PAK"), "agreement")]


def test_the_prefix_sino_names_china_in_a_hyphen_pair():
    f = facts("Sino-Pakistani ties grew as the two sides signed an agreement on railways.")
    assert signed_docs(f) == [(("CHN", "PAK"), "agreement")]


def test_a_past_president_of_sri_lanka_stands_for_his_country():
    f = facts("Mahinda Rajapaksa held talks with Pakistan's prime minister. The two sides signed a memorandum on ports.")
    assert {a.pair for a in f.agreements} == {("LKA", "PAK")}


def test_a_leaders_name_inside_an_institutes_name_is_no_leader():
    f = facts("Turkey and Qatar signed seven agreements. An agreement between the Yunus Emre Institute and "
              "Qatar Museums on heritage was also signed.")
    assert "BGD" not in {x for a in f.agreements for x in a.pair}


def test_a_country_naming_a_war_is_a_topic_not_a_side():
    f = facts("Egypt and Saudi Arabia held talks in Cairo. Other issues included the Ukraine war and President "
              "Biden's coming trip. The two sides signed an agreement on energy.")
    assert {a.pair for a in f.agreements} == {("EGY", "SAU")}
    assert not any("UKR" in c.pair for c in f.cooperation)


def test_two_destinations_of_one_trip_are_no_pair():
    f = facts("Egypt's President hosted the Saudi Crown Prince in Cairo on Monday. The prince then left on a tour "
              "that also takes him to Jordan and Turkey. Both countries signed 14 agreements on energy and ports.")
    assert signed_docs(f) == [(("EGY", "SAU"), "agreement")]


def test_the_leader_met_after_with_pairs_with_the_first_country_in_a_headline():
    f = facts("Yoon discusses defence, Ukraine with Polish counterpart\n\n"
              "The two sides signed a memorandum on infrastructure.")
    assert {a.pair for a in f.agreements} == {("KOR", "POL")}


def test_two_leaders_named_in_one_sentence_open_their_pair():
    f = facts("President Biden will visit Saudi Arabia in July. Sisi welcomed the Saudi crown prince at the airport. "
              "The two sides signed an agreement on investment.")
    assert {a.pair for a in f.agreements} == {("EGY", "SAU")}


def test_the_side_named_before_a_document_signed_with_a_third_country():
    f = facts("Australia and Papua New Guinea signed a security deal. The deal, inked by Australia's leader, follows "
              "PNG's signing in May of a defence agreement with the United States.")
    assert (("PNG", "USA"), "agreement") in signed_docs(f)
    assert ("AUS", "USA") not in {a.pair for a in f.agreements}


def test_the_articles_pair_comes_back_after_an_aside_on_a_third_country():
    f = facts("Egypt and Saudi Arabia held talks in Cairo. Egypt's president said ties with Saudi Arabia thrive. "
              "The Saudi crown prince will then fly to Turkey. Turkey's president visited Saudi Arabia in April. "
              "Saudi Arabia is a major backer of Egypt. Both countries signed 14 agreements on energy.")
    assert {a.pair for a in f.agreements} == {("EGY", "SAU")}


def test_a_pair_of_two_others_in_a_sentence_naming_the_storys_sides_opens_no_story():
    f = facts("Japan and Vietnam held talks in Hanoi. Japan has 4,800 projects in Vietnam, third after South Korea "
              "and Singapore. The two sides agreed to cooperate in investment.")
    assert (("JPN", "VNM"), "investment") in tops(f)
    assert ("KOR", "SGP") not in {c.pair for c in f.cooperation}


def test_a_continents_adjective_is_no_american_side():
    f = facts("Chile's president Boric met Mexico's president Lopez Obrador. The South American head of state "
              "praised President Lopez Obrador. Both presidents agreed to update their economic agreement.")
    assert not any("USA" in a.pair for a in f.agreements)


def test_a_document_after_a_comma_with_a_third_country_keeps_the_pair_that_signed():
    f = facts("Armenia and the US signed a strategic partnership charter, with Russia and Iran due to sign a "
              "similar document soon.")
    assert not any("RUS" in a.pair and "USA" in a.pair for a in f.agreements)


def test_the_storys_pair_written_again_beside_another_pair_keeps_the_story():
    f = facts("France and Poland signed a cooperation agreement in Warsaw. While relations between Germany and "
              "Poland are excellent, a rapprochement between Paris and Warsaw helps. The document covers energy "
              "and agriculture.")
    assert ("DEU", "POL") not in {c.pair for c in f.cooperation}
    assert (("FRA", "POL"), "energy") in tops(f)


def test_countries_listed_with_their_leaders_names_are_a_list_not_a_pair():
    f = facts("On Friday, Modi held meetings with many leaders, including US President Donald Trump, Russian President "
              "Vladimir Putin and China's President Xi Jinping. The two leaders discussed cooperation in trade.")
    assert ("RUS", "USA") not in {c.pair for c in f.cooperation}


def test_a_trips_next_stops_leave_the_two_leaders_who_met_as_the_pair():
    f = facts("Indonesian President Prabowo held talks with Chinese President Xi in Beijing, before travelling on to "
              "the United States and Peru. The two leaders signed a joint statement.")
    assert signed_docs(f) == [(("CHN", "IDN"), "joint-statement")]


def test_a_seat_of_government_visited_stands_for_its_country():
    f = facts("President Lula paid a visit to the Casa Rosada on Monday. The two leaders signed a memorandum on energy.")
    assert {a.pair for a in f.agreements} == {("ARG", "BRA")}


def test_gulf_rulers_short_titles_stand_for_their_countries():
    f = facts("Sheikh Tamim received Sultan Haitham in Doha. The two leaders signed a memorandum on energy.")
    assert {a.pair for a in f.agreements} == {("OMN", "QAT")}


def test_a_past_president_of_the_maldives_stands_for_his_country():
    f = facts("Ibrahim Solih met Narendra Modi. The two leaders signed an agreement on health.")
    assert {a.pair for a in f.agreements} == {("IND", "MDV")}


def test_the_country_met_after_an_office_opens_the_pair_with_the_storys_side():
    f = facts("India and Britain hosted the meeting in London. Modi met Prime Minister of Bangladesh Sheikh Hasina "
              "and agreed to cooperate in trade.")
    assert (("BGD", "IND"), "trade") in tops(f)


def test_he_met_his_counterpart_pairs_the_acting_side_with_the_one_country_named():
    f = facts("PM Modi met Seychelles President Faure and agreed to cooperate in trade. He also met his Mauritius "
              "counterpart Jugnauth and agreed to cooperate in energy.")
    assert (("IND", "MUS"), "energy") in tops(f)


def test_leaders_listed_with_offices_after_with_are_each_the_acting_sides_partner():
    f = facts("Modi held bilateral meetings, including with German Chancellor Angela Merkel, Italian Prime Minister "
              "Giuseppe Conte and Emir of Qatar Sheikh Tamim, and discussed trade.")
    assert not any(set(c.pair) <= {"DEU", "ITA", "QAT"} for c in f.cooperation)


def test_ties_with_a_country_pair_it_with_the_storys_acting_side():
    f = facts("India and the US held talks. Modi addressed the diaspora in Houston with US President Trump. "
              "Modi agreed to strengthen bilateral ties with the Italian president and to cooperate in energy.")
    assert (("IND", "ITA"), "energy") in tops(f)


def test_partners_listed_after_with_and_including_are_the_first_sides_not_a_pair():
    f = facts("The visit shows that Viet Nam values its relations with neighbouring countries, including Indonesia "
              "and Singapore. Indonesia and Viet Nam set up a strategic partnership in 2013.")
    assert ("IDN", "SGP") not in {p.pair for p in f.partnerships}


def test_leaders_listed_with_of_their_countries_are_a_group_not_a_pair():
    f = facts("Presidents Sadyr Japarov of Kyrgyzstan, Emomali Rahmon of Tajikistan, Serdar Berdimuhamedov of "
              "Turkmenistan and Shavkat Mirziyoyev of Uzbekistan arrived in Astana. The presidents signed a joint "
              "statement on regional cooperation.")
    assert f.agreements == ()


def test_ministers_listed_by_office_and_country_are_a_group_not_a_pair():
    f = facts("The minister held separate meetings with the Minister of Foreign Affairs of the Kingdom of Saudi "
              "Arabia Prince Faisal bin Farhan Al Saud, Minister of Foreign Affairs of the State of Kuwait Ahmad "
              "Nasser Al-Sabah, Minister of Foreign Affairs of the Sultanate of Oman Badr Al-Busaidi. They signed a "
              "memorandum on trade.")
    assert not any(set(a.pair) <= {"SAU", "KWT", "OMN"} for a in f.agreements)


def test_a_meeting_with_one_countrys_minister_pairs_it_with_the_country_the_article_is_about():
    f = facts("Turkmenistan's foreign minister Meredov attended the forum. Turkmenistan sees it as a first step. "
              "At the meeting with the Minister of Foreign Affairs of Kazakhstan, the sides agreed to expand "
              "cooperation in trade.")
    assert (("KAZ", "TKM"), "trade") in tops(f)


def test_a_rulers_name_inside_a_place_name_is_no_second_leader():
    f = facts("At the Sheikh Mohamed Palace, Modi met the Emir of Qatar. The two leaders signed a memorandum on "
              "energy.")
    assert {a.pair for a in f.agreements} == {("IND", "QAT")}


def test_a_visit_of_the_past_opens_no_new_story():
    f = facts("Modi met Albanese in Sydney. He recalled his visit to Japan last year. Both sides agreed to cooperate "
              "in mining.")
    assert (("AUS", "IND"), "mining") in tops(f)
    assert ("IND", "JPN") not in {c.pair for c in f.cooperation}


def test_a_surname_named_once_with_a_title_stands_for_the_country_later_without_one():
    f = facts("President Lula received President Petro. Petro had earlier visited Venezuela and met Maduro. The two "
              "presidents signed an agreement on trade.")
    assert {a.pair for a in f.agreements} == {("BRA", "COL")}


def test_each_capital_of_a_trip_is_a_place_and_a_capital_beside_its_country_is_one_item():
    f = facts("The Indonesian president visited Abu Dhabi and Doha. In Abu Dhabi he signed deals on energy with the "
              "UAE. In Doha, Qatar and Indonesia signed a memorandum on investment.")
    assert signed_docs(f) == [(("ARE", "IDN"), "agreement"), (("IDN", "QAT"), "memorandum")]


def test_a_country_then_another_countrys_possessive_after_a_comma_is_an_apposition_not_a_pair():
    f = facts("South Korea and Poland held talks. The two presidents watched as ministers signed agreements on "
              "infrastructure and on the rebuilding of Ukraine, Poland's neighbour, which is fighting Russia.")
    assert {a.pair for a in f.agreements} == {("KOR", "POL")}


def test_one_side_and_both_others_pairs_the_side_with_each():
    f = facts("Israel and Greece held talks in Athens. The meeting comes amid strong relations between Israel and "
              "both Greece and Cyprus. The two sides agreed to cooperate in energy.")
    assert ("CYP", "GRC") not in {c.pair for c in f.cooperation}


def test_a_pair_named_after_the_storys_two_sides_is_what_they_speak_of():
    f = facts("Ecuador and Peru signed a joint declaration. Ecuador thanks Peru for its support for its accession to "
              "the agreement between the European Union and its member states and Colombia and Peru. The two parties "
              "agree to facilitate trade between both countries.")
    assert (("ECU", "PER"), "trade") in tops(f)
    assert ("COL", "PER") not in {c.pair for c in f.cooperation}


def test_a_pair_after_by_acts_even_when_the_storys_sides_come_first():
    f = facts("Japan and the Philippines signed an access agreement. Japan will join the military exercise held by "
              "the United States and the Philippines.")
    assert ("PHL", "USA") in {c.pair for c in f.cooperation}


def test_the_three_countries_acting_together_are_no_pair():
    f = facts("Iraq and Jordan signed a memorandum. The three countries said they would strengthen cooperation in "
              "gas, with Iraqi oil to be exported to Egypt and Jordan.")
    assert ("EGY", "JOR") not in {c.pair for c in f.cooperation}


def test_korean_alone_names_south_korea_and_the_peninsula_names_no_country():
    f = facts("Poland wants to produce Korean tanks and signed an agreement on defence industry.")
    assert {a.pair for a in f.agreements} == {("KOR", "POL")}
    g = facts("Japan and Vietnam discussed the Korean Peninsula and signed an agreement on energy.")
    assert {a.pair for a in g.agreements} == {("JPN", "VNM")}


def test_kiwi_and_aussie_name_new_zealand_and_australia():
    f = facts("Kiwi and Aussie ministers signed a memorandum on education.")
    assert {a.pair for a in f.agreements} == {("AUS", "NZL")}


def test_a_country_after_a_city_and_a_comma_is_the_place_not_a_side():
    f = facts("India and Japan held talks. Modi, who was in Osaka, Japan for the summit, held talks with Indonesian "
              "President Joko Widodo. The two leaders agreed to cooperate in trade.")
    assert (("IDN", "IND"), "trade") in tops(f)
    g = facts("As the first investor in Mali, Morocco signed an agreement on health with the Malian government.")
    assert {a.pair for a in g.agreements} == {("MAR", "MLI")}


def test_a_meeting_told_as_earlier_the_same_day_opens_its_pair():
    f = facts("President Uhuru Kenyatta held talks with President Macky Sall of Senegal. Earlier, President Uhuru "
              "met his Ugandan counterpart Yoweri Museveni. The two leaders agreed to cooperate in trade.")
    assert (("KEN", "UGA"), "trade") in tops(f)
