"""Scraped tables glue a leader's title to the name ("PresidentMoon Jae-in"): the leader is still named and stands
for the country; and a leader's name written with its accents ("Khürelsükh") is the leader as much as the plain
spelling. Our own sentences."""
from __future__ import annotations

from extracting import facts


def _pairs(text: str) -> set:
    return {p.pair for p in facts(text).partnerships}


def test_a_title_glued_to_a_full_name_still_names_the_leader():
    assert _pairs("Chile and the host signed a declaration during a visit by PresidentMoon Jae-in to Santiago. The two "
                  "countries raised their ties to a strategic partnership.") == {("CHL", "KOR")}


def test_an_accented_spelling_names_the_leader():
    assert _pairs("A joint statement was issued during President Khürelsükh's visit to Peru. The talks raised the "
                  "ties to a strategic partnership.") == {("MNG", "PER")}


def test_a_title_glued_inside_a_longer_word_names_no_leader():
    assert ("CHL", "KOR") not in _pairs("The VicePresidentMoon Jae-in bakery opened in Santiago. Chile and Peru raised their "
                                        "ties to a strategic partnership.")
