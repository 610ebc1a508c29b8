"""Changes said with "into" in our own sentences: "transform their strategic partnership into a comprehensive
strategic partnership" and "turning the strategic partnership into a special strategic partnership" raise the
ties to the second level and leave the first behind (no statement of it held); "in turn" is no change."""
from __future__ import annotations

from extracting import facts


def levels(text: str) -> list:
    return sorted({(p.level, p.action) for p in facts(text, "2014-09-01").partnerships})


def test_transformed_into_leaves_the_first_level_behind():
    got = levels("Peru and Ghana will transform their strategic partnership into a comprehensive strategic partnership.")
    assert got == [("comprehensive strategic partnership", "upgrade")]


def test_turning_a_level_into_another_is_the_upgrade():
    got = levels("The Peruvian president announced initiatives with Ghana, including turning the strategic "
                 "partnership into a special strategic partnership.")
    assert got == [("special strategic partnership", "upgrade")]


def test_in_turn_is_no_change():
    got = levels("Ghana, in turn, pledged to deepen the strategic partnership with Peru.")
    assert got == [("strategic partnership", "reaffirm")]
