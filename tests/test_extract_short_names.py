"""A country's short name standing for the longer one the story is about."""
from extracting import facts


def pairs_of(found):
    return {c.pair for c in found.cooperation} | {a.pair for a in found.agreements}


def test_short_name_follows_the_longer_country_named_before():
    found = facts("The president of Equatorial Guinea flew to Ankara on Monday. Turkey and Guinea agreed to work "
                  "together on oil and gas.", "2025-03-12")
    assert pairs_of(found) == {("GNQ", "TUR")}


def test_short_congo_is_the_democratic_republic_named_in_full():
    found = facts("Kenya hosted the Democratic Republic of the Congo's foreign minister. Kenya and Congo signed an "
                  "agreement on cross-border trade.", "2025-03-12")
    assert pairs_of(found) == {("COD", "KEN")}


def test_short_name_keeps_its_own_country_beside_the_longer_one_in_a_sentence():
    found = facts("Guinea and Guinea-Bissau signed a fisheries agreement. Guinea and Mali also agreed to cooperate "
                  "in mining.", "2025-03-12")
    assert ("GIN", "GNB") in pairs_of(found) and ("GIN", "MLI") in pairs_of(found)


def test_short_name_keeps_its_own_country_named_another_way():
    found = facts("Officials in Conakry welcomed the Equatorial Guinea delegation. Guinea and Morocco agreed to "
                  "cooperate in mining.", "2025-03-12")
    assert ("GIN", "MAR") in pairs_of(found)
