"""The clauses stage on its own: what a clause says about a document noun (signed, planned,
negated) and where a list of fields runs on past a colon or semicolons. Our own sentences."""
from __future__ import annotations

import pytest

from kg.extract.clauses import consensus, doc_status, list_breaks, scope_end


@pytest.mark.parametrize("sentence, noun, status", [
    ("Ghana and Peru did not sign the economic partnership agreement during the visit.", "agreement", "negated"),
    ("The delegations failed to agree on a joint declaration.", "joint declaration", "negated"),
    ("A draft treaty on fisheries was rejected by the Peruvian side.", "treaty", "negated"),
    ("Talks on a shipping pact ended on Wednesday and no agreement was reached.", "agreement", "negated"),
    ("The minister flew home without a joint statement, an aide said.", "joint statement", "negated"),
    ("Although no tariff deal was signed, the ministers agreed to open talks on a wider deal.", "tariff deal", "negated"),
    ("Although no tariff deal was signed, the ministers agreed to open talks on a wider deal.", "wider deal", "planned"),
    ("Chile hopes to conclude a free trade agreement with Vietnam.", "agreement", "planned"),
    ("The two governments agreed to negotiate an investment protection treaty.", "treaty", "planned"),
    ("Nepal and Japan are discussing four MoUs on farming and relief that are expected to be finalised in May.", "MoUs", "planned"),
    ("The cabinet gave its approval for Oman and Chile to sign an agreement on air services.", "agreement", "planned"),
    ("A joint declaration had been prepared and would be issued in the evening.", "joint declaration", "planned"),
    ("The premier said they had made good progress on a fisheries agreement.", "agreement", "planned"),
    ("The ministers looked forward to the early conclusion of a customs agreement.", "agreement", "planned"),
    ("A memorandum on defence is expected to be signed during the visit.", "memorandum", "planned"),
    ("The two leaders will sign a joint declaration on Friday.", "joint declaration", "planned"),
    ("Ghana and Peru signed a memorandum on fisheries on Tuesday.", "memorandum", "signed"),
    ("No fewer than 12 agreements were signed on Monday.", "agreements", "signed"),
    ("After the talks on Monday, the two sides signed 11 cooperation documents.", "documents", "signed"),
    ("The agreement was signed after the two sides failed to agree on a border deal last year.", "agreement", "signed"),
    ("The government agreed to the adoption of sanitary protocols for beef exports.", "protocols", "signed"),
])
def test_doc_status_reads_the_documents_own_clause(sentence, noun, status):
    a = sentence.index(noun)
    assert doc_status(sentence, a, a + len(noun)) == status


def test_a_colon_after_a_list_head_and_its_short_semicolon_items_go_on():
    s = "The pact covers three areas of cooperation: defence and policing; trade and ports; and youth exchanges."
    assert [s[i] for i in sorted(list_breaks(s))] == [":", ";", ";"]


def test_a_colon_after_speech_and_a_semicolon_before_a_new_clause_end_the_clause():
    assert not list_breaks("He said: trade grew fast; the ministers also met on Friday.")


def test_and_with_a_verb_ends_a_documents_scope():
    after = " on Tuesday and discussed critical minerals and health."
    assert after[:scope_end(after)] == " on Tuesday"


@pytest.mark.parametrize("prefix, noun, is_consensus", [
    ("The two leaders reached the ", "agreement", True),
    ("They reached several important ", "agreements", True),
    ("They reached a trade ", "agreement", False),
    ("They signed the ", "agreement", False),
])
def test_reaching_an_unqualified_agreement_is_a_consensus(prefix, noun, is_consensus):
    assert consensus(prefix, noun) is is_consensus


def test_a_case_kept_modal_is_still_told_from_the_month():
    from kg.extract.clauses import doc_status
    s = "The two sides may sign an agreement on fisheries."  # only a possibility
    a = s.index("agreement")
    assert doc_status(s, a, a + len("agreement")) == "possible"
    s = "In May they signed an agreement on fisheries."  # the month, though "may they sign" reads as a modal
    a = s.index("agreement")
    assert doc_status(s, a, a + len("agreement")) == "signed"
