"""Merge stage: mentions of one document across sentences become one agreement; drafts are frozen
into the facts of kg/facts.py.

Candidates are looked up by pair (and by pair and type for headlines), and each draft keeps the set
of sentences it was mentioned in, so merging stays linear in the number of mentions.
"""
from __future__ import annotations

from kg.extract.doc import JOINT_TYPES, DraftAgreement
from kg.extract.lexicon import lexicon, patterns
from kg.extract.relations.agreement import is_plural, names_alike
from kg.facts import AgreementFact, CooperationFact, Mention

_P = patterns("en")
_W = _P.words
_NUMBERS = lexicon().cues["agreement"]["numbers"]

__all__ = ["merge_agreements", "agreement_facts", "cooperation_facts"]


def _first_said(g: DraftAgreement) -> tuple:
    """The document's first mention, its sentence's text and where its noun stands there (-1: not found)."""
    m = g.mentions[0]
    s = m.sentence.sent.text
    return m, s, s.find(m.noun)


def _target(g: DraftAgreement, candidates: list[DraftAgreement], seen_in: dict) -> DraftAgreement | None:
    """The first earlier document that mention ``g`` refers to, if any."""
    first = id(g.mentions[0].sentence)
    for o in candidates:
        if first in seen_in[id(o)] or _item(g) and _item(o):
            continue  # two documents of one sentence, or of two numbered items, are two documents
        if not (o.name and g.name) and o.type in JOINT_TYPES and o.year is not None and g.year is not None \
                and o.year != g.year:
            continue  # "the Declaration of Lima" signed on Friday ... "the Joint Declaration signed on 29 November 2016"
        if _quoted_joint_again(o, g) or _definite_joint_again(o, g):
            return o
        if _more_than(o, g):
            continue  # "signed a strategic agreement ... signed further cooperation pacts": other documents
        same_type = o.type == g.type
        if not (same_type or "agreement" in (o.type, g.type)) or (not same_type and o.status != g.status):
            continue  # "the joint statement on the partnership ... agreed to work towards a partnership agreement"
        if o.name and g.name and _kind_and_parties(o, g) and o.status == g.status:
            return o  # "the Jeddah Communique" ... "Joint Communique between A and B": its title
        if o.name and g.name:
            if o.name.lower() != g.name.lower() and not names_alike(o.name, g.name):
                continue
            return o  # the same name is the same document, whatever else its sentences say
        if o.name and _acronym_of(o, g):
            return o  # "the Reciprocal Access Agreement (RAA)" ... "The RAA, a key defense pact, entered into force"
        if _one_more(g) and (o.fields or o.topic or _single_told(o)) and not (
                o.topic and g.topic and (o.topic <= g.topic or g.topic <= o.topic)):
            # "A memorandum was signed on A. A memorandum was also signed on B": two documents (a bare one told
            # before, "signed two agreements and a memorandum", is the one the sentence goes on to tell, and so is
            # one told with the same words: "and a cultural exchange programme" ... "In addition, a cultural
            # exchange programme was signed")
            continue
        if same_type and (not o.topic or not g.topic) and not _member_told(o, g):
            return o
        if o.count and o.count == g.count and (same_type or o.count > 1):
            # "three other MoUs were inked" ... "three memoranda were signed in A, B and C";
            # "signed two agreements" ... "the exchange of two MoUs": one package, of the type named
            return o
        if _generic_deal(o, g) and o.fields and sorted(o.fields) == sorted(g.fields):
            return o  # "a new deal on police cooperation" ... "the implementation plan on policing"
        if o.topic and g.topic and (o.topic <= g.topic or g.topic <= o.topic) and (
                same_type or min(len(o.topic), len(g.topic)) > 1):
            return o  # another type on one shared word ("education certificates" ... "a roadmap in education") is another
        if same_type and (_told_twice(o, g) or _bare_joint_again(o, g) or _joint_of_the_day(o, g)):
            return o
    return None


def _kind_and_parties(o: DraftAgreement, g: DraftAgreement) -> bool:
    """A joint text titled only by its kind and its parties ("Joint Communique between A and B"), after
    or before the pair's joint text of that kind: the title tells no other document."""
    return o.type == g.type and o.type in JOINT_TYPES and any(
        _P.kind_and_parties_name.match(x.name) for x in (o, g))


def _bare_joint_again(o: DraftAgreement, g: DraftAgreement) -> bool:
    """"We have accepted a declaration of bilateral cooperation" ... "we have adopted a joint declaration,
    signed a moment ago, on bilateral cooperation": a joint text with no name or field of its own, told again
    with none either and no word that adds one more, is the same text (topic words of the clause around it aside)."""
    s = g.mentions[0].sentence.sent.text
    return o.type in JOINT_TYPES and not (o.name or g.name or o.fields or g.fields or o.count or g.count) \
        and o.status == g.status == "signed" and not _told_as_more(s) and not _P.another_doc.search(s)


def _joint_of_the_day(o: DraftAgreement, g: DraftAgreement) -> bool:
    """"The Joint Statement was adopted during the visit of ..." ... "the presidents agreed to issue a Joint
    Statement on upgrading relations": an unnamed joint text of the pair told again at the same time (or
    with none said), with its own words of what it is about but no field that tells another, is one text."""
    s = g.mentions[0].sentence.sent.text
    titled = (o.name is None) != (g.name is None) and _definite(o if o.name is None else g)  # "the joint declaration" ... its title
    plain = titled or all(not x.name or _P.kind_and_parties_name.match(x.name) for x in (o, g))
    # (an undated one told after, or told first by the definite article before its title and day)
    when = (o.date, o.year) == (g.date, g.year) or (g.date, g.year) == (None, None) or titled and (o.date, o.year) == (None, None)
    return o.type in JOINT_TYPES and when and plain \
        and not (o.count or g.count) and o.status == g.status == "signed" \
        and not (o.fields and g.fields and not set(o.fields) & set(g.fields)) \
        and not _told_as_more(s) and not _P.another_doc.search(s)


def _quoted_joint_again(o: DraftAgreement, g: DraftAgreement) -> bool:
    """"A and B signed a Joint Declaration on their partnership" ... "“We signed a joint statement today,” the
    president said": a bare joint text of the other joint kind, told in a speaker's own words after the pair's
    joint text, is that text again (the speaker's word for it)."""
    s = g.mentions[0].sentence.sent.text
    return {o.type, g.type} == set(JOINT_TYPES) and not g.topic and _P.speech_open.match(s) is not None \
        and _bare_joint_again(o, g)


def _definite(g: DraftAgreement) -> bool:
    """The document is first told with the definite article and no count ("the joint declaration adopted")."""
    m, s, at = _first_said(g)
    return at > 0 and not g.count and _P.definite_doc_before.search(s[max(0, at - 20):at]) is not None


def _definite_joint_again(o: DraftAgreement, g: DraftAgreement) -> bool:
    """"signed a Joint Declaration on the partnership" ... "hailed the signed joint statement": a bare joint text of
    the other joint kind told with the definite article, at the pair's same time, is that text again."""
    s = g.mentions[0].sentence.sent.text
    return {o.type, g.type} == set(JOINT_TYPES) and not (g.name or g.fields) and _definite(g) \
        and (g.date, g.year) in ((o.date, o.year), (None, None)) and o.status == g.status == "signed" \
        and not _told_as_more(s) and not _P.another_doc.search(s)


def _acronym_of(o: DraftAgreement, g: DraftAgreement) -> bool:
    """The document noun of ``g`` glosses an acronym just before it ("The RAA, a key defense pact") that is the
    named document ``o``'s (its initials, or the acronym its name phrase gave in brackets)."""
    m, s, at = _first_said(g)
    acr = _P.acronym_gloss_before.search(s[max(0, at - 40):at]) if at > 0 else None
    if acr is None:
        return False
    word = acr.group(1)
    initials = "".join(w[0] for w in o.name.split() if w[:1].isupper())
    return word.lower() in o.topic or word.upper() == initials.upper()


def _one_more(g: DraftAgreement) -> bool:
    """A single document told with an indefinite article in a sentence that adds ("An MoU was also signed
    between the two ministries", "Other agreements included an MoU on A"): one more document, not one told before."""
    m, s, at = _first_said(g)
    return at >= 0 and not is_plural(m.noun) and _P.indef_item.search(s[max(0, at - 40):at]) is not None \
        and (_P.additional.search(s) is not None or _P.other_docs_head.match(s) is not None)


def _single_told(o: DraftAgreement) -> bool:
    """"signed a memorandum of cooperation" ... "A memorandum on fisheries was also signed": a single document
    told on its own (the one document its sentence names: not "two agreements and a memorandum", a tally the
    later sentences go on to tell), with an article and no count, before one told as one more, is another."""
    m, s, at = _first_said(o)
    return not o.count and not o.headline and not is_plural(m.noun) and at >= 0 and len(m.sentence.docs) == 1 \
        and _P.indef_item.search(s[max(0, at - 40):at]) is not None


def _member_told(o: DraftAgreement, g: DraftAgreement) -> bool:
    """"signed two agreements and an MoU" ... "an agreement on trade and an agreement on investment": a single
    document with a topic of its own after a counted package is one of its members, not the package again."""
    return (o.count or 0) > 1 and not g.count and bool(g.topic) and not g.mentions[0].noun.lower().endswith("s")


def _named_again(g: DraftAgreement, candidates: list[DraftAgreement]) -> DraftAgreement | None:
    """A listed document whose name an earlier sentence gave, with the countries in another order or
    the start cut ("the Pakistan-China Free Trade Agreement" ... "China Pakistan Free Trade Agreement")."""
    # (two numbered items of a list are two documents, whatever their names: "3. MoU between A and B on X",
    # "4. MoU between A and B on Y")
    return next((o for o in candidates if o.type == g.type and o.name and g.name and o.status == g.status
                 and o.mentions[0].sentence is not g.mentions[0].sentence and names_alike(o.name, g.name)
                 and not (_item(g) and _item(o))), None)


def _told_twice(o: DraftAgreement, g: DraftAgreement) -> bool:
    """"India and Fiji signed an MoU on agriculture" ... "The minister signed an MoU with his Fijian
    counterpart on farming and water": one single document of a type, told again on a field it shares,
    with no word that adds one more."""
    single = not (o.count or g.count) and not any(x.mentions[0].noun.lower().endswith("s") for x in (o, g))
    s = g.mentions[0].sentence.sent.text
    return single and o.status == g.status == "signed" and bool(set(o.fields) & set(g.fields)) \
        and not _told_as_more(s) and not _P.another_doc.search(s) and not _item(g)


def _item(g: DraftAgreement) -> bool:
    """The document is first told on a numbered line ("2. An MoU on science was signed ...")."""
    si = g.mentions[0].sentence
    return si.sent.line_start and _P.numbered_item.match(si.sent.text) is not None


def _generic_deal(o: DraftAgreement, g: DraftAgreement) -> bool:
    """One of the two is a bare "deal" or "pact" and the other a document of a named type."""
    deal = tuple(_W["deal_nouns"])
    return any(x.type == "agreement" and x.mentions[0].noun.lower().startswith(deal) and y.type != "agreement"
               for x, y in ((o, g), (g, o)))


def _merge_body(body: list[DraftAgreement], out: list[DraftAgreement]) -> None:
    by_pair: dict = {}  # pair -> unnamed documents kept so far, in text order
    seen_in: dict = {}  # id(document) -> ids of the sentences it is mentioned in
    for g in body:
        target = _named_again(g, by_pair.get(g.pair, ())) if g.named else _target(g, by_pair.get(g.pair, ()), seen_in)
        if target is None:
            out.append(g)
            if not g.named:
                by_pair.setdefault(g.pair, []).append(g)
                seen_in[id(g)] = {id(m.sentence) for m in g.mentions}
            continue
        _absorb(target, g)
        seen_in[id(target)].update(id(m.sentence) for m in g.mentions)


def _merge_heads(heads: list[DraftAgreement], out: list[DraftAgreement]) -> None:
    pairs = {o.pair for o in out}
    first: dict = {}  # (pair, type) -> the first document of that pair and type
    for o in out:
        first.setdefault((o.pair, o.type), o)
    for g in heads:
        if g.mentions[0].noun.lower().endswith("s") and g.pair in pairs:
            _retype_package(g, out)
            continue  # "sign package of deals": the body names them
        # "sign agreement on state border" ... "the agreement on the state border was signed": a headline's
        # document the body told again is that body document, not a package of the body nor another type's
        told = not all(m.sentence.headline for m in g.mentions)
        target = first.get((g.pair, g.type))
        if told and target is not None and _package_of_one(target, g):
            target = None
        if target is None and g.type == "agreement" and not told:
            found = [o for o in (first.get((g.pair, t)) for t in ("treaty", "memorandum")) if o is not None]
            target = min(found, key=out.index) if found else _headed_other(g, out)
        if target is not None and _more_than(g, target):
            target = None
        if target is None:
            out.append(g)
            pairs.add(g.pair)
            first.setdefault((g.pair, g.type), g)
        else:
            _absorb(target, g)


def _package_of_one(o: DraftAgreement, g: DraftAgreement) -> bool:
    """``o`` is a package (counted, or told by a plural noun) and ``g`` one single document."""
    return bool((o.count or 0) > 1 or is_plural(o.mentions[0].noun)) and not g.count \
        and not any(is_plural(m.noun) for m in g.mentions)


def _more_than(g: DraftAgreement, o: DraftAgreement) -> bool:
    """"Mexico, Uruguay sign strategic agreement ... The two sides signed further cooperation pacts in science":
    a package of further documents is no mention of the one document ``g`` told elsewhere; nor of another package
    of another count ("we signed nine agreements in December. Today an additional six agreements were signed")."""
    m, s, at = _first_said(o)
    other_count = bool(g.count and o.count and g.count != o.count)
    return (not is_plural(g.mentions[0].noun) or other_count) and is_plural(m.noun) and at > 0 \
        and _P.package_other.search(s[max(0, at - 40):at]) is not None


def _retype_package(g: DraftAgreement, out: list[DraftAgreement]) -> None:
    """"Iran, Turkey sign two MoUs" over "signed two cooperation documents": the body's one package of that
    count, told by a bare noun, is of the headline's type."""
    if g.type in ("agreement", "other", *JOINT_TYPES) or (g.count or 0) < 2:
        return
    body = [o for o in out if o.pair == g.pair and not o.headline and o.count == g.count and o.type == "agreement"]
    if len(body) == 1:
        body[0].type = g.type


def _headed_other(g: DraftAgreement, out: list[DraftAgreement]) -> DraftAgreement | None:
    """"Ghana, Senegal sign defence pact" over "signed a letter of intent on defence": a headline's bare deal is the
    body's document of another type on its field (or the body's only document of the pair)."""
    body = [o for o in out if o.pair == g.pair and not o.headline and o.type not in JOINT_TYPES and o.status == g.status]
    shared = [o for o in body if set(o.fields) & set(g.fields)]
    return shared[0] if shared else (body[0] if len(body) == 1 else None)


def merge_agreements(agreements: list[DraftAgreement]) -> list[DraftAgreement]:
    """Body mentions merge into earlier documents of the pair; a headline's document joins the
    body's document of its type."""
    out: list[DraftAgreement] = []
    _merge_body([g for g in agreements if not g.headline], out)
    _merge_heads([g for g in agreements if g.headline], out)
    return _drop_told_packages(out)


def _drop_told_packages(out: list[DraftAgreement]) -> list[DraftAgreement]:
    """A counted package whose documents the later sentences name one by one, exactly as many
    ("signed four deals" ... "signed an agreement on A and three MoUs on B, C and D"), is those
    documents, not one more; so is a package of one type whose members of that type are named, some or all."""
    drop = set()
    by_pair: dict = {}  # each pair's signed body documents (a package is compared with its own pair's only)
    for o in out:
        if not o.headline and o.status == "signed":
            by_pair.setdefault(o.pair, []).append(o)
    for g in out:
        if _vague_package(g) and any(o.mentions[0].sentence.sent.start > g.mentions[0].sentence.sent.start
                                     and o.type not in JOINT_TYPES for o in by_pair.get(g.pair, ())):
            # "witnessed the exchange of several documents" ... "an MoU on A": the ones named (the leaders' joint
            # statement told after it is no member: "a number of documents" ... "they also signed a joint statement")
            drop.add(id(g))
            continue
        if _vaguely_counted(g) and any(o is not g and o.type not in JOINT_TYPES
                                       and not _told_as_more(o.mentions[0].sentence.sent.text)
                                       for o in by_pair.get(g.pair, ())):
            drop.add(id(g))  # "A series of agreements were signed today" ... "they signed agreements on A and B"
            continue
        if _vague_head(g) and (_named_later(g, by_pair.get(g.pair, ())) or _members_linked(g, by_pair.get(g.pair, ()))):
            drop.add(id(g))  # "signed several agreements and MoUs on trade and health" ... "an MoU on A", "an MoU on B"
            continue
        if g.headline or not g.count or g.count < 2:
            continue
        start = g.mentions[0].sentence.sent.start
        later = [o for o in by_pair.get(g.pair, ()) if o is not g and not _of_another_time(o, g)
                 and (o.mentions[0].sentence.sent.start > start or _listed_after_colon(g, o))]
        if len(later) > 1 and sum(o.count or 1 for o in later) == g.count and not _more_than_members(g, later):
            if all((o.count or 0) > 1 for o in later):
                # "signed seven agreements ... four agreements cover A ... three more, B": parts of the one package
                for o in later:
                    _absorb(g, o)
                    drop.add(id(o))
            else:
                drop.add(id(g))
                _dated_as_package(g, later)
        elif not g.name and (_named_members(g, _members(g, later)) or _listed_in_full(g, later)
                             or _members_linked(g, by_pair.get(g.pair, ()))):
            drop.add(id(g))  # "three MoUs were signed" ... "an MoU on A" ... "another MoU on B": the ones named
            _dated_as_package(g, _members(g, later))
    return [g for g in out if id(g) not in drop] if drop else out


def _dated_as_package(g: DraftAgreement, members: list[DraftAgreement]) -> None:
    """The named members of a dated package, with no time of their own, were signed when it was ("nine agreements
    were signed on Thursday" ... "The second agreement concerns agriculture")."""
    if g.date is None and g.year is None:
        return
    for o in members:
        if o.date is None and o.year is None and not o.vague and not _of_another_time(o, g):
            o.date, o.year = g.date, g.year


def _members(g: DraftAgreement, later: list[DraftAgreement]) -> list[DraftAgreement]:
    """The later documents that can be members of the package ``g``: not "an additional six agreements" after
    "nine agreements", another package told as more."""
    return [o for o in later if not _more_than(g, o)]


def _members_linked(g: DraftAgreement, docs: list[DraftAgreement]) -> bool:
    """A counted package whose members are tied to it in words, some or all: its own sentence goes on "including
    MoUs on A and B" (also after a vague count: "a number of agreements on A, including ..."), or a later one tells
    "X and Y were among the 24 agreements" or opens "Among the agreements, the one that ..."; the package is the ones
    named."""
    m, s, at = _first_said(g)
    num = _P.count_before.search(s[max(0, at - 30):at]) if at > 0 else None
    vague = _vague_count_at(g) is not None  # a count a vague word tells ("a number of agreements on A, including")
    counted = vague or num is not None and (num.group(1).isdigit() or num.group(1).lower() in _NUMBERS)
    for o in docs:
        if o is g or o.type in JOINT_TYPES or o.status != "signed":
            continue
        om, os_, oat = _first_said(o)
        # (the sentence itself ties a member to its package, whatever year it gives the member)
        if counted and om.sentence is m.sentence and 0 <= at < oat and _P.member_link.search(s, at + len(m.noun), oat) \
                and (vague or not _of_another_time(o, g)):
            return True
        if om.sentence.sent.start > m.sentence.sent.start and oat >= 0 and (
                _P.among_package.search(os_, oat) or _P.among_lead_member.match(os_)) and not _of_another_time(o, g):
            return True
    return False


def _more_than_members(g: DraftAgreement, later: list[DraftAgreement]) -> bool:
    """"signed two MoUs on trade and tourism" ... "They also signed an MoU on health and an MoU on mining": documents
    told as more, on fields the package does not cover, are more documents however many they are."""
    return bool(g.fields) and all(o.fields and not set(o.fields) & set(g.fields) for o in later) \
        and _told_as_more(later[0].mentions[0].sentence.sent.text)


def _listed_after_colon(g: DraftAgreement, o: DraftAgreement) -> bool:
    """"three agreements were signed: a Visa Waiver Agreement, an MoU on A and an MoU on B": a document
    of the package's own sentence, named after a colon that follows the package."""
    m = g.mentions[0]
    if o.mentions[0].sentence is not m.sentence:
        return False
    s = m.sentence.sent.text
    at = s.find(m.noun)
    colon = s.find(":", at) if at >= 0 else -1
    return colon > 0 and s.find(o.mentions[0].noun, colon) > colon


def _vague_count_at(g: DraftAgreement) -> tuple[str, int] | None:
    """The first mention's sentence and its noun's offset when a vague count stands before the noun ("a series
    of", "various") of a signed package with no count, name or headline of its own, not told as more documents."""
    if g.count or g.headline or g.name or g.status != "signed":
        return None
    m, s, at = _first_said(g)
    if at > 0 and _P.vague_count.search(s, max(0, at - 50), at) is not None \
            and not _P.package_other.search(s[max(0, at - 40):at]) and not _told_as_more(s):
        return s, at
    return None


def _vaguely_counted(g: DraftAgreement) -> bool:
    """"a series of agreements", "various agreements worth $2 billion": a package with a vague count and
    nothing of its own (no count, field or name), told beside the documents the text names."""
    # "a number of other memorandums": more documents, not the ones named
    return not g.fields and len(g.mentions) == 1 and g.mentions[0].noun.lower().endswith("s") \
        and _vague_count_at(g) is not None


def _vague_head(g: DraftAgreement) -> bool:
    """"signed several agreements and MoUs for cooperation in trade", "various agreements in energy": a package
    with a vague count, no count or name, whatever fields it has."""
    found = _vague_count_at(g)
    if found is None:
        return False
    s, at = found
    noun = g.mentions[0].noun
    plural = is_plural(noun) or is_plural(noun.split()[0])  # "agreements and MoUs": a mixed package
    return plural and not _P.done_before.search(s[max(0, at - 40):at])


def _named_later(g: DraftAgreement, docs) -> bool:
    """Two or more single documents of the pair named in the sentences after the package, the first of them not
    told as one more, none of another time: the package's members."""
    start = g.mentions[0].sentence.sent.start
    later = [o for o in docs if o is not g and o.mentions[0].sentence.sent.start > start and o.type not in JOINT_TYPES
             and not o.count and not _uncounted_package(o) and not _of_another_time(o, g)]
    return len(later) > 1 and not _told_as_more(later[0].mentions[0].sentence.sent.text)


def _vague_package(g: DraftAgreement) -> bool:
    """"signed a series of documents": an uncounted package of bare documents, with no field or topic of its own
    (not "exchanged documents on cooperation in legal matters")."""
    m, s, at = _first_said(g)
    noun = m.noun.lower()
    if g.count or g.fields or g.headline or g.name or not noun.startswith(tuple(_W["generic_docs"])) or not is_plural(noun):
        return False
    after = s[at + len(m.noun):] if at >= 0 else ""
    return _P.member_topic.match(after) is None or _P.vague_topic.match(after) is not None


def _named_members(g: DraftAgreement, later: list[DraftAgreement]) -> bool:
    """Two or more, at most the count, of the package's type are named after it, none of them told as one
    more ("Separately, they also signed an MoU on fisheries")."""
    # (a document of another type told as one more is no member at all: "signed two agreements and an MoU" ...
    # "an agreement on A and an agreement on B" ... "They also signed an MoU on C")
    own = [o for o in later if (o.type == g.type or (g.type == "agreement" and (o.named or _one_document(o))
                                                     and not _told_as_more(o.mentions[0].sentence.sent.text)))
           and not _of_another_time(o, g) and not _uncounted_package(o)]
    return 1 < sum(o.count or 1 for o in own) <= (g.count or 0) and not any(
        _told_as_more(o.mentions[0].sentence.sent.text) for o in own)


def _listed_in_full(g: DraftAgreement, later: list[DraftAgreement]) -> bool:
    """"signed 10 MoUs" ... "The two sides signed an agreement on A, an MoU on B ..." ... "They also signed
    ...": documents of any type named after a counted package, more than half its count and at most all of it,
    the first of them not told as one more, are its members (a later "also" goes on with the list); with
    fewer named, the package stands for the rest."""
    own = [o for o in later if not _of_another_time(o, g) and not _uncounted_package(o)
           and o.type not in JOINT_TYPES]
    named = sum(o.count or 1 for o in own)
    if not own or not 1 < named <= (g.count or 0) or all(o.count for o in own):
        return False  # "five agreements were inked last year" ... "the ministers signed four MoUs": another package
    first = own[0].mentions[0].sentence.sent.text
    if _tells_one_member(g):
        # "inked seven pacts, including one on oil" ... "They also signed an MoU on A" ... "An MoU was also signed on
        # B": a count that starts telling its members is the sum the named documents spell out, however many
        return _P.additional_strong.search(first) is None
    return (g.count or 0) < 2 * named and not _told_as_more(first)


def _tells_one_member(g: DraftAgreement) -> bool:
    """A counted package whose sentence goes on "including one ..." (its only topic that member's)."""
    m, s, at = _first_said(g)
    return at >= 0 and _P.including_one.match(s, at + len(m.noun)) is not None


def _uncounted_package(o: DraftAgreement) -> bool:
    """"both countries also signed agreements regarding military and education": a package of its own,
    no member named."""
    return not o.count and not o.named and o.mentions[0].noun.lower().endswith("s")


def _told_as_more(s: str) -> bool:
    """"Separately, ...", "In addition, ...", "The two sides also signed ...": a sentence that adds a
    document to those told before (not "during which the second phase was also signed" late in it)."""
    m = _P.additional.search(s)
    return _P.additional_strong.search(s) is not None or (m is not None and m.start() < _P.words["more_lead_chars"])


def _of_another_time(o: DraftAgreement, g: DraftAgreement) -> bool:
    """"an agreement was signed last May", "the entry into force of the Trade Agreement": a document of
    its own time, no member of the package signed now."""
    _, s, at = _first_said(o)
    return o.vague or (o.year is not None and g.year is not None and o.year != g.year) \
        or _P.in_force.search(s) is not None or (at > 0 and _P.amended_before.search(s[max(0, at - 80):at]) is not None)


def _one_document(o: DraftAgreement) -> bool:
    """A single document of a type of its own (an MoU, a protocol, a plan), no package or joint text:
    one of a package of "agreements" or "documents" when named after it."""
    return o.type not in ("agreement", *JOINT_TYPES) and not o.count \
        and not o.mentions[0].noun.lower().endswith("s")


def _absorb(target: DraftAgreement, g: DraftAgreement) -> None:
    if target.type == "agreement" and g.type != "agreement":
        target.type = g.type
    target.mentions.extend(g.mentions)
    target.fields.extend(f for f in g.fields if f not in target.fields)
    target.topic = target.topic | g.topic
    if target.date is None and g.date is not None:
        target.date, target.year = g.date, g.year
    if target.year is None and g.year is not None:
        target.year = g.year
    target.vague = target.vague and g.vague
    target.name = target.name or g.name
    target.count = target.count or g.count
    if g.status == "signed" and not (g.verbless and target.status == "planned"):
        target.status = "signed"  # "approved the signing of the ASA ... The ASA provides for ...": still planned


def agreement_facts(drafts: list[DraftAgreement]) -> tuple[AgreementFact, ...]:
    facts = (
        AgreementFact(
            pair=g.pair, type=g.type, fields=tuple(sorted(set(g.fields))), date=g.date,
            year=g.year if g.date is None else None, count=g.count, status=g.status, name=g.name,
            mentions=tuple(sorted({m.sentence.mention() for m in g.mentions})),
        ) for g in drafts)
    return tuple(sorted(facts, key=lambda f: (f.pair, f.type, f.mentions[0].start if f.mentions else 0, f.name or "")))


def cooperation_facts(coop: dict[tuple, list[Mention]]) -> tuple[CooperationFact, ...]:
    return tuple(CooperationFact(pair=k[0], field=k[1], mentions=tuple(sorted(set(v)))) for k, v in sorted(coop.items()))
