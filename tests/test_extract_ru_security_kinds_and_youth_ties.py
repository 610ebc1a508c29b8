"""Russian field words read in their phrase: food security is farming and energy security energy, not defence;
youth and sports ties are culture; hydro and thermal power plants are energy; terrorism, extremism, drug
trafficking, crime and border guarding fought together are security (kg/lexicons/ru/fields.tsv)."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract
from kg.facts import Article

DAY = dt.date(2025, 3, 14)


def _fields(text: str) -> set:
    return {c.field for c in extract(Article(text=text, published=DAY, lang="ru")).cooperation}


def test_food_and_energy_security_are_farming_and_energy_not_defence():
    text = "Армения и Иран договорились укреплять продовольственную безопасность и энергетическую безопасность."
    assert _fields(text) == {"agriculture", "energy"}


def test_youth_and_sports_ties_are_culture():
    assert _fields("Сербия и Венгрия развивают молодежные обмены и спортивные связи.") == {"culture"}


def test_a_hydro_power_plant_built_together_is_energy():
    assert _fields("Таджикистан и Киргизия договорились о совместном строительстве ГЭС.") == {"energy"}


def test_terrorism_and_drug_trafficking_fought_together_are_security():
    text = "Египет и Судан обсудили совместную борьбу с терроризмом, экстремизмом и наркотрафиком."
    assert _fields(text) == {"defence-security"}


def test_border_guards_cooperating_are_security():
    assert _fields("Пограничные службы Казахстана и Киргизии расширяют сотрудничество.") == {"defence-security"}
