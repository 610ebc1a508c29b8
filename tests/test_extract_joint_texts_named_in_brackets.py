"""Joint texts as ministries publish them: a document named in brackets after its noun is that one
document, a joint text the two sides will only seek to announce is not yet adopted, a press event
("joint media interaction") is no media cooperation, and drugs fought beside narcotics are a crime."""
from __future__ import annotations

from extracting import facts, signed_docs, tops

PAIR = ("CHL", "PER")


def test_a_name_in_brackets_after_a_joint_statement_is_the_same_document():
    f = facts("Lima: A joint statement (Arica Communique) was released on Tuesday by Chile and Peru. "
              "Below is the text of the Arica Communique:\n\n"
              "\"Joint Communique between the Republic of Chile and the Republic of Peru\"")
    assert signed_docs(f) == [(PAIR, "joint-statement")]


def test_an_acronym_in_brackets_still_names_the_same_document():
    f = facts("Chile and Peru signed a memorandum of understanding (MoU) on fisheries on Monday.")
    assert signed_docs(f) == [(PAIR, "memorandum")]


def test_a_joint_statement_the_ministries_will_seek_to_announce_is_not_yet_adopted():
    f = facts("Chile and Peru signed a treaty on water on Monday, while their defence ministries will seek to "
              "announce a joint statement on defence cooperation later this year.")
    assert signed_docs(f) == [(PAIR, "treaty")]


def test_a_joint_media_interaction_is_no_media_cooperation():
    f = facts("Chile and Peru agreed to expand cooperation in mining, the Chilean president said at a joint "
              "media interaction with his Peruvian counterpart.")
    assert (PAIR, "culture") not in tops(f)
    assert (PAIR, "mining") in tops(f)


def test_drugs_combated_beside_narcotics_are_no_medicines():
    f = facts("Chile and Peru agreed to deepen their security cooperation, including in combating drugs and "
              "narcotics and money laundering.")
    assert (PAIR, "health") not in tops(f)
    assert (PAIR, "defence-security") in tops(f)


def test_medicines_the_two_produce_together_stay_health():
    f = facts("Chile and Peru agreed to cooperate in the production of drugs and vaccines.")
    assert (PAIR, "health") in tops(f)
