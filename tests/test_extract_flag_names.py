"""Tweets quoted in articles name countries by their flag emoji (our own sentences)."""
from __future__ import annotations

from extracting import level_actions


def test_a_pair_of_flags_names_the_pair():
    got = level_actions("New momentum to 🇵🇪-🇬🇭 relations! We elevated our ties to a strategic partnership today.")
    assert got == {(("GHA", "PER"), "strategic partnership"): "upgrade"}


def test_korea_alone_beside_a_partner_is_the_republic():
    assert level_actions("Today's dialogue reinforced the Korea-Peru Strategic Partnership.") == {
        (("KOR", "PER"), "strategic partnership"): "reaffirm"}
