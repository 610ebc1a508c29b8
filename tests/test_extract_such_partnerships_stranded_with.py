"""Partner rolls that refer back to a designation (our own sentences): "the other countries Peru has such
partnerships with are A and B" (the "with" stranded before the verb that lists them) pairs the owner with
each listed country at the level named before; the reference reaches back past an acronym's definition and a
stray line, and reads the designation a change ends on ("from X to a CSP"), not the one it starts from; a list
of partners keeps its last item after a time word ("with A, B, and most recently, with C")."""
from __future__ import annotations

from extracting import facts


def pairs(text: str, published: str = "2024-05-20") -> list:
    return sorted((p.pair, p.level) for p in facts(text, published).partnerships)


CSP = "comprehensive strategic partnership"


def test_stranded_with_before_the_list_pairs_the_owner_with_each_listed_country():
    got = pairs("Peru and Ghana upgraded their ties to a comprehensive strategic partnership on Monday. "
                "The other countries Peru has such partnerships with are Chile, Brazil and Mexico.")
    assert got == [(("BRA", "PER"), CSP), (("CHL", "PER"), CSP), (("GHA", "PER"), CSP), (("MEX", "PER"), CSP)]


def test_such_partnerships_take_the_level_a_change_ends_on_through_its_acronym():
    got = pairs("Peru lifts ties with Ghana to a Comprehensive Strategic Partnership (CSP), minister says\n\n"
                "The visit saw Peru move its ties with Ghana from an Enhanced Partnership to a CSP.\n\n"
                "CSPs are wide-ranging ties.\n\n"
                "Other countries that Peru has such partnerships with include Chile and Brazil.")
    assert (("BRA", "PER"), "Comprehensive Strategic Partnership".lower()) in [(q, lv.lower()) for q, lv in got]
    assert not any(lv.lower() == "enhanced partnership" and q != ("GHA", "PER") for q, lv in got)


def test_such_partnerships_too_far_from_any_level_name_no_partner():
    got = pairs("Peru and Ghana upgraded their ties to a comprehensive strategic partnership on Monday.\n\n"
                "Trade grew.\n\nTourism grew.\n\nInvestment grew.\n\n"
                "The other countries Peru has such partnerships with are Chile and Brazil.")
    assert [q for q, _ in got] == [("GHA", "PER")]


def test_last_partner_after_a_time_word_stays_on_the_list():
    got = pairs("Peru has raised its ties with Chile, Brazil, and most recently, with Ghana to the level of a "
                "comprehensive strategic partnership.")
    assert [q for q, _ in got] == [("BRA", "PER"), ("CHL", "PER"), ("GHA", "PER")]
