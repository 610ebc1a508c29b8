"""Arms and their deals are defence cooperation."""
from extracting import facts


def fields_of(text):
    return {(c.pair, c.field) for c in facts(text, "2025-06-02").cooperation}


def test_weapons_named_by_kind_are_defence():
    assert (("BRA", "SWE"), "defence-security") in fields_of("Sweden and Brazil agreed to co-produce fighter jets and "
                                                              "submarines.")


def test_contracts_the_pair_signed_in_a_field_are_cooperation():
    assert (("GHA", "KEN"), "defence-security") in fields_of("Kenya and Ghana signed arms contracts last week.")
