""""Heads of state" who sign documents do not hide the documents' fields."""
from extracting import facts


def test_heads_of_state_signing_keep_the_first_field_of_the_list():
    found = facts("Chile's president hosted his Peruvian counterpart in Santiago. The two heads of state signed agreements "
                  "on defence, mining and tourism.", "2025-06-04")
    assert {c.field for c in found.cooperation} >= {"defence-security", "mining", "tourism"}


def test_heads_of_a_ministry_still_name_no_field_of_their_own():
    found = facts("Heads of the health and education ministries of Chile and Peru attended the dinner.", "2025-06-04")
    assert not found.cooperation
