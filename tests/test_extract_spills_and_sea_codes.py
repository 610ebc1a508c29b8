"""Oil spills and sea management are the environment, not energy; a code of conduct for a disputed sea, however it
is cut, is a many-party text, no document of the pair. Our own sentences."""
from __future__ import annotations

from extracting import facts, signed_docs, tops


def test_oil_spill_response_is_environment_not_energy():
    got = tops(facts("Indonesia and Malaysia held talks in Jakarta. "
                     "The two sides agreed to work together on oil spill response along their coasts."))
    assert (("IDN", "MYS"), "environment") in got
    assert (("IDN", "MYS"), "energy") not in got


def test_sustainable_marine_management_is_environment():
    got = tops(facts("Indonesia and Malaysia held talks in Jakarta. "
                     "Both sides will cooperate in sustainable marine management."))
    assert (("IDN", "MYS"), "environment") in got


def test_the_sea_conduct_declaration_cut_short_is_no_document_of_the_pair():
    f = facts("Indonesia and Malaysia held talks in Jakarta on Monday. "
              "They backed the full implementation of the Declaration on the Conduct in the disputed waters.")
    assert not [d for d in signed_docs(f) if d[0] == ("IDN", "MYS")]
