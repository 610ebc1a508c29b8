"""Pair resolution: which two countries each sentence is about.

Most supporting sentences do not name both countries ("Both sides agreed ..."), so the pair of
the story carries over until a sentence opens a new one.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from kg.extract.doc import Hit, SentInfo
from kg.extract.lexicon import folded_once, folds_alike, patterns
from kg.facts import Pair, pair

__all__ = ["PairState", "org_antecedent", "peer_matches", "org_party", "bloc_deal_after", "bloc_members_end",
           "bloc_own_start", "doc_pair", "each_with"]

P = patterns("en")
_W = P.words


@dataclass
class _Choice:
    pair: Pair | None
    opens_story: bool = False  # the sentence starts a new story with this pair
    also: list = field(default_factory=list)  # the side's pairs with the other partners of a list
    bloc: bool = False  # a bloc and a country are the sentence's two parties


@dataclass
class PairState:
    story: Pair | None = None
    named: Counter = field(default_factory=Counter)  # how many sentences so far name each country
    last: SentInfo | None = None  # the latest sentence that names a country
    stories: set = field(default_factory=set)  # every pair that has been the story
    bloc_last: bool = False  # the latest sentence naming a party paired a bloc with a country
    pairs_last: bool = False  # the latest sentence naming a country wrote two separate pairs
    stops: set = field(default_factory=set)  # the countries a tour the article tells of goes to
    met: Counter = field(default_factory=Counter)  # how many times each was named as the one met ("talks with X's minister")
    group: tuple | None = None  # (side, partners) of the latest sentence that paired one side with a list
    convener: str | None = None  # the side the article tells meeting many others ("Modi met world leaders at the G20")
    many_at: SentInfo | None = None  # the sentence that told it
    envoys: tuple = ()  # the countries a credentials story lists as the envoys' own
    envoy_host: str | None = None  # the country they are accredited to
    credentials: bool = False  # a sentence so far told of credentials presented

    def resolve(self, si: SentInfo, R, *, update: bool = True) -> Pair | None:
        host = _convener(si)
        if host is not None:
            self.convener, self.many_at = host, si
        c = self._choose(si, R)
        self.named.update({h.iso for h in si.countries})
        self.met.update({h.iso for h in si.countries if _met_here(si.sent.text, h)})
        self.stops.update(_trip_stops(si.sent.text, si.countries))
        if si.countries:
            self.last = si
            # (two pairs named as the topic of the story's talks leave "the two sides" with the story)
            self.pairs_last = c.pair not in (None, self.story) and _two_pairs(si.sent.text, si.countries)
        if si.countries or si.orgs:
            self.bloc_last = c.bloc
        si.also = c.also
        if c.pair is not None and c.also:
            side = set(c.pair).intersection(*c.also)
            self.group = (min(side), [x for q in (c.pair, *c.also) for x in q if x not in side]) if len(side) == 1 else None
        if c.opens_story and update:
            self.story = c.pair
            self.stories.add(c.pair)
        return c.pair

    def _choose(self, si: SentInfo, R) -> _Choice:
        s = si.sent.text
        hits = si.countries
        isos = list(dict.fromkeys(h.iso for h in hits))
        if si.orgs and (org_party(s, si) or _bloc_object(s, si, R) or len(isos) == 1 and _bloc_partner(s, si, R)):
            return self._bloc_choice(si, R, isos)
        if len(isos) > 1 and si.sent.line_start and _names_only(s, hits):
            return _Choice(None)  # "India, Bhutan" on a line of its own: a page's list of places, no pair
        envoys = self._envoys(si, isos) if any(w in s for w in _W["envoy_gates"]) or self.envoy_host else None
        if envoys is not None:
            return envoys
        again = self._group_again(si, isos)
        if again is not None:
            return again
        if len(isos) == 1 and any(P.and_group_after.match(s[h.end:h.end + 60]) for h in hits):
            return _Choice(None)  # "Russia and African countries see prospects": a country and a group, no pair
        listed = self._with_list(s, hits) if len(isos) > 1 else None
        if listed is not None:
            return listed
        if len(isos) == 2 and _partners_of_unnamed(s, hits):
            return _Choice(None)  # "PM holds bilateral talks with Turkey, Spain": the partners of a side not named
        owned = self._partners_of_one(si) if _W["partners_gate"] in s else self._partner_of(si) if _W["partner_gate"] in s else None
        if owned is not None:
            return owned
        if self.story and (moved := self._moved_on(si)) is not None:
            return moved  # "After Riyadh, he travelled to Cairo", "Wang arrived in Brasilia": the traveller's next stop
        many = self._three_or_more(si, R) if len(isos) > 2 else None
        if many is not None:
            return many
        explicit = self._explicit(s, hits)
        if not explicit and self.convener and (met := self._met_by_convener(si, isos)) is not None:
            return met
        # a word for the pair matters only beside a named country (read no further without one)
        has_ref = bool(isos) and (si.has(R, "pair_ref") or bool(si.regions))
        if len(isos) == 1 and si.orgs and not has_ref and not explicit and any(
                R.blocs.fullmatch(s[a:b]) for a, b in si.orgs):
            return _Choice(None)  # "Australia upgraded its ASEAN relationship": the bloc is the other party
        if explicit:
            return self._aside(s, hits, explicit)
        if not self.story and len(isos) == 1 and P.own_voice.search(s) and P.partners_with.search(
                s[max(0, hits[0].start - 12):hits[0].start]):
            # "(Pakistan's message) ... we have expanded cooperation with China": the one country named before, with it
            before = [x for x in self.named if x != isos[0]]
            if len(before) == 1:
                return _Choice(pair(before[0], isos[0]), True)
        if not isos:  # "discussions with the African Union", "ASEAN insisted ...": the bloc is a party, not the story's pair
            if (self.bloc_last or self.pairs_last) and si.has(R, "pair_ref"):
                # "Australia and ASEAN are old partners. The two sides ...": the bloc's pair; "A and B met, while
                # C and D held talks. The two sides ...": which two is not said
                return _Choice(None)
            with_bloc = any((P.partners_with.search(s[max(0, a - 12):a]) or P.bloc_subject_after.match(s[b:b + 30]))
                            and R.blocs.fullmatch(s[a:b]) for a, b in si.orgs)
            return _Choice(None if with_bloc else self.story)
        if self.story:
            return self._against_story(si, R, isos, has_ref)
        if len(isos) >= 2:
            return _Choice(_first_pair(si, isos), True)
        host = _visit_host(si, isos)
        return _Choice(pair(isos[0], host), True) if host is not None else self._met_alone(si, isos)

    def _envoys(self, si: SentInfo, isos: list[str]) -> _Choice | None:
        """"received the credentials of the ambassadors of A and B (to C)": each envoy's country with the host, named
        after "to" (else the one other country the sentence names) or by a later sentence that takes the envoys up
        again ("the new ambassadors will enhance ties with C"); never a pair of two envoys. With no story open, a
        sentence naming one of them alone is about it and the host ("cooperation with B"); one that tells that
        envoy's credentials opens their story, whatever story was open."""
        s = si.sent.text
        told = P.envoys_context.search(s) is not None
        self.credentials = self.credentials or told  # the article tells of credentials presented
        listed = _envoy_list(s, si.countries) if len(isos) > 1 and self.credentials else []
        if listed:
            self.envoys = tuple(listed)
            end = max(h.end for h in si.countries if h.iso in listed)
            rest = [x for x in isos if x not in listed]
            host = next((h.iso for h in si.countries if h.iso not in listed and h.start >= end
                         and P.envoys_to.match(s[end:h.start])), rest[0] if len(rest) == 1 else None)
            if host is None:
                return _Choice(None)
            self.envoy_host = host
            return _Choice(pair(host, listed[0]), also=[pair(host, x) for x in listed[1:]])
        mine = [x for x in isos if x in self.envoys]
        if len(mine) == 1 and self.envoy_host and set(isos) <= {mine[0], self.envoy_host} and told:
            return _Choice(pair(self.envoy_host, mine[0]), True)  # that envoy's own audience opens their story
        if self.story or len(isos) != 1 or not self.envoys:
            return None
        if isos[0] not in self.envoys and P.envoys_anaphor.search(s):
            self.envoy_host = isos[0]
            return _Choice(pair(isos[0], self.envoys[0]), also=[pair(isos[0], x) for x in self.envoys[1:]])
        return _Choice(pair(self.envoy_host, isos[0])) if mine and self.envoy_host else None

    def _bloc_choice(self, si: SentInfo, R, isos: list[str]) -> _Choice:
        """"the EU and Japan", "ASEAN gave the status to A and B": a bloc is no party to a bilateral fact; named only
        in a clause set aside after the pair's reference ("The two leaders agreed on palm oil, which the EU and the
        US target"), it leaves the story its fact."""
        if self.story and _in_aside(si.sent.text, si) and si.has(R, "pair_ref"):
            return _Choice(self.story)
        return _Choice(None, bloc=len(isos) == 1)

    def _group_again(self, si: SentInfo, isos: list[str]) -> _Choice | None:
        """The side and each partner a sentence before listed for it: taken up as a group ("(visits to A, B and C ...)
        South Africa and the three states will cooperate"), or, with no story open, by a sentence naming no country
        right after the list ("In agriculture, cooperation will ..."; not one whose names were set aside: "the
        partnership of Peru-Chile-Ghana")."""
        if not self.group:
            return None
        side, partners = self.group
        if len(isos) == 1 and isos[0] == side and P.group_anaphor.search(si.sent.text) or not isos and (
                self.story is None and self.last is not None and self.last.also and not si.masks and not si.orgs):
            return _Choice(pair(side, partners[0]), also=[pair(side, x) for x in partners[1:]])
        return None

    def _three_or_more(self, si: SentInfo, R) -> _Choice | None:
        """A sentence naming three or more countries: a list, a group or a chain sets no pair; hyphened pairs
        under one relation noun are each a pair."""
        s, hits = si.sent.text, si.countries
        isos = list(dict.fromkeys(h.iso for h in hits))
        head = _pair_before_list(s, hits)
        if head is not None:
            return _Choice(head, not self.story)
        if _member_list(s, hits):
            # "the BRICS members Brazil, Russia, India, China and South Africa", "G20 leaders, including
            # the U.S., China and India": a list sets no pair; the story stays with the pair acting before
            # ("the relationship between Cyprus, Greece and Israel": a trilateral, no pair at all)
            if si.orgs or not self.story or not set(self.story) <= set(isos) or any(
                    P.between_lead.search(s[max(0, h.start - 12):h.start]) for h in hits):
                return _Choice(None)
            return _Choice(self.story)
        if P.group_subject.search(s):
            return _Choice(None)  # "The three countries said they would strengthen cooperation ...": a group, no pair
        if any(_chained(s, hits, i) for i in range(len(hits) - 1)):
            return _Choice(None)  # "the Azerbaijan-Pakistan-Türkiye partnership": three countries, no pair
        chained = _hyphen_pairs(si, R)
        if chained:
            return _Choice(chained[0], not self.story, also=chained[1:])
        both = _ranked_after(s, hits) or _pair_then_with(s, hits) or _pair_then_visit(s, hits)
        return _Choice(both[0], also=both[1:]) if both else None

    def _met_alone(self, si: SentInfo, isos: list[str]) -> _Choice:
        """"At the meeting with the Minister of Foreign Affairs of Kazakhstan, ...", before any story: the one
        country met, with the country the article names most (the one whose minister acts)."""
        s, hits = si.sent.text, si.countries
        if len(isos) != 1 or not (P.met_title_before.search(s[max(0, hits[0].start - 60):hits[0].start])
                                  or P.meeting_with.search(s[max(0, hits[0].start - 60):hits[0].start])
                                  or _pronoun_with_titled(s, hits[0])):
            return _Choice(None)
        if self.convener and self.convener != isos[0]:
            return _Choice(pair(self.convener, isos[0]), True)
        ranked = [(n, x) for x, n in self.named.most_common(3) if x != isos[0]]
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            return _Choice(None)
        return _Choice(pair(ranked[0][1], isos[0]), True)

    def _met_by_convener(self, si: SentInfo, isos: list[str]) -> _Choice | None:
        """"Phuc met world leaders at the G20": many stories follow, none is open. Then "At his meeting with Russian
        President Putin, the two leaders ...", "He also met his counterpart from Bosnia", "Meanwhile, US President
        Trump said ...": the first other country, met by the side meeting many or its leader opening the sentence,
        opens that side's story with it."""
        s, side = si.sent.text, self.convener
        if self.many_at is si:
            return _Choice(None, True) if isos == [side] else None
        items = [h for h in _items(s, si.countries) if h.iso != side]
        if not items:
            return None
        h = items[0]
        met = P.met_one_before.search(s[max(0, h.start - 60):h.start]) is not None
        head = h.start < 60 and {x.iso for x in items} == {h.iso} and P.leader_head_before.search(s[:h.start]) is not None \
            and any(x.iso == h.iso and x.kind == "leader" for x in si.countries)
        return _Choice(pair(side, h.iso), True) if met or head else None

    def _partners_of_one(self, si: SentInfo) -> _Choice | None:
        """"Both countries are our strategic partners", "Chile and Bolivia are Peru's partners": the two
        (named before the verb, else those of the sentence before) each paired with the owner (a country
        named after the verb, else for "our" the one the article has named most outside the two), when the
        owner is a side of the story or was named in the sentence before."""
        s, hits = si.sent.text, si.countries
        m = P.are_partners.search(s)
        if m is None:
            return None
        two, rest = list(dict.fromkeys(h.iso for h in hits if h.end <= m.start())), []
        if not two and P.both_subject.match(s[:m.start()]) and self.last is not None:
            two, rest = _joined(self.last)
        owner = next((h.iso for h in hits if h.start >= m.start() and h.iso not in two), None)
        if owner is None and m.group(1) and len(two) == 2:  # "our": the sentence before's other country, else
            pool = rest or [x for x in self.named if x not in two]  # the one named most
            ranked = sorted(((self.named[x], x) for x in pool), reverse=True)
            owner = ranked[0][1] if len(ranked) == 1 or (ranked and ranked[0][0] > ranked[1][0]) else None
        two = [x for x in two if x != owner]
        before = {h.iso for h in self.last.countries} if self.last is not None else set()
        if owner is None or len(two) != 2 or (self.story and owner not in {*self.story, *before}):
            return None  # "Peru and Chile held talks. Both are partners of the US": a third country's, no story of its own
        return _Choice(pair(owner, two[0]), also=[pair(owner, two[1])])

    def _partner_of(self, si: SentInfo) -> _Choice | None:
        """"It is a country with which we keep bonds, a strategic partner of Greece": the one country of the
        sentence before (the subject refers back to it) paired with the owner named after "partner of"."""
        s, hits = si.sent.text, si.countries
        if len({h.iso for h in hits}) != 1 or self.last is None or not P.it_is_partner_of.match(s[:hits[0].start]):
            return None
        before = {h.iso for h in self.last.countries} - {hits[0].iso}
        return _Choice(pair(hits[0].iso, before.pop())) if len(before) == 1 else None

    def _explicit(self, s: str, hits: list[Hit]) -> _Choice | None:
        """Two countries written as a pair ("X and Y", "X-Y"), not as part of a longer list; one
        side's "ties with" the other is this sentence's pair but opens no story."""
        if len(hits) < 2:
            return None
        explicit = None
        opens = True
        compared = _compared_starts(s)
        for i, (h1, h2) in enumerate(zip(hits, hits[1:])):
            if h1.start in compared:
                continue  # "a status it had granted only to A and B": the countries the pair's level is compared to
            # a list of three or more ("In Doha, Qatar and Indonesia": the capital and its country are one item)
            listed = (i + 2 < len(hits) and hits[i + 2].iso != h2.iso and P.list_gap.match(s[h2.end:hits[i + 2].start])) or (
                i > 0 and hits[i - 1].iso != h1.iso and P.list_gap.match(s[hits[i - 1].end:h1.start])) or _chained(s, hits, i)
            gap = s[h1.end:h2.start]
            if P.partners_with.search(s[max(0, h1.start - 12):h1.start]) and any(
                    h.end <= h1.start and h.iso not in (h1.iso, h2.iso) for h in hits):
                continue  # "X will strengthen relations with A and B": X's partners
            if self.story and not {h1.iso, h2.iso} & set(self.story) and (
                    P.topic_of_talks.search(s[max(0, h1.start - 30):h1.start]) or (
                        P.object_prep_before.search(s[max(0, h1.start - 25):h1.start])
                        and any(h.iso in self.story for h in hits if h.end <= h1.start))):
                continue  # "the two sides also discussed Ghana and Turkey", "X said he and Y agreed on exports to A and B"
            # "the rebuilding of Ukraine, Poland's neighbour": a comma before a possessive is an apposition
            plain = P.pair_gap.match(gap) is not None and not (gap.strip() == "," and P.possessive_after.match(s[h2.end:]))
            if h1.iso != h2.iso and not listed and (plain or P.possessive_pair_gap.match(gap)):
                cand = pair(h1.iso, h2.iso)
                # the story's own pair written again ("relations between Germany and Poland are excellent, and a
                # rapprochement of Paris and Warsaw ...") keeps the story
                if explicit is None or cand == self.story or (
                        self.story and set(cand) & set(self.story) and not set(explicit) & set(self.story)):
                    explicit, opens = cand, plain
        return _Choice(explicit, opens) if explicit else None

    def _aside(self, s: str, hits: list[Hit], c: _Choice) -> _Choice:
        """"The two presidents discussed West Africa, where A and B cooperate on security": a pair named
        in a clause about something else while the story's pair is the subject opens no story; nor does
        another pair's meeting named as such ("weeks after the Russia-US summit")."""
        if c.opens_story and self.story and c.pair != self.story and _pair_event(s, hits, c.pair):
            return _Choice(c.pair)
        if c.opens_story and self.story and c.pair != self.story and set(self.story) <= {h.iso for h in hits}:
            # the story's sides named first act; a pair named after them is what they speak of ("Japan has 4,800
            # projects in Vietnam, third after Korea and Singapore", "Ecuador thanks Peru for its support in the
            # agreement between the EU and Colombia and Peru"), unless it is the agent ("an exercise held by A and B")
            new = min(h.start for h in hits if h.iso in c.pair)
            if min(h.start for h in hits if h.iso in self.story) < new and not P.agent_before.search(s[max(0, new - 8):new]):
                return _Choice(self.story)
        if not (c.opens_story and self.story and c.pair != self.story and P.story_subject.match(s)):
            return c
        at = min(h.start for h in hits if h.iso in c.pair)
        return _Choice(c.pair) if P.aside_clause.search(s[:at]) else c

    def _with_list(self, s: str, hits: list[Hit]) -> _Choice | None:
        """"signed MoUs with A and B", "ties with A, B and C": one side's pair with each listed partner,
        never a pair of two listed ones. The side is the one other country the sentence names, else the
        story's side outside the list, else the country the article has named most."""
        items = _items(s, hits)
        # no two countries written as a list: none follows any lead word, though each may have its own "with"
        as_list = any(_joins(s, items))
        # "with A and B", "relations with neighbours, including A and B", "between Israel and both Greece and Cyprus"
        listed = as_list and (_listed_after_with(s, hits, P.partners_with, 12)
                              or _listed_after_with(s, hits, P.with_including, 60)
                              or _each_titled(s, hits, _listed_after_with(s, hits, P.with_office_of, 60))
                              or _listed_after_with(s, hits, P.and_both, 12)) \
            or _listed_after_with(s, hits, P.counterparts_of, 70, True) or list(each_with(s, hits))
        # "partnership with A is kept at the same level as with B": partners compared, never a pair of them
        compared = not listed and list(each_with(s, hits, joins=P.compared_as))
        listed = listed or compared
        # "a tour also taking him to Jordan and Turkey": the traveller's destinations, never a pair of them
        trip = not listed and as_list and _listed_after_with(s, hits, P.destination_before, 60)
        listed = listed or trip
        if not listed:
            return None
        others = list(dict.fromkeys(h.iso for h in hits if h.iso not in listed))
        if not others:  # the story's side outside the list; of two, the one named more often
            ranked = sorted(((n, x) for x, n in self.named.items() if x not in listed), reverse=True)
            if self.story:
                ranked = [r for r in ranked if r[1] in self.story] or [(0, x) for x in self.story if x not in listed]
            others = [ranked[0][1]] if len(ranked) == 1 or (len(ranked) > 1 and ranked[0][0] > ranked[1][0]) else []
        if trip and len(others) == 2:  # "Prabowo held talks with Xi, before travelling on to the US and Peru"
            return _Choice(pair(*others), self.story is None)
        if len(others) != 1:
            return _Choice(None) if trip or compared else None
        pairs = [pair(others[0], x) for x in listed]
        return _Choice(pairs[0], also=pairs[1:])

    def _against_story(self, si: SentInfo, R, isos: list[str], has_ref: bool) -> _Choice:
        s = si.sent.text
        hits = si.countries
        story = self.story
        inter = [i for i in isos if i in story]
        others = [i for i in isos if i not in story]
        if len(inter) == 2 or (inter and not others):
            return _Choice(story)
        stop = self._leaders_back(si) or self._tour_stop(si, inter, others, has_ref)
        if stop is not None:
            return _Choice(stop, True)
        host = _visited(s, hits, others)
        if host is not None and len(others) == 1:
            # "Xi's visit to Uzbekistan ... their partnership"; "During the visit to Kazakhstan, the two leaders";
            # "He recalled his visit to Japan last year": a past visit, no new story
            side = inter[0] if inter else self._acting(story)
            return _Choice(pair(side, host), P.past_visit.search(s) is None)
        if len(others) == 1 and not inter and P.relation_with_before.search(s[max(0, hits[0].start - 80):hits[0].start]):
            # "(Modi) discussed strengthening bilateral ties with the Italian president": the story's acting side's pair
            return _Choice(pair(self._acting(story), others[0]))
        if len(others) == 1 and not inter and not has_ref and P.with_office_of.search(
                s[max(0, hits[0].start - 60):hits[0].start]):
            # "He discussed railways with the Prime Minister of Spain": the story's acting side meets that country
            # ("the two sides will coordinate with the government of Timor-Leste": the pair acts towards a third)
            return _Choice(pair(self._acting(story), others[0]), P.past_visit.search(s) is None)
        if inter:
            for h in hits:
                if h.iso in others and ((P.with_before.search(s[max(0, h.start - 15):h.start])
                                         or P.trade_partner_before.search(s[max(0, h.start - 90):h.start])) and not has_ref
                                        or P.relation_with_before.search(s[max(0, h.start - 80):h.start])):
                    # "The trip to Egypt followed a visit that included a deal with Qatar": the traveller's
                    side = inter[0] if len(inter) > 1 or not _destination(si, inter[0]) else self._other(inter[0])
                    return _Choice(pair(side, h.iso))
                if h.iso in others and (P.met_before.search(s[max(0, h.start - 30):h.start])
                                        or P.given_to_before.search(s[max(0, h.start - 20):h.start])):
                    return _Choice(pair(inter[0], h.iso), P.past_visit.search(s) is None)
            if len(isos) == 2 and not has_ref and (R.meeting.search(s) or (
                    hits[0].kind == "leader" and hits[0].iso in others and any(
                        h.iso in inter and P.with_before.search(s[max(0, h.start - 15):h.start]) for h in hits))):
                # "Separately, Modi met French President Macron", "Mirziyoyev said Uzbekistan will work
                # with China": a new story
                return _Choice(pair(*isos), True)
            if len(isos) == 2 and (self._back_to(inter[0], others[0]) or _leaders_act(si) or not has_ref and
                                   _led_by_new(s, hits, others[0], inter[0])):
                # ("China and Hungary ...") "Serbia saw its partnership with China deepened": a new pair
                return _Choice(pair(*isos), True)
            return _Choice(story)
        if len(isos) == 2 and (not has_ref or {h.iso for h in hits if h.kind == "leader"} == set(isos)):
            # "Separately, Chinese Premier Li met Vietnamese PM Chinh and the two sides signed ...": their leaders act
            return _Choice(pair(*isos), True)
        again = self._one_new(si, others[0], has_ref) if len(isos) == 1 else None
        if again is not None:
            return _Choice(again, True)
        if len(isos) == 1 and not has_ref and P.with_before.search(s[max(0, hits[0].start - 15):hits[0].start]):
            # "But it has robust economic connections with China": the story's side named more often, with China
            return _Choice(pair(self._acting(story), isos[0]))
        # "Both leaders exchanged views on the rivalry between the US and China, and joint efforts ...": the
        # countries named are a topic of the story's talks
        topic = bool(hits) and P.topic_of_talks.search(s[max(0, hits[0].start - 30):hits[0].start]) is not None
        return _Choice(story if has_ref and (len(isos) == 1 or topic) else None)


    def _leaders_back(self, si: SentInfo) -> Pair | None:
        """"(A and B met. ... Trump threatened Mexico ...) Those moves were hailed by A's president and his B
        counterpart": an earlier story's two sides, each named by its leader, while the story's are not both
        named, take the story back."""
        by_leader = _by_leader(si)
        back = [p for p in self.stories if p is not None and p != self.story and set(p) <= by_leader]
        return back[0] if len(back) == 1 else None

    def _tour_stop(self, si: SentInfo, inter: list[str], others: list[str], has_ref: bool = False) -> Pair | None:
        """"(Modi's tour of Ghana, Trinidad and Argentina ...) In Argentina, the visit focused on ...", "In the second
        leg of his tour, his talks with the US president ...": a sentence opening on the tour's next stop, naming no
        other country but the traveller, moves the story to the traveller and that stop; so does one naming the
        traveller beside a stop of the tour ("the prince's tour also saw deals signed in Egypt")."""
        side = self._traveller()
        if len(others) != 1 or any(x != side for x in inter):
            return None
        if inter and others[0] in self.stops and not has_ref and not P.past_visit.search(si.sent.text):
            return pair(side, others[0])
        s = si.sent.text
        at = min(h.start for h in si.countries if h.iso == others[0])
        end = min(h.end for h in si.countries if h.iso == others[0])
        stop = others[0] in self.stops or P.leg_after.match(s[end:])  # "In Brazil, the last stop of his tour, ..."
        lead = stop and P.stop_lead.match(s[:at]) or P.leg_lead.search(s[:at])
        return pair(side, others[0]) if lead else None

    def _traveller(self) -> str:
        """The side of the story on tour: the one that is no stop of it, else the one acting."""
        home = [x for x in self.story if x not in self.stops]
        return home[0] if len(home) == 1 else self._acting(self.story)

    def _moved_on(self, si: SentInfo) -> _Choice | None:
        """The traveller's pair with the next stop of a story's tour: the capital arrived in, else the country gone
        on to from the place left."""
        if not si.countries:
            arrived = self._arrived_in(si)
            return None if arrived is None else _Choice(arrived, True)
        return self._left_for(si)

    def _arrived_in(self, si: SentInfo) -> Pair | None:
        """"(Wang met Dar in Islamabad.) Wang arrived in Brasilia on Tuesday", "(a tour of Vietnam and Malaysia ...)
        In Kuala Lumpur, the two leaders ...": a sentence naming no country but the capital a traveller arrives in,
        or a stop's capital it opens on, outside the story, moves the story to the traveller and that country."""
        s = si.sent.text
        new = {v.iso for v in si.venues if v.iso not in self.story and not P.past_visit.search(s) and (
            P.arrival_before.search(s[max(0, v.start - 30):v.start]) or P.present_in_before.search(s[max(0, v.start - 40):v.start])
            or v.iso in self.stops and P.stop_lead.match(s[:v.start]))}  # "In Kuala Lumpur, the two leaders ..."
        if len(new) != 1:
            return None
        return pair(self._traveller(), new.pop())

    def _left_for(self, si: SentInfo) -> _Choice | None:
        """"After Riyadh, he travelled to Cairo, where he met Sisi", "From Hanoi, Prabowo went on to Japan": a story's
        country named only as the place left is the last stop; the traveller, the story's other side, goes on to the
        one new country."""
        s, hits = si.sent.text, si.countries
        others = {h.iso for h in hits if h.iso not in self.story}
        if len(others) != 1:
            return None
        left = [x for x in self.story if any(h.iso == x for h in hits)
                and all(P.left_place_before.search(s[:h.start]) for h in hits if h.iso == x)]
        if len(left) != 1:
            return None
        return _Choice(pair(self._other(left[0]), others.pop()), P.past_visit.search(s) is None)

    def _one_new(self, si: SentInfo, other: str, has_ref: bool) -> Pair | None:
        """The pair a sentence naming one country outside the story opens with "the two nations" or a guest: a
        pair that was the story before, the traveller at a stop of his tour, or a guest and his host."""
        s, story = si.sent.text, self.story
        back = [x for x in story if pair(x, other) in self.stories] if has_ref else []
        if len(back) == 1:  # "(A and B met. A's leader visited C last week.) In B, the two nations ...": A and B again
            return pair(back[0], other)
        if has_ref and other in self.stops and P.stop_lead.match(s[:si.countries[0].start]):
            # "(Yoon's tour of the Philippines, Singapore and Laos ...) In the Philippines, the two nations ...":
            # the traveller and the country of this stop
            return pair(self._acting(story), other)
        return _guest_of(si, story, [other])

    def _acting(self, story: Pair) -> str:
        """The story's side that acts in a sentence naming neither: the one named more often other than as the
        one met ("Chung held talks with the Australian minister ... Chung also met the Philippine minister"), else
        the first country of the sentence before ("Modi met Faure. He also met his Mauritius counterpart")."""
        return max(story, key=lambda x: (self.named[x] - self.met[x], x == self._subject_before(), x))

    def _subject_before(self) -> str | None:
        """The first country of the sentence before that is not the one met there, nor a place ("In the meeting
        with the President of Turkey Erdogan, Mr. Modi sought ...": India; "During his time in Singapore, Korea
        signed ...": Korea; a leader's name after his country is one item)."""
        if self.last is None or not self.last.countries:
            return None
        s = self.last.sent.text
        free = [h for h in _items(s, self.last.countries) if not any(
            p.search(s[max(0, h.start - 60):h.start]) for p in (P.met_title_before, P.meeting_with, P.with_office_of, P.venue_before))]
        return (free or self.last.countries)[0].iso

    def _other(self, side: str) -> str:
        """The story's other side."""
        return next((x for x in self.story if x != side), side)

    def _back_to(self, side: str, other: str) -> bool:
        """"Saudi Arabia is a major backer of Egypt" after an aside on the Saudi prince's next stop, Turkey: a
        pair that was the story before, whose other country the article names (with this sentence) more than the
        story's, is back."""
        rest = [x for x in self.story if x != side]
        return pair(side, other) in self.stories and len(rest) == 1 and self.named[other] + 1 > self.named[rest[0]]


def _envoy_list(s: str, hits: list[Hit]) -> list[str]:
    """The countries of a run of two or more list items written as envoys' ("the ambassadors of A, B and C",
    "the Moldovan and Argentinian ambassadors")."""
    items = _items(s, hits)
    run: list[Hit] = []
    for h in items:
        if run and h.iso != run[-1].iso and (P.list_gap.match(g := s[run[-1].end:h.start]) or P.pair_gap.match(g)
                                             or P.titled_list_gap.match(g) or P.envoy_item_gap.match(g)):
            run.append(h)
            continue
        if len({x.iso for x in run}) > 1 and _envoys_named(s, run):
            break
        run = [h]
    if len({x.iso for x in run}) < 2 or not _envoys_named(s, run):
        return []
    return list(dict.fromkeys(x.iso for x in run))


def _envoys_named(s: str, run: list[Hit]) -> bool:
    before = s[max(0, run[0].start - 80):run[0].start]
    return P.envoys_before.search(before) is not None or P.envoys_named_before.search(before) is not None or \
        P.envoys_after.match(s[run[-1].end:run[-1].end + 40]) is not None


def _each_titled(s: str, hits: list[Hit], listed: list[str]) -> list[str]:
    """"talked with Ambassador of A (name), Ambassador of B (name) and Ambassador of C": each listed country after
    an office of its own, met one by one; never "leaders of A, B and C" (one office over the list: the talks' topics
    are not each pair's)."""
    items = [h for h in _items(s, hits) if h.iso in listed]
    return listed if listed and all(P.office_of_end.search(s[h1.end:h2.start]) for h1, h2 in zip(items, items[1:])) else []


def _visit_host(si: SentInfo, isos: list[str]) -> str | None:
    """"during Prime Minister Abe's visit to New Delhi": the capital's country, host of the one guest named."""
    s, hits = si.sent.text, si.countries
    if len(isos) != 1 or hits[0].kind not in ("leader", "demonym", "name"):
        return None
    return next((v.iso for v in si.venues if v.iso != isos[0] and v.start > hits[0].end
                 and (P.arrival_before.search(s[max(0, v.start - 30):v.start])
                      or P.visit_to.search(s[max(0, v.start - 90):v.start]))), None)


def _convener(si: SentInfo) -> str | None:
    """"Modi held bilateral meetings with world leaders": the one country whose side meets many, named before the
    words for the many (as a leader, a people or a country, not as a place)."""
    s = si.sent.text
    if not si.countries or not any(w in s for w in _W["many_gates"]):
        return None
    m = P.meets_many.search(s)
    if m is None:
        return None
    before = {h.iso for h in si.countries if h.end <= m.start() and h.kind != "capital"}
    return before.pop() if len(before) == 1 else None


def _pronoun_with_titled(s: str, h: Hit) -> bool:
    """"He discussed trade with Indonesian President Prabowo", "With Indonesian President Prabowo, he discussed ...":
    a sentence whose subject is "he" or "she" acting with the one country's titled person."""
    before = s[max(0, h.start - 12):h.start]
    led = P.pronoun_lead.match(s) is not None and P.titled_with_before.search(before) is not None
    fronted = P.fronted_with.match(s[:h.start]) is not None and P.pronoun_after_comma.search(s, h.end, h.end + 90)
    titled = h.kind == "leader" or P.office_after.match(s[h.end:h.end + 30].replace("'s", "").replace("’s", ""))
    return bool((led or fronted) and titled)


def _compared_starts(s: str) -> set[int]:
    """Where the countries a comparison of levels lists begin ("on par with A and B", "a status it had granted
    only to A and B"); not after "following", "after" and the like, which may open the sentence's own pair."""
    if "with" not in s and " to " not in s and " for " not in s:
        return set()
    return {m.end() for m in peer_matches(s) if m.group(1) is None}


@functools.lru_cache(maxsize=256)
def peer_matches(s: str) -> tuple:
    """The comparisons of levels a sentence makes (``peer_cue``'s matches, "on par with", "a status it granted"), found
    once: the level scan, the level reading and the pair stage each read them."""
    return tuple(P.peer_cue.finditer(s))


def _ranked_after(s: str, hits: list[Hit]) -> list[Pair]:
    """"Kenya is the second country to hold joint patrols with Oman after Chile": the joiner of a ranked roll and
    the one it acts with, and the earlier one named last with the same partner."""
    rank = P.peer_rank.search(s)
    if rank is None or len(hits) != 3:
        return []
    x, z, y = hits
    if len({x.iso, y.iso, z.iso}) != 3 or not (x.end <= rank.start() and P.peer_joiner_gap.match(s[x.end:rank.start()])) \
            or not (rank.end() <= z.start and P.partners_with.search(s[max(0, z.start - 12):z.start])) \
            or not P.after_peer_before.search(s[max(0, y.start - 16):y.start]):
        return []
    return [pair(x.iso, z.iso), pair(y.iso, z.iso)]


def _pair_then_with(s: str, hits: list[Hit]) -> list[Pair]:
    """"prompted Kenya and Chile to deepen defence ties with Oman": the last three countries named are two
    subjects joined by "and" and, after one clause ending in "with", a third; each subject with the third."""
    a, b, c = hits[-3:]
    if len({a.iso, b.iso, c.iso}) != 3 or not P.pair_and_gap.fullmatch(s[a.end:b.start]) \
            or P.between_lead.search(s[max(0, a.start - 12):a.start]) or not P.pair_then_with_gap.match(s[b.end:c.start]):
        return []
    return [pair(a.iso, c.iso), pair(b.iso, c.iso)]


def _in_aside(s: str, si: SentInfo) -> bool:
    """Every country and bloc the sentence names stands in a clause set aside after a comma (", which ...")."""
    first = min([h.start for h in si.countries] + [a for a, _ in si.orgs])
    return P.aside_clause.search(s[:first]) is not None


def _pair_then_visit(s: str, hits: list[Hit]) -> list[Pair]:
    """"Saudi and Emirati crown princes to visit Pakistan": the last three countries named are two visitors joined
    as one subject and the country they visit; each visitor with the host."""
    a, b, c = hits[-3:]
    if len({a.iso, b.iso, c.iso}) != 3 or not P.co_visitor_gap.match(s[a.end:b.start]) \
            or P.between_lead.search(s[max(0, a.start - 12):a.start]) or not P.pair_then_visit_gap.match(s[b.end:c.start]):
        return []
    return [pair(a.iso, c.iso), pair(b.iso, c.iso)]


def _two_pairs(s: str, hits: list[Hit]) -> bool:
    """Two separate pairs written in one sentence ("A and B met, while C and D held talks"), not one list."""
    joined = [{h1.iso, h2.iso} for h1, h2 in zip(hits, hits[1:])
              if h1.iso != h2.iso and P.pair_gap.match(s[h1.end:h2.start])]
    return not _member_list(s, hits) and any(not a & b for a in joined for b in joined)


def _names_only(s: str, hits: list[Hit]) -> bool:
    """The line is country names and commas only."""
    rest, at = [], 0
    for h in hits:
        rest.append(s[at:h.start])
        at = max(at, h.end)
    return P.names_only_rest.fullmatch("".join(rest) + s[at:]) is not None


def _met_here(s: str, h: Hit) -> bool:
    """The country is named as the one met ("held talks with Australian Foreign Minister Payne"), not as the actor."""
    a = max(0, h.start - 60)
    before = s[a:h.start]
    return _found_in(P.met_title_before, s, a, h.start) or P.meeting_with.search(before) is not None \
        or P.with_office_of.search(before) is not None or _found_in(P.met_before, s, a, h.start)


_last_low: tuple = (None, None)  # the sentence lowercased last, and its lowercased text (None: it folds otherwise)


def _found_in(rx: re.Pattern, s: str, lo: int, hi: int) -> bool:
    """Whether ``rx`` finds a match in ``s[lo:hi]``: a case-insensitive cue is searched in the lowercased sentence's
    slice without re.I where the sentence folds alike (the same matches, found about twice as fast)."""
    low_rx = folded_once(rx)
    if low_rx is None:
        return rx.search(s[lo:hi]) is not None
    global _last_low
    last = _last_low  # one read of one tuple: safe when threads share the module
    if last[0] is not s:
        low = s.lower()
        last = _last_low = (s, low if folds_alike(s, low) else None)
    return (low_rx.search(last[1][lo:hi]) if last[1] is not None else rx.search(s[lo:hi])) is not None


def _partners_of_unnamed(s: str, hits: list[Hit]) -> bool:
    """"(Modi) held talks with Turkey and Spain", a headline's "talks with Turkey, Spain": the only two countries,
    right after "with", are one side's partners; a comma alone joins them only at the sentence's end ("In a
    meeting with Xi, Vietnam's leader said ..." is a pair)."""
    h1 = hits[0]
    h2 = next(h for h in hits if h.iso != h1.iso)
    if not P.partners_with.search(s[max(0, h1.start - 12):h1.start]):
        return False
    gap = s[h1.end:h2.start]
    if not P.list_gap.match(gap):
        return False  # "joint ventures with China here, and imports into Tajikistan": no list
    return gap.strip() != "," or not s[h2.end:].strip(" .!?\"'”’")


def _pair_event(s: str, hits: list[Hit], p: Pair) -> bool:
    """The pair is written hyphened before a meeting noun inside the sentence ("weeks after the Russia-US
    summit"): an event of that pair named in passing. At the sentence's head ("Korea-Egypt summit (January
    2022)", a section's heading) the meeting is what follows."""
    return any({h1.iso, h2.iso} == set(p) and P.dash_gap.match(s[h1.end:h2.start]) and P.pair_event_after.match(s[h2.end:])
               and not _sentence_head(s[:h1.start]) for h1, h2 in zip(hits, hits[1:]))


def _led_by_new(s: str, hits: list[Hit], new: str, known: str) -> bool:
    """The sentence opens on the new country, by name, and names the story's country only after "with"."""
    first = hits[0]
    return first.iso == new and first.kind == "name" and _sentence_head(s[:first.start]) and all(
        P.peer_with_before.search(s[max(0, h.start - 15):h.start]) for h in hits if h.iso == known and h.kind == "name") \
        and any(h.iso == known and h.kind == "name" for h in hits)


def _sentence_head(before: str) -> bool:
    """Nothing but a determiner stands before this point of the sentence."""
    return not before.strip() or P.det_before.fullmatch(before) is not None


def _by_leader(si: SentInfo) -> set[str]:
    """The countries a sentence names by their leader (a name, or an adjective before an office)."""
    s = si.sent.text
    return {h.iso for h in si.countries if h.kind == "leader" or (
        h.kind == "demonym" and P.office_after.match(s[h.end:h.end + 40]))}


def _leaders_act(si: SentInfo) -> bool:
    """"El Sisi welcomed the Saudi crown prince": each of the two countries is named by its leader."""
    by_leader = _by_leader(si)
    return len(by_leader) == 2 and by_leader == {h.iso for h in si.countries}


def _first_pair(si: SentInfo, isos: list[str]) -> Pair:
    """The pair a sentence opens the story with: the first country with the one met ("Yoon discusses
    Ukraine with Polish counterpart", "talks with Kenyan President Ruto"), else its first two."""
    s, hits = si.sent.text, si.countries
    for h in hits:
        if h.iso != hits[0].iso and (P.meeting_with.search(s[max(0, h.start - 60):h.start]) or (
                P.counterpart_after.match(s[h.end:]) and P.with_counterpart.search(s[max(0, h.start - 16):h.start]))):
            return pair(hits[0].iso, h.iso)
    # "the crown prince of A will visit in January, while that of B will visit C": the first with the host
    host = next((h.iso for h in hits[1:] if P.visit_host_before.search(s[max(0, h.start - 30):h.start])), None)
    if host is not None and host != hits[0].iso and len(isos) > 2:
        return pair(hits[0].iso, host)
    return pair(isos[0], isos[1])


def _chained(s: str, hits: list[Hit], i: int) -> bool:
    """"Azerbaijan-Pakistan-Türkiye": hits i and i+1 are two links of a dashed chain of three or more
    countries, a trilateral, not a pair."""
    if not P.dash_gap.match(s[hits[i].end:hits[i + 1].start]):
        return False
    return bool(i + 2 < len(hits) and P.dash_gap.match(s[hits[i + 1].end:hits[i + 2].start])) or bool(
        i > 0 and P.dash_gap.match(s[hits[i - 1].end:hits[i].start]))


def _joined(si: SentInfo) -> tuple[list[str], list[str]]:
    """The two countries a sentence joins as a pair ("Chile and Bolivia"), else its two only countries;
    and its other countries."""
    s, hits = si.sent.text, si.countries
    isos = list(dict.fromkeys(h.iso for h in hits))
    two = next(([h1.iso, h2.iso] for h1, h2 in zip(hits, hits[1:])
                if h1.iso != h2.iso and P.pair_gap.match(s[h1.end:h2.start])), isos if len(isos) == 2 else [])
    return two, [x for x in isos if x not in two]


def _hyphen_pairs(si: SentInfo, R) -> list[Pair]:
    """"the A-B and A-C relations", "the A-B and C-D strategic partnerships": each hyphened pair of a
    list under one relation noun (or one level), not only the first."""
    s, hits = si.sent.text, si.countries
    pairs: list[Pair] = []
    i = 0
    while i + 1 < len(hits):
        h1, h2 = hits[i], hits[i + 1]
        if h1.iso == h2.iso or not P.hyphen_gap.match(s[h1.end:h2.start]):
            return []
        pairs.append(pair(h1.iso, h2.iso))
        if i + 2 >= len(hits) or not P.list_gap.match(s[h2.end:hits[i + 2].start]):
            break
        i += 2
    end = hits[i + 1].end if i + 1 < len(hits) else 0
    if len(set(pairs)) < 2 or not (R.compound_relation.match(s[end:]) or any(
            0 <= a - end <= 2 for a, _, _ in si.levels)):
        return []
    return list(dict.fromkeys(pairs))


def _guest_of(si: SentInfo, story: Pair, others: list[str]) -> Pair | None:
    """"When Malaysian Prime Minister Anwar came to Delhi, the two countries ...": a third country's
    leader arriving in one side's capital makes a pair of the host and the guest."""
    s = si.sent.text
    if not any(h.kind in ("leader", "demonym") for h in si.countries):
        return None
    for v in si.venues:
        if v.iso in story and P.arrival_before.search(s[max(0, v.start - 30):v.start]) and \
                all(h.start < v.start for h in si.countries):
            return pair(v.iso, others[0])
    return None


def _visited(s: str, hits: list[Hit], others: list[str]) -> str | None:
    """The country a sentence's visit or meeting is with ("visit to X", "meeting with X's leader", "he met
    his X counterpart")."""
    for h in hits:
        if h.iso in others and (P.visit_to.search(s[max(0, h.start - 90):h.start])
                                or P.visited_before.search(s[max(0, h.start - 30):h.start])
                                or P.meeting_with.search(s[max(0, h.start - 60):h.start])
                                or P.met_title_before.search(s[max(0, h.start - 60):h.start])):
            return h.iso
    return None


def _trip_stops(s: str, hits: list[Hit]) -> list[str]:
    """The countries a sentence names as where a trip goes ("a tour of the Philippines, Singapore and Laos",
    "his visit to Japan", "travelled to Vietnam and then Malaysia")."""
    listed = _listed_after_with(s, hits, P.destination_before, 60)
    stops = listed or [h.iso for h in hits if _found_in(P.destination_before, s, max(0, h.start - 60), h.start)
                       or _found_in(P.visit_to, s, max(0, h.start - 90), h.start)]
    # "travelled to Vietnam and then Malaysia": a further stop after the first
    return stops + [h.iso for h in hits if stops and _found_in(P.then_stop_before, s, max(0, h.start - 40), h.start)]


def _bloc_partner(s: str, si: SentInfo, R) -> bool:
    """"Australia is the longest-standing dialogue partner of ASEAN": the sentence pairs its country with a bloc."""
    return any(R.blocs.fullmatch(s[a:b]) and P.bloc_partner_before.search(s[max(0, a - 30):a]) for a, b in si.orgs)


def _destination(si: SentInfo, iso: str) -> bool:
    """Every mention of the country in the sentence is where a visit or trip goes ("the trip to Saudi Arabia")."""
    s = si.sent.text
    return all(P.visit_to.search(s[max(0, h.start - 90):h.start]) for h in si.countries if h.iso == iso)


def org_antecedent(s: str, a: int, si: SentInfo) -> bool:
    """"an EU member, which upgraded its relations with Egypt": the relative clause's subject is
    the noun before it, and a bloc there is the party, not a country."""
    m = P.relative.search(s[:a]) if si.orgs else None  # with no bloc named, no bloc is the subject
    if not m:
        return False
    return any(m.start() - 25 <= e <= m.start() for _, e in si.orgs)


def _listed_after_with(s: str, hits: list[Hit], lead, reach: int, plural: bool = False) -> list[str]:
    """The countries of a list right after ``lead`` ("with the Netherlands and Turkiye", "a trip to A and
    B"), two or more; after a plural lead ("his counterparts in A, B") a comma alone joins them."""
    items = _items(s, hits) if len(hits) > 1 else hits
    if len(items) < 2:
        return []  # one item lists nothing: no lead is searched
    joined = _joins(s, items)
    for i, h in enumerate(items):
        if not joined[i] or not _found_in(lead, s, max(0, h.start - reach), h.start):
            continue  # (no list goes on right after the item: whatever leads it, it lists nothing)
        listed, gap = [h.iso], ""
        for h1, h2 in zip(items[i:], items[i + 1:]):
            if not P.titled_list_gap.match(s[h1.end:h2.start]):
                break
            gap = s[h1.end:h2.start]
            if h2.iso not in listed:
                listed.append(h2.iso)
        if len(listed) >= 2 and (plural or P.and_only.search(gap + " ")):  # "with A, B and C"; "with A, Xi said" lists none
            return listed
    return []


_last_joins: tuple = (None, None, ())  # the sentence and items asked last, and which of them a list gap follows


def _joins(s: str, items: tuple) -> tuple:
    """For each item, whether a list gap joins it to the next (the last one: False), read once for the lead checks."""
    global _last_joins
    last = _last_joins  # one read of one tuple: safe when threads share the module
    if last[0] is s and last[1] is items:
        return last[2]
    got = tuple(P.titled_list_gap.match(s[h1.end:h2.start]) is not None for h1, h2 in zip(items, items[1:])) + (False,)
    _last_joins = (s, items, got)
    return got


def each_with(s: str, hits: list[Hit], *, joins: re.Pattern | None = None) -> dict[str, tuple[int, int]]:
    """"deepen cooperation with Ghana in mining and with Peru in health": two or more partners each after a "with"
    of its own, joined by "and" (or by ``joins``); each partner's stretch of the sentence, from its "with" to the
    next partner's."""
    starts: list[tuple[int, str]] = []
    for h in _items(s, hits):
        m = P.partners_with.search(s[max(0, h.start - 12):h.start])
        if m and h.iso not in {x for _, x in starts}:
            starts.append((max(0, h.start - 12) + m.start(), h.iso))
    joins = joins or P.and_only
    if len(starts) < 2 or not all(joins.search(s[a:b]) for (a, _), (b, _) in zip(starts, starts[1:])):
        return {}
    ends = [a for a, _ in starts[1:]] + [len(s)]
    spans = {x: (a, e) for (a, x), e in zip(starts, ends)}
    # "China and Solomon Islands ... cut ties with Taiwan and established relations with Beijing": a partner named
    # outside its own stretch is a side, not one of the listed partners
    if any(h.iso in spans and not spans[h.iso][0] <= h.start < spans[h.iso][1] for h in hits):
        return {}
    return spans


_last_items: tuple = (None, (), ())  # the sentence and hits asked last, and their items: each check asks again


def _items(s: str, hits: list[Hit]) -> tuple[Hit, ...]:
    """The hits as items of a list: a country and its leader's name right after it ("German Chancellor Angela
    Merkel") are one item, spanning both."""
    global _last_items
    last = _last_items  # one read of one tuple: safe when threads share the module
    if last[0] is s and last[1] == tuple(hits):
        return last[2]
    items: list[Hit] = []
    for h in hits:
        prev = items[-1] if items else None
        if prev is not None and prev.iso == h.iso and h.start - prev.end < 30 and P.item_join_gap.match(s[prev.end:h.start]):
            items[-1] = Hit(prev.start, h.end, h.iso, h.kind)
        else:
            items.append(h)
    got = tuple(items)
    _last_items = (s, tuple(hits), got)
    return got


def _member_list(s: str, hits: list[Hit]) -> bool:
    """Three or more countries written as one list ("A, B, C and D"); a country and its leader's name are one
    item ("US President Donald Trump, Russian President Vladimir Putin and China's Xi")."""
    run = best = 1
    items = _items(s, hits)
    for h1, h2 in zip(items, items[1:]):
        run = run + 1 if h1.iso != h2.iso and P.titled_list_gap.match(s[h1.end:h2.start]) else 1
        best = max(best, run)
    return best >= 3


def _pair_before_list(s: str, hits: list[Hit]) -> Pair | None:
    """"Nigeria and Morocco signed a deal on a pipeline that will cross countries including A, B and C": two
    countries joined by "and" open the sentence, a list of three or more others comes later in a clause of its
    own; the two are the pair."""
    items = _items(s, hits)
    if len(items) < 5 or items[0].iso == items[1].iso or not P.pair_and_gap.fullmatch(s[items[0].end:items[1].start]):
        return None
    gap = s[items[1].end:items[2].start]
    rest = items[2:]
    if P.titled_list_gap.match(gap) or gap.lstrip()[:1] in (",", "(") or {items[0].iso, items[1].iso} & {h.iso for h in rest} \
            or P.between_lead.search(s[max(0, items[0].start - 12):items[0].start]) or not _member_list(s, list(rest)):
        return None
    return pair(items[0].iso, items[1].iso)


def bloc_own_start(s: str, si: SentInfo, R) -> int | None:
    """Where "the Quad's agenda, especially on vaccines and space" begins: what a bloc's possessive governs is the
    bloc's business, not the pair's."""
    return next((a for a, b in si.orgs if R.blocs.fullmatch(s[a:b]) and P.possessive_after.match(s[b:b + 3])), None)


def bloc_deal_after(s: str, si: SentInfo, fe: int, R) -> bool:
    """"its negotiations on a Free Trade Agreement (FTA) with the EU": a field's noun phrase that goes on to name a
    bloc as the other side is one country's business with the bloc, not the pair's."""
    return any(fe <= a <= fe + 60 and R.blocs.fullmatch(s[a:b]) and P.with_bloc_between.match(s[fe:a])
               for a, b in si.orgs)


def bloc_members_end(s: str, si: SentInfo) -> int | None:
    """Where "Japan and the 10 ASEAN members" ends: what they pledge after it is the bloc's, not the pair's."""
    for a, b in si.orgs:
        m = P.members_after.match(s[b:])
        if m and any(h.end <= a and P.bloc_gap.match(s[h.end:a]) for h in si.countries):
            return b + m.end()
    return None


def _bloc_object(s: str, si: SentInfo, R) -> bool:
    """"ASEAN accorded the status to China and Australia": a bloc named before every country, and the
    first country right after its "to" or "with": the countries are the bloc's partners."""
    if not si.countries:
        return False
    first = si.countries[0]
    return any(b <= first.start and R.blocs.fullmatch(s[a:b]) and P.bloc_object_gap.match(s[b:first.start])
               for a, b in si.orgs)


def org_party(s: str, si: SentInfo) -> bool:
    """A bloc paired with a country in the sentence ("The EU and Japan", "between ASEAN and China");
    "the Ministry of Foreign Affairs of Mongolia" is that country's body, no party of its own."""
    for a, b in si.orgs:
        if any(h.start >= b and P.org_owner_gap.match(s[b:h.start]) for h in si.countries) or P.national_body.match(s[a:b]) \
                or P.org_named_thing_after.match(s[b:b + 24]) or s[b:b + 2] in ("'s", "’s"):
            continue  # "the Embassy of A in B and the Ministry ...": a country's body; "the ASEAN Outlook": a document;
            # "France and Germany, the EU's largest economies": the bloc owns, it does not act
        for h in si.countries:
            gap = s[b:h.start] if h.start >= b else s[h.end:a]
            if P.dash_gap.match(gap) and (P.body_name_before.search(s[max(0, min(a, h.start) - 30):min(a, h.start)])
                                          or P.bloc_event_after.match(s[max(b, h.end):max(b, h.end) + 30])):
                continue  # "the Forum on China-Africa Cooperation": a body's name; "the ASEAN-Australia summit": an event
            if P.pair_gap.match(gap) or P.dash_gap.match(gap):
                return True
    return False


def _fronted_partner(si: SentInfo, b: int, sides: Pair) -> Pair | None:
    """"With Switzerland, the country signed an agreement on ...": a partner fronted before the clause of the
    document; its other side is the one story country the sentence names (a leader, a demonym)."""
    s = si.sent.text
    h = si.countries[0] if si.countries else None
    if h is None or h.end >= b or not P.with_front.match(s[:h.start]) or not P.comma_next.match(s[h.end:]):
        return None
    own = {x.iso for x in si.countries if x.iso != h.iso and x.iso in sides}
    return pair(own.pop(), h.iso) if len(own) == 1 else None


def _clause_subject_pair(si: SentInfo, b: int, p: Pair) -> Pair | None:
    """"A and B concluded 12 agreements, while C and D signed 30": a later clause whose subject is two other countries
    joined by "and" has its documents between them, not the sentence's pair."""
    s = si.sent.text
    starts = [m.end() for m in P.clause_split_any.finditer(s, 0, b)]
    if not starts:
        return None
    hits = [h for h in si.countries if starts[-1] <= h.start and h.end <= b]
    if len(hits) != 2 or hits[0].iso == hits[1].iso or {hits[0].iso, hits[1].iso} == set(p) or \
            not P.pair_and_gap.fullmatch(s[hits[0].end:hits[1].start]) or not P.clause_subject_lead.fullmatch(s[starts[-1]:hits[0].start]):
        return None
    return pair(hits[0].iso, hits[1].iso)


def _relative_side(si: SentInfo, b: int) -> str | None:
    """"China, which last year struck a security pact with ...": the country a relative clause holding the
    document noun (ending at ``b``) is about."""
    s = si.sent.text
    before = [h for h in si.countries if h.end <= b]
    return before[-1].iso if before and P.relative_side.match(s[before[-1].end:b]) else None


def doc_pair(si: SentInfo, b: int, p: Pair, story: Pair | None) -> Pair:
    """"a security pact signed with Australia": the document's other party is the country after
    "with"; its own side is the story's country the sentence names."""
    s = si.sent.text
    for k, h in enumerate(si.countries):
        # "Beijing also maintains close relations with North Korea, with which he concluded a military treaty"
        if h.end < b and P.with_which.match(s[h.end:b]) and k and si.countries[k - 1].iso != h.iso \
                and h.start - si.countries[k - 1].end < 60:
            return pair(si.countries[k - 1].iso, h.iso)
    fronted = _fronted_partner(si, b, story or p)
    if fronted is not None:
        return fronted
    if (own := _clause_subject_pair(si, b, p)) is not None:
        return own
    if (bw := P.between_party.match(s[b:])) is not None:
        after = [h for h in si.countries if h.start >= b + bw.end()]
        if len(after) > 1 and after[0].iso != after[1].iso and P.between_gap.match(s[after[0].end:after[1].start]):
            return pair(after[0].iso, after[1].iso)
    for h in si.countries:
        if b < h.start <= b + 45 and P.with_party.match(s[b:h.start]):
            side = _relative_side(si, b)
            if side is not None and side != h.iso:
                return pair(side, h.iso)
            if h.iso in p:
                return p
            named = {x.iso for x in si.countries}
            sides = [x for x in (story or p) if x in named and x != h.iso] or [x for x in p if x in named and x != h.iso]
            if story and sides and all(_destination(si, x) for x in sides):
                # "The trip to Saudi Arabia followed a visit to Dubai that included a deal with the UAE": the traveller's
                sides = [x for x in story if x not in sides and x != h.iso]
            if len(sides) == 2 and "," not in s[b:h.start]:  # "PNG's signing of a pact with the US": the side nearest before
                near = [x for x in si.countries if x.end <= b and x.iso in sides]
                # "A signed a pact with B in 2019 and in 2021 an MoU with C": B, itself after "with", is a partner
                free = [x for x in near if not P.partners_with.search(s[max(0, x.start - 12):x.start])]
                sides = [x.iso for x in (free or near)[-1:]]
            return pair(sides[0], h.iso) if len(sides) == 1 else p
    return p
