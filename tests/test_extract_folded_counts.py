"""Cues read without re.I on lowercased text find what the case-insensitive cues find in the text."""
from __future__ import annotations


def test_a_lowercased_text_folds_alike_unless_it_holds_a_dotless_i_or_long_s():
    import re

    from kg.extract.lexicon import folded, folds_alike
    from kg.extract.relations.agreement import _count
    from kg.extract.cues import rules

    assert folds_alike("Signed SEVEN deals", "signed seven deals")
    assert not folds_alike("Yıldırım signed", "yıldırım signed") and not folds_alike("ſeven", "ſeven")
    assert not folds_alike("İki", "İki".lower())
    rx = re.compile(r"\b[a-z]+\s+deals", re.I)  # re.I reads the dotless i as an i; the folded pattern does not
    assert rx.search("Kılıc deals") is not None and folded(rx).search("kılıc deals") is None
    R = rules()
    assert _count("They signed Seven ", R) == 7 and _count("signed 12 new ", R) == 12
    assert _count("Yıldırım and Erdoğan signed ", R) is None


def test_the_bare_count_and_the_both_sides_cue_read_on_the_lowercased_sentence_as_on_the_sentence():
    from kg.extract.cues import rules
    from kg.extract.doc import Sentence, SentInfo
    from kg.extract.lexicon import folds_alike

    R = rules()
    for s in ["FIVE were Signed, covering trade.", "Both Sides met.", "They Jointly built it.", "Kılıç met Aliyev.",
              "Seven Were Inked, Concerning ports", "Nothing here"]:
        si = SentInfo(Sentence(0, len(s), s, True), low=s.lower() if len(s.lower()) == len(s) else "")
        assert (si.first(R, "joint_words") is not None) == (R.joint_words.search(s) is not None), s
        low = R.low["bare_count"].search(si.low) if folds_alike(s, si.low) else None
        plain = R.bare_count.search(s)
        assert (low.span(1) if low else None) == (plain.span(1) if plain else None), s
    assert R.bare_count.search("FIVE were Signed, covering trade.") is not None
