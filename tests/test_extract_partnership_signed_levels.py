"""Partnership constructions read in general (our own sentences): a level named as the subject of a
signed document founds it ("the signing of a Strategic Partnership Declaration", "a joint statement on
the Peru-Ghana strategic partnership", "the strategic partnership declaration was inked in 2004");
advancing or enhancing relations *to* a level raises them, while collaboration *under* a held level
keeps it even beside a wish; "elevating the status of a" level raises that level; a Title Case ending
that names a sector ("Strategic Partnership for Artificial Intelligence") is a named framework, not a
level; "long-term" and "long-lasting" belong to a designation before "strategic"."""
from __future__ import annotations

import pytest

from extracting import facts


def actions(text: str, published: str = "2025-06-14") -> set:
    return {(p.pair, p.level, p.action) for p in facts(text, published).partnerships}


@pytest.mark.parametrize("text", [
    "The talks between Peru and Ghana ended with the signing of a Strategic Partnership Declaration.",
    "Peru and Ghana issued a joint statement on the Peru-Ghana strategic partnership on Monday.",
    "Peru-Ghana: the strategic partnership declaration was inked in March 2004 in Lima.",
    "Peru and Ghana inked a strategic partnership during the visit.",
])
def test_level_named_by_a_signed_document_is_established(text):
    assert (("GHA", "PER"), "strategic partnership", "establish") in actions(text)


@pytest.mark.parametrize("title", [
    "Joint Statement: Towards Peru-Ghana Strategic and Global Partnership",
    "Peru and Ghana sign the Joint Declaration for a Strategic and Global Partnership",
])
def test_document_towards_or_for_a_level_establishes_it(title):
    assert (("GHA", "PER"), "strategic and global partnership", "establish") in actions(title)


def test_statement_on_deepening_a_held_level_still_reaffirms_it():
    got = actions("Peru and Ghana issued a joint statement on deepening their strategic partnership.")
    assert {a for _, _, a in got} == {"reaffirm"}


@pytest.mark.parametrize("obj", ["their relations", "bilateral ties", "the relationship"])
def test_advancing_relations_to_a_level_raises_them(obj):
    got = actions(f"Peru and Ghana agreed to advance {obj} to the level of comprehensive partnership.")
    assert (("GHA", "PER"), "comprehensive partnership", "upgrade") in got


@pytest.mark.parametrize("verb", ["advance", "enhance"])
def test_advancing_a_held_level_keeps_it(verb):
    got = actions(f"Peru and Ghana agreed to {verb} their comprehensive partnership in every field.")
    assert (("GHA", "PER"), "comprehensive partnership", "reaffirm") in got


def test_collaboration_under_a_held_level_is_said_of_it_even_beside_a_wish():
    got = actions("Peru and Ghana seek to widen collaboration under their “Enhanced Strategic Partnership,” "
                  "officials said.")
    assert (("GHA", "PER"), "enhanced strategic partnership", "reaffirm") in got


def test_elevating_the_status_of_an_indefinite_level_raises_it():
    got = actions("The visit by Peru's president will push ties with Ghana forward, elevating the status of a "
                  "global strategic partnership.")
    assert (("GHA", "PER"), "global strategic partnership", "upgrade") in got


def test_title_case_ending_naming_a_sector_is_a_framework_not_a_level():
    got = actions("Peru and Ghana signed a Strategic Health Agreement and a Strategic Partnership for "
                  "Artificial Intelligence.")
    assert not any("intelligence" in level for _, level, _ in got)
    assert (("GHA", "PER"), "strategic partnership", "reaffirm") not in got


def test_title_case_ending_of_ending_words_stays_part_of_the_level():
    got = actions("Peru and Ghana upgraded ties to a Comprehensive Strategic Partnership for Peace, "
                  "Cooperation and Sustainable Development.")
    assert (("GHA", "PER"), "comprehensive strategic partnership for peace, cooperation and sustainable development",
            "upgrade") in got


@pytest.mark.parametrize("word", ["long-term", "long term", "long-lasting"])
def test_long_term_belongs_to_a_designation_before_strategic(word):
    got = actions(f"Peru and Ghana decided to upgrade relations to the level of a {word} strategic partnership.")
    assert {level for _, level, _ in got} == {f"{word} strategic partnership"}


def test_long_term_alone_makes_no_level():
    assert not actions("Peru and Ghana want a long-term partnership in mining.")


def test_signing_of_a_plan_for_a_held_level_founds_nothing():
    got = actions("Peru and Ghana welcomed the signing of the Plan of Action for the implementation of the "
                  "Peru-Ghana Comprehensive Strategic Partnership.")
    assert {a for _, _, a in got} == {"reaffirm"}


def test_level_founded_at_todays_meeting_takes_the_meetings_day():
    text = ("Peru's president met Ghana's president in Accra on Tuesday. "
            "The meeting ended with the signing of a Strategic Partnership Declaration.")
    got = {(p.level, p.action, str(p.date)) for p in facts(text, "2025-06-14").partnerships}
    assert ("strategic partnership", "establish", "2025-06-10") in got


def test_level_founded_in_a_past_year_takes_no_meeting_day():
    text = ("Peru's president met Ghana's president in Accra on Tuesday. "
            "The two countries established a strategic partnership in 2009.")
    got = {(p.level, p.action, p.date) for p in facts(text, "2025-06-14").partnerships}
    assert ("strategic partnership", "establish", None) in got


@pytest.mark.parametrize("text", [
    "Peru has struck a strategic partnership with Ghana.",
    "Peru has struck yet another strategic partnership, this time with Ghana.",
])
def test_striking_a_partnership_founds_it(text):
    assert (("GHA", "PER"), "strategic partnership", "establish") in actions(text)


@pytest.mark.parametrize("after", [
    "With these signatures we have elevated our relationship, the president said.",
    "He has upgraded ties with Ghana during his first visit.",
])
def test_ties_raised_right_after_a_founding_raise_the_level_founded(after):
    got = actions("Peru and Ghana signed the Joint Declaration for a Strategic Partnership. " + after)
    assert got == {(("GHA", "PER"), "strategic partnership", "upgrade")}


@pytest.mark.parametrize("after", [
    "In 2020 they elevated their relationship.",  # another time
    "The visit elevated ties to a new level.",  # a height, said of a held level
])
def test_ties_raised_at_another_time_or_to_a_height_leave_the_founding(after):
    got = actions("Peru and Ghana signed the Joint Declaration for a Strategic Partnership. " + after)
    assert got == {(("GHA", "PER"), "strategic partnership", "establish")}


def test_ties_raised_after_a_held_level_leave_it_held():
    got = actions("Peru and Ghana reaffirmed their strategic partnership. They have elevated their relationship.")
    assert got == {(("GHA", "PER"), "strategic partnership", "reaffirm")}


@pytest.mark.parametrize("noun", ["deals", "treaties"])
def test_plural_document_after_a_designation_makes_it_a_name(noun):
    assert not actions(f"Several strategic partnership {noun} were signed by Peru and Ghana.")


def test_a_documents_purpose_is_no_wish():
    got = actions("Peru and Ghana issued a statement aimed at upgrading relations to a strategic partnership.")
    assert (("GHA", "PER"), "strategic partnership", "upgrade") in got


def test_a_sides_aim_stays_a_wish():
    assert not actions("Peru and Ghana aimed at upgrading relations to a strategic partnership.")


def _events(text: str, published: str = "2025-06-14") -> set:
    return {(p.level, p.action, str(p.date)) for p in facts(text, published).partnerships}


def test_generic_wording_after_a_past_raise_restates_the_level_raised_to():
    got = _events("Peru and Ghana elevated their relations to a comprehensive strategic partnership in August 2015. "
                  "On Friday, June 13, the two sides met in Lima to widen cooperation under the strategic partnership.")
    assert got == {("comprehensive strategic partnership", "upgrade", "None"),
                   ("comprehensive strategic partnership", "reaffirm", "2025-06-13")}


def test_generic_wording_after_a_past_change_between_two_levels_stays_apart():
    got = _events("In 2015 Peru and Ghana moved from a strategic partnership to a comprehensive strategic "
                  "partnership. The strategic partnership had served them well.")
    assert any(level == "strategic partnership" for level, _, _ in got)


@pytest.mark.parametrize("text", [
    "Peru and Ghana sign strategic partnership agreement",
    "Peru and Ghana sign strategic partnership deal",
    "The presidents of Peru and Ghana signed a “strategic partnership agreement” after their talks.",
    "Peru and Ghana signed a historic strategic partnership pact in Lima.",
])
def test_signing_a_document_named_for_a_level_founds_it(text):
    assert (("GHA", "PER"), "strategic partnership", "establish") in actions(text)


def test_a_document_named_for_a_level_still_to_be_signed_founds_nothing():
    assert not actions("Peru's president issued a decree to sign a “strategic partnership agreement” with Ghana.")


def test_a_document_named_for_a_level_the_pair_holds_in_full_restates_that_level():
    got = actions("Peru and Ghana signed a strategic partnership agreement. Our comprehensive strategic "
                  "partnership has never been stronger, Peru's president said.")
    assert got == {(("GHA", "PER"), "comprehensive strategic partnership", "reaffirm")}


def test_a_capitalised_treaty_named_for_the_level_founds_it_wherever_the_signing_is_said():
    got = actions("Peru and Ghana signed, after long talks, the Comprehensive Strategic Partnership Agreement in Lima.")
    assert (("GHA", "PER"), "comprehensive strategic partnership", "establish") in got


@pytest.mark.parametrize("text", [
    "Peru and Ghana issued a Joint Statement on the establishment of a strategic partnership. The two leaders "
    "decided to upgrade relations to the level of a long-term strategic partnership.",
    "Peru and Ghana adopted a joint vision for an enhanced strategic partnership. This elevates our partnership "
    "to a level of strategic partnership, Peru's president said.",
])
def test_a_generic_wording_changed_today_beside_the_pairs_fuller_level_is_one_change(text):
    got = actions(text)
    assert len(got) == 1 and {level for _, level, _ in got} != {"strategic partnership"}


def test_one_sentence_naming_a_generic_and_a_fuller_level_keeps_two():
    got = actions("The seeds of the strategic partnership sown by Peru and Ghana have grown into a special "
                  "privileged strategic partnership.")
    assert {level for _, level, _ in got} == {"strategic partnership", "special privileged strategic partnership"}


@pytest.mark.parametrize("when", ["Last year,", "In the same year,", "The following year,", "The previous year,"])
def test_a_level_founded_in_a_relative_year_is_history_without_a_day(when):
    text = f"Peru's president met Ghana's president on Tuesday. {when} Peru and Ghana signed a Declaration of " \
           "Strategic Partnership."
    got = {(p.level, p.action, p.date) for p in facts(text, "2025-06-14").partnerships}
    assert ("strategic partnership", "establish", None) in got


def test_an_arrival_told_after_the_talks_does_not_date_the_talks_statements():
    text = ("Peru's president on June 12 held talks with Ghana's president in Accra. Peru's president arrived in "
            "Ghana on June 11. He underlined the need to renew their strategic partnership.")
    got = {(p.level, p.action, str(p.date)) for p in facts(text, "2025-06-13").partnerships}
    assert got == {("strategic partnership", "reaffirm", "2025-06-12")}


def test_the_latest_day_of_a_visit_told_in_order_dates_its_statements():
    text = ("Peru's president arrived in Ghana on June 10. On June 11 Peru's president held talks with Ghana's "
            "president. They reaffirmed their strategic partnership.")
    got = {(p.level, p.action, str(p.date)) for p in facts(text, "2025-06-13").partnerships}
    assert got == {("strategic partnership", "reaffirm", "2025-06-11")}


def test_a_day_of_another_month_told_after_the_talks_still_dates_later_statements():
    text = ("Peru's president on June 12 held talks with Ghana's president. The two had met on March 2 in Lima "
            "and reaffirmed their strategic partnership.")
    got = {(p.level, p.action, str(p.date)) for p in facts(text, "2025-06-13").partnerships}
    assert got == {("strategic partnership", "reaffirm", "2025-03-02")}


@pytest.mark.parametrize("text", [
    "Ghana is Peru's leading economic partner and its fourth largest trade partner.",
    "Peru and Ghana are important economic partners.",
])
def test_an_economic_partner_is_no_designation(text):
    assert not actions(text)


def test_a_strategic_economic_partner_still_is_one():
    assert actions("Peru and Ghana became strategic economic partners.") == {
        (("GHA", "PER"), "strategic economic partnership", "establish")}


def test_cooperation_coordinated_before_a_level_is_not_part_of_it():
    got = actions("The presidents of Peru and Ghana welcomed the growing Peruvian-Ghanaian friendship, multifaceted "
                  "cooperation and strategic partnership.")
    assert {level for _, level, _ in got} == {"strategic partnership"}


@pytest.mark.parametrize("text", [
    "Peru considers Ghana an extensive strategic partner.",
    "Peru regards Ghana as its extensive strategic partner.",
])
def test_one_side_regarding_the_other_as_a_partner_states_the_level(text):
    assert actions(text) == {(("GHA", "PER"), "extensive strategic partnership", "reaffirm")}


def test_one_side_regarding_the_other_as_something_else_states_no_level():
    assert not actions("Peru considers Ghana a key market for its strategic exports.")
