"""A list sentence that names each document by its own "on" ("The agreements were on visa exemption, on
defence and on tourism"): one document an item, of the head's type, and the counted package before is those
documents; topics joined under one "on" stay one package. Our own sentences."""
from __future__ import annotations

from extracting import facts, signed_docs, tops


def test_each_item_led_by_on_is_its_own_document():
    text = ("Chile and Kenya signed four agreements in Nairobi on Monday. "
            "The agreements were on visa exemption, on defence cooperation, on tea trade and on health.")
    assert signed_docs(facts(text)) == [(("CHL", "KEN"), "agreement")] * 4


def test_the_items_keep_their_fields():
    text = ("Chile and Kenya signed three memoranda on Monday. "
            "The memoranda signed include on fisheries, on copper mining and on health.")
    f = facts(text)
    assert signed_docs(f) == [(("CHL", "KEN"), "memorandum")] * 3
    assert {(("CHL", "KEN"), x) for x in ("agriculture", "mining", "health")} <= tops(f)


def test_topics_under_one_on_stay_one_package():
    text = "Chile and Kenya signed three memoranda on Monday. The memoranda were on tea trade and health."
    assert signed_docs(facts(text)) == [(("CHL", "KEN"), "memorandum")]


def test_items_after_a_colon_told_as_one_on_each_are_documents():
    text = ("Chile and Kenya signed three documents on Monday: one on visa exemption, one on defence cooperation "
            "and one on tourism.")
    assert signed_docs(facts(text)) == [(("CHL", "KEN"), "agreement")] * 3
