"""A deterministic corpus of news-like articles about pairs of countries, for the extraction benchmark.

Sentences come from this file's own templates and lexicons; each article carries the noise
that scraped pages have (navigation words, a repeated headline, a related-stories box, an
unrelated second story), so the extractor does the work it does on real input.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

__all__ = ["countries", "LEVELS", "FIELD_WORDS", "generate", "write_jsonl", "articles"]

LEVELS = [
    "strategic partnership",
    "comprehensive partnership",
    "comprehensive strategic partnership",
    "strategic cooperative partnership",
    "comprehensive strategic cooperative partnership",
    "all-round strategic partnership",
    "strategic partnership for a new era",
    "comprehensive strategic partnership of coordination",
    "friendly cooperative partnership",
    "innovative comprehensive partnership",
]

FIELD_WORDS = {
    "economy": ["the economy", "economic ties"],
    "trade": ["trade", "e-commerce", "customs clearance"],
    "investment": ["investment", "joint ventures", "industrial parks"],
    "energy": ["energy", "solar power", "hydropower", "oil and gas", "wind energy"],
    "connectivity": ["infrastructure", "railway construction", "ports", "logistics", "civil aviation"],
    "finance": ["banking", "currency swaps", "local-currency settlement"],
    "agriculture": ["agriculture", "food security", "fisheries"],
    "health": ["public health", "medicine", "vaccine production"],
    "education": ["education", "vocational training", "university exchanges"],
    "culture": ["culture", "tourism", "youth exchanges", "sports"],
    "science-technology": ["science and technology", "the digital economy", "artificial intelligence", "5G networks"],
    "defence-security": ["defence", "law enforcement", "counter-terrorism"],
    "environment": ["climate change", "green development", "water resources"],
    "mining": ["mining", "critical minerals", "rare earths"],
    "industry": ["manufacturing", "industrial capacity", "the automotive industry"],
    "humanitarian": ["poverty reduction", "disaster relief", "development aid"],
}

_TITLES = ["President", "Prime Minister", "Foreign Minister", "Vice President", "Chancellor"]
_SYLLABLES = ["ka", "lo", "mir", "ten", "sa", "vo", "ri", "dan", "el", "mu", "no", "zar", "bek", "ta", "li",
              "gor", "an", "pe", "ul", "fen", "do", "ra", "shi", "ven", "ot"]
_AGENCIES = ["Daily Wire Service", "Capital Herald", "Continental Press", "Evening Dispatch", "Regional News Desk"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_NAV = [
    "Home | World | Politics | Business | Opinion | Video | Sport",
    "Skip to main content",
    "Menu Search Sign in",
    "Share this article: Facebook Twitter Email Print",
    "Advertisement",
    "Subscribe to our newsletter for the morning briefing",
    "We use cookies to improve your experience. Accept all | Manage settings",
]
_FOOTER = [
    "© {year} {agency}. All rights reserved. Terms of use | Privacy | Contact us",
    "Follow us on social media for the latest updates.",
]
_UNRELATED = [
    "Heavy rain is expected across the northern provinces over the weekend, forecasters said.",
    "The national football team won its qualifying match two goals to one on Saturday evening.",
    "Fuel prices will stay unchanged next month, the energy regulator announced.",
    "A new exhibition of contemporary painting opened at the city museum on Friday.",
    "Commuters faced delays after a signal fault on the metro's green line.",
]


def countries() -> list[tuple[str, str]]:
    """(ISO3, common name) for countries whose names read well in a sentence, sorted by code."""
    import pycountry

    out = []
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        if "," in name or "(" in name or "Island" in name or "Territor" in name:
            continue
        out.append((c.alpha_3, name))
    return sorted(out)


_PLACES: list[str] = []


def places() -> list[str]:
    """Province and city names (thousands of distinct words), so the corpus has the vocabulary
    spread of real news: a corpus of repeated words flatters the tokenizer baseline, whose
    cache then answers most tokens."""
    if not _PLACES:
        import pycountry

        _PLACES.extend(sorted({s.name for s in pycountry.subdivisions
                               if s.name.replace(" ", "").replace("-", "").isalpha()}))
    return _PLACES


_BACKGROUND = [
    "Delegations from {p1}, {p2} and {p3} joined the visit, which also included stops in {p4} and {p5}.",
    "Local officials in {p1} said {n1} people attended a business forum, while a trade fair in {p2} drew {n2} exhibitors.",
    "Shipments through the port of {p1} rose {n1} percent in {month}, and a new warehouse opened near {p2}.",
    "Flights between {p1} and {p2} will resume in {month}, the airline said, adding a weekly service to {p3}.",
    "Students from {p1} and {p2} will take part in a summer programme in {p3}, organisers said.",
    "The governor of {p1} met investors from {p2} and {p3} to discuss a {n1} million dollar project.",
]


def _background(rnd: random.Random) -> str:
    names = places()
    slots = {f"p{k}": rnd.choice(names) for k in range(1, 6)}
    return rnd.choice(_BACKGROUND).format(n1=rnd.randint(3, 900), n2=rnd.randint(10, 4000),
                                          month=rnd.choice(_MONTHS), **slots)


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


def _person(rnd: random.Random) -> str:
    def word():
        return "".join(rnd.choice(_SYLLABLES) for _ in range(rnd.randint(2, 3))).capitalize()
    return f"{word()} {word()}"


def _fields(rnd: random.Random, k: int) -> list[str]:
    ids = rnd.sample(sorted(FIELD_WORDS), k)
    return [rnd.choice(FIELD_WORDS[i]) for i in ids]


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _article(rnd: random.Random, i: int, names: list[tuple[str, str]]) -> dict:
    (_, a), (_, b) = rnd.sample(names, 2)
    la, lb = _person(rnd), _person(rnd)
    ta, tb = rnd.choice(_TITLES), rnd.choice(_TITLES)
    level = rnd.choice(LEVELS)
    published = dt.date(2008, 1, 1) + dt.timedelta(days=rnd.randrange(6000))
    weekday = _WEEKDAYS[(published.weekday() - rnd.randrange(3)) % 7]
    agency = rnd.choice(_AGENCIES)
    n_docs = rnd.randint(3, 40)
    f3 = _fields(rnd, 3)
    kind = rnd.randrange(3)
    if kind == 0:
        title = f"{a} and {b} raise ties to {level}"
        lead = (f"{a} and {b} agreed on {weekday} to elevate their relations to a {level}, "
                f"{ta} {la} said after talks with {tb} {lb} of {b}.")
    elif kind == 1:
        title = f"{a}, {b} sign {n_docs} documents during state visit"
        lead = (f"The two governments announced the establishment of a {level} between {a} and {b} "
                f"as {ta} {la} welcomed {tb} {lb} on {weekday}.")
    else:
        title = f"{a} and {b} pledge closer cooperation in {f3[0]} and {f3[1]}"
        lead = (f"{ta} {la} said the {level} between {a} and {b} had brought tangible benefits "
                f"to the people of both countries.")
    body = [
        f"{published:%B} {published.day} ({agency}) -- {lead}",
        f"Both sides will expand cooperation in {_join(f3)}, according to a statement released by "
        f"the foreign ministry of {a}.",
        f"{a} is ready to work with {b} on {rnd.choice(_fields(rnd, 1))} projects, {la} told his counterpart.",
        f"Trade between {a} and {b} reached {rnd.randint(1, 90)}.{rnd.randint(0, 9)} billion dollars last year, "
        f"up {rnd.randint(2, 30)} percent.",
        f"Following the talks, the two leaders witnessed the signing of {n_docs} cooperation documents "
        f"covering {_join(_fields(rnd, 3))}.",
        f"A memorandum of understanding on {rnd.choice(_fields(rnd, 1))} cooperation was signed by the "
        f"ministers of {a} and {b}.",
        f"The sides adopted a joint statement on further deepening the {level}.",
        f"{b} also plans to sign an agreement with {a} on {rnd.choice(_fields(rnd, 1))} later this year.",
        "Officials said further talks would be held before the end of the year.",
        f"The meeting lasted nearly {rnd.randint(2, 5)} hours, an aide told reporters.",
        f"{lb} also laid a wreath at a monument in the capital and visited a technology park.",
    ]
    body += [_background(rnd) for _ in range(rnd.randint(2, 5))]
    rest = body[1:]
    rnd.shuffle(rest)
    body[1:] = rest
    paras = [rnd.choice(_NAV), rnd.choice(_NAV), title]
    paras += [title] * rnd.randint(0, 4)  # the repeated headline of scraped pages
    paras += body[: rnd.randint(6, len(body))]
    paras.append("Related stories")
    paras += [f"{x} and {y} discuss {rnd.choice(_fields(rnd, 1))}" for (_, x), (_, y) in
              (rnd.sample(names, 2) for _ in range(rnd.randint(1, 3)))]
    paras.append(rnd.choice(_UNRELATED))
    paras += [f.format(year=published.year, agency=agency) for f in _FOOTER]
    return {
        "id": f"bench-{i:06d}",
        "url": f"https://news.example.org/{published:%Y/%m}/bench-{i:06d}",
        "title": title,
        "published": published.isoformat(),
        "text": "\n\n".join(paras) + "\n",
    }


def generate(n: int, *, seed: int = 7) -> list[dict]:
    """``n`` articles as JSONL records (id, url, title, published, text); same seed, same corpus."""
    rnd = random.Random(seed)
    names = countries()
    return [_article(rnd, i, names) for i in range(n)]


def write_jsonl(records: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def articles(records: list[dict]):
    """The records as :class:`kg.facts.Article` (what the extractor takes)."""
    from kg.facts import Article

    return [Article(text=r["text"], id=r["id"], title=r["title"], url=r["url"],
                    published=dt.date.fromisoformat(r["published"]), source="bench") for r in records]


def generate_lang(lang: str, n: int) -> list[dict]:
    """``n`` articles in ``lang`` (zh or ru) from the project's own texts in that language.

    The demo corpus and the test fixtures hold the project's Chinese and Russian articles; each
    page joins three of them and gets a numbered closing line so that no two texts are the same.
    """
    from kg.extract.language import detect

    root = Path(__file__).resolve().parent.parent
    pool = [p.read_text(encoding="utf-8") for d in (root / "kg" / "demo_corpus", root / "tests" / "fixtures" / "zh_ru")
            for p in sorted(d.glob("*.txt"))]
    texts = [t for t in pool if detect(t) == lang]
    def text(i: int) -> str:  # three stories a page, about the English corpus's article size
        return "\n\n".join(texts[(i + k) % len(texts)] for k in range(3)) + f"\n\n({i})"

    return [{"id": f"{lang}-{i}", "title": None, "url": None, "published": "2025-06-17", "text": text(i)}
            for i in range(n)]
