"""One side named as an exporter (or importer) of goods to the other trades with it in the goods' fields, also when
the goods run as a list after "of"; one side giving scholarships to, or receiving a counted number of, the other's
students is education between them. Our own text."""
from __future__ import annotations

from extracting import facts


def _fields(text: str) -> set:
    got = facts(text, "2025-06-01", title="t")
    return {(c.pair, c.field) for c in got.cooperation}


def test_an_exporter_of_goods_to_the_other_trades_in_them():
    got = _fields("Peru is a leading exporter of rice to Chile.\n")
    assert (("CHL", "PER"), "trade") in got and (("CHL", "PER"), "agriculture") in got


def test_a_list_of_goods_after_of_keeps_the_direction_after_it():
    got = _fields("Ghana ranks as a top exporter of medicines, rice and machinery to Kenya.\n")
    assert (("GHA", "KEN"), "trade") in got
    assert (("GHA", "KEN"), "health") in got and (("GHA", "KEN"), "agriculture") in got


def test_an_exporter_with_no_partner_named_trades_with_no_one():
    assert _fields("Peru is the world's largest exporter of copper, and Chile held talks with Peru.\n") == set()


def test_scholarships_given_to_the_others_students_are_education():
    got = _fields("Peru awards scholarships to 40 Chilean students annually.\n")
    assert (("CHL", "PER"), "higher-education") in got


def test_a_counted_number_of_the_others_students_received_is_education():
    got = _fields("Kenya has hosted 150 Ghanaian students this year.\n")
    assert (("GHA", "KEN"), "higher-education") in got
