"""Partnership constructions read in general (our own sentences): a top tier named before "alongside A, B
and C" lists the owner's other partners at the level; a wish to raise ties "from the current" level
leaves that level held; a change "in the last five years" is an event of the past, apart from today's
restatement of the level; a wording restated only in the headline, over a story that words the pair's
level otherwise, rewords that level; "such partnerships with A and B" after a level names the owner's
other partners at it."""
from __future__ import annotations

from extracting import facts


def events(text: str, published: str = "2024-05-20") -> list:
    return sorted((p.pair, p.level, p.action) for p in facts(text, published).partnerships)


def test_top_tier_alongside_lists_the_owners_other_partners():
    got = events("Ghana and Peru raised their ties to a comprehensive strategic partnership, the highest level "
                 "in Peru's diplomatic ranking, alongside Chile, Brazil and Mexico.")
    assert got == [(("BRA", "PER"), "comprehensive strategic partnership", "reaffirm"),
                   (("CHL", "PER"), "comprehensive strategic partnership", "reaffirm"),
                   (("GHA", "PER"), "comprehensive strategic partnership", "upgrade"),
                   (("MEX", "PER"), "comprehensive strategic partnership", "reaffirm")]


def test_alongside_without_a_tier_lists_no_partners():
    got = events("Ghana and Peru raised their ties to a comprehensive strategic partnership, alongside "
                 "Chile and Brazil, officials said.")
    assert ("GHA", "PER") in [q for q, _, _ in got]
    assert not any("CHL" in q or "BRA" in q for q, _, _ in got)


def test_wish_to_raise_ties_from_the_current_level_keeps_that_level():
    got = events("Peru seeks to elevate its ties with Ghana from the current strategic partnership during the "
                 "president's visit next month, the foreign minister said.")
    assert got == [(("GHA", "PER"), "strategic partnership", "reaffirm")]


def test_current_level_worded_as_that_of_is_still_held():
    got = events("\"We hope to lift our relationship with Ghana from that of the current strategic partnership,\" "
                 "the Peruvian minister said.")
    assert got == [(("GHA", "PER"), "strategic partnership", "reaffirm")]


def test_raising_ties_from_a_level_to_another_leaves_the_first_behind():
    got = events("Peru and Ghana elevated ties from the current strategic partnership to a comprehensive "
                 "strategic partnership on Monday.")
    assert got == [(("GHA", "PER"), "comprehensive strategic partnership", "upgrade")]


def test_change_within_the_last_years_is_apart_from_todays_restatement():
    got = facts("Ghana and Peru met in Lima on Monday to build on their comprehensive strategic partnership. "
                "In the last five years the relationship has been elevated to a comprehensive strategic "
                "partnership, the minister recalled.", "2024-05-20").partnerships
    assert sorted((p.action, str(p.date)) for p in got) == [("reaffirm", "2024-05-20"), ("upgrade", "None")]


def test_headline_rewording_of_a_level_the_story_words_otherwise_is_no_fact():
    text = ("Peru and Ghana commit to enhanced strategic partnership\n\n"
            "Peru and Ghana on Monday pledged to deepen their comprehensive strategic partnership for a new era, "
            "the two foreign ministers said in Lima.")
    got = [(p.level, p.action) for p in facts(text, "2024-05-20").partnerships]
    assert got == [("comprehensive strategic partnership for a new era", "reaffirm")]


def test_headline_level_stays_where_the_story_words_no_other():
    text = ("Peru and Ghana commit to enhanced strategic partnership\n\n"
            "The two foreign ministers met in Lima on Monday and discussed trade.")
    got = [(p.level, p.action) for p in facts(text, "2024-05-20").partnerships]
    assert got == [("enhanced strategic partnership", "reaffirm")]


def test_such_partnerships_with_named_countries_are_the_owners_at_that_level():
    got = events("Ghana and Peru upgraded ties to a comprehensive strategic partnership on Monday. Peru also has "
                 "such partnerships with Chile and Brazil.")
    assert [(q, lv) for q, lv, _ in got] == [(("BRA", "PER"), "comprehensive strategic partnership"),
                                            (("CHL", "PER"), "comprehensive strategic partnership"),
                                            (("GHA", "PER"), "comprehensive strategic partnership")]


def test_such_partnerships_in_general_name_no_partner():
    got = events("Ghana and Peru upgraded ties to a comprehensive strategic partnership on Monday. Peru wants "
                 "such partnerships with the EU.")
    assert [q for q, _, _ in got] == [("GHA", "PER")]


def test_change_on_a_day_of_its_own_after_a_span_is_todays_event():
    got = facts("Over the past decade ties between Ghana and Peru have grown, and on Monday they were elevated to "
                "a comprehensive strategic partnership.", "2024-05-20").partnerships
    assert [(p.action, str(p.date)) for p in got] == [("upgrade", "2024-05-20")]
