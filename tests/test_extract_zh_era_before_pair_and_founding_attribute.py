"""Chinese designations with the era before the pair's compound ("新时代中俄全面战略协作伙伴关系",
"新时期中南…"), and a founding told as an attribute before today's designation ("自2014年…开始的…").
"""
from __future__ import annotations

from extracting import facts, level_actions


def test_new_era_before_the_pair_compound_belongs_to_the_designation():
    assert set(level_actions("两国元首同意推动新时代中俄全面战略协作伙伴关系持续发展。")) == {
        (("CHN", "RUS"), "comprehensive strategic partnership of coordination for a new era")}


def test_new_period_before_the_pair_compound_is_the_new_era():
    assert set(level_actions("外长将访问南非，推动新时期中南全面战略伙伴关系取得更大发展。")) == {
        (("CHN", "ZAF"), "comprehensive strategic partnership for a new era")}


def test_an_era_that_only_opens_the_clause_is_no_part_of_the_designation():
    assert set(level_actions("两国关系进入新时代，中俄全面战略协作伙伴关系不断深化。")) == {
        (("CHN", "RUS"), "comprehensive strategic partnership of coordination")}


def test_a_founding_year_told_before_the_designation_is_a_fact_beside_today():
    got = {(p.pair, p.action, p.year) for p in facts("秘鲁愿同中国深化自2013年两国元首会晤时建立的全面战略伙伴关系。").partnerships}
    assert got == {(("CHN", "PER"), "reaffirm", None), (("CHN", "PER"), "establish", 2013)}


def test_a_founding_verb_with_its_year_stays_one_fact():
    got = {(p.pair, p.action, p.year) for p in facts("部长说,中秘自2013年建立全面战略伙伴关系以来,合作不断扩大。").partnerships}
    assert got == {(("CHN", "PER"), "establish", 2013)}
