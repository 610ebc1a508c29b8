"""A level referred back to or named indirectly: "such partnerships with N nations, including A and B",
a Title Case document name opening with a verb, a country's body standing beside its country, the
level left behind by "lift up their X to Y", a generic mention after today's new level, a hoped-for
level and a level "ushered in". Our own sentences."""
from __future__ import annotations

from extracting import facts, level_actions


def test_such_partnerships_with_many_nations_including_a_list_pair_each_with_the_owner():
    got = level_actions(
        "Chile and Peru elevated their ties to a comprehensive strategic partnership on Monday. "
        "A comprehensive strategic partnership is the top tier of Chile's diplomacy. "
        "Chile has set up such partnerships with 12 nations, including Japan, Mexico and Spain.")
    for other in ("JPN", "MEX", "ESP"):
        key = (tuple(sorted(("CHL", other))), "comprehensive strategic partnership")
        assert got.get(key) == "establish"
    assert got[(("CHL", "PER"), "comprehensive strategic partnership")] == "upgrade"


def test_such_partnerships_with_many_nations_and_no_list_give_no_pair():
    got = level_actions(
        "Chile and Peru elevated their ties to a comprehensive strategic partnership on Monday. "
        "Chile has formed such partnerships with 12 other nations.")
    assert set(got) == {(("CHL", "PER"), "comprehensive strategic partnership")}


def test_a_document_title_opening_with_a_verb_keeps_only_the_designation():
    got = level_actions("Peru and Chile issued a statement on Deepening Comprehensive Strategic Partnership "
                        "and Building a Shared Future on Monday.")
    assert [lvl for _, lvl in got] == ["comprehensive strategic partnership"]


def test_a_ministry_beside_a_country_is_that_countrys_body_not_a_party():
    got = level_actions("The Embassy of Chile in Peru and the Ministry of Foreign Affairs marked the signing of "
                        "the Joint Declaration on Strategic Partnership for the 21st Century between Chile and Peru.")
    assert (("CHL", "PER"), "strategic partnership for the 21st century") in got


def test_the_level_lifted_up_to_a_new_one_is_not_restated():
    f = facts("Chile and Peru have decided to lift up their comprehensive partnership to comprehensive strategic "
              "partnership for peace and development. Chile and Peru elevated the ties to comprehensive "
              "partnership in July 2013.", published="2023-09-10")
    got = {(p.level, p.action) for p in f.partnerships}
    assert got == {("comprehensive strategic partnership for peace and development", "upgrade"),
                   ("comprehensive partnership", "upgrade")}


def test_a_generic_mention_after_todays_new_level_is_that_level():
    got = level_actions("Chile and Peru announced the upgrade of relations to an all-weather strategic partnership "
                        "on Monday. The strategic partnership will open new areas of cooperation.")
    assert got == {(("CHL", "PER"), "all-weather strategic partnership"): "upgrade"}


def test_a_generic_mention_beside_a_level_founded_long_ago_takes_its_wording():
    f = facts("Chile and Peru signed the Joint Declaration on Strategic Partnership for the 21st Century in 2011. "
              "Chile and Peru said the declaration is a reference point for their strategic partnership.",
              published="2016-09-13")
    assert {p.level for p in f.partnerships} == {"strategic partnership for the 21st century"}


def test_hoping_to_become_a_closer_partner_begins_no_level():
    got = level_actions("Peru hopes to further strengthen coordination with Chile, and become a closer "
                        "comprehensive strategic partner with Chile.")
    assert "establish" not in got.values()


def test_a_visit_that_ushered_in_a_partnership_established_it():
    got = level_actions("The state visit of the Chilean president to Peru ushered in a new strategic partnership "
                        "between Chile and Peru.")
    assert got == {(("CHL", "PER"), "strategic partnership"): "establish"}


def test_considers_a_country_its_most_important_strategic_partner_states_the_level():
    got = level_actions("Peru considers Chile its most important strategic partner in the region.")
    assert got == {(("CHL", "PER"), "strategic partnership"): "reaffirm"}


def test_considering_a_partnership_is_still_no_level():
    assert level_actions("Peru is considering a strategic partnership with Chile.") == {}


def test_a_restated_level_is_not_dated_with_the_day_it_was_founded():
    f = facts("Officials marked the fifth anniversary of the signing, on the 13th of September 2011, of the Joint "
              "Declaration on Strategic Partnership for the 21st Century between Chile and Peru. "
              "Chile and Peru said the declaration is a reference point for their strategic partnership.",
              published="2016-09-13")
    got = {(p.action, p.date and p.date.isoformat()) for p in f.partnerships}
    assert got == {("establish", "2011-09-13"), ("reaffirm", None)}


def test_an_acronym_the_text_defines_stands_for_the_designation():
    f = facts("Chile and Peru agreed to elevate their relationship from an Enhanced Strategic Partnership (ESP) to a "
              "Comprehensive Strategic Partnership (CSP) on Monday. The status of the Chile-Peru relationship was "
              "elevated to ESP in 2015.", published="2024-08-20")
    got = {(p.level, p.action, p.year) for p in f.partnerships}
    assert got == {("comprehensive strategic partnership", "upgrade", None),
                   ("enhanced strategic partnership", "upgrade", 2015)}


def test_an_acronym_whose_letters_are_not_the_designations_stands_for_nothing():
    f = facts("Chile and Peru have a Comprehensive Strategic Partnership (CEPA) since 2010. Trade under CEPA grew.")
    assert len(f.partnerships) == 1


def test_a_countrys_key_strategic_partner_states_the_level():
    got = level_actions("Peru has always been and is Chile's key strategic partner, the Chilean president said.")
    assert got == {(("CHL", "PER"), "strategic partnership"): "reaffirm"}


def test_one_of_a_countrys_most_important_strategic_partners_is_a_ranking_not_a_level():
    assert level_actions("The Chilean president hailed Peru as one of Chile's most important strategic partners.") == {}


def test_a_declaration_on_the_transition_of_relations_to_a_level_raises_them():
    got = level_actions("Chile and Peru signed a Declaration on the transition of bilateral relations to the level "
                        "of a comprehensive strategic partnership and alliance.")
    assert got == {(("CHL", "PER"), "comprehensive strategic partnership and alliance"): "upgrade"}


def test_a_pair_poised_to_elevate_ties_has_not_yet_done_so():
    assert level_actions("Chile and Peru are poised to elevate their bilateral relations to a comprehensive "
                         "strategic partnership through a declaration.") == {}


def test_a_designation_worded_as_partners_in_quotes_after_are():
    got = level_actions("Chile's foreign minister said on Wednesday that Chile and Peru are "
                        "“all-weather strategic cooperative partners.”")
    assert got == {(("CHL", "PER"), "all-weather strategic cooperative partnership"): "reaffirm"}


def test_a_quoted_partner_designation_beside_another_quoted_epithet():
    got = level_actions("Describing Peru as Chile's “ironclad friend” and “all-weather strategic partner,” the minister "
                        "said Chile and Peru will keep working closely.")
    assert got == {(("CHL", "PER"), "all-weather strategic partnership"): "reaffirm"}


def test_as_partners_opening_a_sentence_names_the_level_of_the_pair_after_it():
    got = level_actions("“As comprehensive strategic partners, Chile and Peru share extensive common interests,” "
                        "the president said.")
    assert got == {(("CHL", "PER"), "comprehensive strategic partnership"): "reaffirm"}


def test_momentum_for_a_future_upgrade_is_no_upgrade_and_keeps_the_current_level():
    got = level_actions("Chile and Peru agreed on Monday to deepen cooperation, creating a new momentum for lifting "
                        "their relationship to a comprehensive strategic partnership. The two leaders lauded the "
                        "progress of the current strategic partnership.")
    assert got == {(("CHL", "PER"), "strategic partnership"): "reaffirm"}


def test_a_call_to_elevate_ties_is_no_upgrade():
    assert level_actions("It is time to elevate the partnership between Chile and Peru into a comprehensive "
                         "strategic partnership.") == {}


def test_greek_cypriot_names_cyprus():
    got = level_actions("The French president and the Greek Cypriot leader on Monday signed a new strategic "
                        "partnership in Paris.")
    assert {p for p, _ in got} == {("CYP", "FRA")}


def test_the_current_level_an_upgrade_starts_from_is_left_behind():
    got = level_actions("Chile and Peru agreed on Tuesday to elevate the two countries' relationship from their "
                        "current strategic partnership to a comprehensive strategic partnership.")
    assert got == {(("CHL", "PER"), "comprehensive strategic partnership"): "upgrade"}
    got = level_actions("The foreign ministers agreed on Tuesday to elevate the Chile-Peru relationship from their "
                        "current strategic partnership, the ministry said.")
    assert got == {}


def test_qualifiers_a_comma_or_and_separates_are_the_same_level():
    f = facts("Chile and Peru agreed to establish a comprehensive, strategic partnership on Monday. "
              "To realize a comprehensive and strategic partnership, Chile and Peru will meet yearly.")
    assert len(f.partnerships) == 1 and f.partnerships[0].action == "establish"


def test_especially_privileged_strategic_partnership_is_one_designation():
    got = level_actions("The ministers of Chile and Peru appreciated the dynamics of the especially privileged "
                        "strategic partnership between the two nations.")
    assert got == {(("CHL", "PER"), "especially privileged strategic partnership"): "reaffirm"}


def test_a_hope_for_advancing_the_partnership_states_it_is_held():
    got = level_actions("The Peruvian president voiced hope for the effective advancement of the Chile-Peru "
                        "comprehensive strategic partnership.")
    assert got == {(("CHL", "PER"), "comprehensive strategic partnership"): "reaffirm"}


def test_an_anniversary_range_decades_back_is_not_the_meetings_date():
    f = facts("President Boric is on a state visit to Peru from December 4 to 6, 2022. "
              "The visit takes place as Chile and Peru celebrate 30 years of relations (December 12, 1992 - "
              "December 12, 2022). Chile and Peru agreed to issue a statement on their strategic partnership.",
              published="2022-12-06")
    assert all(p.date is None or p.date.year == 2022 for p in f.partnerships)


def test_raising_the_status_of_a_partnership_is_an_upgrade_to_it():
    got = level_actions("Chile and Peru said Wednesday they raised the status of their countries' global strategic "
                        "partnership during a state visit.")
    assert got == {(("CHL", "PER"), "global strategic partnership"): "upgrade"}


def test_raising_the_level_of_cooperation_under_a_partnership_is_no_upgrade_of_it():
    got = level_actions("Chile and Peru agreed to raise the level of cooperation under their strategic partnership.")
    assert got == {(("CHL", "PER"), "strategic partnership"): "reaffirm"}


def test_a_decade_is_no_year_of_the_level():
    f = facts("As an ambassador who began his career in Lima in the early 1980’s, it gave him pleasure to see "
              "Chile and Peru enhancing their strategic partnership.", published="2017-11-10")
    assert [p.year for p in f.partnerships] == [None]


def test_the_level_an_upgrade_leaves_keeps_its_founding_years_ago():
    got = level_actions("Chile and Peru decided on Wednesday to build a community with a shared future, an upgrade of "
                        "their relations from the comprehensive strategic partnership established eight years ago.")
    assert got == {(("CHL", "PER"), "comprehensive strategic partnership"): "establish"}


def test_a_level_to_be_reached_in_the_near_future_is_not_yet_held():
    got = level_actions("The leaders of Chile and Peru agreed on Tuesday to raise the level of relations to a "
                        "special strategic partnership in the near future.")
    assert got == {}


def test_important_strategic_partners_after_are_is_the_pairs_level():
    got = level_actions("Chile and Peru share universal values and are important strategic partners, the Chilean "
                        "president said on Tuesday.")
    assert got == {(("CHL", "PER"), "strategic partnership"): "reaffirm"}


def test_adopting_a_named_partnership_founds_it():
    got = level_actions("Chile and Peru agreed to adopt the “Special Strategic Partnership for Peace and Prosperity” "
                        "as the framework of their relations.")
    assert set(got.values()) == {"establish"}


def test_a_level_to_be_promoted_further_under_should_is_held_not_hoped_for():
    got = level_actions("Chile and Peru met in Lima on Monday. The two sides should boost mutual trust and expand "
                        "exchanges to further promote their strategic partnership, the minister said.")
    assert got == {(("CHL", "PER"), "strategic partnership"): "reaffirm"}


def test_a_change_of_level_under_should_is_still_no_fact():
    got = level_actions("Chile and Peru met in Lima on Monday. The two sides should elevate their ties "
                        "to a comprehensive strategic partnership, the minister said.")
    assert (("CHL", "PER"), "comprehensive strategic partnership") not in got
