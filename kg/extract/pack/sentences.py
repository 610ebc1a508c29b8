"""Sentences of an article in its original text, each with the normalised form matching uses."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kg.extract.pack.lexicon import Pack

__all__ = ["Sentence", "split", "word_at"]


@dataclass
class Sentence:
    index: int
    start: int          # offsets into Article.text: the evidence is the original wording
    end: int
    text: str
    norm: str           # what the lexicon's matchers run over
    surface: str        # lowercased text (simplified for zh) for forms that lemmas lose
    countries: list[tuple[int, str]] = field(default_factory=list)  # (position in norm, iso3)
    both: bool = False
    bloc: bool = False  # names a bloc or region as the other side
    coordinated: set = field(default_factory=set)  # countries named side by side ("中吉、中塔")
    each: bool = False  # speaks of each pair of the sentence before ("各自", "分别")
    frame: bool = False  # the pack reads a bloc beside "both sides" as the frame of the pair's cooperation
    group: int = 0      # "три страны", "этими пятью странами": how many countries the sentence speaks of together
    back: bool = False  # the group is the one an earlier sentence lists ("этими", "上述")
    para: int = 0       # the paragraph (blank-line separated block) the sentence is in
    partner: bool = False  # opens with the other side ("С президентом Таджикистана ... обсудил"): the one named
    partners: bool = False  # a clause opening with "with" whose actor the clause before names ("；与X、Y签署…")
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # answers stages ask more than once


def split(text: str, pack: Pack) -> list[Sentence]:
    """Cut at the pack's sentence ends; for spaced scripts a full stop must be followed by a space."""
    ends = pack.conf["text"]["sentence_ends"]
    cls = "[" + re.escape(ends) + "]"
    # spaced scripts: a full stop before a space, or glued to a capitalised word ("странами.Формирование"),
    # but not after an initial ("В.В.Путина")
    # and a line break before a list's bullet ("подписаны:\n- соглашение ...") or a capital, however short the
    # word it opens (a headline over "В понедельник ...")
    # nor after a numbered list's marker at a line's start ("\n1. «Соглашение ...»")
    pattern = re.compile(rf"(?<![\s.][A-ZА-ЯЁ])(?<!^\d)(?<!\n\d)(?<!\n\d\d){cls}+(?=\s|$|[A-ZА-ЯЁ][a-zа-яё]|(?<=\n)[-–—•*A-ZА-ЯЁ])" if pack.spaced
                         else rf"{cls}+")
    out, start = [], 0
    for m in pattern.finditer(text):
        _add(out, text, start, m.end(), pack)
        start = m.end()
    _add(out, text, start, len(text), pack)
    if out and pack.conf["text"].get("cut_off_heads") and text.rstrip()[-1:].isalpha():
        _complete_cut_head(out[-1], pack)
    return out


def _complete_cut_head(s: Sentence, pack: Pack) -> None:
    """An excerpt cut off inside its last word ("Договора о стратегическом парт", "подписаны согл"): a cut word
    that begins a designation's head or, alone, one document type's word (the pack's ``cut_off_heads``, at least
    four letters) is that word."""
    words = s.norm.split()
    cut = words[-1] if words else ""
    own = pack.conf["designation"]["heads"]
    kinds = [w for w, t in pack.conf["agreements"].get("types", {}).items() if " " not in w and t != "-"]
    heads = [h for h in own if len(cut) >= 4 and h.startswith(cut) and h != cut]
    docs = [w for w in kinds if len(cut) >= 4 and w.startswith(cut) and w != cut]
    heads = heads or (docs if len(docs) == 1 else [])
    if heads and cut not in own and cut not in kinds:
        s.norm = s.norm[:s.norm.rstrip().rfind(cut)] + heads[0] + " "


def _add(out: list[Sentence], text: str, start: int, end: int, pack: Pack) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    body = chunk.strip()
    if len(body) < 2:
        return
    surface = pack.norm.surface(body) if hasattr(pack.norm, "surface") else body.lower()
    out.append(Sentence(len(out), start + lead, start + lead + len(body), body, pack.norm(body), surface,
                        para=text.count("\n\n", 0, start + lead)))


_WORD = re.compile(r"[0-9a-zа-я]+|[,;:]")
_WORD_BROKEN = re.compile(r"[0-9a-zа-я]+(?:-[ \t](?!(?:и|или|а|либо)\b)[а-я]+)*|[,;:]")  # as the ru lemmatiser's


def word_at(s: Sentence, pos: int) -> re.Match | None:
    """The word of ``s.text`` at lemma position ``pos`` (spaced packs: one lemma per word, in order),
    for what lemmas lose: case, number."""
    nth = len(s.norm[:pos].split())
    words = _words(s.text)
    return words[nth] if nth < len(words) else None


@functools.lru_cache(maxsize=1024)
def _words(text: str) -> tuple[re.Match, ...]:
    text = text.lower().replace("ё", "е")
    return tuple((_WORD_BROKEN if "- " in text or "-\t" in text else _WORD).finditer(text))
