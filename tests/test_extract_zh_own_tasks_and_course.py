"""Chinese clauses about one side's own course are no cooperation: the tasks each side faces at home
("都面临着…的任务"), a project fitting one side's own direction ("符合X的…方向"), one side's rise in a
field ("X在…领域崛起") (kg/lexicons/zh/pack.toml: own_effort, praise)."""
from __future__ import annotations

from extracting import facts, tops


def test_the_tasks_both_sides_face_at_home_are_no_field():
    assert tops(facts("习近平指出，中国和埃及都面临着推动经济转型、改善民生的任务。")) == set()


def test_a_clause_of_working_together_after_the_tasks_keeps_its_fields():
    assert tops(facts("中国和埃及都面临着推动经济转型的任务，双方同意加强经贸合作。")) == {
        (("CHN", "EGY"), "economy"), (("CHN", "EGY"), "trade")}


def test_a_project_fitting_one_sides_own_direction_names_none_of_its_fields():
    text = "智利和阿根廷合建的铁路项目进展顺利。该项目符合阿根廷的能源转型和绿色发展方向。"
    assert tops(facts(text)) == {(("ARG", "CHL"), "connectivity")}


def test_fitting_both_countries_strategies_is_cooperation():
    assert tops(facts("越南和老挝的铁路项目符合两国的互联互通发展战略。")) == {(("LAO", "VNM"), "connectivity")}


def test_one_sides_rise_in_a_field_is_its_own_record():
    text = "泰国企业在马来西亚投资建设汽车工厂。该工厂被视为泰国在数字技术和创新领域崛起的象征。"
    assert tops(facts(text)) == {(("MYS", "THA"), "investment"), (("MYS", "THA"), "industry")}
