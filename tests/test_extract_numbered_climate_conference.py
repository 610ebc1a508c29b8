"""A numbered climate conference ("COP30", "COP 29") names the environment field like the bare "COP"."""
from tests.extracting import facts, tops


def test_numbered_cop_is_climate_cooperation():
    got = tops(facts("Chile and Peru agreed to cooperate closely ahead of COP30 in Belem."))
    assert (("CHL", "PER"), "environment") in got

