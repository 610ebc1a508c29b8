"""A counted package that goes on "including a defence one" names no document of its own: the package stands as one
entry with that field; where the member has its own document noun, that member is the entry. Our own sentences."""
from __future__ import annotations

from extracting import facts


def _got(text: str):
    got = facts(text, "2025-06-01", title="Notes")
    return [(a.pair, a.type) for a in got.agreements], {(c.pair, c.field) for c in got.cooperation}


def test_a_counted_package_including_a_kind_one_is_one_agreement():
    docs, fields = _got("Kenya and Oman also inked 12 pacts including a defence one for joint drills.")
    assert docs == [(("KEN", "OMN"), "agreement")]
    assert (("KEN", "OMN"), "defence-security") in fields


def test_a_counted_package_including_a_named_memorandum_keeps_the_memorandum():
    docs, _ = _got("Kenya and Oman signed 12 documents, including a memorandum on fisheries.")
    assert (("KEN", "OMN"), "memorandum") in docs
