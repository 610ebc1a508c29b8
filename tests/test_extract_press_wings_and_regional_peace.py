"""A body's "media wing" is its press office, no media field; "security and stability for the region" is the
region's peace, no defence field of the pair. Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def test_a_media_wing_is_no_media_cooperation():
    got = tops(facts("Turkey's Foreign Minister met with Kenya's Army Chief in Nairobi during his official visit to "
                     "Kenya, discussing maritime security, the military's media wing said on Friday, reports a daily."))
    assert (("KEN", "TUR"), "defence-security") in got
    assert (("KEN", "TUR"), "culture") not in got


def test_security_and_stability_for_the_region_is_no_defence_field():
    got = tops(facts("Chile and Peru held talks in Lima. The president said a settlement of the dispute would bring "
                     "security and stability for all countries in the region. Both sides agreed to cooperate in mining."))
    assert (("CHL", "PER"), "mining") in got
    assert (("CHL", "PER"), "defence-security") not in got


def test_a_better_environment_for_trade_is_no_environment_field():
    got = tops(facts("Chile and Peru held talks in Lima. The Chilean president said both sides would promote a "
                     "better environment for trade and investment between the two countries."))
    assert (("CHL", "PER"), "trade") in got
    assert (("CHL", "PER"), "environment") not in got
