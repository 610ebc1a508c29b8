"""Chinese: a level stated as today's ("当前", "目前") keeps the day of the report's own story (the meeting
the report is about), and none when the sentence's day is far from publication."""
from __future__ import annotations

from extracting import facts


def _dated(text: str, published: str) -> set:
    return {(p.pair, p.action, p.date and p.date.isoformat()) for p in facts(text, published).partnerships}


def test_a_level_stated_as_today_at_yesterdays_talks_takes_that_day():
    text = ("习近平昨日在北京同来访的越南国家主席举行会谈。"
            "越方表示，当前越中全面战略合作伙伴关系处于历史最好时期。")
    assert _dated(text, "2025-04-12") == {(("CHN", "VNM"), "reaffirm", "2025-04-11")}


def test_a_level_stated_as_today_beside_its_history_has_no_year_of_that_history():
    text = "巴西和阿根廷于2015年升级为战略伙伴关系，如今两国战略伙伴关系日益密切。"
    got = {(p.pair, p.action, p.year, p.date) for p in facts(text, "2025-04-12").partnerships}
    assert (("ARG", "BRA"), "reaffirm", None, None) in got
