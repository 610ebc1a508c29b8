"""One side's firms or plants at work in the other ("1,500 Peruvian companies with 40,000 local staff are operating
across Ghana", "Peruvian factories operate in Ghana") are investment; a development programme one side opens to the
other is aid (humanitarian), but a country's own national development programme is not."""
from __future__ import annotations

from extracting import facts, tops


def test_firms_with_staff_operating_across_the_other_are_investment():
    f = facts("Some 1,500 Peruvian companies with about 4.5 thousand Ghanaian employees are operating across Ghana.")
    assert (("GHA", "PER"), "investment") in tops(f)


def test_factories_operating_in_the_other_are_investment():
    f = facts("About 300 Peruvian factories are currently operating in Ghana, the minister said.")
    assert (("GHA", "PER"), "investment") in tops(f)


def test_firms_operating_in_markets_in_general_are_no_investment():
    f = facts("Peru and Ghana discussed how companies operate in difficult markets.")
    assert (("GHA", "PER"), "investment") not in tops(f)


def test_access_to_the_others_development_programmes_is_aid():
    f = facts("Peru will widen Ghana's access to Peruvian development programmes in public health.")
    assert (("GHA", "PER"), "humanitarian") in tops(f)


def test_a_national_development_programme_is_no_aid():
    f = facts("Ghana and Peru compared the national development programme of each country.")
    assert (("GHA", "PER"), "humanitarian") not in tops(f)
