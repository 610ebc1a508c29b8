"""A page that opens mid-article: a sentence that speaks of the pair ("bilateral cooperation", "the two
countries") before the text names any pair is about the first pair the text then names."""
from tests.extracting import facts, tops


def test_bilateral_sentence_before_any_country_takes_the_first_pair_named():
    f = facts("In farming, fisheries and science, bilateral cooperation has grown steadily.\n\n"
              "Ghana and Morocco also signed a visa waiver deal in 2019.")
    got = tops(f)
    assert (("GHA", "MAR"), "agriculture") in got
    assert (("GHA", "MAR"), "science-technology") in got


def test_a_sentence_without_a_pair_word_stays_without_a_pair():
    f = facts("Science is a national priority, the minister said.\n\n"
              "Ghana and Morocco signed a visa waiver deal in 2019.")
    assert (("GHA", "MAR"), "science-technology") not in tops(f)
