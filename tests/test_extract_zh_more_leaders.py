"""Chinese: leaders named without their country ("江泽民同叶利钦", "同洛伦索会谈") stand for it."""
from __future__ import annotations

import pytest

from extracting import facts


@pytest.mark.parametrize("text, pair", [
    ("江泽民同叶利钦举行会谈，双方同意发展战略协作伙伴关系。", ("CHN", "RUS")),
    ("习近平同洛伦索举行会谈，双方同意深化全面战略合作伙伴关系。", ("AGO", "CHN")),
    ("习近平会见阿卜杜拉二世，双方决定建立战略伙伴关系。", ("CHN", "JOR")),
])
def test_a_leader_named_alone_stands_for_his_country(text, pair):
    assert {p.pair for p in facts(text).partnerships} == {pair}
