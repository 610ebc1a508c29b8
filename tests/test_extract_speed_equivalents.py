"""Quicker forms of extraction helpers give what their plain definitions give."""
from __future__ import annotations

import itertools

from kg.extract.relations.cooperation import _outside
from kg.ladder import normalize_level


def _outside_by_char(s, spans):
    return "".join(ch for i, ch in enumerate(s) if not any(a <= i < b for a, b, *_ in spans))


def test_text_outside_spans_leaves_out_exactly_the_covered_characters():
    s = "Energy and Trade: cooperation"
    bounds = [(0, 6), (11, 16), (3, 9), (5, 5), (9, 4), (20, 40), (28, 29)]
    for k in range(4):
        for spans in itertools.permutations(bounds, k):
            spans = [(a, b, "field") for a, b in spans]
            assert _outside(s, spans) == _outside_by_char(s, spans), spans


def test_a_designation_normalised_twice_reads_the_same():
    first = normalize_level("The Comprehensive-Strategic  “Partnership”")
    assert first == "comprehensive strategic partnership"
    assert normalize_level("The Comprehensive-Strategic  “Partnership”") == first


def test_document_types_with_the_first_letter_before_the_group_match_as_written():
    import re

    from kg.extract.cues import _typed

    pats = ["agreements?", "a|b", "memos?(?: of understanding)?", "(?:joint|shared) visions?", "mou?s", "e?mou",
            "deals?", "d(?:ea)ls"]
    assert _typed("agreements?") == "a(greements?)"
    assert _typed("a|b") == "(a|b)" and _typed("e?mou") == "(e?mou)"
    plain = re.compile(r"\b(?:" + "|".join(f"({p})" for p in pats) + r")\b")
    fast = re.compile(r"\b(?:" + "|".join(_typed(p) for p in pats) + r")\b")
    text = "two agreements, a memo of understanding, shared visions, mous, emou and a b, deals and dls"
    assert [(m.span(), m.lastindex) for m in fast.finditer(text)] == \
        [(m.span(), m.lastindex) for m in plain.finditer(text)]
    assert len(list(fast.finditer(text))) >= 7


def test_words_after_a_lookbehind_are_grouped_by_letter_with_the_same_matches():
    import re

    from kg.extract.fastre import compile_fast

    pat = r"\b(?:(?<!in )advanc(?:e|es|ing)|accelerat\w*|(?<=the )deal|boost\w*|bolster\w*)\b"
    fast = compile_fast(pat)
    assert fast.pattern != pat and fast.pattern.startswith(r"\b(?:a(?:")
    text = "in advance, advance trade, xin advances, accelerating, the deal, a deal, in advancing, boosts bolstered"
    for s in (text, "advance", "in advance", "n advance"):
        assert [m.span() for m in fast.finditer(s)] == [m.span() for m in re.finditer(pat, s)], s
    # a lookbehind with more than plain characters, or before a quantified letter, is kept as written
    for kept in (r"\b(?:(?<![\w-])advance|boost)\b", r"\b(?:(?<!in )a?dvance|boost)\b"):
        assert compile_fast(kept).pattern == kept


def test_a_samples_language_sign_is_read_as_by_counting_each_word_and_character():
    import re
    from collections import Counter

    from kg.extract.language import _by_sign, _signs

    def plain(sample):
        words = re.findall(r"\w+", sample.lower())
        counts, hits = Counter(words), []
        for lang, sign in _signs().items():
            if lang == "guess" or (sign.get("not_chars") and re.search(sign["not_chars"], sample)):
                continue
            if sign["words"] and words and sum(counts[w] for w in sign["words"]) / len(words) >= sign["min_word_share"]:
                hits.append(lang)
            if sign.get("chars") and len(re.findall(sign["chars"], sample)) / max(
                    1, len(re.sub(r"\s", "", sample))) >= sign["min_char_share"]:
                hits.append(lang)
        return hits[0] if len(hits) == 1 else None

    samples = ["The two ministers met in the capital and agreed on a plan for the region.",
               "Министры встретились в столице и договорились о плане для региона.",
               "两国部长在首都会谈，就地区合作计划达成一致。", "两国 and the plan", "", "   ", "plan plan plan",
               "Міністри зустрілися у столиці", "日本と中国の首脳が会談した"]
    for s in samples:
        assert _by_sign(s) == plain(s), s


def test_field_words_before_areas_of_another_field_are_its_aspects_however_spaced():
    from extracting import facts, tops

    meet = "The presidents of Ghana and Peru met in Accra. "
    for gap in ("technical,  scientific and  economic", "technical , scientific,and economic", "economic"):
        text = meet + f"They agreed to boost cooperation in the {gap} areas of agriculture."
        got = {f for q, f in tops(facts(text)) if q == ("GHA", "PER")}
        assert "agriculture" in got and "economy" not in got, gap


def test_a_list_head_after_a_document_noun_reads_the_same_on_the_lowercased_sentence():
    from kg.extract.cues import rules

    R = rules()
    low_head = R.low["list_head"]
    s = "They signed Agreements INCLUDING:  \nThe deals, as Follows -   plans, namely the NAMELY:: x following"
    for b in range(len(s)):
        tail = s[b:].rstrip()
        assert (low_head.search(s.lower(), b, b + len(tail)) is not None) == (R.list_head.search(tail) is not None), b
    assert R.list_head.search(s[:34].rstrip()) and not R.list_head.search(s[:40].rstrip())


def test_praise_of_one_sides_record_reads_the_same_on_the_lowercased_window():
    from kg.extract.lexicon import folded, patterns

    P = patterns("en")
    low = folded(P.praise_before)
    s = "The President Congratulated him on Ghana's Achievement in the space field; they LAUDED its progress in trade"
    for fs in range(len(s) + 1):
        for lo in (0, max(0, fs - 40)):
            assert (low.search(s.lower()[lo:fs]) is not None) == (P.praise_before.search(s[lo:fs]) is not None), (lo, fs)
    assert P.praise_before.search(s[:62])


def test_a_field_word_in_a_ministrys_name_is_no_field_unless_between_the_ministries():
    from extracting import facts, tops

    meet = "The presidents of Ghana and Peru met in Accra. They agreed to deepen cooperation in trade"
    for tail, energy in ((" and energy.", True), (", said the Ministry of Energy.", False),
                         (" and the Ministry of Energy will lead it.", False), (" between the ministries of energy.", True)):
        got = {f for q, f in tops(facts(meet + tail)) if q == ("GHA", "PER")}
        assert "trade" in got and ("energy" in got) == energy, tail


SCAN_TEXTS = [
    "",
    "No designation here. Nothing at all.",
    "A comprehensive strategic partnership. Strategic partnership.partnership. strategic\npartnership",
    "They set up a strategic partnership, a comprehensive partnership and\n\na strategic, comprehensive partnership.",
    "partnership",
    "x.strategic partnership.y comprehensive partnership-level. strategic partnerships",
    "the strategic. partnership; comprehensive  strategic   partnership...",
]


def test_a_scan_of_the_stretches_holding_a_needed_word_finds_what_the_whole_search_finds():
    import re

    from kg.extract.cues import rules
    from kg.extract.fastre import required_words, scan

    mod = r"(?:strategic|comprehensive)"
    rx = re.compile(rf"(?<![\w-]){mod}(?:(?:\s*,\s*|\s+){mod})*\s+partnership(?![\w-])")
    assert required_words(rx) == {"partnership"}
    level = rules().level_low  # the designations, as scanned over the lowercased text
    assert required_words(level) is not None
    for rx_ in (rx, level):
        for text in SCAN_TEXTS + [" ".join(SCAN_TEXTS), ".".join(SCAN_TEXTS).lower()]:
            assert [m.span() for m in scan(rx_, text)] == [m.span() for m in rx_.finditer(text)], text
    assert len(list(scan(rx, SCAN_TEXTS[3]))) == 3


def test_a_pattern_that_can_read_a_full_stop_or_the_end_is_searched_whole():
    import re

    from kg.extract.fastre import required_words, scan

    for pat, flags in [(r"u\.s\. partnership", 0), (r"partnership.", 0), (r"partnership[^x]", 0), (r"partnership\W", 0),
                       (r"partnership$", 0), (r"partnership", re.I), (r"(?:partnership)?", 0), (r"[.a-z]+ partnership", 0)]:
        assert required_words(re.compile(pat, flags)) is None, pat
    text = "The U.S. partnership. and the u.s. partnership."
    rx = re.compile(r"u\.s\. partnership")
    assert [m.span() for m in scan(rx, text)] == [m.span() for m in rx.finditer(text)] and len(list(scan(rx, text))) == 1
    # every alternative needs a word of its own: the words of each are the set
    assert required_words(re.compile(r"\b(?:treaty|memorandum of understanding|mous?)\b")) == {"treaty", "memorandum of understanding", "mou"}


def test_modifiers_grouped_by_first_letter_match_as_the_plain_alternation():
    import re

    from kg.extract.fastre import grouped_alt

    mods = ["comprehensive", "strategic", "co-?operative", "special", "all[- ]weather", "especially(?=[- ]privileged)", "cooperation"]
    grouped = grouped_alt(mods, icase=True)
    assert grouped != "(?:" + "|".join(mods) + ")" and grouped.startswith("(?:c(?:")
    plain = re.compile(r"(?<!\w)(?:" + "|".join(mods) + r")(?:\s+(?:" + "|".join(mods) + r"))*", re.I)
    fast = re.compile(r"(?<!\w)" + grouped + r"(?:\s+" + grouped + r")*", re.I)
    text = "Comprehensive Strategic, co-operative cooperation; all-weather especially-privileged especially good SPECIAL"
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert grouped_alt(["a?b", "c"]) == "(?:a?b|c)"  # an alternative not led by a letter: kept as written



def test_the_premodifiers_before_a_document_noun_are_read_as_the_plain_end_anchored_pattern_reads_them():
    import random
    import re

    from kg.extract.lexicon import patterns

    plain = re.compile(r"((?:[\w’'-]+\s+){0,3})$")  # the pattern as first written: tried from every position
    fast = patterns("en").indef_np

    def words(rx, s):
        m = rx.search(s)
        return m.group(1) if m else ""

    random.seed(3)
    pieces = ["new", " ", "  ", "\n", ",", "(", "bi-lateral", "’s", "'", "12", "_", "é", "the", "-"]
    samples = ["", "signed a new trade ", "the two new loan ", "signed, in Beijing, three ", "a\n", "word", " x y z w "]
    samples += ["".join(random.choice(pieces) for _ in range(random.randint(0, 9))) for _ in range(3000)]
    for s in samples:
        assert words(fast, s) == words(plain, s), repr(s)


def test_a_cue_is_not_searched_where_none_of_the_words_it_needs_stands_and_found_where_one_does():
    import re

    from kg.extract.cues import rules
    from kg.extract.fastre import might_find

    maybe = rules().low["maybe"]  # "could", "might", "would like to" ...: lowercased sentences
    assert not might_find(maybe, "they signed a deal on trade.")
    for s in ["they could sign a deal.", "it might.", "both would like to sign", "they signed a deal on trade."]:
        assert might_find(maybe, s) or maybe.search(s) is None, s
    assert might_find(maybe, "they could sign a deal.") and maybe.search("they could sign a deal.")
    # a case-insensitive pattern, or one that needs only a single character, is always tried
    assert might_find(re.compile("could", re.I), "nothing") and might_find(re.compile(r"[;:]|\bbut\b"), "nothing")
    rx = re.compile(r"\b(?:signed|inked)\s+(?:an?\s+)?(?:mou|deal)s?\b")
    assert not might_find(rx, "they sign deals") and might_find(rx, "they inked deals")


def test_a_case_insensitive_cue_is_not_searched_where_the_lowercased_text_lacks_every_word_it_needs():
    import random
    import re

    from kg.extract.fastre import might_find_folded

    rx = re.compile(r"\bwith\s+(?:the\s+)?(?:[A-Z]\w*\s+)?(?:breakaway|rebel)\b|\b(?-i:NATO)\s+allies", re.I)
    assert not might_find_folded(rx, "they signed a deal on trade with the eu.")
    assert might_find_folded(rx, "talks WITH a REBEL group".lower()) and rx.search("talks WITH a REBEL group")
    assert might_find_folded(rx, "nato allies") and rx.search("NATO Allies") and not rx.search("Nato allies")
    # a pattern whose every match may need no word of three letters or more is always tried
    assert might_find_folded(re.compile(r"[;:]|\bbut\b", re.I), "nothing")
    random.seed(5)
    pieces = ["with ", "the ", "Rebel ", "BREAKAWAY ", "Kosovo ", "NATO ", "nato ", "allies", "Allies", ", ", "de facto "]
    for _ in range(3000):
        s = "".join(random.choice(pieces) for _ in range(random.randint(0, 6)))
        assert might_find_folded(rx, s.lower()) or rx.search(s) is None, s


def test_a_chinese_character_every_match_holds_gates_the_search():
    import re

    from kg.extract.fastre import might_find
    from kg.extract.pack.dates import sentence_date
    from kg.extract.pack.lexicon import load_pack
    from kg.extract.zh.simplify import NORMALISE

    rx = re.compile(r"\S{0,12}?(?:\d{1,2}月)?\d{1,2}日(?:电|讯)")
    assert not might_find(rx, "两国领导人会谈。") and might_find(rx, "新华社北京6月17日电")
    assert might_find(rx, "6月17日，两国元首会谈。") and rx.search("6月17日，两国元首会谈。") is None
    conf = load_pack("zh", NORMALISE).conf
    # the dateline is left out only where it stands; the day the sentence names is read either way
    import datetime as dt
    published = dt.date(2025, 6, 18)
    assert sentence_date("新华社北京6月17日电 两国元首会谈。", conf, published)[2] is False
    assert sentence_date("6月17日，两国元首会谈。", conf, published)[0] == dt.date(2025, 6, 17)


def test_no_field_contexts_tried_part_by_part_find_what_the_joined_pattern_finds():
    import random
    import re

    from kg.extract.fastre import any_found, folded_gate
    from kg.extract.gazetteer import _parts

    pats = [r"\bmilitary\s+$", r"(?:according to|told|quoted by)\s+(?:[\w'-]+\s+){0,4}$", r"\b[a-z]+ly\s+$",
            r"(?-i:\b(?:Head|Chief)\s+of\s+the\s+)$", r"^\s+(?:catastrophes?|crisis|law)\b"]
    joined = re.compile("|".join(f"(?:{p})" for p in pats), re.I)
    low_parts = _parts([p for p in pats if "(?-i" not in p], True)
    cased = _parts([p for p in pats if "(?-i" in p], False)
    # each gated part on its own, the ungated one last
    assert len(low_parts) == 4 and all(w for _, w in low_parts[:3]) and low_parts[3][1] is None and folded_gate(low_parts[0][0])
    random.seed(11)
    pieces = ["the ", "Military ", "military ", "told ", "Head of the ", "head of the ", "crisis", " law", "newly ", "  "]
    for _ in range(3000):
        s = "".join(random.choice(pieces) for _ in range(random.randint(0, 5)))
        low = s.lower()
        for anchored in (False, True):
            want = (joined.match(s) if anchored else joined.search(s)) is not None
            got = any_found(low_parts, low, low, anchored) or any_found(cased, s, low, anchored)
            assert got == want, (s, anchored)


def test_a_cue_gated_by_many_words_is_found_as_the_plain_search_finds_it():
    import random
    import re

    from kg.extract.fastre import folded_search, gated_search

    words = ["amid", "despite", "against", "neighbours", "between", "bordering", "landlocked", "situated", "located",
             "surrounded", "sandwiched", "flanked"]
    rx = re.compile(r"\b(?:" + "|".join(words) + r")\b")
    assert gated_search(rx, "nothing here") is rx.search("nothing here") is None  # too many words for gated_search's gate
    random.seed(3)
    for _ in range(2000):
        s = " ".join(random.choice(words + ["trade", "the", "amidst", "between"]) for _ in range(random.randint(0, 4)))
        m, n = folded_search(rx, s), rx.search(s)
        assert (m and m.span()) == (n and n.span()), s


def test_a_pattern_kept_by_its_text_is_compiled_once_and_matches_as_re_does():
    import re

    from kg.extract.fastre import compiled

    pat = r"《([^《》]{2,80})》"
    assert compiled(pat) is compiled(pat) and compiled(pat).pattern == pat
    text = "签署了《中塞自由贸易协定》和《投资保护协定》"
    assert compiled(pat).findall(text) == re.findall(pat, text) == ["中塞自由贸易协定", "投资保护协定"]


def test_a_word_scan_led_by_a_boundary_finds_what_the_lookbehind_alone_finds():
    import random
    import re

    from kg.extract.fastre import edge_led

    words = ["trade", "tourism", "energy", "e-commerce", "ai"]
    body = "(?:" + "|".join(words) + r")(?![\w])"
    behind, lead = r"(?<![\w-])", "(?=[aet])"
    assert edge_led(behind, lead) == r"\b" + lead + behind
    assert edge_led(behind, r"(?=[&a])") == behind + r"(?=[&a])"  # a lead that is no word character: kept as it was
    plain, fast = re.compile(behind + lead + body), re.compile(edge_led(behind, lead) + body)
    random.seed(7)
    pieces = words + ["re", "-", " ", "_", "x", "9", "é", ".", "\n"]
    for _ in range(3000):
        s = "".join(random.choice(pieces) for _ in range(random.randint(0, 8)))
        assert [m.span() for m in fast.finditer(s)] == [m.span() for m in plain.finditer(s)], s


def test_a_sentences_pairs_are_the_same_however_many_stages_ask():
    from kg.extract.pack.lexicon import load_pack
    from kg.extract.pack.pairs import Pairing, find_countries
    from kg.extract.pack.sentences import split
    from kg.extract.zh.simplify import NORMALISE

    pack = load_pack("zh", NORMALISE)
    sentences = split("中国和越南签署了合作协议。双方同意加强贸易合作。", pack)
    find_countries(sentences, pack, None)
    pairing = Pairing(sentences)
    first = [pairing.of(s) for s in sentences]
    assert first[0] and first == [pairing.of(s) for s in sentences] == [pairing._pairs_of(s) for s in sentences]


def test_a_sentence_without_countries_written_as_a_list_reads_no_list_after_a_lead_word():
    from extracting import level_actions

    from kg.extract.pairs import PairState
    from kg.extract.doc import Hit

    s = "Peru talked with Chile in Lima, then Ghana spoke."
    hits = [Hit(s.index(n), s.index(n) + len(n), iso, "name") for n, iso in (("Chile", "CHL"), ("Ghana", "GHA"))]
    assert PairState()._with_list(s, hits) is None
    # a list after "with" still gives the owner's pair with each listed partner
    got = level_actions("Peru has comprehensive strategic partnerships with Chile, Ghana and Norway.")
    assert set(got) == {(("CHL", "PER"), "comprehensive strategic partnership"),
                        (("GHA", "PER"), "comprehensive strategic partnership"),
                        (("NOR", "PER"), "comprehensive strategic partnership")}


def test_clause_cues_read_on_lowercased_text_with_a_wide_word_gate_find_what_the_cues_find():
    from kg.extract.clauses import _cue, _rx

    texts = ["is expected to be signed later this year", "were signed on Monday", "that may be concluded soon",
             "was not signed", "talks broke down before the deal", "which the ministers finalised", "", "to be inked",
             "The MAY meeting approved it", "has yet to be ratified by parliament"]
    for name in ("plan_after", "neg_after", "approved_after", "plan_before", "neg_before", "signing_before"):
        at_start = name.endswith("_after")
        for t in texts:
            plain = (_rx()[name].match(t) if at_start else _rx()[name].search(t)) is not None
            assert _cue(name, t, t.lower(), at_start=at_start) == plain, (name, t)


def test_a_cue_in_a_window_of_the_sentence_reads_as_the_cue_on_that_slice():
    from kg.extract.cues import rules
    from kg.extract.doc import Sentence, SentInfo

    R = rules()
    assert "background" in R.low
    for s in ("Landlocked and situated between Chile and Peru, Bolivia ...", "The WAR WITH Ruritania ended.",
              "Trade with Chile grew.", "Relations with the neighbours, Chile and Peru, improved."):
        si = SentInfo(Sentence(0, len(s), s, True), low=s.lower())
        bare = SentInfo(Sentence(0, len(s), s, True))
        for lo in range(0, len(s), 7):
            for hi in range(lo, len(s) + 1, 5):
                plain = R.background.search(s[lo:hi]) is not None
                assert si.found_in(R, "background", lo, hi) == plain == bare.found_in(R, "background", lo, hi), (s, lo, hi)


def test_cue_matches_on_the_lowercased_sentence_are_the_cues_own_positions():
    from kg.extract.cues import rules
    from kg.extract.doc import Sentence, SentInfo

    R = rules()
    for s in ("Trade rose, but the talks stalled; they may resume.", "No stop here at all", "WHILE it grew, BUT not much"):
        si = SentInfo(Sentence(0, len(s), s, True), low=s.lower())
        for name in ("stop", "maybe"):
            assert [m.span() for m in si.finds(R, name)] == [m.span() for m in getattr(R, name).finditer(s)], (name, s)


def test_ascii_words_by_table_are_the_words_the_regex_finds():
    import re

    from kg.extract.fastre import ascii_words_lower

    for s in ("Trade_Deal 2024: A-B's  \"talks\"\t(ended)!", "", "...", "x", "MoU\non TRADE\x1fand\x0bMORE", "a1_b2 c3"):
        assert ascii_words_lower(s) == re.findall(r"\w+", s.lower()), s


def test_a_dateline_still_dates_nothing_and_a_text_without_a_month_name_has_none():
    from extracting import facts

    from kg.extract.dates import datelines

    got = facts("NEW DELHI, March 3 (Reuters) - India and Japan signed a memorandum of understanding on energy.")
    assert [(a.pair, a.date) for a in got.agreements] == [(("IND", "JPN"), None)]  # the dateline is no event's date
    got = facts("India and Japan signed a memorandum of understanding on energy on March 3.")
    assert [a.date.isoformat() for a in got.agreements] == ["2025-03-03"]
    assert datelines("NEW DELHI, 3 (Reuters) - no month here") == []


def test_a_word_boundary_after_lookbehinds_is_tested_first_with_the_same_matches():
    import re

    from kg.extract.fastre import boundary_first, compile_fast

    pat = r"(?i)(?<!be\s)(?<!been\s)\b(?:signed|inked)\b|(?<=the )\bdeal"
    assert boundary_first(pat) == r"(?i)\b(?<!be\s)(?<!been\s)(?:signed|inked)\b|\b(?<=the )deal"
    text = "it was signed; been signed, be inked, Signed, unsigned, the deal, a deal, thedeal"
    for s in (text, text.upper(), "signed", " signed"):
        assert [m.span() for m in compile_fast(pat).finditer(s)] == [m.span() for m in re.finditer(pat, s)], s
    # a boundary that is optional, a lookbehind not followed by one, or a class holding the characters: as written
    for kept in (r"(?<!a)\b?x", r"(?<!a)x\b", r"[(?<!a)\b]x"):
        assert boundary_first(kept) == kept
