"""Field phrases of visit outcome lists: a policy centre or an institute of international studies is a think tank
(culture), language instruction is education."""
from __future__ import annotations

from extracting import facts, tops

PAIR = ("GHA", "PER")


def fields_of(text):
    return {fid for pair, fid in tops(facts(text)) if pair == PAIR}


def test_a_memorandum_between_a_policy_centre_and_an_institute_of_studies_is_think_tank_work():
    got = fields_of("Ghana and Peru signed a memorandum of understanding between the Accra Policy Centre and the "
                    "Lima Institute of International Studies on Monday.")
    assert "culture" in got


def test_language_instruction_is_education():
    got = fields_of("Ghana and Peru signed an agreement on Spanish and English language instruction in the two "
                    "countries on Monday.")
    assert "education" in got


def test_a_policy_of_a_government_is_no_think_tank():
    got = fields_of("Ghana and Peru discussed the foreign policy of the new government on Monday.")
    assert "culture" not in got


def test_a_memorandum_on_the_fight_against_smuggling_is_security_work():
    got = fields_of("Ghana and Peru signed a memorandum on cooperation in the fight against smuggling on Monday.")
    assert "defence-security" in got


def test_an_agreement_on_aircraft_accident_investigations_is_connectivity():
    got = fields_of("Ghana and Peru signed an agreement on aircraft accident investigations on Monday.")
    assert "connectivity" in got


def test_a_joint_declaration_of_the_ministries_of_health_is_health_work():
    got = fields_of("Ghana and Peru signed a joint declaration of the Ministries of Health on Monday.")
    assert "health" in got


def test_a_minister_of_health_attending_is_no_health_work():
    got = fields_of("Ghana and Peru signed a trade deal on Monday in the presence of the Minister of Health.")
    assert "health" not in got
