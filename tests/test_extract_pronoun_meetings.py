""""He discussed X with the other country's president": the pair of the article's actor and that country."""
from extracting import facts


def pairs_of(text):
    return {c.pair for c in facts(text, "2025-06-04").cooperation}


def test_he_acting_with_a_titled_person_pairs_the_article_actor_with_that_country():
    assert pairs_of("Chilean President Boric opened the forum. He discussed mining cooperation with Peruvian President "
                    "Boluarte.") == {("CHL", "PER")}


def test_fronted_with_and_he_pair_the_same_way():
    assert pairs_of("Chilean President Boric held a series of bilateral meetings in Lima. With Brazilian President Lula, "
                    "he discussed energy cooperation.") == {("BRA", "CHL")}


def test_he_with_a_country_untitled_opens_no_pair():
    assert not pairs_of("Chilean President Boric opened the forum. He discussed mining cooperation with Peru in mind.")
