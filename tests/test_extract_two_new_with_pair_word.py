"""A sentence naming two countries outside the story with a word for the pair ("our bilateral aid programme")
is about the two it names, not the story's pair."""
from tests.extracting import facts, tops


def test_two_new_countries_with_bilateral_are_the_pair_of_that_sentence():
    f = facts("Fiji and Samoa signed a fisheries deal on Monday. The minister said New Zealand would use its "
              "bilateral aid programme to help Tonga rebuild its schools.")
    got = tops(f)
    assert (("NZL", "TON"), "humanitarian") in got
    assert (("FJI", "WSM"), "humanitarian") not in got
