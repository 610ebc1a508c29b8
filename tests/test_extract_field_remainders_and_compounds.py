"""Field words: "green finance" is finance and the environment; "socio-culture" is culture; "developing human
resources" is training; a sentence telling the rest of a list of areas ("The rest are A, B and C") keeps the
list's scope; the UAE's former president stands for his country."""
from __future__ import annotations

from extracting import facts, signed_docs, tops

PAIR = ("KEN", "NZL")


def test_green_finance_gives_finance_and_environment():
    got = tops(facts("Kenya and New Zealand agreed to deepen their cooperation in green finance and agriculture."))
    assert {(PAIR, "finance"), (PAIR, "environment"), (PAIR, "agriculture")} <= got


def test_socio_culture_is_culture():
    got = tops(facts("Kenya and New Zealand enjoy close cooperation in areas such as trade and socio-culture."))
    assert (PAIR, "culture") in got


def test_developing_human_resources_is_education():
    got = tops(facts("Kenya and New Zealand decided to keep working together to develop human resources."))
    assert (PAIR, "education") in got


def test_the_rest_of_a_list_of_areas_keeps_its_scope():
    got = tops(facts("The joint commission of Kenya and New Zealand opened in Nairobi on Tuesday.\n"
                     "The minister said the areas of cooperation included trade and investment.\n"
                     "The rest are Health, Tourism and Fisheries."))
    assert {(PAIR, "health"), (PAIR, "culture"), (PAIR, "agriculture")} <= got


def test_a_former_uae_president_stands_for_his_country():
    f = facts("London: Sheikh Khalifa bin Zayed Al Nahyan met the British Prime Minister on the second day of his "
              "state visit.\nA series of agreements were signed between the two countries, including one on "
              "clean energy.", published="2013-05-02")
    assert signed_docs(f) == [(("ARE", "GBR"), "agreement")]
    assert (("ARE", "GBR"), "energy") in tops(f)
