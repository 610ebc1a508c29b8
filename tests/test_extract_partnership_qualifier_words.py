"""Qualifier words of partnership designations (our own sentences): "forward-looking" joined by "and" to the
qualifiers of a strategic designation belongs to it; alone it describes ties and names no level."""
from __future__ import annotations

from extracting import facts


def levels(text: str, published: str = "2024-05-20") -> list:
    return sorted((p.pair, p.level, p.action) for p in facts(text, published).partnerships)


def test_forward_looking_joined_by_and_is_part_of_the_designation():
    got = levels("Ghana and Peru pledged on Monday to deepen their comprehensive and forward-looking global "
                 "strategic partnership.")
    assert got == [(("GHA", "PER"), "comprehensive and forward-looking global strategic partnership", "reaffirm")]


def test_forward_looking_alone_is_no_designation():
    got = levels("Ghana and Peru pledged on Monday to build a forward-looking partnership in trade.")
    assert got == []
