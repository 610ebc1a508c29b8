"""A level told with its past change in a relative clause, and renamed designations (our own sentences): "the X
between A and B, which was upgraded in 2016, continues to grow" raised the pair to X in 2016 and X is held now;
"the X between A and B, renamed the Y in 2019" and "renamed their X as the Y in 2014" give Y, raised then, and leave
X behind."""
from __future__ import annotations

from extracting import facts

PUB = "2024-05-15"


def events(text: str) -> list:
    return sorted(((p.level, p.action, p.date, p.year) for p in facts(text, PUB).partnerships), key=str)


def test_relative_clause_upgrade_year_is_the_upgrade_and_the_level_is_held():
    got = events("The comprehensive strategic partnership between Chile and Ghana, which was upgraded in 2016, "
                 "keeps growing.")
    assert ("comprehensive strategic partnership", "upgrade", None, 2016) in got
    assert ("comprehensive strategic partnership", "reaffirm", None, None) in got


def test_renamed_designation_is_the_new_level_raised_then():
    got = events("The strategic partnership between Chile and Ghana, renamed the comprehensive strategic "
                 "partnership in 2019, is strong.")
    assert got == [("comprehensive strategic partnership", "upgrade", None, 2019)]


def test_renamed_their_level_as_another_leaves_the_first_behind():
    got = events("Chile and Ghana renamed their global partnership as the special strategic partnership in 2014.")
    assert got == [("special strategic partnership", "upgrade", None, 2014)]
