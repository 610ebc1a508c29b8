"""Chinese: a level in a clause opened by a word for the present ("目前", "如今") is today's statement,
a fact of its own beside the history the sentence names; a bloc after "在" is the scope a partner
stands in, not the level's other side (kg/extract/pack/partnership.py, kg/lexicons/zh/pack.toml)."""
from __future__ import annotations

from extracting import facts


def _facts(text: str) -> set:
    return {(p.pair, p.level, p.action, p.year) for p in facts(text).partnerships}


def test_today_beside_the_years_of_a_history_is_its_own_reaffirmation():
    text = "巴西和阿根廷于2008年建立全面伙伴关系，2015年升级为战略伙伴关系，如今两国战略伙伴关系日益密切。"
    assert _facts(text) == {(("ARG", "BRA"), "comprehensive partnership", "establish", 2008),
                            (("ARG", "BRA"), "strategic partnership", "upgrade", 2015),
                            (("ARG", "BRA"), "strategic partnership", "reaffirm", None)}


def test_the_only_strategic_partner_within_a_bloc_is_the_pairs_level():
    text = "泰国和老挝关系密切。两国2012年升级为战略伙伴关系，目前泰国是老挝在东盟唯一的战略伙伴。"
    assert _facts(text) == {(("LAO", "THA"), "strategic partnership", "upgrade", 2012),
                            (("LAO", "THA"), "strategic partnership", "reaffirm", None)}


def test_a_history_alone_stays_one_fact():
    assert _facts("巴西和阿根廷于2015年建立战略伙伴关系。") == {
        (("ARG", "BRA"), "strategic partnership", "establish", 2015)}


def test_a_bloc_as_the_other_side_is_still_no_pair_level():
    assert _facts("2018年是中国与东盟建立战略伙伴关系15周年，也是中国与柬埔寨建交60周年。") == set()
