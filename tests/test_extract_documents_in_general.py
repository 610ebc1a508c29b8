"""Document nouns that name no document of the pair: one the text itself calls multilateral ("this multilateral
accord"), and documents in general after "any" ("agreed not to enter
into any agreements that would ...")."""
from tests.extracting import facts, signed_docs


def test_a_document_the_text_calls_multilateral_is_not_the_pairs():
    f = facts("Brazil and Canada discussed the grain market on Monday. The ministers said that this multilateral "
              "accord, concluded with the support of both governments, would calm prices.")
    assert signed_docs(f) == []


def test_documents_after_any_are_documents_in_general():
    f = facts("Fiji and Japan signed a maritime security agreement on Tuesday. Both governments also agreed not "
              "to enter into any agreements that would weaken it.")
    assert signed_docs(f) == [(("FJI", "JPN"), "agreement")]

