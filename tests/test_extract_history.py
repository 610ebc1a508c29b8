"""Partnership levels as real articles state them: histories, lists of one country's partners,
references back to the pair's level, and visits that name the other side."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article


def levels(text: str, published: str = "2025-05-14"):
    f = extract(Article(text=text, id="t", published=dt.date.fromisoformat(published)))
    return sorted(f.partnerships, key=lambda p: (p.mentions[0].start, p.pair, p.action))


def test_an_earlier_establishment_and_todays_reaffirmation_are_two_events():
    got = levels("Kenya and Peru established a strategic partnership in 2011.\n"
                 "On Monday the two presidents reaffirmed their strategic partnership in Lima.")
    assert [(p.pair, p.action, p.date, p.year) for p in got] == [
        (("KEN", "PER"), "establish", None, 2011),
        (("KEN", "PER"), "reaffirm", dt.date(2025, 5, 12), None),
    ]


def test_a_level_set_up_in_an_earlier_year_and_restated_today_gives_both_events():
    got = levels("Chile and Ghana held talks on Tuesday.\n"
                 "The ministers reaffirmed the close ties between Chile and Ghana, underpinned by the "
                 "Comprehensive Partnership (CP) established in 2017.")
    assert {(p.action, p.year) for p in got} == {("establish", 2017), ("reaffirm", None)}
    assert {p.level for p in got} == {"comprehensive partnership"}


def test_a_level_signed_during_an_earlier_visit_began_in_that_year():
    (p,) = levels("Peru and Norway look back on the Strategic Partnership signed during the king's "
                  "state visit to Lima in March 2014.", "2025-01-10")
    assert (p.action, p.year, p.date) == ("establish", 2014, None)


def test_a_year_before_the_designation_is_when_it_began():
    (p,) = levels("Relations between Peru and Norway are framed by the 2008 Strategic Partnership Plan.")
    assert (p.level, p.action, p.year) == ("strategic partnership", "establish", 2008)


def test_a_countrys_list_of_partners_pairs_each_partner_with_it_never_two_listed_ones():
    got = levels("Mexico and Chile met in Geneva.\n"
                 "Among the bloc's members, Mexico already has strategic partnerships with Kenya, Ghana and Peru.")
    assert {p.pair for p in got} >= {("KEN", "MEX"), ("GHA", "MEX"), ("MEX", "PER")}
    assert not {p.pair for p in got} & {("GHA", "KEN"), ("GHA", "PER"), ("KEN", "PER")}


def test_a_list_of_partners_with_a_month_each_keeps_the_listing_countrys_action():
    got = levels("Chile raised its ties to a comprehensive strategic partnership level with Norway in March "
                 "and Kenya in June.")
    assert {(p.pair, p.action) for p in got} == {(("CHL", "NOR"), "upgrade"), (("CHL", "KEN"), "upgrade")}


def test_such_a_shorter_wording_refers_back_to_the_pairs_fuller_level():
    got = levels("Peru and Kenya agreed in 2019 to establish a comprehensive strategic partnership.\n"
                 "Such strategic partnership will guide the talks the two leaders hold this week.")
    assert {p.level for p in got} == {"comprehensive strategic partnership"}
    assert {p.action for p in got} == {"establish", "reaffirm"}


def test_a_designation_talked_of_in_general_is_no_level():
    got = levels("India and Poland elevated their ties to a strategic partnership this week.\n"
                 "Nobody has written down what a comprehensive strategic partnership entails for India and Poland.")
    assert {p.level for p in got} == {"strategic partnership"}


def test_upgraded_from_one_level_to_another_gives_the_new_level_only():
    (p,) = levels("Chile and Kenya elevated relations from an enhanced partnership to a comprehensive "
                  "strategic partnership on Monday.")
    assert (p.level, p.action) == ("comprehensive strategic partnership", "upgrade")


def test_a_visit_to_a_country_pairs_it_with_the_visitor_despite_their():
    got = levels("China and Turkmenistan agreed to deepen ties, officials said.\n"
                 "Xi's visit to Uzbekistan will infuse more meaning into their strategic partnership.")
    assert {p.pair for p in got} == {("CHN", "UZB")}


def test_a_meeting_with_a_leader_pairs_his_country_despite_bilateral():
    got = levels("Modi met French President Emmanuel Macron in Paris on Sunday.\n"
                 "Modi also reviewed the bilateral Strategic Partnership during his meeting with German "
                 "Chancellor Olaf Scholz.", "2023-09-10")
    assert {p.pair for p in got} == {("DEU", "IND")}


def test_one_sides_ties_with_another_name_their_level_without_moving_the_story():
    text = ("China and Hungary upgraded their relations to an all-round strategic partnership on Thursday.\n"
            "Only China's ties with Russia, officially called the Comprehensive Strategic Coordination "
            "Partnership for a New Era, rank higher.\n"
            "The two sides also agreed to expand trade.")
    f = extract(Article(text=text, id="t", published=dt.date(2024, 5, 9)))
    assert {p.pair for p in f.partnerships} == {("CHN", "HUN"), ("CHN", "RUS")}
    assert {c.pair for c in f.cooperation} == {("CHN", "HUN")}


def test_a_previous_level_is_no_reaffirmation():
    got = levels("Chile and Kenya upgraded their relations to a comprehensive strategic partnership.\n"
                 "It replaces the previous strategic partnership between Chile and Kenya.")
    assert {(p.level, p.action) for p in got} == {("comprehensive strategic partnership", "upgrade")}


def test_a_quoted_designation_runs_to_its_closing_quote():
    (p,) = levels('Peru and Japan raised relations to a "Comprehensive Strategic Partnership for Peace and '
                  'Prosperity in Asia and the world," the statement said.')
    assert p.level == "comprehensive strategic partnership for peace and prosperity in asia and the world"


def test_bilateral_inside_a_designation_folds_into_the_fuller_wording():
    got = levels("Xi said he will discuss the permanent bilateral strategic partnership with Kazakhstan.\n"
                 "He also praised the China-Kazakhstan permanent comprehensive strategic partnership.")
    assert {p.level for p in got} == {"permanent comprehensive strategic partnership"}


def test_became_partners_years_ago_is_an_undated_establishment_beside_todays_event():
    got = levels("On Wednesday Peru and Kenya decided to deepen their comprehensive strategic partnership.\n"
                 "Kenya became Peru's comprehensive strategic partner eight years ago.")
    assert {(p.level, p.action, p.date, p.year) for p in got} == {
        ("comprehensive strategic partnership", "reaffirm", dt.date(2025, 5, 14), None),
        ("comprehensive strategic partnership", "establish", None, None),
    }


def test_a_level_signed_to_upgrade_an_older_one_is_the_upgrade():
    got = levels("Peru and Kenya signed a Special Strategic Partnership in 2010 to further upgrade the "
                 "Strategic Partnership signed in 2001.")
    assert {(p.level, p.action, p.year) for p in got} == {
        ("special strategic partnership", "upgrade", 2010), ("strategic partnership", "establish", 2001)}


def test_past_leaders_stand_for_their_countries():
    (p,) = levels("Vicente Fox and Ricardo Lagos signed the strategic partnership in 2006.", "2023-07-14")
    assert (p.pair, p.action, p.year) == (("CHL", "MEX"), "establish", 2006)


def test_a_common_surname_of_a_past_leader_alone_names_no_country():
    f = extract(Article(text="Lagos is a big city, and Fox scored twice in the strategic partnership cup.",
                        id="t", published=dt.date(2023, 7, 14)))
    assert f.partnerships == ()


def test_a_capitalised_pair_partnership_used_as_a_name_is_the_pairs_level():
    (p,) = levels("The India-France Strategic Partnership turned 25 this year.", "2023-07-14")
    assert (p.pair, p.level) == (("FRA", "IND"), "strategic partnership")


def test_their_bilateral_partnership_is_no_designation():
    assert levels("China and Fiji signed a policing deal, deepening their bilateral partnership.") == []


def test_two_partners_of_a_third_country_are_no_pair():
    text = ("Russia and India held talks on Friday.\n"
            "Russia will strengthen relations with India and China in trade and technology.")
    f = extract(Article(text=text, id="t", published=dt.date(2023, 3, 31)))
    assert ("CHN", "IND") not in {c.pair for c in f.cooperation}


def test_a_declaration_of_friendship_and_partnership_establishes_the_level():
    (p,) = levels("Peru and Kenya recall the Declaration of Friendship and Strategic Partnership they "
                  "signed in 2008.")
    assert (p.level, p.action, p.year) == ("strategic partnership", "establish", 2008)


def test_an_appositive_strategic_partner_restates_the_level():
    got = levels("Spain and Brazil held talks in Madrid on Wednesday.\nBrazil, a strategic partner of Spain, "
                 "sent its foreign minister.", "2024-03-06")
    assert {(p.pair, p.level, p.action) for p in got} == {(("BRA", "ESP"), "strategic partnership", "reaffirm")}


def test_a_fuller_designation_founded_later_than_one_it_contains_is_an_upgrade():
    got = levels("Peru and Kenya discussed the 2002 Declaration on strategic partnership and the 2016 "
                 "Statement on in-depth strategic partnership.")
    assert {(p.level, p.action, p.year) for p in got} == {
        ("strategic partnership", "establish", 2002), ("in-depth strategic partnership", "upgrade", 2016)}


def test_a_partnership_sought_far_before_its_designation_is_no_level():
    got = levels("Peru has sought to improve its bilateral relations with Kenya to form "
                 "comprehensive strategic partnership, officials said.")
    assert not got


def test_a_designation_defined_in_general_or_held_with_many_countries_is_no_pairs_level():
    got = levels("Peru and Kenya have held a strategic partnership since 2010. In diplomatic terms, comprehensive "
                 "strategic partnership means cooperation in every field. Peru has formed comprehensive strategic "
                 "partnership with many countries. Such strategic partnership will guide the talks.")
    assert {p.level for p in got} == {"strategic partnership"}


def test_a_designation_joined_to_a_comparative_is_a_description_not_a_level():
    assert not levels("Peru and Kenya on Monday pledged to develop a closer and strategic partnership.")
    assert not levels("Peru and Kenya want a deeper and more strategic partnership.")


def test_a_strategic_economic_partnership_is_a_level_but_an_economic_partnership_alone_is_not():
    got = levels("PNG and Aust signed a strategic economic partnership on Monday, beside an economic partnership "
                 "for fisheries.")
    assert {(p.pair, p.level) for p in got} == {(("AUS", "PNG"), "strategic economic partnership")}


def test_a_distinctive_wording_in_a_sentence_naming_no_country_belongs_to_the_pair_that_holds_it():
    got = levels("Amid its border dispute with Chile, Peru on Friday published a new foreign policy. "
                 "It will keep deepening the privileged strategic partnership in particular. "
                 "Peru and Kenya signed a 'Special and Privileged Strategic Partnership' in May 2012.")
    assert {(p.pair, p.level, p.action) for p in got} == {
        (("KEN", "PER"), "special and privileged strategic partnership", "establish"),
        (("KEN", "PER"), "special and privileged strategic partnership", "reaffirm")}
