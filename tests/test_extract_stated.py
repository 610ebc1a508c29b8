"""Cooperation stated as a fact between the two (investment, trade, currency, credit, joint ventures)
without a cooperation word, and cues beyond "cooperate". Our own sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.lexicon import lexicon
from kg.extract import extract
from kg.facts import Article


def tops(text: str) -> set:
    f = extract(Article(text=text, id="t", published=dt.date(2025, 6, 14)))
    L = lexicon()
    return {L.fields[c.field].top for c in f.cooperation} | {c.field for c in f.cooperation}


CASES = [
 ("South Korea is Vietnam's second-largest investor, with 9,000 projects.", "investment"),
 ("Thai businesses have some 600 projects in Laos.", "investment"),
 ("German firms are among the biggest investors in Hungary's automotive sector.", "investment"),
 ("German firms are among the biggest investors in Hungary's automotive sector.", "industry"),
 ("Chinese companies have invested around $2 billion in Serbia's industrial parks, many in steel.", "investment"),
 ("Chinese companies have invested around $2 billion in Serbia's industrial parks, many in steel.", "industry"),
 ("Brazilian companies have invested USD 1 billion in Angola in sectors such as construction.", "investment"),
 ("Spanish companies have made a string of acquisitions in Portugal.", "investment"),
 ("Chilean companies are among the largest foreign investors in Colombia.", "investment"),
 ("Chile is Japan's fifth-largest trading partner, with two-way trade of $6 billion.", "trade"),
 ("Chile and Japan held talks. They welcomed the increase in mutual trade.", "trade"),
 ("Trade between the two countries stood at $2.1 billion, with crude oil making up the bulk of Ghana's imports from Angola.", "trade"),
 ("Ghana and Angola held talks. Trade between the two countries stood at $2.1 billion, with crude oil making up the bulk of Ghana's imports from Angola.", "energy"),
 ("Qatar is one of Italy's main suppliers of natural gas.", "energy"),
 ("Iran and Iraq met. We will raise trade and economic relations to $20 billion, the president said.", "trade"),
 ("Iran and Iraq met. We will raise trade and economic relations to $20 billion, the president said.", "economy"),
 ("Iran and Iraq have switched to national currencies in bilateral trade and linked their payment systems.", "finance"),
 ("India and Indonesia encouraged the settlement of trade in Indian Rupee and Indonesian Rupiah.", "finance"),
 ("Brazil and Argentina would study a common currency.", "finance"),
 ("India has extended Lines of Credit worth $300 million to Mozambique for projects.", "humanitarian"),
 ("Bangladesh is Japan's largest recipient of official development assistance.", "humanitarian"),
 ("The Steppe Railway, a joint venture in which Kazakhstan and Uzbekistan hold equal shares, carries freight.", "connectivity"),
 ("The Steppe Railway, a joint venture in which Kazakhstan and Uzbekistan hold equal shares, carries freight.", "investment"),
 ("Kenya and Rwanda held talks. The presidents witnessed the signing of agreements on cooperation in the fields of education and the environment.", "education"),
 ("Kenya and Rwanda held talks. The presidents witnessed the signing of agreements on cooperation in the fields of education and the environment.", "environment"),
 ("Kenya and Uganda agreed to fast-track the completion of the northern corridor, including the highway linking Nairobi to Kampala.", "connectivity"),
 ("Kenya and Uganda agreed to establish a joint business council.", "economy"),
 ("Japan and Vietnam will cooperate on the training of nurses and care workers.", "health"),
 ("Kazakhstan and Kyrgyzstan will jointly develop water and energy resources.", "environment"),
 ("Kazakhstan and Kyrgyzstan will jointly develop water and energy resources.", "energy"),
 ("Poland will support the involvement of Polish companies in the modernisation of Vietnamese energy infrastructure and public transport.", "energy"),
 ("Poland will support the involvement of Polish companies in the modernisation of Vietnamese energy infrastructure and public transport.", "connectivity"),
 ("Poland will support the involvement of Polish companies in the modernisation of Vietnamese energy infrastructure and public transport.", "investment"),
 ("Japan will continue to support the Philippines' infrastructure development, including the Manila light rail.", "connectivity"),
 ("The treaty commits New Zealand to assist Samoa in responding to natural disasters.", "humanitarian"),
 ("Laos hopes to learn from Vietnam's experience in poverty reduction.", "humanitarian"),
]


@pytest.mark.parametrize("sentence, top", CASES)
def test_stated_fact_is_cooperation(sentence, top):
    assert top in tops(sentence)


NEG = [
 "Vietnam is the region's fastest-growing economy, with 9,000 projects.",
 "Thai businesses have some 600 projects at home.",
 "Germany is the largest investor in the region.",
 "Qatar is one of the world's main suppliers of natural gas.",
 "Egypt is expanding its solar capacity.",
 "Norway is one of the world's main suppliers of natural gas to Europe.",
 "Brazil will modernise its ports.",
]


@pytest.mark.parametrize("sentence", NEG)
def test_one_country_alone_is_no_cooperation(sentence):
    assert tops(sentence) == set()
