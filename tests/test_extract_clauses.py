"""Clauses around documents and fields: negation, modality, scope, lists, documents named over
several sentences and their dates. One fixture per construction (tests/fixtures/constructions/,
our own words); each mirrors a kind of miss seen on real articles."""
from __future__ import annotations

import collections
import datetime as dt
import functools
from pathlib import Path

import pytest

from kg.extract import extract
from kg.facts import Article

FIXTURES = Path(__file__).parent / "fixtures" / "constructions"
PUBLISHED = dt.date(2025, 6, 13)  # a Friday
TUESDAY, THURSDAY = dt.date(2025, 6, 10), dt.date(2025, 6, 12)


def facts(name: str):
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    return extract(Article(text=text, id=name, published=PUBLISHED))


@functools.lru_cache(maxsize=1)
def _broader() -> dict:
    import rdflib
    from rdflib.namespace import SKOS

    from kg.vocab import ontology_files

    g = rdflib.Graph()
    for f in ontology_files():
        g.parse(f, format="turtle")
    return {str(s).rsplit("/", 1)[1]: str(o).rsplit("/", 1)[1] for s, o in g.subject_objects(SKOS.broader)
            if "/field/" in str(s)}


def top(field: str) -> str:
    up = _broader()
    while field in up:
        field = up[field]
    return field


def tops(fields) -> set:
    return {top(f) for f in fields}


def coop(f, pair) -> set:
    return {top(c.field) for c in f.cooperation if c.pair == pair}


def docs(f, pair, status="signed") -> collections.Counter:
    return collections.Counter(a.type for a in f.agreements if a.pair == pair and a.status == status)


def only(f, pair, type_):
    (a,) = [a for a in f.agreements if a.pair == pair and a.type == type_ and a.status == "signed"]
    return a


GP, KN, CV, JN = ("GHA", "PER"), ("KEN", "NOR"), ("CHL", "VNM"), ("JPN", "NPL")


# ---------------------------------------------------------------- negation and modality
def test_a_document_not_signed_failed_or_rejected_is_no_agreement_and_no_cooperation():
    f = facts("negated_signing")
    assert not docs(f, GP)
    assert not coop(f, GP) & {"economy", "agriculture"}


def test_no_agreement_reached_and_leaving_without_a_statement_give_nothing():
    f = facts("no_agreement_reached")
    assert not docs(f, KN)
    assert "connectivity" not in coop(f, KN)


def test_expected_hoped_and_negotiated_documents_are_planned_but_their_fields_are_cooperation():
    f = facts("planned_documents")
    assert not docs(f, CV)
    assert docs(f, CV, "planned") == {"memorandum": 1, "agreement": 1, "treaty": 1}
    assert {"health", "trade", "investment"} <= coop(f, CV)


def test_documents_expected_to_be_finalised_later_in_the_sentence_are_planned():
    f = facts("expected_after_noun")
    assert not docs(f, JN)
    assert docs(f, JN, "planned")["memorandum"] == 1
    assert {"agriculture", "humanitarian"} <= coop(f, JN)


def test_an_approval_to_sign_is_no_signed_agreement():
    f = facts("approval_to_sign")
    assert not docs(f, ("CHL", "OMN"))


def test_a_signing_still_to_come_ordered_or_awaited_is_no_signed_agreement():
    f = facts("signing_awaited")
    assert not docs(f, KN)
    assert docs(f, KN, "planned") == {"agreement": 2, "treaty": 1}


def test_a_package_counted_again_past_its_adjectives_is_the_same_package():
    f = facts("package_counted_again")
    assert docs(f, KN) == {"memorandum": 1}
    assert [a.count for a in f.agreements if a.pair == KN] == [4]


def test_a_deal_of_a_firms_arm_or_a_state_owned_firm_is_no_agreement_of_the_pair():
    assert docs(facts("company_arm_deal"), KN) == {"agreement": 1}


def test_a_qualified_consensus_in_the_passive_and_deals_still_to_follow_are_no_documents():
    f = facts("consensus_and_later_deals")
    assert docs(f, KN) == {"memorandum": 1}
    assert docs(f, KN, "planned") == {"agreement": 1}


def test_a_statement_spoken_to_the_press_is_no_document_but_one_issued_is():
    assert docs(facts("spoken_statements"), KN) == {"joint-statement": 1}


def test_a_definite_plural_signed_with_no_document_before_it_is_a_document_and_later_tells_it_again():
    assert docs(facts("definite_plural_first"), KN) == {"memorandum": 1}


# ---------------------------------------------------------------- scope
def test_a_documents_fields_stop_at_its_own_clause():
    f = facts("scope_two_clauses")
    a = only(f, GP, "agreement")
    assert not tops(a.fields) & {"mining", "energy", "health"}


def test_an_abbreviation_in_parentheses_and_a_memorandum_of_agreement_are_one_document_each():
    f = facts("abbreviation_same_document")
    assert docs(f, KN) == {"memorandum": 3}


def test_field_words_inside_a_bodys_name_are_no_fields_and_its_treaty_word_no_treaty():
    f = facts("names_not_fields")
    assert not coop(f, KN) & {"economy", "science-technology", "defence-security"}
    assert not docs(f, KN)


def test_a_reporting_source_a_context_environment_and_a_slogan_are_no_fields():
    f = facts("reporting_not_media")
    pair = ("KEN", "OMN")
    assert tops(only(f, pair, "memorandum").fields) == {"agriculture"}
    assert not coop(f, pair) & {"culture", "environment", "economy"}


def test_a_field_word_after_military_is_defence_only():
    f = facts("military_modifier")
    assert tops(only(f, CV, "agreement").fields) == {"defence-security"}
    assert not coop(f, CV) & {"education", "health"}


# ---------------------------------------------------------------- lists of fields
def test_areas_listed_after_a_colon_clause_by_clause_are_the_documents_fields():
    f = facts("colon_list")
    want = {"defence-security", "trade", "connectivity", "culture"}
    assert want <= coop(f, GP)
    assert want <= tops(only(f, GP, "agreement").fields)


def test_pillars_named_after_namely_are_cooperation():
    f = facts("pillars_namely")
    assert {"trade", "investment", "defence-security", "energy", "culture"} <= coop(f, KN)


def test_a_roadmap_adopted_with_chapters_listed_by_semicolons():
    f = facts("semicolon_roadmap")
    want = {"trade", "finance", "science-technology", "environment", "defence-security"}
    assert want <= tops(only(f, CV, "plan").fields)
    assert want <= coop(f, CV)


# ---------------------------------------------------------------- documents over several sentences
def test_a_package_takes_the_fields_a_later_sentence_gives_it():
    f = facts("package_fields_later")
    a = only(f, GP, "agreement")
    assert a.count == 12
    assert {"agriculture", "health", "education"} <= tops(a.fields)
    assert a.date == THURSDAY


def test_a_treaty_takes_the_fields_a_later_sentence_gives_it():
    f = facts("treaty_fields_later")
    assert {"trade", "culture", "defence-security"} <= tops(only(f, KN, "treaty").fields)


def test_this_roadmap_adds_fields_to_the_roadmap_adopted_before():
    f = facts("roadmap_fields_later")
    assert {"culture", "trade", "health"} <= tops(only(f, CV, "plan").fields)


def test_a_package_named_in_later_sentences_gives_the_named_documents_only():
    f = facts("package_then_named")
    assert docs(f, GP) == {"memorandum": 3}
    assert sorted(sorted(tops(a.fields)) for a in f.agreements if a.pair == GP) == [
        ["agriculture"], ["connectivity"], ["energy"]]


def test_a_generic_deal_named_later_as_a_plan_is_one_document():
    f = facts("generic_then_specific")
    assert docs(f, KN) == {"plan": 1}


def test_two_mentions_of_one_counted_package_are_one_document():
    f = facts("same_package_twice")
    assert docs(f, CV)["memorandum"] == 1


def test_a_partnership_signed_as_a_document_is_an_agreement_of_type_other():
    f = facts("partnership_signed")
    years = sorted(a.year for a in f.agreements if a.pair == JN and a.type == "other" and a.status == "signed")
    assert years == [1998, 2005]


# ---------------------------------------------------------------- dates
def test_an_agreement_signed_on_a_weekday_takes_that_day():
    f = facts("agreement_weekday")
    assert only(f, GP, "memorandum").date == TUESDAY


def test_a_document_signed_at_the_meeting_takes_its_day_and_an_old_treaty_only_its_year():
    f = facts("agreement_event_day")
    assert only(f, KN, "memorandum").date == TUESDAY
    old = only(f, KN, "treaty")
    assert (old.date, old.year) == (None, 1998)


def test_a_day_of_the_month_alone_takes_the_published_month():
    f = facts("agreement_day_of_month")
    assert only(f, CV, "agreement").date == TUESDAY


def test_an_ordinal_before_a_noun_is_no_day_of_the_month():
    assert only(facts("ordinal_not_day"), GP, "agreement").date is None


def test_a_day_of_the_month_still_to_come_is_in_the_month_before():
    assert only(facts("day_of_month_last_month"), KN, "memorandum").date == dt.date(2025, 5, 28)


def test_reaching_an_agreement_is_a_consensus_but_a_fisheries_agreement_is_a_document():
    f = facts("consensus_not_document")
    assert docs(f, KN) == {"agreement": 1}
    assert tops(only(f, KN, "agreement").fields) == {"agriculture"}


def test_a_statement_about_partnerships_in_general_gives_no_cooperation():
    f = facts("generic_statement")
    assert not coop(f, KN)


def test_an_appositive_after_a_named_document_is_that_document_and_an_accented_name_is_a_name():
    f = facts("appositive_document")
    assert docs(f, CV) == {"treaty": 2}
    assert "Ñuble Treaty" in {a.name for a in f.agreements}


def test_a_document_named_again_is_the_same_document_even_beside_a_third_country():
    f = facts("named_again")
    assert docs(f, GP) == {"agreement": 1, "treaty": 1}
    assert not docs(f, ("BRA", "GHA")) and not docs(f, ("BRA", "PER"))
    assert only(f, GP, "agreement").date == TUESDAY
    assert docs(f, ("GHA", "SEN"), "planned") == {"agreement": 1}


def test_an_exercise_held_by_the_pair_is_defence_cooperation():
    assert coop(facts("joint_exercise"), KN) == {"defence-security"}


def test_a_statement_the_pair_adopted_or_the_text_names_is_a_joint_statement_but_not_one_sides_statement():
    f = facts("statement_adopted_or_named")
    assert docs(f, KN) == {"joint-statement": 1}
    assert only(f, KN, "joint-statement").date == TUESDAY
    assert docs(f, GP) == {"joint-statement": 2}


def test_a_cabinets_approval_or_renewal_of_a_document_is_a_signed_document_but_of_a_draft_is_not():
    f = facts("cabinet_approvals")
    assert docs(f, KN) == {"agreement": 1, "memorandum": 1}
    assert not docs(f, ("GHA", "KEN"))


def test_a_plural_document_noun_and_a_bare_second_noun_are_one_counted_package():
    f = facts("mixed_package")
    assert docs(f, KN) == {"agreement": 1}
    assert only(f, KN, "agreement").count == 9


def test_one_sides_national_or_own_plan_is_no_document_of_the_pair():
    assert docs(facts("one_sides_own_plan"), KN) == {"memorandum": 1}


def test_a_partnership_plan_of_a_year_and_a_roadmap_that_has_been_established_are_plans():
    f = facts("plan_established")
    assert docs(f, KN) == {"plan": 2}
    assert sorted((a.year or a.date.year, tuple(sorted(tops(a.fields)))) for a in f.agreements if a.pair == KN) == [
        (2011, ()), (2025, ("education", "health", "trade"))]


def test_other_documents_that_include_plural_documents_name_more_of_the_package():
    f = facts("other_documents_include")
    assert docs(f, KN) == {"memorandum": 2}
    assert sorted(sorted(tops(a.fields)) for a in f.agreements if a.pair == KN) == [
        ["agriculture"], ["connectivity", "energy"]]


def test_country_names_glued_on_to_a_word_in_a_corridors_name_are_no_parties():
    f = facts("corridor_name")
    assert docs(f, KN) == {"memorandum": 1, "agreement": 1}
    assert {a.pair for a in f.agreements} == {KN}


def test_deals_expected_or_coordinated_with_planned_documents_are_not_signed():
    f = facts("expected_on_deals")
    assert docs(f, KN) == {"memorandum": 1}
    assert not docs(f, GP)


def test_a_plan_of_consultations_is_a_plan():
    assert docs(facts("plan_of_consultations"), KN) == {"plan": 1}


def test_a_document_named_in_particular_after_a_package_is_the_entry_instead_of_the_package():
    f = facts("package_in_particular")
    assert docs(f, KN) == {"memorandum": 1}
    assert only(f, KN, "memorandum").name == "Memorandum on Polar Research"


def test_a_document_concluded_with_the_country_a_relative_clause_follows_is_that_pairs():
    f = facts("with_which_party")
    assert docs(f, ("GHA", "KEN")) == {"treaty": 1}
    assert not docs(f, KN) and not docs(f, ("KEN", "PER"))
