"""Counted packages of memoranda as briefings word them: the plural said on the phrase's last word
("8 Memorandum of Understandings") and the same package told again as an "exchange" of documents."""
from __future__ import annotations

from extracting import facts


def docs(f):
    return sorted(((a.pair, a.type, a.count) for a in f.agreements), key=str)


def test_memorandum_of_understandings_with_a_count_is_one_counted_package():
    f = facts("Chile has signed 5 Memorandum of Understandings (MoUs) with the Peruvian government, "
              "a spokesman told reporters.")
    assert docs(f) == [(("CHL", "PER"), "memorandum", 5)]


def test_a_package_retold_as_an_exchange_of_the_same_count_is_one_entry():
    f = facts("Chile has signed 5 Memorandum of Understandings with Peru, the ministry said. "
              "The spokesman added that there was an exchange of as many as 5 MoUs.")
    assert docs(f) == [(("CHL", "PER"), "memorandum", 5)]


def test_a_singular_memorandum_of_understanding_is_not_a_package():
    f = facts("Chile and Peru signed a Memorandum of Understanding on fisheries on Tuesday.")
    assert docs(f) == [(("CHL", "PER"), "memorandum", None)]


def test_a_counted_package_named_one_by_one_later_is_only_its_named_documents():
    f = facts("During the Peruvian president's visit to Chile, the two countries issued a joint statement and "
              "signed four cooperation deals. On this occasion, Chile and Peru signed an agreement on customs and three memoranda of understanding "
              "on mining, fisheries and tourism.")
    assert docs(f) == [(("CHL", "PER"), "agreement", None), (("CHL", "PER"), "joint-statement", None),
                       (("CHL", "PER"), "memorandum", 3)]


def test_a_counted_package_with_fewer_documents_named_later_stays_a_package():
    f = facts("Chile and Peru signed six cooperation deals on Monday. "
              "Chile and Peru also signed a memorandum of understanding on fisheries.")
    assert (("CHL", "PER"), "agreement", 6) in docs(f)


def test_technical_education_is_vocational_training_not_technology():
    f = facts("Chile and Peru signed two memoranda of understanding to enhance cooperation in technical "
              "education and fisheries on Tuesday.")
    assert {c.field for c in f.cooperation} == {"vocational-training", "fisheries"}


def test_an_agreement_on_crime_prevention_is_law_enforcement():
    f = facts("Chile and Peru signed an agreement on crime prevention on Tuesday.")
    assert [a.fields for a in f.agreements] == [("law-enforcement",)]
