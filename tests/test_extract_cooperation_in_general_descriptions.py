"""Sentences that give fields without two countries cooperating in them: what marks a designation in general ("the
features that characterize a comprehensive strategic partnership include cooperation in defence and trade"), the goals
of one country's foreign policy ("the main goal of Chile's foreign policy is trade and investment cooperation"), and
one country's own economy described ("Ghana is one of the fastest-growing economies, with a boom in mining and
energy"). Our own sentences."""
from __future__ import annotations

import pytest

from extracting import facts, tops

_OPEN = "Chile and Ghana upgraded their ties to a comprehensive strategic partnership on Monday. "


@pytest.mark.parametrize("text, field", [
    ("Readers will learn the features that characterize a comprehensive strategic partnership, among them broad "
     "cooperation in defence and culture.", "defence-security"),
    ("The main goal of Chile's foreign policy is threefold: trade and investment cooperation, security cooperation, "
     "and exchanges in education.", "education"),
    ("It should be said that Ghana now is one of the fastest growing economies on its continent, with rapid growth "
     "over a decade owing to a surge in its mining sector - above all gold and bauxite.", "mining"),
])
def test_a_description_in_general_gives_the_pair_no_field(text, field):
    assert (("CHL", "GHA"), field) not in tops(facts(_OPEN + text))


def test_the_pair_cooperating_in_a_field_still_counts():
    got = tops(facts(_OPEN + "The two sides agreed to expand cooperation in mining and education."))
    assert {(("CHL", "GHA"), "mining"), (("CHL", "GHA"), "education")} <= got
