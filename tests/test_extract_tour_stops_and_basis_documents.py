"""A tour's traveller named beside a stop of the tour speaks of that stop's pair, even while the story
is at another stop; a partnership a document "will be the basis of" is still to come; a few field words
(sustainability, groundwater, extractive sectors) and national space agencies. Our own sentences."""
from __future__ import annotations

from extracting import facts, level_actions, tops

_TOUR = ("Chile's president on Sunday ended his tour of the region. "
         "The four-day trip, which took the president to Peru, Bolivia and Ecuador, saw pledges to boost cooperation. "
         "During his visit to Ecuador, the two sides agreed to set up a new border committee. "
         "Ecuador has in recent months sought to mend ties with Santiago. "
         "The Chilean president's tour also saw the signing of mining deals in Peru. "
         "The deals cover copper and port logistics.")


def test_traveller_named_with_another_stop_moves_to_that_stop():
    got = tops(facts(_TOUR))
    assert (("CHL", "PER"), "mining") in got
    assert (("CHL", "PER"), "connectivity") in got


def test_traveller_beside_another_stop_leaves_the_former_stop_alone():
    got = tops(facts(_TOUR))
    assert (("CHL", "ECU"), "mining") not in got
    assert (("CHL", "ECU"), "connectivity") not in got


def test_partnership_a_document_will_be_the_basis_of_is_not_yet_held():
    got = level_actions("Norway and Chile agreed to finish the text that will be the basis of the "
                        "strategic partnership between the two countries.")
    assert (("CHL", "NOR"), "strategic partnership") not in got


def test_partnership_a_signed_document_became_the_basis_of_stays():
    got = level_actions("Norway and Chile signed the text that became the basis of the "
                        "strategic partnership between the two countries.")
    assert (("CHL", "NOR"), "strategic partnership") in got


def test_sustainability_is_environment():
    got = tops(facts("Norway and Chile agreed to cooperate on sustainability and ocean research."))
    assert (("CHL", "NOR"), "environment") in got


def test_groundwater_is_environment():
    got = tops(facts("Norway and Chile signed a memorandum on the management of groundwater."))
    assert (("CHL", "NOR"), "environment") in got


def test_extractive_sector_is_mining():
    got = tops(facts("Norway and Chile signed an agreement on cooperation in the extractive sector."))
    assert (("CHL", "NOR"), "mining") in got


def test_national_space_agency_is_its_country():
    f = facts("NASA and the Chilean Space Agency signed an agreement on Monday on satellite data.")
    assert ("CHL", "USA") in {a.pair for a in f.agreements}
