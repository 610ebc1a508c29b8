"""A page that follows one traveller from stop to stop: a sentence opening on the next stop ("In Chile, ...",
"Lastly, in Norway, ...", "On the second leg of his trip, ...") moves the story to the traveller and that country,
so what follows is the new pair's, not the first stop's. Our own sentences."""
from __future__ import annotations

from extracting import facts, signed_docs, tops

_ROUNDUP = ("President Lee of Korea has wrapped up a tour of Kenya, Chile and Norway. "
            "Korea and Kenya signed three memoranda in Nairobi on Monday. "
            "The two sides also discussed geothermal power. "
            "In Chile, two agreements were concluded on copper mining and on fisheries. "
            "He also pledged support for vineyards. "
            "Lastly, in Norway, the two leaders agreed to cooperate in shipbuilding and offshore wind.")


def test_a_sentence_opening_on_a_listed_stop_moves_the_story_to_that_stop():
    f = facts(_ROUNDUP)
    assert (("CHL", "KOR"), "mining") in tops(f)
    assert (("KEN", "KOR"), "mining") not in tops(f)
    assert (("CHL", "KOR"), "agreement") in signed_docs(f)


def test_the_first_stop_keeps_its_own_documents():
    f = facts(_ROUNDUP)
    assert (("KEN", "KOR"), "memorandum") in signed_docs(f)
    assert (("CHL", "KOR"), "memorandum") not in signed_docs(f)


def test_a_sequence_word_before_the_stop_still_opens_it_with_the_traveller():
    f = facts(_ROUNDUP)
    assert (("KOR", "NOR"), "energy") in tops(f)
    assert (("CHL", "NOR"), "energy") not in tops(f)
    assert (("CHL", "KOR"), "energy") not in tops(f)


_LEGS = ("Canadian Prime Minister Carney began his Asian trip in Japan, where he met Prime Minister Ishiba. "
         "The two leaders agreed to deepen cooperation in energy. "
         "On the second leg of his trip, his talks with the President of Indonesia focused on cooperation in nickel mining. "
         "Both sides agreed to expand trade.")


def test_a_leg_of_the_trip_named_before_a_country_opens_its_pair():
    f = facts(_LEGS)
    assert (("CAN", "IDN"), "mining") in tops(f)
    assert (("CAN", "IDN"), "trade") in tops(f)
    assert (("CAN", "JPN"), "trade") not in tops(f)


def test_a_country_named_without_a_stop_lead_leaves_the_story():
    text = ("Chile and Kenya held talks in Nairobi. President Boric also praised Peru's mining sector. "
            "The two sides agreed to cooperate in health.")
    f = facts(text)
    assert (("CHL", "KEN"), "health") in tops(f)
    assert (("CHL", "PER"), "health") not in tops(f)


def test_the_place_left_is_the_last_stop_and_the_traveller_goes_on():
    text = ("Brazilian President Lula held talks with Saudi Crown Prince Mohammed bin Salman in Riyadh on Monday, "
            "and the two sides signed an agreement on investment. "
            "After Riyadh, he travelled to Cairo, where he met President Sisi. "
            "The two presidents signed an agreement on energy.")
    f = facts(text)
    assert (("BRA", "EGY"), "energy") in tops(f)
    assert (("EGY", "SAU"), "energy") not in tops(f)
    assert signed_docs(f) == [(("BRA", "EGY"), "agreement"), (("BRA", "SAU"), "agreement")]


def test_from_a_capital_the_traveller_goes_on_to_the_next_country():
    text = ("Indonesian President Prabowo met Vietnamese leader To Lam in Hanoi on Monday and both sides agreed to "
            "boost rice trade. From Hanoi, Prabowo went on to Japan. "
            "There, the two leaders agreed to cooperate in shipbuilding.")
    f = facts(text)
    assert (("IDN", "JPN"), "industry") in tops(f)
    assert (("IDN", "VNM"), "industry") not in tops(f)


def test_a_country_visited_next_opens_the_traveller_pair():
    text = ("French President Macron began a tour of Asia in Vietnam, where he and Vietnamese President Luong Cuong "
            "signed deals on defence. He then visited Indonesia. "
            "Both countries agreed to cooperate in nickel mining.")
    f = facts(text)
    assert (("FRA", "IDN"), "mining") in tops(f)
    assert (("FRA", "VNM"), "mining") not in tops(f)


def test_arriving_in_a_capital_moves_the_story_to_its_country():
    text = ("Chinese Foreign Minister Wang Yi met Pakistani Foreign Minister Dar in Islamabad on Monday. "
            "The two sides agreed to expand cooperation in mining. Wang arrived in Brasilia on Tuesday. "
            "The two ministers agreed to expand trade in beef.")
    f = facts(text)
    assert (("BRA", "CHN"), "trade") in tops(f)
    assert (("CHN", "PAK"), "trade") not in tops(f)


def test_a_stop_named_as_the_last_one_after_the_country_opens_its_pair():
    text = ("Chinese Foreign Minister Wang Yi met Pakistani Foreign Minister Dar in Islamabad on Monday. "
            "The two sides agreed to expand cooperation in mining. "
            "In Brazil, the last stop of his tour, the two sides signed a memorandum on beef exports.")
    f = facts(text)
    assert signed_docs(f) == [(("BRA", "CHN"), "memorandum")]


def test_a_sentence_opening_on_a_stops_capital_moves_the_story_there():
    text = ("Turkish President Erdogan's Gulf tour took him to Qatar, Saudi Arabia and the UAE. "
            "In Doha, Erdogan and Emir Tamim signed 12 agreements. "
            "In Riyadh, the two sides agreed on defence cooperation. "
            "In Abu Dhabi, both sides signed an agreement on trade.")
    f = facts(text)
    assert (("SAU", "TUR"), "defence-security") in tops(f)
    assert (("ARE", "TUR"), "trade") in tops(f)
    assert (("QAT", "TUR"), "trade") not in tops(f)
    assert signed_docs(f) == [(("ARE", "TUR"), "agreement"), (("QAT", "TUR"), "agreement")]


def test_a_further_stop_after_then_is_a_stop_of_the_tour():
    text = ("Prime Minister Albanese travelled to Vietnam and then Malaysia. "
            "In Hanoi, he and Prime Minister Pham Minh Chinh agreed to boost cooperation in education. "
            "In Kuala Lumpur, the two leaders agreed to expand defence cooperation.")
    f = facts(text)
    assert (("AUS", "MYS"), "defence-security") in tops(f)
    assert (("AUS", "VNM"), "defence-security") not in tops(f)
    assert (("AUS", "VNM"), "education") in tops(f)


def test_the_traveller_found_in_a_capital_moves_the_story_there():
    text = ("Indian External Affairs Minister Jaishankar held talks with his Saudi counterpart in Riyadh on Monday, and "
            "the two sides agreed to expand energy cooperation. "
            "On Tuesday he was in Muscat, where the two sides signed an MoU on fisheries.")
    f = facts(text)
    assert signed_docs(f) == [(("IND", "OMN"), "memorandum")]
    assert (("IND", "SAU"), "agriculture") not in tops(f)


def test_stops_listed_as_such_are_no_pair_of_their_own():
    text = ("Korean President Yoon wrapped up his visit to Uzbekistan on Friday, where the two leaders signed "
            "agreements on critical minerals. It followed his stops in Turkmenistan and Kazakhstan. "
            "In Astana, the two sides agreed to cooperate in oil refining.")
    f = facts(text)
    assert (("KAZ", "KOR"), "energy") in tops(f)
    assert not any(p == ("KAZ", "TKM") for p, _ in tops(f))
