"""Documents in force, negotiated or only reached: "implement the roadmap" names one adopted before; an
agreement still negotiated (or one talks may lead to) is not signed; "agreements already reached by the
leaders" are an understanding; "a press release said" releases no document; "the talks led to agreements in
A and B" tells documents made; a list opened by ":-" names its documents one by one."""
from __future__ import annotations

from extracting import facts, signed_docs

PAIR = ("NOR", "PER")


def test_implementing_the_roadmap_names_a_plan_in_force():
    f = facts("Norway and Peru held talks in Lima on Monday.\n"
              "The two ministers will jointly implement the roadmap of their bilateral cooperation, the Peruvian side said.")
    assert signed_docs(f) == [(PAIR, "plan")]
    assert next(a for a in f.agreements if a.type == "plan").date is None


def test_progress_of_a_named_roadmap_names_a_plan_in_force():
    f = facts("Norway and Peru held talks in Lima on Monday.\n"
              "The ministers reviewed progress under Roadmap 2035 and praised the growth of fisheries.")
    assert signed_docs(f) == [(PAIR, "plan")]


def test_implementation_of_joint_declarations_names_them():
    f = facts("Norway and Peru held talks in Lima on Monday.\n"
              "The foreign ministers called for the implementation of the joint declarations of the two presidents.")
    assert signed_docs(f) == [(PAIR, "joint-declaration")]


def test_carrying_out_other_programmes_is_no_document():
    f = facts("Norway has long helped Peru build schools, roads and carry out other programs aimed at rural jobs, "
              "the Norwegian envoy said.")
    assert signed_docs(f) == []


def test_a_trade_agreement_under_negotiation_is_not_signed():
    f = facts("Norway and Peru stressed the importance of resuming the Free Trade Agreement negotiations soon to "
              "settle the remaining issues, leading to a balanced and forward looking Free Trade Agreement.")
    assert signed_docs(f) == []


def test_talks_that_may_lead_to_a_deal_sign_none():
    f = facts("The ministers of Norway and Peru asked their teams to settle the open issues, leading to a fair "
              "and modern investment agreement.")
    assert signed_docs(f) == []


def test_agreements_already_reached_by_the_leaders_are_an_understanding():
    f = facts("The prime ministers of Norway and Peru pledged to step up agreements already reached by the "
              "leaders of the two countries and to exchange more visits.")
    assert signed_docs(f) == []


def test_a_press_release_releases_no_document():
    f = facts("Norway and Peru agreed to raise their ties to a strategic partnership.\n"
              "The agreement is a result of the visit of the Peruvian president to Oslo, a press release from the "
              "Norwegian foreign ministry said on Tuesday.")
    assert signed_docs(f) == []


def test_talks_that_led_to_agreements_in_fields_made_documents():
    f = facts("The presidents of Norway and Peru met in Oslo on Friday. The discussions led to agreements in areas "
              "such as shipping, fisheries and research.", published="2025-06-14")
    assert signed_docs(f) == [(PAIR, "agreement")]


def test_a_list_opened_by_colon_dash_names_each_document():
    f = facts("The presidents of Norway and Peru met in Lima on Friday.\n"
              "The two leaders then witnessed the signing of the following two instruments:-\n"
              "Memorandum of Understanding (MOU) on cooperation in fisheries and aquaculture\n"
              "Memorandum of Understanding (MOU) on cooperation in higher education\n"
              "Both leaders pledged to carry them out swiftly.")
    assert signed_docs(f) == [(PAIR, "memorandum"), (PAIR, "memorandum")]


def test_the_existing_memorandum_is_a_document_in_force():
    f = facts("The joint commission of Norway and Peru met in Oslo on Wednesday.\n"
              "He urged officials to assess the decisions of the last session and existing MOU to guide the way "
              "forward.")
    assert signed_docs(f) == [(PAIR, "memorandum")]


def test_existing_agreements_counted_stay_a_tally():
    f = facts("Norway and Peru said they would build on 12 existing agreements between the two countries.")
    assert signed_docs(f) == []


def test_high_level_agreements_are_the_leaders_understandings():
    f = facts("Norway and Peru held talks in Lima on Monday.\n"
              "The minister hoped for the steady implementation of high-level agreements and joint declarations.")
    assert signed_docs(f) == [(PAIR, "joint-declaration")]
