"""A first sentence naming only the other side's counterpart takes the pair the next sentence names with that
country. Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def test_a_counterpart_named_first_takes_the_pair_named_next():
    got = tops(facts("The Trade Minister discussed fisheries and energy ties with his Peruvian counterpart. "
                     "The talks between Chile and Peru were held in Lima on Monday."))
    assert (("CHL", "PER"), "agriculture") in got
    assert (("CHL", "PER"), "energy") in got


def test_a_counterpart_named_first_takes_no_pair_without_that_country():
    got = tops(facts("The Trade Minister discussed fisheries and energy ties with his Peruvian counterpart. "
                     "Separately, Chile and Bolivia held talks on Monday."))
    assert not any(p in (("BOL", "CHL"), ("CHL", "PER")) and f == "agriculture" for p, f in got)
