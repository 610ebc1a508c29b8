"""Rolls worded around the owner's view or an apposition: "X regards A and B as ... partners", "X considers
A, B and C its ... partners", "A and B, both ... partners of X, ...", "X's partners are: A, B", and a count
that also names a bloc ("with 18 countries and the EU, including A and B"). Each listed country pairs with
X only. Our own sentences."""
from __future__ import annotations

import pytest

from extracting import level_actions

_CSP = "comprehensive strategic partnership"
_SP = "strategic partnership"


@pytest.mark.parametrize("text, level", [
    ("Kenya regards Peru and Ghana as comprehensive strategic partners.", _CSP),
    ("Kenya considers Peru and Ghana its strategic partners.", _SP),
    ("Peru and Ghana, both comprehensive strategic partners of Kenya, sent delegations.", _CSP),
    ("Kenya’s strategic partners are: Peru and Ghana.", _SP),
    ("Kenya has comprehensive strategic partnerships with 18 countries and the EU, including Peru and Ghana.", _CSP),
])
def test_each_listed_country_pairs_with_the_owner(text, level):
    assert level_actions(text) == {(("KEN", "PER"), level): "reaffirm", (("GHA", "KEN"), level): "reaffirm"}


def test_a_plain_praise_is_no_level():
    assert level_actions("Kenya considers Japan a reliable partner.") == {}
