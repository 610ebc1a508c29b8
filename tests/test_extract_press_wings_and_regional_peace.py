"""A body's "media wing" is its press office, no media field; "security and stability for the region" is the
region's peace, no defence field of the pair. Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def test_a_media_wing_is_no_media_cooperation():
    got = tops(facts("Turkey's defence minister met the army chief of Azerbaijan in Baku, the army's media wing said. "
                     "The two sides agreed to expand cooperation in education."))
    assert (("AZE", "TUR"), "education") in got
    assert (("AZE", "TUR"), "culture") not in got


def test_security_and_stability_for_the_region_is_no_defence_field():
    got = tops(facts("Chile and Peru held talks in Lima. The president said a settlement of the dispute would bring "
                     "security and stability for all countries in the region. Both sides agreed to cooperate in mining."))
    assert (("CHL", "PER"), "mining") in got
    assert (("CHL", "PER"), "defence-security") not in got
