"""Fields: contracts to supply goods from one side to the other are trade (ru "контракты на поставку"); the blue
(ocean) economy is maritime cooperation, connectivity, not economy at large (zh "蓝色经济") (kg/lexicons/ru, kg/lexicons/zh)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2024, 9, 12)


def _fields(text: str, lang: str) -> set[str]:
    return {c.field for c in extract(Article(text=text, published=DAY, lang=lang)).cooperation}


def test_supply_contracts_between_the_two_are_trade():
    text = "Казахстан и Киргизия подписали контракты на поставку из Казахстана в Киргизию зерна и муки."
    assert "trade" in _fields(text, "ru")


def test_blue_economy_cooperation_is_connectivity_not_economy():
    got = _fields("中国和斐济两国将开拓蓝色经济等新领域合作。", "zh")
    assert "connectivity" in got and "economy" not in got
