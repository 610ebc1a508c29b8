"""Signed documents: a type word in a clause with a signing verb, not negated, not only planned.

A document's fields are the field words of its own stretch of text: before its type word for
zh (农业等领域合作文件), after it for ru (соглашение о сотрудничестве в области ...), plus a
"covering" phrase right after it. Lines under a list header ("В их числе:") are documents of
the signing before them.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from itertools import islice

from kg.extract.fastre import compiled
from kg.extract.pack.clauses import clause_of, drafted, negated, planned, signed_earlier, toward
from kg.extract.pack.clausetime import DIGIT, clause_date, clause_year
from kg.extract.pack.cooperation import in_title
from kg.extract.pack.dates import sentence_date
from kg.extract.pack.lexicon import Pack
from kg.extract.pack.numbers import number
from kg.extract.pack.pairs import Pairing
from kg.extract.pack.sentences import Sentence, word_at
from kg.facts import AgreementFact, Mention

__all__ = ["agreements"]


def _fields(s: Sentence, pack: Pack, docs: list[tuple[int, int, str]], i: int, sign_at: int) -> tuple[str, ...]:
    start, end, _ = docs[i]
    if pack.conf["text"]["doc_fields"] == "before":
        lo = max(docs[i - 1][1] if i else sign_at, clause_of(s, pack, start)[0])  # its own clause
        span = s.norm[lo:start] + (_subject_before_verb(s, pack, sign_at) if lo == sign_at else "")
        about = pack.conf["agreements"].get("about", "")
        if about and about in span:  # 《A部与B部关于X的备忘录》: a ministry's name before it is no field
            span = span[span.rindex(about) + len(about):]
        after = s.norm[end:]
        cover = pack.covering.find(after[:6])
        if cover:
            span += re.split("[。；;]", after)[0]
    else:
        hi = docs[i + 1][0] if i + 1 < len(docs) else len(s.norm)
        span = s.norm[end:hi]
        amends = docs[i][2] in pack.conf["agreements"].get("amending_types", [])
        if amends and i + 1 < len(docs) and not pack.fields.find(" " + span + " "):
            # "protocol amending the agreement on X" is about X too
            span = s.norm[end:docs[i + 2][0] if i + 2 < len(docs) else len(s.norm)]
        # "между Министерством образования, культуры и науки ... о сотрудничестве в области образования": a
        # signatory ministry's title names no field where the document's subject names one
        hits = pack.fields.find(" " + span + " ")
        own = [f for a, b, fs in hits if not in_title(s, pack, end + a - 1, end + b - 1) for f in fs]
        # where only titles name fields, a ministry's first one is its own ("Министерство энергетики,
        # горнодобывающей промышленности и ..."): the rest of a long title names none
        head = pack.conf["cooperation"].get("title_head")
        own = own or [f for a, _, fs in hits if head and re.search(head, s.norm[:end + a - 1]) for f in fs]
        return tuple(dict.fromkeys(own or [f for _, _, fs in hits for f in fs]))
    found = [f for _, _, fs in pack.fields.find(" " + span + " ") for f in fs]
    return tuple(dict.fromkeys(found))


def _title_over_package(s: Sentence, pack: Pack, docs: list) -> list:
    """zh "签署了《…中期规划》文件": a package word right after a closed title is that document, of the title's type."""
    package = set(pack.conf["agreements"].get("package", []))
    return [d for k, d in enumerate(docs) if not (k and not pack.spaced and s.norm[d[0]:d[1]] in package
                                                  and s.norm[docs[k - 1][1]:d[0]].strip() in ("》", "」"))]


def _subject_before_verb(s: Sentence, pack: Pack, sign_at: int) -> str:
    """zh "就扩大农业合作签署备忘录": the subject a signing is on may stand before its verb."""
    marks = pack.conf["agreements"].get("subject_before", [])
    head = s.norm[clause_of(s, pack, sign_at)[0]:sign_at]
    at = max((head.rfind(m) for m in marks), default=-1)
    return head[at:] if at >= 0 else ""


def _named_types(s: Sentence, pack: Pack) -> set[str]:
    """Types of documents written with a capital inside a sentence (for zh: in a 《title》 that names the
    pair, 《中俄睦邻友好合作条约》, 《关于两国…的框架协议》): a named (earlier) document."""
    if not pack.spaced:
        titles = [pack.norm(t) for t in compiled(r"《([^《》]{2,80})》").findall(s.text)]
        return {kind for t in titles if _bilateral_title(t, pack) for _, _, kind in pack.doc_types.find(t)}
    caps = compiled(r"(?<=[\s«“\"(])([A-ZА-ЯЁ][a-zа-яё]+)").findall(s.text[1:])
    return {kind for _, _, kind in pack.doc_types.find(pack.norm(" ".join(caps)))}


def _bilateral_title(title: str, pack: Pack) -> bool:
    """A title naming two countries, a compound of short forms (中俄) or a word for both sides (两国)."""
    shorts = "".join(pack.short_forms)
    return any(w in title for w in pack.conf["pair"].get("both", [])) or len(pack.countries.find(title)) >= 2 \
        or bool(shorts) and re.search(f"[{re.escape(shorts)}]{{2}}", title) is not None


def _headline(s: Sentence, pack: Pack, title: str | None = None) -> bool:
    """A short line (or the article's own title repeated on the page) without a sentence's end: a
    headline repeats (or announces) what the body says. A zh line ending in a colon leads into its
    text ("双方发表联合声明如下："), no headline."""
    ends = r"[.!?。！？；;”\"»]$" if pack.spaced else r"[.!?。！？；;”\"»:：]$"
    short = len(s.text) < 40 or bool(title) and s.text.strip() == title.strip()
    bullet = s.text.lstrip()[:1] in "-–—•*" or _ITEM.match(s.text) is not None  # a list's line (cut short), no headline
    return short and not bullet and "\n" not in s.text and not compiled(ends).search(s.text)


def _named_over_package(s: Sentence, docs: list, pack: Pack) -> list:
    """"Signed the plan and other documents": a package after a document named in its clause is that one."""
    package = set(pack.conf["agreements"].get("package", []))
    apart = set(pack.conf["agreements"].get("members_not", []))

    def covered(d) -> bool:
        word, at = d[4]
        lo = clause_of(s, pack, at)[0]
        # (not one with fields of its own: "签署合作规划和农产品、新闻等多项合作文件" is two entries, nor the
        # "other" documents after it: "подписали договор ... и ряд других документов")
        others = pack.conf["agreements"].get("others", [])
        if any(w in s.norm[max(lo, at - 16):at].split() or not pack.spaced and w in s.norm[max(lo, at - 8):at]
               for w in others):
            return False
        return word in package and any(lo <= o[4][1] < at and o[4][0] not in package and set(d[1]) <= set(o[1])
                                       for o in docs)

    def listing(d) -> bool:
        """"Signed a number of documents, among them a treaty on ...": the package is its members (so is a
        bare type word the header follows: "签署的协定中有5项…，包括：A、B")."""
        word, at = d[4]
        headers = [a for a, _, _ in pack.list_headers.find(s.norm) if a >= at]  # "这五个文件包括": its own word
        bare = not pack.spaced and not d[1] and not d[3] and d[0] not in apart
        return (word in package or bare) and any(o[4][1] > h and o[4][0] not in package and o is not d
                                                 for h in headers[:1] for o in docs)

    return [d for d in docs if not covered(d) and not listing(d)]


def _generic_singular(s: Sentence, pack: Pack, *, kind_word: str, counted: bool = False, after: str = "") -> bool:
    """"Signed a document, which ...": a generic word in the singular is the document named elsewhere
    ("подписание документа": a form that is plural only after a count, the pack's ``generic_after_count``);
    one saying what it is about ("подписали документ о стратегическом партнерстве", the pack's ``generic_about``)
    is a document of its own."""
    conf = pack.conf["agreements"]
    if kind_word.strip() not in conf.get("generic", []):
        return False
    if conf.get("generic_about") and compiled(conf["generic_about"]).match(after):
        return False
    words = set(re.findall(r"\w+", s.surface))
    return not words & set(conf.get("generic_counted", [])) and not (counted and words & set(conf.get("generic_after_count", [])))


def _by_companies(s: Sentence, pack: Pack, clause: tuple[int, int], verbs: list[int]) -> bool:
    """Firms as the signing side ("companies of both countries signed"): a deal, not an agreement."""
    before = s.norm[clause[0]:max(verbs)] if verbs else ""
    return any(w in before for w in pack.conf["agreements"].get("firm_words", []))


def _own_heading(sentences: list[Sentence], k: int, pack: Pack, dates, title: str | None = None) -> bool:
    """A line that is a document's own title, a date line under it ("Joint Statement of ... / 27 May"), or
    the page's own title written as a document's full title ("中华人民共和国和X国关于…的联合声明"), or a
    title line over the document's first numbered paragraph (the pack's ``text_opens``):
    the page publishes the document itself, so it stands signed without a signing verb."""
    s = sentences[k]
    nxt = sentences[k + 1] if k + 1 < len(sentences) else None
    about = pack.conf["agreements"].get("about")
    titled = bool(title and about) and s.text.strip() == title.strip() and about in s.norm
    opens = pack.conf["agreements"].get("text_opens")  # "一、应…邀请": the document's first numbered paragraph
    text_next = bool(opens and nxt is not None and compiled(opens).match(nxt.text.strip()))
    if "\n" in s.text or compiled(r"[.!?。！？:：；;]$").search(s.text) or not titled and not text_next and (
            nxt is None or len(nxt.text) > 30 or dates[nxt.index][0] is None):
        return False
    docs = pack.doc_types.find(s.norm)
    tail = pack.conf["agreements"].get("title_tail")  # "中越联合声明（全文）": the title with a note after it
    body = compiled(tail + "$").sub("", s.norm.strip()) if tail else s.norm.strip()
    return bool(docs) and (docs[0][0] <= 1 if pack.spaced else docs[-1][1] >= len(body.rstrip("》」”\"' ")))


def _documents(s: Sentence, pack: Pack, listed: bool, header_at: int | None = None, *, own: bool = False
               ) -> list[tuple[str, tuple[str, ...], str, str | None, str]]:
    """(type, fields, status, name, type word) of each document the sentence reports signed or planned;
    after a list header in the sentence itself ("среди них дорожная карта ..."), each document it names;
    ``own``: the sentence is the document's own heading (see :func:`_own_heading`)."""
    heads = [(a, b) for a, b, _ in pack.list_headers.find(s.norm)]  # "签署的协议包括": the header's own word
    docs = _outer(s, pack, _title_over_package(s, pack, [d for d in pack.doc_types.find(s.norm) if d[2] != "-"  # "-": no document
                            and not any(a <= d[0] < b for a, b in heads)
                            and not in_title(s, pack, d[0], d[1])  # "规划、预算和管理部": a ministry's name
                            and not _bloc_titled(s, pack, d[0])]))
    if pack.spaced:  # capitals and plurals: only a cased script with word forms has them
        docs = _lumped(s, pack, [d for d in _named_about(s, pack, docs) if _written_as_named(s, pack, d)])
    signs = [a for a, _, _ in pack.sign.find(s.norm) if not _reporting(s, pack, a)]
    named = _named_types(s, pack)
    out = []
    for i, (start, end, kind) in enumerate(docs):
        if i + 1 < len(docs) and s.norm[end:docs[i + 1][0]].strip("》」“”\"' ") == "" :
            continue  # 签署并发表《...》: one document, named by its last type word
        if i + 1 < len(docs) and not pack.spaced and _AMENDED.fullmatch(s.norm[end:docs[i + 1][0]]) \
                and docs[i + 1][2] in pack.conf["agreements"].get("amending_types", []):
            continue  # 防务协定的补充议定书: the protocol is the document, the agreement what it amends
        clause = _continued(s, pack, clause_of(s, pack, start)) if not pack.spaced else (0, len(s.norm))
        verbs = [a for a in signs if clause[0] <= a < clause[1]]
        if pack.spaced:  # verbs anywhere in the sentence; tense and negation from the verb to the document
            clause = _verb_to_document(s, pack, verbs, start)
        titled = own and i == (0 if pack.spaced else len(docs) - 1) or _full_text(s, pack, clause)
        after_header = header_at is not None and start > header_at and not verbs
        leads = len(s.norm[:start].split()) <= 1 if pack.spaced else start <= 1 or _ITEM.match(s.text) is not None
        # "- межправительственное соглашение", zh "1. 关于…的谅解备忘录。" (its type word last)
        named_here = kind in named and (pack.spaced or _in_title_marks(s, start)) \
            or _compound_named(s, pack, start)  # zh: itself inside a 《title》, or "中塞自由贸易协定"
        if not verbs and not (listed and i == 0 and leads) and not titled and not named_here and not after_header:
            continue
        whole = (0, len(s.norm))  # "signing ..., will not take place"; "the deal, shelved, ..."
        if not pack.spaced and not verbs and any(w in s.norm[clause[0]:start] for w in pack.conf["agreements"].get("firm_words", [])):
            continue  # a listed item between a firm and the other side ("某银行与某公司融资框架协议"): a deal
        count = _count(_unmarked(s, s.norm[clause_of(s, pack, start)[0]:start]), pack)
        if negated(s, pack, whole) or _by_companies(s, pack, (whole[0], clause[1]), [a for a in verbs if a < start]) \
                or _generic_singular(s, pack, kind_word=s.norm[start:end], after=s.norm[end:end + 8],
                                     counted=count is not None or DIGIT.search(s.norm[clause_of(s, pack, start)[0]:start]) is not None):
            continue
        # "к заключению договора", "соглашения ... шагов для подписания": the signing is a goal
        aimed = [a for a in verbs if a < start][-1:] or [a for a in verbs if a > start][:1]
        status = "planned" if (planned(s, pack, _modal_reach(s, pack, clause, end, verbs)) or drafted(s, pack, start, end)
                               or any(toward(s, pack, a) for a in aimed)
                               or _text_agreed(s, pack, kind, [a for a in verbs if clause[0] <= a < clause[1]])) \
            and not signed_earlier(s, pack, end) else "signed"
        sign_at = max([a for a in verbs if a < start], default=clause[0])
        # "заключили 15 соглашений в ходе встречи": a counted plural's words after it name no document
        name = None if count is not None and pack.spaced else _name(s, pack, docs, i)
        doc = (kind, _fields(s, pack, docs, i, sign_at), status, name,
               (s.norm[start:end].strip(), start), count)
        out += [doc[:3] + (name,) + doc[4:] for name in _coordinated(s, pack, start)] or [doc]
    return out


def _named_about(s: Sentence, pack: Pack, docs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ru "Совместное заявление председателя КНР и президента РФ о плане развития ...": a type word after
    "о"/"об" of the document named before it (the pack's ``name_subject``, over the words between the two) is
    what that document is about, not a document of its own."""
    rx = pack.conf["agreements"].get("name_subject")
    if not rx or len(docs) < 2:
        return docs
    return [d for i, d in enumerate(docs) if not i or not compiled(rx).fullmatch(s.norm[docs[i - 1][1]:d[0]])]


def _reporting(s: Sentence, pack: Pack, at: int) -> bool:
    """"«…планы развития взаимодействия», — заключил глава МИД": a signing verb that is also one of saying
    (the pack's ``reporting_verbs``) right after a quotation's close and a dash (``reporting_before``, over the
    text as written) reports a speech, no signing."""
    conf = pack.conf["agreements"]
    verbs, before = conf.get("reporting_verbs"), conf.get("reporting_before")
    words = s.norm[at:at + 40].split()
    if not verbs or not before or not words or words[0] not in verbs or not (w := word_at(s, at)):
        return False
    return compiled(before).search(s.text[:w.start()]) is not None


def _compound_named(s: Sentence, pack: Pack, start: int) -> bool:
    """zh "中塞自由贸易协定将于7月1日生效": a type word whose own phrase (from the last list mark) opens with
    the pair's compound of short forms names a document of the pair, signed or in force, without a verb."""
    if pack.spaced:
        return False
    lo = clause_of(s, pack, start)[0]
    begin = max([lo] + [m + 1 for m in (s.norm.rfind(c, lo, start) for c in "、和与及的") if m >= 0])
    named = [(at, iso) for at, iso in s.countries if begin <= at < start]
    return 0 < start - begin <= 12 and len({iso for _, iso in named}) >= 2 and min(at for at, _ in named) == begin \
        and not pack.sign.find(s.norm[begin:start])


def _bloc_titled(s: Sentence, pack: Pack, at: int) -> bool:
    """zh "《中国与欧亚经济联盟经贸合作协定》": a document whose own title names a bloc (not a compound of
    short forms, "中欧") as the other party is the bloc's, not the pair's."""
    if pack.spaced:
        return False
    shorts = "".join(pack.short_forms)
    titles = [m.group(1) for m in compiled(r"《([^《》]*)》").finditer(s.norm) if m.start() < at < m.end()]
    parties = pack.conf["agreements"].get("bloc_parties", [])
    return any(t[a] not in shorts for t in titles for a, _, _ in pack.blocs.find(t)) \
        or any(w in t for t in titles for w in parties)


def _in_title_marks(s: Sentence, at: int) -> bool:
    """zh: a position inside a 《title》 ("《…共同行动计划》" named, "工作计划" after it only a word)."""
    return any(m.start() < at < m.end() for m in re.finditer(r"《[^《》]*》", s.norm))


_ITEM = re.compile(r"\s*\d{1,2}[.)、．]\s*\S")
_AMENDED = re.compile(r"的[^，,、；;。《》]{0,4}")


@functools.lru_cache(maxsize=None)
def _subject_of(joins: tuple[str, ...]) -> re.Pattern:
    """The rest of a "关于…的" subject up to its 的: no clause mark, title mark or joining word."""
    return re.compile(r"[^，,、；;。《》" + re.escape("".join(joins)) + r"]{0,12}的")


def _outer(s: Sentence, pack: Pack, docs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """zh: "关于共同编制合作规划的谅解备忘录": a type word inside the "关于…的" of the type word after it
    is what that document is about, not a document of its own."""
    about = pack.conf["agreements"].get("about", "")
    if pack.spaced or not about:
        return docs
    subject = _subject_of(tuple(pack.conf["agreements"].get("about_joins", [])))
    return [d for i, d in enumerate(docs) if i + 1 >= len(docs)
            or about not in s.norm[docs[i - 1][1] if i else 0:d[0]]
            or not subject.fullmatch(s.norm[d[1]:docs[i + 1][0]])]


def _modal_reach(s: Sentence, pack: Pack, clause: tuple[int, int], end: int, verbs: list[int]) -> tuple[int, int]:
    """zh: right after the document (the pack's ``subject_future``), 将 tells what the document does ("《条约》将…写入法律", "协定将于明年生效");
    it makes the signing future only with a signing verb after it ("协议将于明年签署")."""
    if pack.spaced or any(end <= a < clause[1] for a in verbs) \
            or not s.norm[end:clause[1]].lstrip("》」”\"' ").startswith(tuple(pack.conf["agreements"].get("subject_future", []))):
        return clause
    return clause[0], end


def _continued(s: Sentence, pack: Pack, clause: tuple[int, int]) -> tuple[int, int]:
    """"签署A，以及B的协议": a clause opened by a conjunction (the pack's ``continues``) shares the verb of
    the clause before it; so does one without a verb after a clause whose signing verb has no document yet."""
    joins = tuple(pack.conf["agreements"].get("continues", ()))
    while joins and clause[0] > 0 and s.norm[clause[0]:clause[1]].lstrip().startswith(joins):
        clause = (clause_of(s, pack, clause[0] - 1)[0], clause[1])
    own = s.norm[clause[0]:clause[1]].rstrip("》」”\"' ")
    ends = [e for _, e, _ in pack.doc_types.find(own)]  # the document closes the clause ("…交往的协议")
    if clause[0] > 0 and s.norm[clause[0] - 1] in "，," and not pack.sign.find(own) and ends and max(ends) == len(own):
        prev = clause_of(s, pack, clause[0] - 1)  # "签署了一系列促进…发展,大项目投资和…的协议": the verb's
        verbs = [a for a, _, _ in pack.sign.find(s.norm[prev[0]:prev[1]])]  # object runs on past a comma
        if verbs and not pack.doc_types.find(s.norm[prev[0] + max(verbs):prev[1]]):
            clause = (prev[0], clause[1])
    return clause


def _full_text(s: Sentence, pack: Pack, clause: tuple[int, int]) -> bool:
    """"The full text of the joint statement follows": the page publishes the document itself."""
    return any(w in s.norm[clause[0]:clause[1]] for w in pack.conf["agreements"].get("full_text", []))


def _text_agreed(s: Sentence, pack: Pack, kind: str, verbs: list[int]) -> bool:
    """"Полностью согласован договор", "его текст был согласован": a treaty's text agreed is not yet
    a treaty signed (a programme the sides agree on is adopted, so only the pack's types)."""
    conf = pack.conf["agreements"]
    if not verbs or kind not in conf.get("agreed_text_types", []):
        return False
    return all(s.norm[a:].split()[0] in conf.get("agreed_text_verbs", []) for a in verbs)


def _plural(s: Sentence, pack: Pack, at: int) -> bool:
    form = pack.conf["agreements"].get("plural_form")
    w = word_at(s, at) if form and pack.spaced else None
    return bool(w and re.search(form, w.group()))


def _lumped(s: Sentence, pack: Pack, docs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"Подписаны меморандумы и соглашения": plural type words joined by "and" (adjectives before the
    second one left aside, the pack's ``adjective``) are one package (the pack's package type), not one
    document of each type."""
    conf = pack.conf["agreements"]
    if len(docs) < 2 or not conf.get("joins"):
        return docs
    out: list[tuple[int, int, str]] = []
    adjective = conf.get("adjective")  # "меморандумы и межведомственные соглашения": adjectives between
    for d in docs:
        between = s.norm[out[-1][1]:d[0]] if out else ""
        between = re.sub(adjective, " ", between) if adjective else between
        if out and between.strip() in conf.get("joins", []) \
                and _plural(s, pack, out[-1][0]) and _plural(s, pack, d[0]):
            out[-1] = (out[-1][0], d[1], conf["package_type"])
        else:
            out.append(d)
    return out


def _written_as_named(s: Sentence, pack: Pack, doc: tuple[int, int, str]) -> bool:
    """Type words that are everyday words too ("принять решение": to decide) are documents only
    written as a name, with a capital ("приняли «Решение первого заседания ...»")."""
    if s.norm[doc[0]:doc[1]].strip() not in pack.conf["agreements"].get("named_only", []):
        return True
    w = word_at(s, doc[0])
    return bool(w) and s.text[w.start()].isupper()


def _coordinated(s: Sentence, pack: Pack, start: int) -> list[str]:
    """"Улан-Баторская (2000) и Московская (2006) декларации": one plural type word after
    coordinated names is one document per name; the names, as written, with the type word."""
    pattern = pack.conf["agreements"].get("coordinated_before")
    joined = pattern and pack.spaced and not set(s.norm[max(0, start - 80):start].split()[-4:-1]).isdisjoint(
        pack.conf["agreements"].get("joins", []))  # a join word among the three words before
    w = word_at(s, start) if joined and _plural(s, pack, start) else None
    m = re.search(pattern, s.text.lower()[:w.start()]) if w else None
    if not m:
        return []
    return [s.text[m.start(g):m.end(g)] + " " + s.text[w.start():w.end()] for g in ("a", "b")]


def _verb_to_document(s: Sentence, pack: Pack, verbs: list[int], start: int) -> tuple[int, int]:
    """From the signing verb before the document to its clause's end; with the verb only after it
    ("соглашение о ..., ... может быть подписано в декабре"), to the verb's clause's end."""
    before = [a for a in verbs if a < start]
    after = [a for a in verbs if a > start]
    end = clause_of(s, pack, start)[1]
    if not before and after:
        end = max(end, clause_of(s, pack, after[0])[1])
    return min(before, default=start), end


def _unmarked(s: Sentence, before: str) -> str:
    """The words before a document without a numbered list's marker ("1. «Соглашение ...»"): no count."""
    return "" if compiled(r"\d{1,2}[.)]\s").match(s.text) and len(before.split()) <= 1 else before


def _count(before: str, pack: Pack) -> int | None:
    """How many documents a package word counts ("22 документа", "36份合作文件"), by the pack's pattern."""
    conf = pack.conf["agreements"]
    m = compiled(conf["count_before"]).search(before) if conf.get("count_before") else None
    return number(m.group("n"), conf.get("numbers", {})) if m else None


def _name(s: Sentence, pack: Pack, docs: list[tuple[int, int, str]], i: int) -> str | None:
    """The document's own name as written: 《...》 for zh, the type word to its clause's end for ru."""
    start, end, _ = docs[i]
    word = s.norm[start:end].strip()
    if word in pack.conf["agreements"].get("generic", []):
        return None
    if not pack.spaced:  # the title the type word closes ("《A备忘录》和《B备忘录》": each its own)
        inside = [m for m in compiled(r"《([^《》]{2,80})》").finditer(s.norm) if m.start(1) <= start and end <= m.end(1)]
        if inside and len(s.text) == len(s.norm):
            return s.text[inside[0].start(1):inside[0].end(1)]
        titles = [m.group(1) for m in compiled(r"《([^《》]{2,80})》").finditer(s.text)]
        item = _ITEM.match(s.text)  # "1. 关于…的谅解备忘录。": a list line names its document
        return inside[0].group(1) if inside else next((t for t in titles if pack.norm(t).endswith(word)),
                                                      s.text[item.end() - 1:].strip(" 。；;") if item else
                                                      _list_item(s, pack, docs, i))
    head = word.split()[0]
    nth = s.norm[:start].split().count(head)
    hits = (m for m in compiled(r"[\w-]+").finditer(s.text) if pack.norm(m.group()).strip() == head)
    hit = next(islice(hits, nth, None), None)  # the words after it are not lemmatised
    if hit is None:
        return None
    rest = compiled(r"[,;:()]|(?<![\s.][A-ZА-ЯЁ])\.").split(s.text[hit.start():])[0].split()  # initials stay
    return " ".join(rest[:14]) if len(rest) > 1 else None  # a bare plural ("соглашений") names nothing


def _list_item(s: Sentence, pack: Pack, docs: list[tuple[int, int, str]], i: int) -> str | None:
    """zh "签署的文件包括A部与B部合作计划、…关于…的协议、…": after a list header each item, from the
    end of the header or of the item before to its type word, is a document named by that stretch."""
    start, end, _ = docs[i]
    heads = [b for _, b, _ in pack.list_headers.find(s.norm) if b <= start]
    if not heads or len(s.text) != len(s.norm):
        return None
    lo = max([heads[-1]] + [d[1] for d in docs[:i]])
    name = s.text[lo:end].strip(" 、，,；;：:")
    return name if len(name) > len(s.norm[start:end].strip()) else None


def agreements(sentences: list[Sentence], pack: Pack, pairing: Pairing,
               dates: list[tuple[dt.date | None, int | None]], published: dt.date | None = None,
               title: str | None = None) -> list[AgreementFact]:
    out: list[AgreementFact] = []
    listed = counted = after_count = False  # after_count: the sentence before counted a package
    pending = False  # a list header seen, its lines not yet: the counted package before is the lines listed
    titles: list = []  # headlines with their pairs: their documents count only where the body names none
    deferred: list = []  # documents pointed back to ("相关协议"): the same, where the article names none
    covering = pack.conf["agreements"].get("covering_subject")
    for k, s in enumerate(sentences):
        heads = pack.list_headers.find(s.norm)
        numbered = _numbered_after(sentences, k)
        header = bool(heads) or numbered or (pack.spaced and s.text.rstrip().endswith(":"))
        pairs = pairing.of(s)
        own = bool(pairs) and _own_heading(sentences, k, pack, dates, title)
        headline = bool(pairs) and not own and _headline(s, pack, title)
        titles += [(s, pairs)] if headline else []
        # "Подписали три документа. Меморандум о ..., а также соглашение о ...": a line after a counted package
        # naming documents without a verb of its own lists that package's documents
        at = heads[0][1] if heads and (_listed_before(out, pairs) or _signed_before(s, pack, heads[0][0])) \
            else -1 if after_count and not pack.sign.find(s.norm) else None
        docs = _documents(s, pack, listed, at, own=own) if pairs and not headline else []
        after_count = any(d[5] for d in docs)
        item = listed and not heads  # a line of a list: its documents are each its own
        listed = header or (listed and (bool(docs) or not pairs and s.text.lstrip()[:1] in "-–—•*"))  # a bullet of no pair
        refer = _bare_before_header(s, pack, docs, heads)  # "签署的协定中有5项…，包括：": the package told before
        docs = _named_over_package(s, docs, pack)
        back_refs = [d for d in docs if not d[1] and d[4][0] not in pack.conf["agreements"].get("package", [])
                     and _refers_back(s, pack, d[4][1])]  # "见证了相关合作文件的签署" is a package signed
        docs = [d for d in docs if d not in back_refs]
        carried = [d for d in docs if _in_force(s, pack, d[4][1])]
        deferred += [(s, pairs, d, False) for d in back_refs] + [(s, pairs, d, True) for d in carried]
        docs = [d for d in docs if d not in carried]
        back = bool(heads) and s.norm[heads[0][0]:].startswith(tuple(pack.conf["agreements"].get("package", [])))
        if heads and heads[0][0] <= 2 and docs and k:
            _drop_bare_package(out, sentences[k - 1], pack)
        opens = bool(heads) and heads[0][0] <= 2  # "Среди них — меморандум ...": the sentence opens with the header
        if docs and (back or refer or opens or pending and item):  # "Подписаны 28 документов. Среди них:" then one a line
            _drop_referred_package(out, pairs, pack)
        pending = header or pending and listed and not docs
        if counted and not docs and covering:
            _covering_next(s, pack, out, covering)
        counted = any(d[5] for d in docs) if docs else counted  # "the full list is on the site" between
        when = dates[s.index + 1] if own else dates[s.index]
        also = bool(pack.also.find(s.norm))  # "Кроме того, ... обмен 15 документами": more documents
        lo = 0
        for kind, fields, status, name, (word, at), count in _distinct(docs):
            date, year = when if own else _clause_when(s, pack, at, lo, published, when)
            lo = at + len(word)
            for p in pairs:
                fact = AgreementFact(p, kind, fields, date, year if date is None else None, count=count,
                                     status=status, name=name, mentions=(Mention(s.start, s.end, s.text),))
                _add(out, fact, generic=word in pack.conf["agreements"].get("package", []), item=item, also=also)
    _drop_packages_named_after(out, sentences, pack)
    _headline_only(out, titles, pack, dates)
    _unless_named(out, deferred, dates)
    return out


def _drop_packages_named_after(out: list[AgreementFact], sentences: list[Sentence], pack: Pack) -> None:
    """"Подписали 10 документов. Так, ... подписана дорожная карта ...": a package of the pair (a package
    word, counted or not) whose documents the next sentences (up to the pack's ``members_after``) name by
    their own type is those documents, no entry of its own (not a joint statement: one issued besides)."""
    reach = pack.conf["agreements"].get("members_after", 0)
    kinds = _package_kinds(pack)
    where = {s.start: s.index for s in sentences}
    apart = set(pack.conf["agreements"].get("members_not", []))  # a joint statement the leaders issue besides
    members = [(f, where.get(f.mentions[0].start, -1)) for f in out
               if f.status == "signed" and f.type not in kinds | apart]

    def named_after(f: AgreementFact) -> bool:  # of the package's own time (not "the 1994 treaty")
        k = where.get(f.mentions[0].start, -1)
        return any(m.pair == f.pair and 0 < j - k <= reach and not _dated_apart(m, f) for m, j in members)

    if reach:
        out[:] = [f for f in out if not (f.type in kinds and not f.name and f.status == "signed" and named_after(f))]


def _in_force(s: Sentence, pack: Pack, at: int) -> bool:
    """"落实好…对接合作规划": a document whose nearest signing word before it is one of carrying a document
    out (the pack's ``in_force``) is a document in force, perhaps the one the article names signed."""
    words = tuple(pack.conf["agreements"].get("in_force", []))
    before = [a for a, _, _ in pack.sign.find(s.norm) if a < at]
    return bool(words and before) and s.norm.startswith(words, max(before))


def _unless_named(out: list[AgreementFact], deferred: list, dates) -> None:
    """Documents pointed back to ("签署相关文件") are the pair's documents named elsewhere: only for a pair
    with none found do they stand for its signing; a document carried out (``typed``), where the pair has
    none of its type."""
    bare = {p for _, pairs, _, _ in deferred for p in pairs if not any(f.pair == p for f in out)}
    for s, pairs, (kind, fields, status, name, _, count), typed in deferred:
        for p in pairs:
            if (typed or p in bare) and status == "signed" and not any(f.pair == p and f.type == kind for f in out):
                out.append(AgreementFact(p, kind, fields, dates[s.index][0], dates[s.index][1], count=count,
                                         status=status, name=name, mentions=(Mention(s.start, s.end, s.text),)))

def _headline_only(out: list[AgreementFact], titles: list, pack: Pack, dates) -> None:
    """"中老签署联合声明" over a body that reports the talks only: a headline's signed document (named by
    its type, or a package word with its count: "签署20余项合作文件") is the article's document where the
    body names none for the pair."""
    package = pack.conf["agreements"].get("package", [])
    bare = {p for s, pairs in titles for p in pairs if not any(f.pair == p for f in out)}
    # (the pack's ``headline_type``: a headline's named document where the body names none of its type,
    # "подписали соглашение о ..." over a body reporting an earlier memorandum; not a counted package, which
    # the body's documents are)
    typed = pack.conf["agreements"].get("headline_type", False)
    for s, pairs in titles:
        for kind, fields, status, name, (word, _), count in _documents(s, pack, False):
            for p in pairs:
                if status == "signed" and (p in bare or typed and word not in package and count is None) \
                        and (word not in package or count is not None) \
                        and not any(f.pair == p and f.type == kind for f in out):
                    out.append(AgreementFact(p, kind, fields, dates[s.index][0], dates[s.index][1], count=count,
                                             status=status, name=name, mentions=(Mention(s.start, s.end, s.text),)))


def _refers_back(s: Sentence, pack: Pack, at: int) -> bool:
    """"尽快落实好相关合作协议", "签署相关文件": a document word right after a word pointing back (the pack's
    ``refers_back``) is a document named elsewhere, no new one."""
    words = pack.conf["agreements"].get("refers_back", [])
    return any(s.norm[max(0, at - len(w) - 2):at].find(w) >= 0 for w in words)


def _numbered_after(sentences: list[Sentence], k: int) -> bool:
    """"Подписали 2 соглашения." with "1. «Соглашение ...»" on the next line: the sentence heads a
    numbered list of its documents (zh "1.《…》" without a space after the number too)."""
    return k + 1 < len(sentences) and compiled(r"1[.)、．]\s*(?=[^\d\s])").match(sentences[k + 1].text) is not None


def _clause_when(s: Sentence, pack: Pack, at: int, lo: int, published: dt.date | None, when: tuple) -> tuple:
    """The time of the document's own clause, when the sentence holds two ("2016年建立..., 2018年签署
    ...备忘录": the memorandum is of 2018); else the sentence's. zh reads from the document before it
    (or the clause's start) to this one ("1972年发表的《...声明》、1978年签署的《...条约》"), titles left out."""
    if not pack.spaced:
        span = compiled(r"《[^》]*》?").sub("", s.norm[max(lo, clause_of(s, pack, at)[0]):at])
        if not _timed(pack).search(span):
            return when  # no time of its own ("领域8份" is a count): the sentence's
        d, y, stated = sentence_date(span, pack.conf, published)
        return (d, y) if stated else when
    if not DIGIT.search(s.surface):
        return when
    date, year = clause_date(s, pack, clause_of(s, pack, at), published) or when
    stated = clause_year(s, pack, at, published)
    if stated is not None and (date is None or date.year != stated):
        return None, stated
    return date, year


def _timed(pack: Pack) -> re.Pattern:
    """A number right before a unit of time (2018年, 一九九六年, 5月): where a zh clause states a time."""
    d = pack.conf["dates"]
    chars = re.escape("".join(d.get("numerals", {})))
    return _units_after(chars, re.escape(d.get("numeral_units", "")))


@functools.lru_cache(maxsize=None)
def _units_after(chars: str, units: str) -> re.Pattern:
    return re.compile(f"[\\d{chars}][{units}]" if units else "(?!x)x")


def _covering_next(s: Sentence, pack: Pack, out: list[AgreementFact], pattern: str) -> None:
    """"Подписаны 22 документа. Договоренности касаются атомной энергетики, ...": a sentence whose
    subject is the documents and whose verb covers fields gives them to the package counted just before
    (a headline may have named it first)."""
    m = re.match(pattern, s.norm)
    fields = tuple(dict.fromkeys(f for _, _, fs in pack.fields.find(s.norm[m.end() - 1:]) for f in fs)) if m else ()
    for i, f in enumerate(out):
        if fields and f.count and not f.fields and f.status == "signed":
            out[i] = dataclasses.replace(f, fields=fields)


def _drop_bare_package(out: list[AgreementFact], before: Sentence, pack: Pack) -> None:
    """"Signed a number of other agreements. Among them, ...": a package without count, name or fields
    in the sentence before a list header is the documents the next sentences name (a package's type: a
    communique there is a document of its own)."""
    kinds = _package_kinds(pack)
    out[:] = [f for f in out if not (f.mentions[0].start == before.start and not f.fields and not f.name
                                     and f.count is None and f.status == "signed" and f.type in kinds)]


def _package_kinds(pack: Pack) -> set:
    conf = pack.conf["agreements"]
    return {conf["types"].get(w) for w in conf.get("package", [])} | {conf.get("package_type")}


def _drop_referred_package(out: list[AgreementFact], pairs, pack: Pack) -> None:
    """"签署五个合作文件。……这五个文件包括：A，B", "Подписаны 28 документов. Среди них:" and a line each:
    the pair's bare packages (counted or not; "签署31份…" in a caption and again in the text) are the documents
    a list names after them (a header naming the package word, or the first line under a header)."""
    kinds = _package_kinds(pack)
    last = [i for i, f in enumerate(out) if f.pair in pairs and (not f.fields or f.count) and not f.name
            and f.status == "signed" and (f.count or f.type in kinds)]
    out[:] = [o for i, o in enumerate(out) if i not in last]


def _distinct(docs: list) -> list:
    """A document named twice in one sentence ("signed the X communique ... from the communique's
    signing day") is one document: the same type and name, or its bare type word again."""
    seen, out = set(), []
    for d in docs:
        key = (d[0], d[3]) if d[3] else d
        bare = not d[1] and not d[3] and d[5] is None  # "四项协定…在协定上签字": the type word again
        if key not in seen and not (bare and any(o[0] == d[0] for o in out)):
            seen.add(key)
            out.append(d)
    return out


def _bare_before_header(s: Sentence, pack: Pack, docs: list, heads) -> bool:
    """zh "签署的协定中有5项…，包括：A、B": bare type words before the header point back to a
    package told earlier, whose members the list names."""
    apart = set(pack.conf["agreements"].get("members_not", []))
    return not pack.spaced and bool(heads) and any(not d[1] and not d[3] and d[0] not in apart and d[4][1] < heads[0][0]
                                                   for d in docs) and any(d[4][1] > heads[0][1] for d in docs)


def _signed_before(s: Sentence, pack: Pack, header: int) -> bool:
    """zh "两国签署了9项文件，其中包括：A、B": the sentence's own signing, before its list header."""
    return not pack.spaced and any(a < header for a, _, _ in pack.sign.find(s.norm))


def _listed_before(out: list[AgreementFact], pairs) -> bool:
    """A package of the sentence's pair found already, whose members a list header then names."""
    return any(f.pair in pairs and f.status == "signed" for f in out)


def _add(out: list[AgreementFact], fact: AgreementFact, *, generic: bool = False, item: bool = False,
         also: bool = False) -> None:
    """A document without fields repeats one of the same type already found (and vice versa); so does
    one of the same fields (see :func:`_repeats`).

    Two documents of one sentence are two documents; so are two list lines' documents named apart (``item``),
    and a counted package and a named document when the later one's sentence adds it (``also``: "кроме того"). Names do not keep documents apart (a headline words the same document differently); they
    give two documents of one type and field their own identities in the graph. Two names about different
    things do (see :func:`_about_apart`).
    """
    for i, old in enumerate(out):
        if _same_count(old, fact):  # "签署四项协定" then "签订四项重要合作文件": one package told twice
            return
        if _repeats(old, fact, generic):
            out[i] = old if old.date or not fact.date else dataclasses.replace(old, date=fact.date, year=None)
            return
        if old.pair == fact.pair and old.type == fact.type and old.status == fact.status \
                and (not old.fields or not fact.fields) and old.mentions != fact.mentions and not _dated_apart(old, fact) \
                and not _about_apart(old.name, fact.name) and not (item and old.name and fact.name and old.name != fact.name) \
                and not (also and _package_and_named(old, fact)) and not _periods_apart(old.name, fact.name):
            if not old.fields and fact.fields or not old.name and fact.name or old.count is None and fact.count \
                    or _about(fact.name) and not _about(old.name):
                out[i] = AgreementFact(old.pair, old.type, old.fields or fact.fields, old.date, old.year,
                                       count=old.count or fact.count, status=old.status,
                                       name=old.name if _about(old.name) or not fact.name else fact.name,
                                       mentions=old.mentions)  # the name saying what it is about
            return
    out.append(fact)


def _same_count(a: AgreementFact, b: AgreementFact) -> bool:
    """Two mentions of a package of the same count for the pair, of one time, in different sentences."""
    return a.pair == b.pair and a.count is not None and a.count == b.count and a.count > 1 \
        and a.status == b.status and a.mentions != b.mentions and not _dated_apart(a, b)


def _package_and_named(a: AgreementFact, b: AgreementFact) -> bool:
    """"Подписали новое соглашение об углублении сотрудничества" and "обмен 15 подписанными документами":
    a counted package and a document named on its own are two entries."""
    return any(x.count and x.count > 1 and y.name and not y.count for x, y in ((a, b), (b, a)))


_ABOUT = re.compile(r"^(?:\S+\s+){0,2}?(?:о|об|по)\s+(.+)$", re.IGNORECASE)


def _about(name: str | None) -> tuple[set[str], set[str]] | None:
    """Word stems (five letters, of words that long) of a name's "about" phrase ("о глобальной
    стратегической стабильности"): those of its first two words, and all of them."""
    m = _ABOUT.match(name or "")
    words = compiled(r"\w+").findall(m.group(1).lower()) if m else []
    stems = [w[:5] if len(w) >= 5 else "" for w in words]
    return ({x for x in stems[:2] if x}, {x for x in stems if x}) if any(stems) else None


def _about_apart(a: str | None, b: str | None) -> bool:
    """"заявление о глобальной стратегической стабильности" and "заявление о дальнейшем углублении
    отношений всеобъемлющего партнерства и стратегического взаимодействия": two names whose "about"
    phrases begin differently (no stem in common among their first two words) and share at most one word
    stem are two documents; a headline's rewording of one document shares more ("о всеобъемлющем
    партнерстве" and "об углублении отношений всеобъемлющего партнерства")."""
    x, y = _about(a), _about(b)
    return bool(x and y) and not x[0] & y[0] and len(x[1] & y[1]) <= 1


_PERIOD = re.compile(r"(?<!\d)((?:19|20)\d{2})\D{1,3}((?:19|20)\d{2})(?!\d)")


def _periods_apart(a: str | None, b: str | None) -> bool:
    """"программа сотрудничества на 2017-2019 годы" and "программа сотрудничества на 2017-2018 годы": two names
    for different spans of years are two documents."""
    x, y = _PERIOD.search(a or ""), _PERIOD.search(b or "")
    return bool(x and y) and x.groups() != y.groups()


def _about_within(a: str, b: str) -> bool:
    """"меморандум о взаимопонимании в сфере энергетики" within "меморандум о взаимопонимании и
    сотрудничестве в сфере энергетики": one "about" phrase's word stems all in the other's, a shorter
    wording (a headline's) of the same document."""
    x, y = _about(a), _about(b)
    return bool(x and y) and (x[1] <= y[1] or y[1] <= x[1])


def _repeats(old: AgreementFact, fact: AgreementFact, generic: bool) -> bool:
    """A later sentence on the pair's document of the same fields is the same document: an unnamed
    mention of its type ("签署...谅解备忘录" before "签署《...谅解备忘录》"), or a package word
    ("签署了共建“一带一路”合作文件") after a document that the package word sums up."""
    if old.pair != fact.pair or old.status != fact.status or old.mentions == fact.mentions or fact.count is not None \
            or not old.fields or not fact.fields or _dated_apart(old, fact):
        return False
    if generic:
        return set(fact.fields) <= set(old.fields)
    return old.type == fact.type and old.fields == fact.fields \
        and (old.name is None or fact.name is None or old.name == fact.name or _about_within(old.name, fact.name))


def _dated_apart(a: AgreementFact, b: AgreementFact) -> bool:
    """Documents signed in different years ("the 1993 treaty", "the treaty of 2019") are two documents."""
    ya, yb = (a.date.year if a.date else a.year), (b.date.year if b.date else b.year)
    return ya is not None and yb is not None and ya != yb
