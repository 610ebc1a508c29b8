"""Security as the later half of a hyphened pair ("political-security cooperation", "the diplomacy-security-
defence dialogue") is the pair's security field; energy security stays energy."""
from __future__ import annotations

from extracting import facts, tops

PAIR = ("BWA", "NOR")


def test_a_numbered_heading_of_political_security_cooperation_names_security():
    f = facts("Norway and Botswana held talks on Monday.\n"
              "3.2 Deepening Political-Security Cooperation\n"
              "3.2.1 The two sides agreed to hold annual consultations.")
    assert (PAIR, "defence-security") in tops(f)


def test_a_diplomacy_security_defence_dialogue_is_security():
    f = facts("Norway and Botswana agreed to hold their diplomacy-security-defence dialogue every year.")
    assert (PAIR, "defence-security") in tops(f)


def test_energy_security_cooperation_is_no_defence():
    f = facts("Norway and Botswana agreed to expand energy-security cooperation.")
    assert tops(f) == {(PAIR, "energy")}
