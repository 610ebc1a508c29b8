"""A commission or committee the pair holds in a field is cooperation in it."""
from extracting import facts


def fields_of(text):
    return {c.field for c in facts(text, "2025-06-04").cooperation}


def test_the_pairs_economic_commission_is_economic_cooperation():
    assert fields_of("Ghana and Togo held the second session of their economic commission in Lome.") == {"economy"}


def test_a_named_international_commission_is_no_field_of_the_pair():
    assert not fields_of("The UN Economic Commission for Africa said Ghana and Togo grew fast last year.")
