"""Field words met in tour reports and document lists: a "climate of trust" and "social security" are no
fields; hydrography is maritime work, coastal surveillance defence, double taxation a finance matter.
Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def test_a_climate_of_trust_is_no_climate_field():
    f = facts("Peru and Ghana agreed to build a climate of trust and confidence between their peoples.")
    assert (("GHA", "PER"), "environment") not in tops(f)


def test_climate_change_itself_stays_a_field():
    f = facts("Peru and Ghana agreed to cooperate on climate change.")
    assert (("GHA", "PER"), "environment") in tops(f)


def test_social_security_is_no_security_field():
    f = facts("Peru and Ghana signed an agreement on social security for migrant workers.")
    assert (("GHA", "PER"), "defence-security") not in tops(f)


def test_hydrography_is_maritime_and_coastal_surveillance_defence():
    f = facts("Peru and Ghana signed memoranda on hydrography and on a coastal surveillance network.")
    assert (("GHA", "PER"), "connectivity") in tops(f)
    assert (("GHA", "PER"), "defence-security") in tops(f)


def test_double_taxation_is_a_finance_matter():
    f = facts("Peru and Ghana signed an agreement on the avoidance of double taxation.")
    assert (("GHA", "PER"), "finance") in tops(f)


def test_industrial_property_is_no_industry_field():
    f = facts("Peru and Ghana signed a memorandum on cooperation in industrial property.")
    assert (("GHA", "PER"), "industry") not in tops(f)


def test_industrial_parks_stay_a_field():
    f = facts("Peru and Ghana agreed to cooperate in industrial parks and manufacturing.")
    assert (("GHA", "PER"), "industry") in tops(f)
