"""Russian designations "вступающие в новую эпоху" (entering a new era) end as "в новую эпоху" does; a
clause with ties of its own or a country set aside ("помимо отношений с ...") is no list item of the
level's partner."""
from __future__ import annotations

from extracting import level_actions


def test_entering_a_new_era_is_the_new_era_ending():
    text = ("Лидеры Китая и России подписали заявление о развитии отношений всеобъемлющего партнерства и "
            "стратегического взаимодействия, вступающих в новую эпоху.")
    assert set(level_actions(text)) == {
        (("CHN", "RUS"), "comprehensive partnership and strategic interaction for a new era")}


def test_a_partnership_that_entered_a_new_era_keeps_the_ending():
    text = "Москва и Ханой отметили стратегическое партнерство, вступившее в новую эпоху."
    assert set(level_actions(text)) == {(("RUS", "VNM"), "strategic partnership for a new era")}


def test_a_country_set_aside_and_ties_of_their_own_are_not_the_partners_of_the_level():
    text = ("Кроме связей с Японией, у России есть особое привилегированное стратегическое партнерство с Индией, "
            "растут связи с Бразилией, Чили, Перу.")
    assert level_actions(text) == {(("IND", "RUS"), "special and privileged strategic partnership"): "reaffirm"}


def test_a_short_list_of_partners_still_shares_the_level():
    text = "У России сложилось стратегическое партнерство с Вьетнамом, Лаосом и Камбоджей."
    assert set(level_actions(text)) == {(("RUS", "VNM"), "strategic partnership"), (("LAO", "RUS"), "strategic partnership"),
                                        (("KHM", "RUS"), "strategic partnership")}
