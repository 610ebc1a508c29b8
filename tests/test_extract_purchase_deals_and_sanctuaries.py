"""A deal told as signed to buy goods is a purchase, no document of the two states; a protocol on a
cross-border sanctuary for animals is environment. Our own text."""
from __future__ import annotations

from tests.extracting import facts, signed_docs, tops


def test_a_deal_signed_to_buy_goods_is_no_agreement():
    f = facts("Chile and Peru held talks on Monday. A 2 billion USD worth deal was signed to buy patrol boats.\n")
    assert signed_docs(f) == []


def test_a_cooperation_deal_signed_in_the_same_words_stays_one():
    f = facts("Chile and Peru held talks on Monday. A deal was signed on fisheries cooperation.\n")
    assert signed_docs(f) == [(("CHL", "PER"), "agreement")]


def test_a_protocol_on_a_cross_border_sanctuary_is_environment():
    f = facts("Chile and Peru held talks. Officials also signed a protocol to create a cross-border sanctuary "
              "for condors.\n")
    assert (("CHL", "PER"), "environment") in tops(f)
