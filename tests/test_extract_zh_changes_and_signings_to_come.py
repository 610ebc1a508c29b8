"""Chinese modality: a raise of level the sides wish for, agree to make "in due time" or to study ("希望将…提升为",
"同意适时将…提升为", "研究将…提升为") is no level yet, while "宣布将…提升为" is the raise itself; a signing
to be done soon, by a date, one side intends or considers ("尽早签署", "应于年内签署", "有意签署", "考虑签署") and a document's
talks ("签署投资协定的谈判") and a signing postponed ("推迟") are no signed document (kg/extract/pack/partnership.py, kg/lexicons/zh)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2025, 3, 14)


def _facts(text: str):
    return extract(Article(text=text, published=DAY, lang="zh"))


def _signed(text: str) -> list:
    return [a.type for a in _facts(text).agreements if a.status == "signed"]


def test_a_raise_agreed_for_due_time_is_no_level_yet():
    assert _facts("两国元首同意适时将越南和老挝关系提升为全面战略伙伴关系。").partnerships == ()


def test_a_raise_the_sides_agree_to_study_is_no_level_yet():
    assert _facts("越南和印尼一致同意研究将双边关系提升为全面战略伙伴关系。").partnerships == ()


def test_a_raise_one_side_wishes_for_is_no_level_yet():
    assert _facts("泰国总理表示，希望将泰国和马来西亚关系提升为全面战略伙伴关系。").partnerships == ()


def test_a_raise_announced_with_jiang_is_the_raise_itself():
    facts = _facts("两国元首宣布，将埃及和约旦关系提升为全面战略伙伴关系。").partnerships
    assert [(f.level, f.action) for f in facts] == [("comprehensive strategic partnership", "upgrade")]


def test_a_signing_to_be_done_soon_is_not_signed():
    assert _signed("双方同意尽早签署越南和老挝关于农业合作的谅解备忘录。") == []


def test_a_signing_due_within_the_year_is_not_signed():
    assert _signed("巴西和阿根廷应于年内签署投资协定。") == []


def test_a_signing_one_side_intends_is_not_signed():
    assert _signed("埃及和约旦有意签署旅游合作备忘录。") == []


def test_a_meaningful_signing_is_signed():
    assert _signed("埃及和约旦签署了具有重要意义的旅游合作备忘录，这一文件很有意义。") == ["memorandum"]


def test_the_talks_on_a_document_are_no_signing():
    assert _signed("巴西和阿根廷签署投资协定的谈判已进入最后阶段。") == []


def test_a_signing_ceremony_postponed_is_no_signing():
    assert _signed("埃及和约旦贸易协定签字仪式推迟。") == []


def test_a_signing_considered_is_not_signed():
    assert _signed("埃及和约旦考虑签署投资保护协定。") == []
