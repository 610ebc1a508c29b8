"""A country named as a matter of the talks ("the next steps on Sudan", "leaders discuss trade, Sudan") is no party;
"sustainability initiatives" between two countries is environment cooperation."""
from __future__ import annotations

from extracting import facts, tops


def test_country_after_steps_on_is_a_topic_not_a_party():
    got = tops(facts("Kenyan President William Ruto discussed the next steps on Sudan. "
                     "The two sides agreed to expand trade."))
    assert not any("SDN" in p for p, _ in got)


def test_country_listed_after_what_leaders_discuss_is_a_topic():
    got = tops(facts("PM Lee, Malaysia PM Anwar discuss regional developments, Laos at meeting\n"
                     "SINGAPORE: Prime Minister Lee Hsien Loong discussed with Malaysian Prime Minister Anwar Ibrahim "
                     "regional developments, including next steps on Laos. They agreed to expand trade."))
    assert (("MYS", "SGP"), "trade") in got
    assert not any("LAO" in p for p, _ in got)


def test_sustainability_initiatives_are_environment():
    got = tops(facts("Norway and Chile reviewed progress on their bilateral sustainability initiatives."))
    assert (("CHL", "NOR"), "environment") in got


def test_country_in_what_was_discussed_with_a_party_stays_a_party():
    got = tops(facts("Also discussed how Kenya and Ghana can keep working together in clean energy, the president said."))
    assert (("GHA", "KEN"), "energy") in got
