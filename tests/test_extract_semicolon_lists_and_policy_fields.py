"""A document that "addresses cooperation in" items run over semicolons ("A; B; and C") keeps every item's field;
macroeconomic coordination is economy, biopharmaceuticals health, fighting poverty humanitarian. Our own text."""
from __future__ import annotations

from tests.extracting import facts, tops


def test_items_after_addresses_cooperation_in_run_over_semicolons():
    f = facts("Chile and Peru signed an agreement on joint projects. The agreement also addresses cooperation "
              "in solar parks; new border bridges; naval task forces; and fisheries.\n")
    got = tops(f)
    assert (("CHL", "PER"), "defence-security") in got and (("CHL", "PER"), "agriculture") in got


def test_macroeconomic_coordination_is_economy():
    f = facts("Chile and Peru signed agreements that cover macroeconomic coordination.\n")
    assert (("CHL", "PER"), "economy") in tops(f)


def test_a_biopharmaceutical_venture_is_health():
    f = facts("Chile and Peru agreed on a project to set up a joint biopharmaceutical company.\n")
    assert (("CHL", "PER"), "health") in tops(f)


def test_agreements_to_fight_poverty_are_humanitarian():
    f = facts("Chile and Peru signed cooperation agreements to combat poverty and promote decent jobs.\n")
    assert (("CHL", "PER"), "humanitarian") in tops(f)
