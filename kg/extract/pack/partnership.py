"""Partnership designations: the source wording mapped, word by word, to the English the ladder uses.

A designation is a chain of modifiers ending in a head (伙伴关系, партнерство) and perhaps a
tail ("и союзничество"); each modifier's English comes from the pack, pre-modifiers in source
order, post-modifiers ("of coordination", "for a new era") after "partnership" by their order.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from kg.extract.fastre import compiled
from kg.extract.pack.clauses import clause_of, drafted, planned, signed_earlier, surface_of, toward
from kg.extract.pack.clausetime import clause_date, clause_year
from kg.extract.pack.lexicon import Pack, normalised
from kg.extract.pack.pairs import Pairing
from kg.extract.pack.sentences import Sentence, word_at
from kg.facts import Mention, PartnershipFact, pair

__all__ = ["partnerships", "designations"]

_RANK = {"upgrade": 3, "establish": 2, "reaffirm": 1}


def designations(norm: str, pack: Pack) -> list[tuple[int, int, str]]:
    """(start, end, English wording) of each designation in a normalised sentence."""
    gap = 1 if pack.spaced else 0
    mods = {end: (start, entry) for start, end, entry in pack.modifiers.find(norm)}
    tails = {start: (end, en) for start, end, en in pack.tails.find(norm)}
    conf = pack.conf["designation"]
    out = []
    for h_start, h_end, _ in pack.heads.find(norm):
        chain, pos = [], h_start - gap
        while pos in mods and not mods[pos][1].get("stop"):
            chain.insert(0, mods[pos][1])
            pos = mods[pos][0] - gap
        while chain and (chain[0].get("join") or chain[0].get("skip")):
            chain.pop(0)
        if chain and (era := _era_before_pair(norm, pos + gap, pack)):
            chain.insert(0, era)  # "新时代中俄全面战略协作伙伴关系": the era before the pair's compound
        pre = [e["en"] for e in chain if not e.get("post") and not e.get("skip") and e["en"]]
        if not pre or pre[-1] == "and":
            continue
        head = norm[h_start:h_end]
        if head in conf.get("partner_heads", []) and (not set(pre) & set(conf.get("partner_needs", []))
                                                     or norm[:pos + gap].endswith(tuple(conf.get("partner_not_after", [])))):
            continue  # "最重要的战略合作伙伴": a partner ranked among others, no level
        posts = [e["en"] for e in sorted((e for e in chain if e.get("post")), key=lambda e: e["post"])]
        end, words = h_end, pre + ["partnership"]
        if (h_end + gap) in tails:
            end, tail = tails[h_end + gap]
            words.append(tail)
        if _sector_only(norm, pos + gap, end, conf):
            continue
        gained = compiled(conf["gains"]).match(norm[end:end + 60]) if conf.get("gains") else None
        if gained:  # "стратегическое партнерство приобрело всеобъемлющий характер": the level it grew into
            words.insert(0, conf["modifiers"].get(gained.group("mod"), {}).get("en", ""))
        out.append((pos + gap, end, " ".join(w for w in dict.fromkeys(words + posts) if w)))
    return out


def _era_before_pair(norm: str, start: int, pack: Pack) -> dict | None:
    """The modifier of an era word (the pack's ``era_before_pair``) standing before a pair's compound of two
    short forms right before the designation ("新时期中南全面战略伙伴关系"): part of the designation."""
    conf = pack.conf["designation"]
    words, forms = conf.get("era_before_pair", ()), pack.short_forms
    if not words or start < 2 or not all(c in forms for c in norm[start - 2:start]):
        return None
    era = next((w for w in words if norm.endswith(w, 0, start - 2)), None)
    return conf["modifiers"].get(era) if era else None


def _sector_only(norm: str, start: int, end: int, conf: dict) -> bool:
    """A partnership of one field ("партнерство в военной области", "能源领域战略伙伴关系") is no level."""
    after, before = _sector_patterns(tuple(conf.get("sector_after", [])), tuple(conf.get("sector_before", [])))
    return bool(after and after.match(norm[end:end + 60]) or before and before.search(norm[max(0, start - 12):start]))


@functools.lru_cache(maxsize=None)
def _sector_patterns(after: tuple[str, ...], before: tuple[str, ...]):
    return (re.compile("|".join(after)) if after else None,
            re.compile("(?:" + "|".join(before) + ")$") if before else None)


def _action(s: Sentence, pack: Pack, start: int, lo: int = 0) -> str:
    """The nearest cue before the designation, after the designation before it (``lo``); a signed
    document "on" a level establishes it.

    A cue the pack's attributive mark follows ("共同发展的": "of common development") describes
    the designation, it does not act on it."""
    mark = pack.conf["actions"].get("attributive", "")
    named = _named_at(s, pack, start)  # "приверженность Договору о стратегическом партнерстве": the treaty's level
    cues = [(a, act) for a, e, act in pack.actions.find(s.norm)
            if max(lo, named or 0) <= a < start and not (mark and s.norm.startswith(mark, e))]
    if cues:
        return max(cues)[1]
    if named is not None:
        return "establish"  # a document on the level, whatever is said of the document, establishes it
    docs = [a for a, _, _ in pack.doc_types.find(s.norm) if lo <= a < start]
    return "establish" if docs and pack.sign.find(s.norm) else "reaffirm"


def _to(s: Sentence, pack: Pack, start: int) -> bool:
    """"Повышены от стратегического партнерства до всеобъемлющего ...", "从全面合作伙伴关系发展到全面战略合作
    伙伴关系": a word right before a level that names it as the level reached (the pack's ``actions.to``)."""
    to = pack.conf["actions"].get("to")
    words = _spaced_words(pack.norm, tuple(to or ())) if pack.spaced else normalised(pack.norm, tuple(to or ()))
    return bool(to) and s.norm.endswith(words, 0, start)


def _bloc_level(s: Sentence, pack: Pack, start: int) -> bool:
    """"中国与东盟建立战略伙伴关系15周年", "中非全面战略合作伙伴关系": a bloc named just before the designation
    (within the pack's ``bloc_before`` characters, no country between) is the level's other side; one after a
    ``bloc_scope`` word ("泰国是老挝在东盟唯一的战略伙伴") is where the partner stands, not a side."""
    reach = pack.conf["designation"].get("bloc_before", 0)
    scope = tuple(pack.conf["designation"].get("bloc_scope", []))
    blocs = [b for a, b, _ in pack.blocs.find(s.norm) if start - reach <= b <= start
             and not (scope and s.norm[:a].endswith(scope)) and not _resolved(s, pack, a, b)]
    return bool(blocs) and not any(max(blocs) <= at < start for at, _ in s.countries)


def _resolved(s: Sentence, pack: Pack, a: int, b: int) -> bool:
    """"中阿建立全面战略伙伴关系" in a story naming Argentina: a bloc's word whose every character the language's
    stage read as a country the article names (a short form with one such country) is that pair, no bloc."""
    at = {x for x, _ in s.countries}
    own = pack.conf["pair"].get("bloc_own_words", [])  # "中阿（阿拉伯国家）": the bloc named as itself stays one
    return b - a > 1 and all(i in at for i in range(a, b)) and not any(w in s.norm for w in own)


def _item_not(pack: Pack) -> tuple[str, ...]:
    words = tuple(pack.conf["designation"].get("item_not", ()))
    return _spaced_words(pack.norm, words) if pack.spaced else normalised(pack.norm, words)


@functools.lru_cache(maxsize=64)
def _spaced_words(norm, words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f" {w} " for w in normalised(norm, words))


def _in_planned_document(s: Sentence, pack: Pack, start: int) -> bool:
    """"Will sign a declaration on strategic partnership", "группа по подготовке Хартии стратегического
    партнерства" (the pack's ``prepared_before``): the level is not yet the pair's."""
    prepared = pack.conf["designation"].get("prepared_before")
    if prepared and compiled(prepared).search(s.norm[:start]):
        return True
    docs = [(a, e) for a, e, _ in pack.doc_types.find(s.norm) if a < start]
    if not docs:
        return False
    # "состоится подписание, в том числе лидерами, договора о ... партнерстве": the signing's own clause too
    signs = [a for a, _, _ in pack.sign.find(s.norm) if a < docs[-1][0]]
    reach = (clause_of(s, pack, signs[-1])[0], docs[-1][1]) if signs else clause_of(s, pack, docs[-1][0])
    aimed = bool(signs) and toward(s, pack, signs[-1])  # "подготовка к заключению договора о ... партнерстве"
    return (planned(s, pack, clause_of(s, pack, docs[-1][0])) or planned(s, pack, reach) or aimed
            or drafted(s, pack, *docs[-1])) and not signed_earlier(s, pack, docs[-1][1])


def _preparing(documents) -> set[tuple]:
    """(pair, type) of the documents an article has a pair only preparing: all of that type planned."""
    kinds: dict[tuple, set] = {}
    for d in documents or ():
        kinds.setdefault((d.pair, d.type), set()).add(d.status)
    return {k for k, v in kinds.items() if v == {"planned"}}


def _naming_document(s: Sentence, pack: Pack, start: int) -> str | None:
    """ru "Договор о стратегическом партнерстве ...": the type of the document whose name the level is
    the subject of (its type word before the level in the level's clause, the pack's ``named_by``)."""
    got = _named_by(s, pack, start)
    return got[1] if got else None


def _named_at(s: Sentence, pack: Pack, start: int) -> int | None:
    """Where the type word ends of the document whose name the level is the subject of (see above)."""
    got = _named_by(s, pack, start)
    return got[0] if got else None


def _named_by(s: Sentence, pack: Pack, start: int) -> tuple[int, str] | None:
    pattern = pack.conf["designation"].get("named_by")
    if not pattern:
        return None
    lo = clause_of(s, pack, start)[0]
    docs = [(a, e, k) for a, e, k in pack.doc_types.find(s.norm[lo:start]) if k != "-"]
    if not docs or not re.match(pattern, s.norm[lo + docs[-1][1]:start]):
        return None
    return lo + docs[-1][1], docs[-1][2]


def partnerships(sentences: list[Sentence], pack: Pack, pairing: Pairing,
                 dates: list[tuple[dt.date | None, int | None]], published: dt.date | None = None,
                 documents=None) -> list[PartnershipFact]:
    found: dict[tuple, PartnershipFact] = {}
    preparing = _preparing(documents)  # "Договор о ... партнерстве на финальной стадии": not yet the pair's
    for s in sentences:
        pairs = pairing.of(s)
        if not pairs:
            continue
        ds = designations(s.norm, pack)
        reached = {a for a, _, _ in ds if _to(s, pack, a)}
        ups = [a for a, _, act in pack.actions.find(s.norm) if act == "upgrade"] + [a - 2 for a in reached]
        for i, (start, end, level) in enumerate(ds):
            clause = clause_of(s, pack, start)
            if any(start < u < later < clause[1] for u in ups for later, _, _ in ds[i + 1:]):
                continue  # "upgraded from X to Y": X is the old level
            if _in_planned_document(s, pack, start) or _bloc_level(s, pack, start):
                continue
            anniversary = _anniversary(s, pack, start)
            action, year, past = ("establish", None, True) if anniversary else _stated_after(s, pack, end)
            action = action or ("upgrade" if start in reached else _action(s, pack, start, ds[i - 1][1] if i else 0))
            if action != "reaffirm" and _change_to_come(s, pack, clause):
                continue  # "призван повысить статус до ...": a change to come, not the pair's level yet
            year = year or (None if anniversary else clause_year(s, pack, start, published))
            gloss = None if past else _gloss(s, pack, start, end)
            date, dyear = clause_date(s, pack, clause, published) or dates[s.index]
            past = past or _past(s, pack, start, clause)
            if _now(s, pack, start, clause):  # "2013年升级为…，目前是…的战略伙伴": today's level beside its history,
                date, year, dyear, past = _story_day(dates[s.index][0], published), None, None, False  # today's day
            if past:
                date = None
            if year is not None and (date is None or date.year != year):
                date = None
            year = None if anniversary else year or dyear
            year = None if gloss and gloss[1] == year else year  # the gloss's year is the level's history
            mention = Mention(s.start, s.end, s.text)
            kind = _naming_document(s, pack, start) if preparing else None
            for p in _designation_pairs(s, pack, pairing, clause, start) or pairs:
                if (p, kind) in preparing:
                    continue
                key = (p, level, _when(date, year, past, published))
                old = found.get(key)
                dated = old is not None and old.date is None and date is not None and old.action == action
                if old is None or _RANK[action] > _RANK[old.action] or dated:  # a headline has no date
                    found[key] = PartnershipFact(p, level, action, date, year if date is None else None,
                                                 (mention,) if old is None else old.mentions)
                if gloss:
                    found.setdefault((p, level, gloss[1] or "past"),
                                     PartnershipFact(p, level, gloss[0], None, gloss[1], (mention,)))
    return _fullest(found)


def _story_day(day: dt.date | None, published: dt.date | None) -> dt.date | None:
    """The day of the report's own story (within two months of publication), for a level stated as today's."""
    return day if day and published and abs((published - day).days) <= 62 else None


def _change_to_come(s: Sentence, pack: Pack, clause: tuple[int, int]) -> bool:
    """A change of level in a clause that only wishes, plans or schedules it: the pack's own
    ``change_modality`` words (zh, whose 将 also marks the object: "将两国关系提升为" is the upgrade itself,
    "希望将…提升为" one to come; ru "станут", a level to come that a signed document's clause may not share),
    or the clauses' modality words (the pack's ``modal_change``)."""
    acts = pack.conf["actions"]
    text = surface_of(s, pack, clause)  # spaced packs: the words as written (a lemma loses the tense)
    words = acts.get("change_modality", [])
    if pack.spaced and set(compiled(r"[\wё-]+").findall(text.lower())) & set(words) \
            or not pack.spaced and any(w in text for w in words):
        return True
    return bool(acts.get("modal_change")) and planned(s, pack, clause)


def _gloss(s: Sentence, pack: Pack, start: int, end: int) -> tuple[str, int | None] | None:
    """"加强“特殊且具特权的战略伙伴关系”（这是两国自2010年正式确立的称谓）": a gloss right after today's
    designation telling when the level was set (the pack's ``actions.history_after``), or an attribute right
    before it ("继续加深两国自2014年…开始的全面战略合作伙伴关系", ``actions.history_before``): (action, year) of
    a fact of its own, the level's earlier establishment, beside today's statement."""
    acts = pack.conf["actions"]
    for key, text, find in (("history_after", s.norm[end:end + 120], "match"),
                            ("history_before", s.norm[max(0, start - 80):start + 1], "search")):
        for action, patterns in acts.get(key, {}).items():
            for pattern in patterns:
                if m := getattr(compiled(pattern), find)(text):
                    y = m.groupdict().get("y")
                    return action, int(y) if y else None
    return None


def _when(date: dt.date | None, year: int | None, past: bool, published: dt.date | None):
    """What keeps two statements of one level apart: the year of a history, else past or today (a date within
    two months of publication is the report's own event: pages go up weeks after the meeting)."""
    if date is not None:
        return date.year if published and abs((published - date).days) > 62 else None
    return year or ("past" if past else None)


def _past(s: Sentence, pack: Pack, start: int, clause: tuple[int, int]) -> bool:
    """A level stated as history ("建交32年来 ... 结为", "建立了"): not today's event."""
    words = pack.conf["actions"].get("past", [])
    return any(w in s.norm[clause[0]:start + 2] for w in words)


def _now(s: Sentence, pack: Pack, start: int, clause: tuple[int, int]) -> bool:
    """A level in a clause opened by a word for the present ("目前", "如今"): today's, whatever year the
    sentence's history names before it."""
    words = pack.conf["actions"].get("now", [])
    return any(w in s.norm[clause[0]:start] for w in words)


def _fullest(found: dict[tuple, PartnershipFact]) -> list[PartnershipFact]:
    """Shorter wordings of a fuller one, for the same pair and time, are the same fact (a history,
    "建立战略伙伴关系10周年", keeps its own level beside today's fuller one); so is one only stated
    (reaffirmed) beside it, but not a level established before the fuller one it was raised to
    ("中波战略伙伴关系确立以来" beside "提升为全面战略伙伴关系")."""
    out = []
    for (p, level, when), f in found.items():
        words = set(level.split())
        if not any(q == p and w == when and words < set(other.split()) and not _raised_from(f, g, words, other)
                   for (q, other, w), g in found.items()):
            out.append(f)
    return out


def _raised_from(f: PartnershipFact, g: PartnershipFact, words: set[str], other: str) -> bool:
    """A level established before (``f``) that the fuller one (``g``) was raised to adds a modifier of the
    ladder ("comprehensive"), not a joining word ("comprehensive and strategic"): a fact of its own."""
    if f.action == "establish" and g.action == "establish" and f.mentions == g.mentions:
        return True  # "首个同中国建立战略伙伴关系、首个建立全面战略伙伴关系": each level its own establishing
    return f.action == "establish" and g.action == "upgrade" and bool(set(other.split()) - words - {"and"})


def _anniversary(s: Sentence, pack: Pack, start: int) -> bool:
    """"Четверть века с момента установления ... партнерства": the level's establishment, long ago."""
    conf = pack.conf["actions"]
    window = s.norm[max(0, start - 120):start]
    return any(w in window for w in conf.get("anniversary_words", [])) \
        and re.search(conf["anniversary_before"], window) is not None


def _stated_after(s: Sentence, pack: Pack, end: int) -> tuple[str | None, int | None, bool]:
    """(action, year, past) a phrase right after the designation states: "партнерства, установленного в
    1994 году", "伙伴关系10周年" (a history of the level, not today's event)."""
    for action, patterns in pack.conf["actions"].get("after", {}).items():
        for pattern in patterns:
            if m := compiled(pattern).match(s.norm[end:end + 80]):
                y = m.groupdict().get("y")
                return action, int(y) if y else None, True
    return None, None, False


def _designation_pairs(s: Sentence, pack: Pack, pairing: Pairing, clause: tuple[int, int], start: int) -> list:
    """In a sentence naming more than two countries, the pair of the designation's own clause:
    "与沙特建立..., 随后与伊朗也建立了...", or a list of the anchor's partners ("С государствами
    Центральной Азии — А, Б, В — у России налажено стратегическое партнерство")."""
    named = list(dict.fromkeys(iso for _, iso in s.countries))
    if len(named) <= 2 or pairing.anchor not in named:
        return []
    if (glossed := _glossed(s, pack, start)) and glossed != pairing.anchor:
        return [pair(pairing.anchor, glossed)]
    lo, hi = _with_list_items(s, pack, clause)
    own = list(dict.fromkeys(iso for at, iso in s.countries if lo <= at < hi))
    if len(own) == 2:
        return [pair(*own)]
    if len(own) == 1 and own[0] != pairing.anchor:
        return [pair(pairing.anchor, own[0])]
    if own == [pairing.anchor] or len(own) > 2:
        return [pair(pairing.anchor, c) for c in (own if len(own) > 2 else named) if c != pairing.anchor]
    return []


def _glossed(s: Sentence, pack: Pack, start: int) -> str | None:
    """"Францией (эксклюзивное партнерство) и Канадой (всеобъемлющее партнерство)": a designation in
    brackets right after a country's name is that country's."""
    w = word_at(s, start) if pack.spaced and "(" in s.text else None
    before = [(at, iso) for at, iso in s.countries if at < start]
    if not w or not before or not s.text[:w.start()].rstrip().endswith("("):
        return None
    return before[-1][1] if len(s.norm[before[-1][0]:start].split()) <= 4 else None


def _with_list_items(s: Sentence, pack: Pack, clause: tuple[int, int]) -> tuple[int, int]:
    """The clause with its neighbours that are only list items ("Казахстаном, Киргизией и ..."):
    a comma ends a clause, and a list of countries too."""
    most = pack.conf["designation"].get("list_item_max", 3)
    size = (lambda t: len(t.split())) if pack.spaced else len

    def item(a: int, b: int) -> bool:
        """A short neighbour naming a country and no designation of its own ("Японией (особое
        стратегическое партнерство)" is an item with its own level, not one of this one's), nor a word
        of the pack's ``item_not`` ("укрепляются связи с Бразилией", "помимо отношений с Китаем": ties
        of their own, or a country set aside)."""
        return size(s.norm[a:b]) <= most and any(a <= at < b for at, _ in s.countries) \
            and not any(h in s.norm[a:b] for h in heads) \
            and not any(w in s.norm[max(a - 1, 0):b + 1] for w in own_words)

    heads = normalised(pack.norm, tuple(pack.conf["designation"]["heads"]))
    own_words = _item_not(pack)

    lo, hi = clause
    while lo > 1 and item(start := clause_of(s, pack, lo - 2)[0], lo - 1):
        lo = start
    while hi < len(s.norm) - 1 and item(hi + 1, end := clause_of(s, pack, hi + 1)[1]):
        hi = end
    return lo, hi
