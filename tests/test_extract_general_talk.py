"""Talk about partnerships in general, and a field word used for something else: no cooperation of the pair."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article


def fields(text: str):
    f = extract(Article(text=text, id="t", published=dt.date(2025, 3, 14)))
    return {(c.pair, c.field) for c in f.cooperation}


def test_a_pronoun_going_on_about_a_general_definition_gives_no_fields():
    assert fields("Ghana and Peru hold a strategic partnership. In diplomatic terms, a comprehensive strategic "
                  "partnership widens cooperation to every domain. It will cover defence and also cooperation on "
                  "tourism.") == set()


def test_a_pronoun_after_a_sentence_about_the_pair_keeps_its_fields():
    assert fields("Ghana and Peru signed a tourism deal on Monday. It will also cover cooperation on defence.") >= {
        (("GHA", "PER"), "tourism"), (("GHA", "PER"), "defence-security")}


def test_a_heritage_left_to_the_world_is_no_field():
    assert fields("Since then Egypt and Greece have worked closely together, two ancient civilizations that have "
                  "left a rich heritage to the world.") == set()


def test_heritage_cooperation_is_a_field():
    assert (("EGY", "GRC"), "heritage") in fields("Egypt and Greece agreed on Monday to boost cooperation in "
                                                   "cultural heritage.")
