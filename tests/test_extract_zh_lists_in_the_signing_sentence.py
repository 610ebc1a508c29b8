"""Chinese document lists inside the signing sentence ("签署了9项文件，其中包括：A、B"; "签署的协议中有…，
包括：A、B" pointing back to a package told before) and a signing's subject before its verb
("就加强农业合作签署…") (kg/extract/pack/agreement.py, kg/lexicons/zh/pack.toml)."""
from __future__ import annotations

from extracting import facts, signed_docs


def _named(text: str) -> list:
    return sorted((a.type, a.name) for a in facts(text).agreements if a.status == "signed")


def test_a_counted_package_with_its_list_after_a_colon_is_its_members():
    text = "埃及和希腊举行会谈。两国签署了6项文件，其中包括：海运合作协议、旅游合作谅解备忘录、文化交流执行计划。"
    assert _named(text) == [("agreement", "海运合作协议"), ("memorandum", "旅游合作谅解备忘录"),
                            ("plan", "文化交流执行计划")]


def test_a_colon_makes_baokuo_a_header():
    text = "智利和秘鲁外长会晤。签署的文件包括:农业合作协定、矿业合作谅解备忘录。"
    assert _named(text) == [("agreement", "农业合作协定"), ("memorandum", "矿业合作谅解备忘录")]


def test_bare_type_words_before_the_header_point_back_to_the_package_told_before():
    text = ("巴西总统与阿根廷总统举行会谈，并见证20项协定和备忘录的签署。双方还讨论了地区局势。"
            "签署的协定和备忘录中有5项为政府间文件，包括：能源合作协定、卫生合作谅解备忘录等。")
    assert signed_docs(facts(text)) == [(("ARG", "BRA"), "agreement"), (("ARG", "BRA"), "memorandum")]
    assert _named(text) == [("agreement", "能源合作协定"), ("memorandum", "卫生合作谅解备忘录")]


def test_a_joint_statement_before_a_header_stays_a_document_of_its_own():
    text = "越南和老挝发表联合声明，并签署合作文件，其中包括：教育合作协议。"
    assert signed_docs(facts(text)) == [(("LAO", "VNM"), "agreement"), (("LAO", "VNM"), "joint-statement")]


def test_the_subject_before_the_signing_verb_gives_the_documents_fields():
    f = facts("巴西和阿根廷外长就农业合作签署了谅解备忘录。")
    assert [(a.type, a.fields) for a in f.agreements] == [("memorandum", ("agriculture",))]


def test_a_second_package_on_its_own_subject_is_a_second_entry():
    text = "日本和印度举行首脑会谈，两国签署了涉及科技等领域的12项协议。同日，两国国防部长就扩大军事交流签署两项协议。"
    assert sorted(a.fields for a in facts(text).agreements) == [("defence-security",), ("science-technology",)]
