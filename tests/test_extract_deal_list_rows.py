"""A list of one kind's documents, one pair a row: the line that opens the list names the level ("the strategic
partnership agreements Lima has signed"), and each row led by its pair ("Peru-Chile: ...") that says its document was
signed holds that level, set up then; a row whose document is still to come, or that names its own partnership, does
not. Our own sentences."""
from __future__ import annotations

from extracting import facts

_LIST = """Peru keeps adding partners. Here are the strategic partnership agreements Lima has signed so far.
Peru-Chile: The accord was signed in March 2015 and covers mining and fisheries.
Peru-Spain: The deal, inked in 2006, set up a yearly meeting of ministers.
Peru-Japan: A comparable document is set to be signed when the prime minister visits next spring.
Peru-Ghana: The declaration on strategic partnership in the field of culture was signed in 2019.
"""


def _levels(text: str) -> dict:
    got = facts(text, "2025-06-01", title="t")
    return {(p.pair, p.level): p.action for p in got.partnerships}


def test_rows_of_a_list_of_partnership_agreements_hold_the_lists_level():
    got = _levels(_LIST)
    assert got.get((("CHL", "PER"), "strategic partnership")) == "establish"
    assert got.get((("ESP", "PER"), "strategic partnership")) == "establish"


def test_a_row_whose_document_is_to_come_or_names_its_own_partnership_holds_no_level():
    got = _levels(_LIST)
    assert (("JPN", "PER"), "strategic partnership") not in got
    assert (("GHA", "PER"), "strategic partnership") not in got


def test_rows_after_prose_are_no_longer_under_the_list():
    text = _LIST.replace("Peru-Chile", "The ministers met again in June.\nPeru-Chile")
    assert (("CHL", "PER"), "strategic partnership") not in _levels(text)
