"""The pair's joint fight in a past tense ("fought side by side against the pandemic", "struggled together
against piracy") is cooperation in the field fought over, as "fight against" is. Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def _fields(text: str) -> set:
    return tops(facts(text))


def test_fought_side_by_side_against_a_pandemic_is_health_cooperation():
    assert (("GHA", "KEN"), "health") in _fields(
        "Ghana and Kenya fought side by side against the COVID-19 pandemic, the minister said.")


def test_fought_shoulder_to_shoulder_against_a_pandemic_is_health_cooperation():
    assert (("GHA", "KEN"), "health") in _fields(
        "During the crisis Ghana and Kenya fought shoulder to shoulder against the pandemic.")


def test_one_country_fighting_alone_is_no_cooperation():
    assert _fields("Kenya fought hard against the pandemic last year.") == set()
