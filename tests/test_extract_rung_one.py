"""A raise to a rung named by its modifiers and "one" ("to a 'strategic' one") states that level."""
from tests.extracting import level_actions


def test_quoted_rung_with_one_is_the_level():
    got = level_actions("The visit lifted Chile-Peru ties from ‘comprehensive partnership’ to a ‘strategic’ one.")
    assert got == {(("CHL", "PER"), "strategic partnership"): "upgrade"}


def test_plain_rung_with_one_is_the_level():
    got = level_actions("Ghana and Kenya raised their relationship to a comprehensive strategic one last year.")
    assert got == {(("GHA", "KEN"), "comprehensive strategic partnership"): "upgrade"}


def test_one_without_a_raise_of_relations_is_no_level():
    assert level_actions("Ghana signed one accord with Kenya; the choice was a strategic one.") == {}
