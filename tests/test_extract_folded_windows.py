"""The pair stage's windows before a country, read on the lowercased sentence where it folds alike, find
what the case-insensitive cues find on the sentence itself. Our own sentences."""
from __future__ import annotations

from kg.extract import pairs
from kg.extract.lexicon import folded_once, patterns

P = patterns("en")
SENTENCES = [
    "The minister began a TOUR OF Chile, Peru and Bolivia on Monday.",
    "After his visit to Kenya he flew to Ghana and then Senegal.",
    "Officials met the Prime Minister of Fiji in talks with Samoa.",
    "ſo the envoy travelled to Laos and Cambodia.",  # a long s: the sentence does not fold alike
    "Trade with Norway grew.",
]


def test_windows_read_folded_find_what_the_cues_find():
    for s in SENTENCES:
        for rx in (P.destination_before, P.visit_to, P.then_stop_before, P.met_title_before, P.met_before,
                   P.partners_with, P.and_both):
            for hi in range(len(s) + 1):
                for lo in (0, max(0, hi - 12), max(0, hi - 60)):
                    assert pairs._found_in(rx, s, lo, hi) == (rx.search(s[lo:hi]) is not None), (rx.pattern[:30], s, lo, hi)


def test_a_case_insensitive_window_cue_has_a_folded_form():
    pairs._found_in(P.destination_before, SENTENCES[0], 0, 20)
    assert folded_once(P.destination_before) is not None


def test_comparisons_found_once_are_the_cue_matches():
    for s in ("Peru raised ties with Chile to the level it holds with Spain and Italy.",
              "Fiji now has ties on par with those it has with Samoa and Tonga.", "No comparison here."):
        assert [(m.span(), m.groups()) for m in pairs.peer_matches(s)] == \
            [(m.span(), m.groups()) for m in P.peer_cue.finditer(s)]
        assert pairs.peer_matches(s) is pairs.peer_matches(s)


def test_change_verbs_read_on_the_lowercased_prefix_say_what_the_cues_say(monkeypatch):
    from kg.extract.cues import rules
    from kg.extract.relations import partnership

    R = rules()
    prefixes = ["Chile and Peru UPGRADED their ties to a ", "The two sides will upgrade relations to a ",
                "Kenya and Ghana downgraded ties from a ", "They established a ", "ſo they elevated ties to a ",
                "Both sides agreed to boost trust to further promote their ", "Nothing changed in their "]
    folded_read = [partnership._change_verb(p + "partnership.", p, R) for p in prefixes]
    monkeypatch.setattr(partnership, "folded_once", lambda rx: None)
    assert folded_read == [partnership._change_verb(p + "partnership.", p, R) for p in prefixes]
    assert "upgrade" in folded_read and False in folded_read


def test_a_lead_is_read_only_before_an_item_a_list_goes_on_from():
    from kg.extract.doc import Hit

    s = "Kenya signed deals with Chile and Peru, and praised Ghana."
    hits = [Hit(s.index(n), s.index(n) + len(n), iso, "name") for n, iso in (("Kenya", "KEN"), ("Chile", "CHL"),
                                                                            ("Peru", "PER"), ("Ghana", "GHA"))]
    assert pairs._joins(s, pairs._items(s, hits)) == (False, True, False, False)
    assert pairs._listed_after_with(s, hits, P.partners_with, 12) == ["CHL", "PER"]
    assert pairs._listed_after_with(s, hits[:2] + hits[3:], P.partners_with, 12) == []
