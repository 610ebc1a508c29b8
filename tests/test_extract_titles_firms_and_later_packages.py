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


def test_a_title_cut_inside_a_word_and_its_full_wording_are_one_joint_statement():
    f = facts("Ghana and Senegal Sign a Joint Statement on Strengthening the Ghana-Senegal Fra..\n"
              "On May 3, the two presidents signed a Joint Statement of the Republic of Ghana and the Republic of "
              "Senegal on Strengthening the Fraternal Partnership for Shared Growth in Accra.")
    assert docs(f) == [(PAIR, "joint-statement")]


def test_two_titles_that_only_share_their_first_topic_words_stay_two_documents():
    f = facts("Ghana and Senegal signed the Agreement on Cooperation in Health and the Agreement on Cooperation in "
              "Higher Education on Monday.")
    assert docs(f) == [(PAIR, "agreement")] * 2


def test_an_acronym_glossed_as_a_pact_is_the_named_document_it_abbreviates():
    f = facts("Ghana and Senegal signed the Joint Border Agreement (JBA) in July.\n"
              "The JBA, a key security pact, entered into force on Wednesday.")
    assert docs(f) == [(PAIR, "agreement")]
    f = facts("Ghana and Senegal signed the Joint Border Agreement in July.\n"
              "The JBA, a key security pact, lets patrols cross the frontier.")
    assert docs(f) == [(PAIR, "agreement")]


def test_another_acronym_glossed_as_a_pact_is_another_document():
    f = facts("Ghana and Senegal signed the Joint Border Agreement in July.\n"
              "Ghana and Senegal also signed the MLA, a legal assistance pact, on Monday.")
    assert docs(f) == [(PAIR, "agreement")] * 2


def test_a_plan_the_sides_are_still_to_build_is_no_signed_document():
    f = facts("Ghana and Senegal held talks on Monday. They agreed to implement the signed documents, including "
              "the action plan for 2020-2024, and build an action plan for 2025-2029 early.")
    assert docs(f) == [(PAIR, "plan")]
    assert docs(f, "planned") == [(PAIR, "plan")]


def test_a_visit_to_formalise_an_agreement_leaves_it_unsigned():
    f = facts("Ghana and Senegal held talks on Monday. The Ghanaian president will visit Dakar soon to formalise an "
              "economic cooperation agreement, and hopes parliament would ratify the deal next month.")
    assert docs(f) == []


def _titled(title, text):
    import datetime as dt
    from kg.extract import extract
    from kg.facts import Article
    return extract(Article(text=title + "\n\n" + text, id="t", title=title, url="u", published=dt.date(2024, 1, 10)))


def test_a_headlines_bare_pact_is_the_bodys_document_of_another_type_on_its_field():
    f = _titled("Ghana, Senegal sign defence pact",
                "Ghana and Senegal signed a letter of intent on defence cooperation on Monday. "
                "They also signed a protocol on fisheries.")
    assert docs(f) == [(PAIR, "other"), (PAIR, "protocol")]


def test_a_headlines_pact_on_a_field_no_body_document_covers_stays_its_own():
    f = _titled("Ghana, Senegal sign trade pact",
                "Ghana and Senegal signed a letter of intent on defence cooperation on Monday. "
                "They also signed a protocol on fisheries.")
    assert (PAIR, "agreement") in docs(f)
