"""Levels in survey rows and gapped clauses: a page about one country whose rows name only its partners, each with
its own level; a sentence opening on a new country that holds its level "with" the story's country; a clause
opening on "with" and one country after a semicolon; the date of a later clause's level."""
from __future__ import annotations

from tests.extracting import facts

PAGE = "How Peru ranks its partners"


def _events(text: str, title: str | None = None, published: str = "2025-06-14") -> set:
    return {(p.pair, p.level, p.action) for p in facts(text, published, title=title).partnerships}


def test_owner_page_row_of_partners_each_with_its_own_level_pairs_each_with_the_owner():
    text = ("Peru's labels for its partners\n"
            "- Chile was raised to \"Special Strategic Partnership\" in March 2025, joining Brazil (holding "
            "\"Comprehensive Strategic Partnership\" since 2009) in the top tier.\n"
            "- Mexico was raised to \"Strategic Partnership\" in 2024 at a summit.\n")
    got = _events(text, PAGE)
    assert (("CHL", "PER"), "special strategic partnership", "upgrade") in got
    assert (("BRA", "PER"), "comprehensive strategic partnership", "reaffirm") in got
    assert (("BRA", "PER"), "comprehensive strategic partnership", "establish") in got  # founded in 2009
    assert (("CHL", "PER"), "special strategic partnership", "establish") not in got  # Brazil's year, not Chile's
    assert (("MEX", "PER"), "strategic partnership", "upgrade") in got
    assert not any("PER" not in p for p, _, _ in got)  # never Chile with Brazil


def test_owner_page_row_naming_a_pair_keeps_the_pair():
    text = ("Peru's labels for its partners\n"
            "- Chile and Brazil were raised to \"Strategic Partnership\" in 2024 at a summit.\n")
    got = _events(text, PAGE)
    assert not any("PER" in p for p, _, _ in got)  # neither of the two is paired with the page's country


def test_new_country_opening_the_sentence_holds_its_level_with_the_story_country_after_with():
    text = ("The trip raised Egypt-Kenya ties to a new level.\n\n"
            "Ghana saw its comprehensive partnership with Kenya renewed as well.\n")
    got = _events(text, None, "2024-04-02")
    assert (("GHA", "KEN"), "comprehensive partnership", "reaffirm") in got
    assert not any(p == ("EGY", "KEN") and lv == "comprehensive partnership" for p, lv, _ in got)


def test_clause_opening_on_with_and_one_country_pairs_it_with_the_side_named_first():
    text = ("Tokyo and Canberra lifted their ties to a \"Strategic Partnership\"; with Ottawa the relationship "
            "was lifted to a 'Comprehensive Strategic Partnership'.")
    got = _events(text, None, "2023-03-01")
    assert (("CAN", "JPN"), "comprehensive strategic partnership", "upgrade") in got
    assert not any(p == ("AUS", "JPN") and lv == "comprehensive strategic partnership" for p, lv, _ in got)


def test_year_of_a_later_clauses_level_is_not_the_earlier_levels():
    text = ("Tokyo and Canberra lifted their ties to a \"Strategic Partnership\"; with Ottawa the stakes went higher "
            "as the two countries signed a treaty on a \"Comprehensive Strategic Partnership\" in 2017.")
    years = {p.year for p in facts(text, "2023-03-01").partnerships if p.pair == ("AUS", "JPN")}
    assert years == {None}


def test_second_with_coordinated_after_a_status_list_adds_its_countries():
    text = ("In 2023 Chile elevated its ties with Argentina to a comprehensive strategic partnership.\n\n"
            "Yet Chile maintains this status with Peru despite their border dispute — and with both Brazil and Mexico "
            "despite trade rows.\n")
    got = _events(text, "Chile ties")
    for partner in ("PER", "BRA", "MEX"):
        assert (tuple(sorted(("CHL", partner))), "comprehensive strategic partnership", "reaffirm") in got
