"""A level compared with the owner's other partners: "a status it had previously granted only to A and B"
and "on par with what X has with A and B" pair A and B with the owner, never with each other; and a second
list in the same sentence ("..., and strategic partnerships with D and E") belongs to the same owner, not to
a partner of the first list. Our own sentences."""
from __future__ import annotations

import pytest

from extracting import level_actions

_CSP = "comprehensive strategic partnership"


@pytest.mark.parametrize("text", [
    "Chile lifted ties with Oman to a comprehensive strategic partnership, a status it had previously granted only to Peru and Ghana.",
    "Chile upgraded ties with Oman to a comprehensive strategic partnership, a status it had reserved for Peru and Ghana.",
])
def test_a_status_granted_before_to_others(text):
    assert level_actions(text) == {(("CHL", "OMN"), _CSP): "upgrade", (("CHL", "PER"), _CSP): "reaffirm",
                                   (("CHL", "GHA"), _CSP): "reaffirm"}


def test_on_par_with_what_a_named_side_has_with_others():
    got = level_actions("Oman and Chile agreed to raise their relations to a comprehensive strategic partnership, "
                        "on par with what Chile has with Peru and Ghana.")
    assert got == {(("CHL", "OMN"), _CSP): "upgrade", (("CHL", "PER"), _CSP): "reaffirm",
                   (("CHL", "GHA"), _CSP): "reaffirm"}


def test_on_par_with_others_of_no_named_side_pairs_none_of_them():
    got = level_actions("Oman and Chile upgraded relations to a strategic partnership, on a par with Peru and Ghana.")
    assert set(got) == {(("CHL", "OMN"), "strategic partnership")}


@pytest.mark.parametrize("text", [
    "Chile has comprehensive strategic partnerships with Peru, Ghana and Oman, and strategic partnerships with Kenya and Japan.",
    "Chile has comprehensive strategic partnerships with Peru, Ghana and Oman and strategic partnerships with Kenya and Japan.",
])
def test_a_second_list_in_one_sentence_is_the_same_owners(text):
    got = level_actions(text)
    assert set(got) == {(("CHL", "PER"), _CSP), (("CHL", "GHA"), _CSP), (("CHL", "OMN"), _CSP),
                        (("CHL", "KEN"), "strategic partnership"), (("CHL", "JPN"), "strategic partnership")}
