"""A ranked roll told with its earlier holder last ("Kenya is the second country to hold joint naval patrols with
Oman after Chile"): the joiner and the earlier one each act with the partner, never with each other; and joint
naval patrols are defence cooperation. Our own sentences."""
from __future__ import annotations

from extracting import facts


def _fields(text: str) -> set:
    got = facts(text, "2025-06-01", title="Notes")
    return {(c.pair, c.field) for c in got.cooperation}


def test_joint_naval_patrols_with_a_country_are_defence_cooperation():
    assert _fields("Kenya held joint naval patrols with Oman.") == {(("KEN", "OMN"), "defence-security")}


def test_the_earlier_holder_named_last_in_a_ranked_roll_acts_with_the_same_partner():
    got = _fields("Kenya is also the second country to commit to joint naval patrols in the Red Sea with Oman "
                  "after Chile.")
    assert got == {(("KEN", "OMN"), "defence-security"), (("CHL", "OMN"), "defence-security")}


def test_joint_patrols_with_no_other_field_word_are_defence():
    got = _fields("Kenya is also the second country to commit to joint patrols in the Red Sea with Oman after Chile.")
    assert got == {(("KEN", "OMN"), "defence-security"), (("CHL", "OMN"), "defence-security")}
