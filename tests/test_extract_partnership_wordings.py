"""Designations and events as real reports word them: an ending without its article, a name's setting,
a roll of partners after a described group, and one change told in two wordings."""
from tests.extracting import facts


def _levels(text, published="2024-03-20"):
    return {(p.pair, p.level, p.action) for p in facts(text, published=published).partnerships}


def test_new_era_ending_without_article_belongs_to_the_level():
    got = _levels("Peru and Ghana agreed on Tuesday to lift relations to a comprehensive strategic partnership "
                  "of coordination for new era.")
    assert got == {(("GHA", "PER"), "comprehensive strategic partnership of coordination for new era", "upgrade")}


def test_title_case_name_stops_before_its_setting():
    got = _levels("Peru and Ghana released a Joint Statement on Deepening the Comprehensive Strategic Partnership "
                  "for the New Era in the Context of the 20th Anniversary of Their Relations.")
    assert [lvl for _, lvl, _ in got] == ["comprehensive strategic partnership for the new era"]


def test_roll_after_members_of_a_body_gives_one_fact_per_listed_partner():
    got = _levels("Ghana has strategic partnerships with the other two members of the West Coast Council - "
                  "Peru and Chile.")
    assert {p for p, _, _ in got} == {("CHL", "GHA"), ("GHA", "PER")}


def test_roll_after_nations_and_territories_including():
    got = _levels("Ghana has strategic partnerships with 14 nations and territories, including Peru and Chile.")
    assert {p for p, _, _ in got} == {("CHL", "GHA"), ("GHA", "PER")}


def test_one_upgrade_told_short_then_by_its_full_name_is_one_event():
    f = facts("Peru and Ghana raised their ties to a comprehensive strategic partnership on Tuesday. Officials "
              "said the comprehensive strategic partnership for growth and shared prosperity opens a new chapter.",
              published="2024-03-20")
    assert [(p.level, p.action, str(p.date)) for p in f.partnerships] == [
        ("comprehensive strategic partnership for growth and shared prosperity", "upgrade", "2024-03-19")]


def test_later_generic_mention_adds_no_second_lower_event():
    got = _levels("Peru and Ghana celebrated their all-weather strategic partnership on Tuesday. Trade between "
                  "the two countries has doubled, and their strategic partnership is a model for the region.")
    assert got == {(("GHA", "PER"), "all-weather strategic partnership", "reaffirm")}


def test_earlier_step_of_the_ladder_stays_its_own_event():
    got = _levels("Peru and Ghana elevated ties to a comprehensive partnership in 2011. On Tuesday they raised "
                  "them to a comprehensive strategic partnership.")
    assert {lvl for _, lvl, _ in got} == {"comprehensive partnership", "comprehensive strategic partnership"}


def test_anniversary_of_a_launch_is_the_founding_and_todays_level():
    got = _levels("On Monday Ghana's president hailed the 20th anniversary of the launch of the Ghana-Peru "
                  "Strategic Partnership.")
    assert got == {(("GHA", "PER"), "strategic partnership", "establish"),
                   (("GHA", "PER"), "strategic partnership", "reaffirm")}


def test_anniversary_of_a_replaced_level_keeps_only_its_founding():
    got = _levels("Peru and Ghana raised their ties to a comprehensive strategic partnership on Tuesday. This "
                  "year they mark the 5th anniversary of the establishment of the comprehensive partnership.")
    assert got == {(("GHA", "PER"), "comprehensive strategic partnership", "upgrade"),
                   (("GHA", "PER"), "comprehensive partnership", "establish")}


def test_quoted_level_of_a_partnership_is_the_partnership():
    got = _levels('Peru and Ghana agreed on Tuesday to elevate their relations to "the level of a strategic '
                  'partnership," the minister said.')
    assert got == {(("GHA", "PER"), "strategic partnership", "upgrade")}


def test_reordered_wording_of_todays_level_folds_into_the_fuller_one():
    got = _levels("Ghana's president came to Peru on Tuesday to discuss their global strategic partnership. "
                  "The two leaders pledged to develop ties under the Ghana-Peru Special Strategic Global Partnership.")
    assert {lvl for _, lvl, _ in got} == {"special strategic global partnership"}


def test_preparing_a_partnership_founds_nothing_yet():
    assert _levels("Ghana and Peru are preparing to establish a strategic partnership.") == set()
    assert _levels("The main topic was the preparations for the launch of the Strategic Partnership between "
                   "Ghana and Peru.") == set()


def test_regarding_the_other_as_a_strategic_partner_states_the_level():
    assert _levels("Ghana regards Peru as a strategic partner, the president said.") == {
        (("GHA", "PER"), "strategic partnership", "reaffirm")}
    assert _levels("Ghana sees Peru as an important comprehensive strategic partner.") == {
        (("GHA", "PER"), "comprehensive strategic partnership", "reaffirm")}


def test_a_ladder_designation_with_no_modifier_is_read_whole():
    got = _levels("Peru and Ghana agreed on Tuesday on a partnership of strategic coordination.")
    assert [lvl for _, lvl, _ in got] == ["partnership of strategic coordination"]


def test_a_short_bare_partnership_of_plain_prose_is_no_level():
    assert _levels("Peru and Ghana built a partnership of cooperation in fisheries on Tuesday.") == set()
