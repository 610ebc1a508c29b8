"""A deterministic graph in the store's own shape, written straight as N-Triples (about 1 M lines/s).

Facts only (the default graph): relations, partnership events, cooperation statements,
agreements, the mentions they derive from and the articles holding those mentions. Countries
and the concept schemes come from the ontology every store receives; level and field concepts
the ontology lacks are minted here with the same shape the model uses.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path

__all__ = ["GraphSpec", "spec_for", "generate", "ontology_ntriples"]

ID = "https://w3id.org/bilateral-kg/id/"
BKG = "https://w3id.org/bilateral-kg/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV_DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
AGREEMENT_TYPES = ["joint-statement", "joint-declaration", "memorandum", "agreement", "treaty", "plan", "protocol"]
FINER_FIELDS = {"photovoltaics": "energy", "oil-and-gas": "energy", "railways": "connectivity",
                "vaccines": "health", "rare-earths": "mining"}


@dataclass
class GraphSpec:
    """How many of each thing; :func:`spec_for` scales them to a triple count (1 M at factor 1)."""

    countries: int = 200
    relations: int = 19_900
    events: int = 20_000
    statements: int = 62_000
    agreements: int = 8_000
    articles: int = 5_000
    seed: int = 11


def spec_for(triples: int, *, seed: int = 11) -> GraphSpec:
    f = triples / 1_000_000
    full = GraphSpec()
    return GraphSpec(countries=200, relations=max(60, min(19_900, round(full.relations * f))),
                     events=max(40, round(full.events * f)), statements=max(100, round(full.statements * f)),
                     agreements=max(20, round(full.agreements * f)), articles=max(20, round(full.articles * f)),
                     seed=seed)


@dataclass
class GraphInfo:
    """What was written, and arguments for the saved queries that hit data."""

    path: str
    triples: int = 0
    counts: dict = field(default_factory=dict)
    hub: tuple[str, str] = ("", "")
    country: str = ""
    level_label: str = ""
    field: str = "energy"

    def as_dict(self) -> dict:
        return asdict(self)


def _n(iri: str) -> str:
    return f"<{iri}>"


def _lit(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _typed(s: str, dtype: str) -> str:
    return f'"{s}"^^<{XSD}{dtype}>'


def _ontology_concepts():
    """Level concepts (iri, label, rank) and top field ids the ontology already defines."""
    import pyoxigraph as ox

    from kg.store import ontology_quads

    s = ox.Store()
    s.extend(ontology_quads())
    levels = [(r["l"].value, r["lab"].value, int(r["r"].value)) for r in s.query(
        f"SELECT ?l ?lab ?r WHERE {{ GRAPH ?g {{ ?l a <{BKG}PartnershipLevel> ; <{SKOS}prefLabel> ?lab ; "
        f"<{BKG}rank> ?r }} }} ORDER BY ?r ?l")]
    fields = [r["n"].value for r in s.query(
        f"SELECT ?n WHERE {{ GRAPH ?g {{ ?f <{SKOS}topConceptOf> <{BKG}CooperationFieldScheme> ; "
        f"<{SKOS}notation> ?n }} }} ORDER BY ?n")]
    finer = {r["f"].value.rsplit("/", 1)[1] for r in s.query(
        f"SELECT ?f WHERE {{ GRAPH ?g {{ ?f <{SKOS}broader> ?t . ?t <{SKOS}topConceptOf> "
        f"<{BKG}CooperationFieldScheme> }} }}")}
    return levels, fields, finer


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def ontology_ntriples(path: Path) -> Path:
    """The ontology graph flattened to N-Triples, for baselines that have no named graphs (rdflib Graph)."""
    import pyoxigraph as ox

    from kg.store import ontology_quads

    with open(path, "wb") as out:
        ox.serialize([q.triple for q in ontology_quads()], out, format=ox.RdfFormat.N_TRIPLES)
    return path


def generate(path: Path, spec: GraphSpec) -> GraphInfo:
    """Write the facts of ``spec`` to ``path`` (N-Triples); same spec, same bytes."""
    g = _Generator(spec)
    g.concepts()
    g.choose_pairs()
    g.relations()
    g.events()
    g.statements()
    g.agreements()
    g.articles()
    path = Path(path)
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(g.lines))
        out.write("\n")
    counts = {"countries": len(g.codes), "relations": len(g.pairs), "events": g.n_events,
              "statements": len(g.seen), "agreements": spec.agreements, "mentions": g.n_mentions,
              "articles": sum(1 for x in g.next_offset if x)}
    fields = g.field_ids
    return GraphInfo(path=str(path), triples=len(g.lines), counts=counts, hub=g.hub, country="CHN",
                     level_label=g.levels[0][1], field="energy" if "energy" in fields else fields[0])


class _Generator:
    """The generator's state; each method writes one section, drawing from one seeded random stream
    in a fixed order (so the bytes depend on the spec alone)."""

    def __init__(self, spec: GraphSpec):
        from benchmarks.corpus import countries

        self.spec = spec
        self.rnd = random.Random(spec.seed)
        self.names = dict(countries())
        self.codes = sorted(self.rnd.sample(sorted(set(self.names) - {"CHN"}), spec.countries - 1) + ["CHN"])
        self.lines: list[str] = []
        self.add = self.lines.append
        self.art_ids = [f"bench-{i:06d}" for i in range(spec.articles)]
        self.next_offset = [0] * spec.articles
        self.n_mentions = 0
        self.n_events = 0
        self.seen: set[tuple] = set()

    def concepts(self) -> None:
        """Levels and fields: the ontology's when it can be read, else a generated ladder and fields."""
        from benchmarks.corpus import FIELD_WORDS, LEVELS

        add = self.add
        onto_levels, onto_fields, onto_finer = _ontology_concepts()
        self.levels = list(onto_levels) if onto_levels else []
        if not onto_levels:
            for rank, label in enumerate(LEVELS, start=1):
                iri = f"{ID}level/{_slug(label)}"
                self.levels.append((iri, label, rank))
                s = _n(iri)
                add(f"{s} {RDF_TYPE} <{SKOS}Concept> .")
                add(f"{s} {RDF_TYPE} <{BKG}PartnershipLevel> .")
                add(f"{s} <{SKOS}inScheme> <{BKG}PartnershipLevelScheme> .")
                add(f'{s} <{SKOS}prefLabel> "{label}"@en .')
                add(f"{s} <{BKG}rank> {_typed(str(rank), 'integer')} .")
        self.field_ids = onto_fields or sorted(FIELD_WORDS)
        if not onto_fields:
            for fid in self.field_ids:
                s = _n(f"{ID}field/{fid}")
                add(f"{s} {RDF_TYPE} <{SKOS}Concept> .")
                add(f"{s} <{SKOS}topConceptOf> <{BKG}CooperationFieldScheme> .")
                add(f"{s} <{SKOS}inScheme> <{BKG}CooperationFieldScheme> .")
                add(f"{s} <{SKOS}notation> {_lit(fid)} .")
                add(f'{s} <{SKOS}prefLabel> "{fid.replace("-", " ")}"@en .')
        finer = sorted(onto_finer) if onto_finer else []
        if not onto_finer:
            for fid, parent in sorted(FINER_FIELDS.items()):
                s = _n(f"{ID}field/{fid}")
                add(f"{s} {RDF_TYPE} <{SKOS}Concept> .")
                add(f"{s} <{SKOS}inScheme> <{BKG}CooperationFieldScheme> .")
                add(f"{s} <{SKOS}broader> <{ID}field/{parent}> .")
                add(f'{s} <{SKOS}prefLabel> "{fid.replace("-", " ")}"@en .')
                finer.append(fid)
        self.all_fields = self.field_ids + finer

    def choose_pairs(self) -> None:
        """China's pairs first (a hub, as in real news), then the rest in a seeded order."""
        codes, rnd = self.codes, self.rnd
        pairs = [(a, b) for i, a in enumerate(codes) for b in codes[i + 1:]]
        hub_pairs = [p for p in pairs if "CHN" in p]
        rest = [p for p in pairs if "CHN" not in p]
        rnd.shuffle(hub_pairs)
        rnd.shuffle(rest)
        self.pairs = (hub_pairs + rest)[: self.spec.relations]
        self.hub = self.pairs[0]

    def pick_pair(self) -> tuple[str, str]:
        return self.pairs[int(len(self.pairs) * self.rnd.random() ** 2)]  # skewed: a few pairs get most news

    def mention(self, node: str, sentence: str) -> None:
        k = self.rnd.randrange(self.spec.articles)
        start = self.next_offset[k]
        end = start + len(sentence)
        self.next_offset[k] = end + 2
        m, add = f"<{ID}mention/{self.art_ids[k]}/{start}-{end}>", self.add
        add(f"{m} {RDF_TYPE} <{BKG}Mention> .")
        add(f"{m} <{BKG}article> <{ID}article/{self.art_ids[k]}> .")
        add(f"{m} <{BKG}text> {_lit(sentence)} .")
        add(f"{m} <{BKG}startOffset> {_typed(str(start), 'integer')} .")
        add(f"{m} <{BKG}endOffset> {_typed(str(end), 'integer')} .")
        add(f"{node} {PROV_DERIVED} {m} .")
        self.n_mentions += 1

    def relations(self) -> None:
        for p in self.pairs:
            r = _rel(p)
            self.add(f"{r} {RDF_TYPE} <{BKG}BilateralRelation> .")
            self.add(f"{r} <{BKG}party> <{ID}country/{p[0]}> .")
            self.add(f"{r} <{BKG}party> <{ID}country/{p[1]}> .")
            self.add(f"{r} {RDFS_LABEL} {_lit(p[0] + '–' + p[1])} .")

    def events(self) -> None:
        """Per relation an establish, then upgrades up the ladder, maybe a reaffirm."""
        i = 0
        while self.n_events < self.spec.events and i < len(self.pairs):
            p = self.pairs[i]
            i += 1
            history = self._history(p)
            for n, step in enumerate(history):
                self._event(p, step, year_only=n < len(history) - 1 and step[1] != "reaffirm"
                            and self.rnd.random() < 0.1)
            top, _, _ = history[-1]
            since = next(when for lvl, action, when in history if lvl == top and action != "reaffirm")
            self.add(f"{_rel(p)} <{BKG}partnershipLevel> <{top[0]}> .")
            self.add(f"{_rel(p)} <{BKG}levelSince> {_typed(since.isoformat(), 'date')} .")

    def _history(self, p) -> list:
        rnd, levels = self.rnd, self.levels
        k = 3 if p == self.hub else rnd.choice([1, 1, 2, 2, 3])
        steps = sorted(rnd.sample(range(len(levels)), min(k, len(levels))), key=lambda j: levels[j][2])
        day = dt.date(1995, 1, 1) + dt.timedelta(days=rnd.randrange(3000))
        history = []
        for n, j in enumerate(steps):
            history.append((levels[j], "establish" if n == 0 else "upgrade", day))
            day += dt.timedelta(days=rnd.randrange(200, 2500))
        if p == self.hub or rnd.random() < 0.3:
            history.append((history[-1][0], "reaffirm", day))
        return history

    def _event(self, p, step, *, year_only: bool) -> None:
        (iri, label, _rank), action, when = step
        add = self.add
        stamp = f"{when.year:04d}" if year_only else when.isoformat()
        ev = f"<{ID}event/{p[0]}-{p[1]}/{iri.rsplit('/', 1)[1]}/{action}/{stamp}>"
        add(f"{ev} {RDF_TYPE} <{BKG}PartnershipEvent> .")
        add(f"{ev} <{BKG}relation> {_rel(p)} .")
        add(f"{ev} <{BKG}level> <{iri}> .")
        add(f"{ev} <{BKG}action> <{ID}action/{action}> .")
        if year_only:
            add(f"{ev} <{BKG}year> {_typed(stamp, 'gYear')} .")
        else:
            add(f"{ev} <{BKG}date> {_typed(stamp, 'date')} .")
        verb = {"establish": "established a", "upgrade": "raised their relations to a",
                "reaffirm": "reaffirmed their"}[action]
        names = self.names
        self.mention(ev, f"{names[p[0]]} and {names[p[1]]} {verb} {label} on {when:%B} {when.day}, {when.year}.")
        self.n_events += 1

    def statements(self) -> None:
        """One node per (pair, field); a repeat only adds a mention."""
        forced = [(self.hub, f) for f in self.all_fields[:6]]
        for n in range(self.spec.statements):
            p, f = forced[n] if n < len(forced) else (self.pick_pair(), self.rnd.choice(self.all_fields))
            st = f"<{ID}cooperation/{p[0]}-{p[1]}/{f}>"
            if (p, f) not in self.seen:
                self.seen.add((p, f))
                self.add(f"{st} {RDF_TYPE} <{BKG}CooperationStatement> .")
                self.add(f"{st} <{BKG}relation> {_rel(p)} .")
                self.add(f"{st} <{BKG}field> <{ID}field/{f}> .")
            names = self.names
            self.mention(st, f"{names[p[0]]} and {names[p[1]]} agreed to deepen cooperation in {f.replace('-', ' ')}.")

    def agreements(self) -> None:
        rnd, add = self.rnd, self.add
        for n in range(self.spec.agreements):
            p = self.hub if n < 3 else self.pick_pair()
            t = rnd.choice(AGREEMENT_TYPES)
            ag = f"<{ID}agreement/{p[0]}-{p[1]}/{t}/{n:012x}>"
            add(f"{ag} {RDF_TYPE} <{BKG}Agreement> .")
            add(f"{ag} <{BKG}party> <{ID}country/{p[0]}> .")
            add(f"{ag} <{BKG}party> <{ID}country/{p[1]}> .")
            add(f"{ag} <{BKG}agreementType> <{ID}agreement-type/{t}> .")
            status = "planned" if rnd.random() < 0.1 else "signed"
            add(f"{ag} <{BKG}status> <{ID}status/{status}> .")
            for f in sorted(rnd.sample(self.field_ids, rnd.choice([0, 1, 1, 2, 3]))):
                add(f"{ag} <{BKG}field> <{ID}field/{f}> .")
            when = dt.date(2000, 1, 1) + dt.timedelta(days=rnd.randrange(9000))
            add(f"{ag} <{BKG}date> {_typed(when.isoformat(), 'date')} .")
            if rnd.random() < 0.4:
                add(f"{ag} <{BKG}agreementCount> {_typed(str(rnd.randint(2, 40)), 'integer')} .")
            if rnd.random() < 0.3:
                add(f"{ag} <{DCT}title> {_lit(f'{t.replace(chr(45), chr(32)).capitalize()} on cooperation')} .")
            names = self.names
            self.mention(ag, f"{names[p[0]]} and {names[p[1]]} signed a {t.replace('-', ' ')} on {when:%B} {when.day}.")

    def articles(self) -> None:
        """Only the articles that hold a mention, as in a real store."""
        for k, a in enumerate(self.art_ids):
            if not self.next_offset[k]:
                continue
            s, add = f"<{ID}article/{a}>", self.add
            day = dt.date(2005, 1, 1) + dt.timedelta(days=self.rnd.randrange(7000))
            add(f"{s} {RDF_TYPE} <{BKG}Article> .")
            add(f"{s} <{DCT}identifier> {_lit(a)} .")
            add(f"{s} <{BKG}contentHash> {_lit(format(self.rnd.getrandbits(256), '064x'))} .")
            add(f"{s} <{DCT}title> {_lit('Leaders meet to discuss bilateral ties ' + a[-4:])} .")
            add(f"{s} <{DCT}source> {_typed('https://news.example.org/' + a, 'anyURI')} .")
            add(f"{s} <{DCT}issued> {_typed(day.isoformat(), 'date')} .")


def _rel(p) -> str:
    return f"<{ID}relation/{p[0]}-{p[1]}>"
