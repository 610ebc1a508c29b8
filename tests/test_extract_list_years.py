"""Each partner of a list keeps the year the list gives it."""
from extracting import facts


def years_by_pair(text):
    return {p.pair: p.year for p in facts(text, "2025-06-02").partnerships}


def test_each_listed_partner_takes_its_own_year():
    got = years_by_pair("Chile set up strategic partnerships with Spain in 2011, Mexico in 2014 and Korea in 2019.")
    assert got == {("CHL", "ESP"): 2011, ("CHL", "MEX"): 2014, ("CHL", "KOR"): 2019}


def test_bracketed_years_belong_to_the_partner_before_them():
    got = years_by_pair("Laos has comprehensive strategic partnerships with Vietnam (2007), China (2009) and Cambodia "
                        "(2017).")
    assert got == {("LAO", "VNM"): 2007, ("CHN", "LAO"): 2009, ("KHM", "LAO"): 2017}


def test_a_year_after_a_run_of_partners_is_theirs_all():
    got = years_by_pair("Peru established strategic partnerships with Brazil and Chile in 2009 and with Japan in 2016.")
    assert got == {("BRA", "PER"): 2009, ("CHL", "PER"): 2009, ("JPN", "PER"): 2016}
