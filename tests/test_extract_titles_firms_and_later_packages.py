"""A second counted package after a first one, a titled joint text between two firms, capitalised words that name
no document, and a purchase deal."""
from __future__ import annotations

from extracting import facts

PAIR = ("GHA", "SEN")


def docs(f, status="signed"):
    return sorted(((a.pair, a.type) for a in f.agreements if a.status == status), key=str)


def test_a_lone_counted_package_after_another_is_another_package():
    f = facts("Six agreements on cooperation in finance, industry and air transport were inked by Ghana and Senegal "
              "during the visit of the Senegalese president to Accra last year.\n"
              "The Ghanaian and Senegalese education ministers signed four memoranda of understanding.")
    assert docs(f) == [(PAIR, "agreement"), (PAIR, "memorandum")]


def test_a_titled_joint_statement_between_two_firms_is_no_document_of_the_pair():
    f = facts("Ghana and Senegal signed a memorandum of understanding on gold mining on Tuesday.\n"
              "The need for it was also stressed in the Joint Statement for Cooperation on Critical Minerals between "
              "the Ghana Minerals Development Corporation and the state-owned Senegalese mining holding.")
    assert docs(f) == [(PAIR, "memorandum")]


def test_a_heading_with_a_vague_count_or_new_before_the_noun_names_no_document():
    f = facts("Ghana and Senegal signed a treaty on border cooperation in Accra on Monday.\n"
              "New Treaty\n"
              "The treaty replaces the border accord the two countries signed in 1975.")
    assert not any(a.name == "New Treaty" for a in f.agreements)
    f = facts("Ghana and Senegal signed a letter of intent on defence on Monday.\n"
              "Multiple Agreements Signed Beyond Defence\n"
              "The two countries also signed an agreement on space research.")
    assert not any(a.name for a in f.agreements)


def test_a_purchase_deal_is_a_firms_deal():
    f = facts("Ghana and Senegal signed a memorandum of understanding on health on Monday.\n"
              "Energy ties saw significant advancement through a gas purchase deal.")
    assert docs(f) == [(PAIR, "memorandum")]
