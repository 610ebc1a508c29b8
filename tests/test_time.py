"""Time: the as-of view, kg diff, conflicts, and the level rule's dates (kg.levels, kg.asof, kg.diff)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.asof import as_of, saved_query_view
from kg.diff import ChangeKind, diff
from kg.export import ExportFormat, export
from kg.facts import AgreementFact, Article, ArticleFacts, CooperationFact, Mention, PartnershipFact
from kg.model import article_quads, current_level_update
from kg.query import run_query, saved_query
from kg.store import open_store

FIXTURES = Path(__file__).resolve().parent / "fixtures"
COUNTRIES = ["BRA", "CHN", "KEN", "VNM"]
LEVELS = ["strategic partnership", "comprehensive strategic partnership", "comprehensive partnership",
          "everlasting friendly partnership"]  # the last one the ladder lacks: the model mints it


def _facts_store(facts: list[ArticleFacts]):
    store = open_store(":memory:")
    store.add([q for f in facts for q in article_quads(f)])
    store.update(current_level_update())
    return store


def _nt(store) -> list[str]:
    buf = io.BytesIO()
    export(store, buf, format=ExportFormat.NTRIPLES)
    return sorted(buf.getvalue().decode("utf-8").splitlines())


# ------------------------------------------------------------------ random corpora

days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2009, 12, 31))


@st.composite
def when(draw):
    """(date, year, month) at a random precision, or undated."""
    d = draw(days)
    kind = draw(st.sampled_from(["day", "month", "year", "none"]))
    return {"day": (d, None, None), "month": (None, d.year, d.month), "year": (None, d.year, None),
            "none": (None, None, None)}[kind]


@st.composite
def article_facts(draw, i: int):
    pairs = [(a, b) for a in COUNTRIES for b in COUNTRIES if a < b]
    sentences, parts, coop, docs = [], [], [], []
    published = draw(st.one_of(days, st.none()))
    for k in range(draw(st.integers(1, 4))):
        text = f"Sentence {k} of article {i}."
        start = sum(len(s) + 1 for s in sentences)
        sentences.append(text)
        m = (Mention(start, start + len(text), text),)
        p = draw(st.sampled_from(pairs))
        kind = draw(st.sampled_from(["partnership", "cooperation", "agreement"]))
        d, y, mo = draw(when())
        if kind == "partnership":
            parts.append(PartnershipFact(p, draw(st.sampled_from(LEVELS)),
                                         draw(st.sampled_from(["establish", "upgrade", "reaffirm", "downgrade"])),
                                         d, y, m, month=mo))
        elif kind == "cooperation":
            coop.append(CooperationFact(p, draw(st.sampled_from(["energy", "trade", "health"])), m))
        else:
            docs.append(AgreementFact(p, draw(st.sampled_from(["memorandum", "treaty"])), ("trade",), d, y, month=mo,
                                      status=draw(st.sampled_from(["signed", "planned"])), mentions=m))
    art = Article(" ".join(sentences), id=f"art-{i}", title=f"Article {i}", published=published)
    return ArticleFacts(art, tuple(parts), tuple(coop), tuple(docs))


@st.composite
def corpora(draw):
    return [draw(article_facts(i)) for i in range(draw(st.integers(1, 6)))]


def _start(f) -> dt.date | None:
    if f.date:
        return f.date
    if f.year:
        return dt.date(f.year, f.month or 1, 1)
    return None


def _known_by(corpus: list[ArticleFacts], day: dt.date) -> list[ArticleFacts]:
    """What a fresh ingest of only the articles and events up to ``day`` is given.

    An article published by then keeps its facts that start by then; a later or undated article
    keeps only its dated facts that happened by then (and is left out if none did).
    """
    out = []
    for f in corpus:
        known = f.article.published is not None and f.article.published <= day

        def keep(x):
            s = _start(x)
            return (s is not None and s <= day) or (s is None and known)

        kept = ArticleFacts(f.article, tuple(x for x in f.partnerships if keep(x)),
                            tuple(f.cooperation) if known else (), tuple(x for x in f.agreements if keep(x)))
        if known or kept.partnerships or kept.agreements:
            out.append(kept)
    return out


SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(corpus=corpora(), day=days)
def test_as_of_equals_a_fresh_ingest_of_what_was_known_then(corpus, day):
    with _facts_store(corpus) as full, _facts_store(_known_by(corpus, day)) as fresh:
        assert _nt(as_of(full, day)) == _nt(fresh)


def _view_state(store) -> tuple[dict, set]:
    levels = {r["rel"].value: r["l"].value for r in run_query(store, "SELECT ?rel ?l WHERE { ?rel bkg:partnershipLevel ?l }")}
    facts = {r["x"].value for r in run_query(store, """SELECT ?x WHERE {
        VALUES ?c { bkg:Agreement bkg:PlannedAgreement bkg:CooperationStatement } ?x a ?c }""")}
    return levels, facts


@SETTINGS
@given(corpus=corpora(), a=days, b=days)
def test_diff_is_the_difference_of_two_as_of_views(corpus, a, b):
    since, until = min(a, b), max(a, b)
    with _facts_store(corpus) as store:
        changes = diff(store, since, until)
        (lv0, f0), (lv1, f1) = (_view_state(as_of(store, d)) for d in (since - dt.timedelta(days=1), until))
    levels = {c.iri for c in changes if c.kind not in (ChangeKind.NEW_AGREEMENT, ChangeKind.NEW_FIELD)}
    assert levels == {rel for rel, lvl in lv1.items() if lv0.get(rel) != lvl}
    assert {c.kind is ChangeKind.NEW_PARTNERSHIP for c in changes if c.iri in levels and c.iri not in lv0} <= {True}
    assert {c.iri for c in changes if c.kind in (ChangeKind.NEW_AGREEMENT, ChangeKind.NEW_FIELD)} == f1 - f0



def _rows(store, text: str) -> list[tuple]:
    return sorted(tuple(str(v) for v in r) for r in run_query(store, text))


NARROWED = ("timeline", "partners", "agreements", "fields", "evidence")


@SETTINGS
@given(corpus=corpora(), day=days, pair=st.sampled_from([(a, b) for a in COUNTRIES for b in COUNTRIES if a < b]))
def test_a_saved_query_reads_the_same_from_its_narrowed_view_as_from_the_whole_view(corpus, day, pair):
    with _facts_store(corpus) as store:
        whole = as_of(store, day)
        whole_nt = set(_nt(whole))
        for name in NARROWED:
            sq = saved_query(name)
            args = list(pair)[:len(sq.params)]
            narrowed = saved_query_view(store, day, sq, args)
            assert _rows(narrowed, sq.render(args)) == _rows(whole, sq.render(args)), name
            assert set(_nt(narrowed)) <= whole_nt, name


@SETTINGS
@given(corpus=corpora(), day=days, country=st.sampled_from(COUNTRIES), level=st.sampled_from(LEVELS[:3]))
def test_a_query_of_relation_levels_reads_the_same_from_the_summaries_as_from_the_whole_view(corpus, day, country, level):
    from kg import summary
    from kg.asof_levels import level_view

    with _facts_store(corpus) as store:
        summary.refresh(store)
        whole = as_of(store, day)
        whole_nt = set(_nt(whole))
        assert _TOP_TWO.body.count("LIMIT 2") == 2
        for name, args in (("partners", [country]), ("strongest", []), ("at-least", [level]), ("top two", []),
                           ("every relation", [])):
            sq = {"top two": _TOP_TWO, "every relation": _UNRANKED}.get(name) or saved_query(name)
            view = level_view(store, day, countries=args[:len(sq.params)] if name == "partners" else [], saved=sq, args=args)
            assert view is not None, name
            assert _rows(view, sq.render(args)) == _rows(whole, sq.render(args)), name
            assert set(_nt(view)) <= whole_nt, name


# strongest cut at two: read a rank at a time, the view stops below the second's rank, holding
# every relation of that rank (the query cuts the ties there by the relation)
_TOP_TWO = dataclasses.replace(saved_query("strongest"), view=("levels", "top", "2"),
                               body=saved_query("strongest").body.replace("LIMIT 50", "LIMIT 2"))


# strongest without its header: its view reads every relation's summary
_UNRANKED = dataclasses.replace(saved_query("strongest"), view=())


@SETTINGS
@given(corpus=corpora(), day=days, field=st.sampled_from(["energy", "trade", "health"]))
def test_the_field_and_conflicts_views_read_the_same_as_the_whole_view(corpus, day, field):
    from kg import summary
    from kg.asof_facts import fact_view

    with _facts_store(corpus) as store:
        summary.refresh(store)
        whole = as_of(store, day)
        whole_nt = set(_nt(whole))
        for name, args in (("field", [field]), ("conflicts", [])):
            sq = saved_query(name)
            view = fact_view(store, day, sq, args)
            assert view is not None, name
            assert _rows(view, sq.render(args)) == _rows(whole, sq.render(args)), name
            assert set(_nt(view)) <= whole_nt, name


def _written(store, facts: list[ArticleFacts], *, replace: bool = False) -> None:
    """Through kg's own write path (summaries and statements' first counting days kept as it goes)."""
    from kg.ingest import ingest_articles

    by_key = {f.article.key: f for f in facts}
    report = ingest_articles(store, [f.article for f in facts], replace=replace, batch_size=2,
                             extract=lambda arts: (by_key[a.key] for a in arts))
    assert not report.errors, report.errors


def _counting_days(store) -> list[str]:
    return sorted(str(r) for r in run_query(store, "SELECT ?x ?d WHERE { ?x bkg:countsFrom ?d }"))


def _field_matches_whole_view(store, day, field) -> None:
    from kg.asof_facts import fact_view

    sq = saved_query("field")
    view = fact_view(store, day, sq, [field])
    assert view is not None
    assert _rows(view, sq.render([field])) == _rows(as_of(store, day), sq.render([field]))


@SETTINGS
@given(corpus=corpora(), day=days, field=st.sampled_from(["energy", "trade", "health"]), split=st.integers(0, 6))
def test_the_field_view_stays_right_when_a_later_ingest_adds_earlier_articles(corpus, day, field, split):
    from kg import summary

    latest_first = sorted(corpus, key=lambda f: (f.article.published or dt.date.max, f.article.key), reverse=True)
    with open_store(":memory:") as store:
        _written(store, latest_first[:split])
        _written(store, latest_first[split:])
        _field_matches_whole_view(store, day, field)
        kept = _counting_days(store)
        summary.refresh(store)  # what a fresh derivation of the whole store writes
        assert _counting_days(store) == kept


def test_a_statement_counts_from_its_earliest_article_through_later_ingests_and_replacements():
    def cooperating(key: str, published: dt.date, field: str) -> ArticleFacts:
        text = f"Kenya and Vietnam will work together on {field} ({key})."
        m = (Mention(0, len(text), text),)
        return ArticleFacts(Article(text, id=key, published=published), (), (CooperationFact(("KEN", "VNM"), field, m),))

    def pairs_on(store, day) -> set[tuple]:
        from kg.asof_facts import fact_view

        sq = saved_query("field")
        return {r[:2] for r in _rows(fact_view(store, day, sq, ["energy"]), sq.render(["energy"]))}

    before, between = dt.date(2004, 6, 30), dt.date(2007, 6, 30)
    with open_store(":memory:") as store:
        _written(store, [cooperating("late", dt.date(2007, 3, 1), "energy")])
        assert pairs_on(store, before) == set() and pairs_on(store, between) == {('"KEN"', '"VNM"')}
        _written(store, [cooperating("early", dt.date(2004, 2, 1), "energy")])  # the day moves earlier
        assert pairs_on(store, before) == {('"KEN"', '"VNM"')}
        _written(store, [cooperating("early", dt.date(2004, 2, 1), "health")], replace=True)  # and back later
        assert pairs_on(store, before) == set() and pairs_on(store, between) == {('"KEN"', '"VNM"')}
        for day in (before, between):
            _field_matches_whole_view(store, day, "energy")


def test_the_field_view_declines_a_store_whose_summaries_are_of_another_version():
    from kg.asof_facts import fact_view

    text = "Kenya and Brazil will cooperate on trade."
    fact = ArticleFacts(Article(text, id="k1", published=dt.date(2003, 3, 3)), (),
                        (CooperationFact(("BRA", "KEN"), "trade", (Mention(0, len(text), text),)),))
    with open_store(":memory:") as store:
        _written(store, [fact])
        assert fact_view(store, dt.date(2004, 1, 1), saved_query("field"), ["trade"]) is not None
        store.update('PREFIX bkg: <https://w3id.org/bilateral-kg/ontology#> DELETE { ?r bkg:summary ?s } '
                     'INSERT { ?r bkg:summary "{\\"v\\":1}" } WHERE { ?r bkg:summary ?s }')
        assert fact_view(store, dt.date(2004, 1, 1), saved_query("field"), ["trade"]) is None


def test_the_summaries_view_declines_queries_reading_facts_and_stores_without_summaries():
    from kg import summary
    from kg.asof_levels import level_view

    day = dt.date(2021, 1, 1)
    corpus = [_article(1, PartnershipFact(("BRA", "CHN"), "strategic partnership", "establish", dt.date(2010, 5, 1)))]
    with _facts_store(corpus) as store:
        partners = saved_query("partners")
        assert level_view(store, day, countries=["CHN"], saved=partners) is None
        summary.refresh(store)
        assert level_view(store, day, countries=["CHN"], saved=partners)
        # bkg:party reaches agreements too, unless the header leaves them out
        assert level_view(store, day, countries=["CHN"], saved=dataclasses.replace(partners, facts=())) is None
        for name in ("timeline", "evidence", "conflicts", "field"):
            sq = saved_query(name)
            assert level_view(store, day, countries=["BRA", "CHN"], saved=sq) is None, name
    # a level the model minted is in the whole view once an event at it counts: at-least naming one is not ranked
    minted = _article(2, PartnershipFact(("BRA", "KEN"), LEVELS[3], "establish", dt.date(2012, 5, 1)))
    with _facts_store(corpus + [minted]) as store:
        summary.refresh(store)
        at_least = saved_query("at-least")
        assert level_view(store, day, countries=[], saved=at_least, args=[LEVELS[0]])
        assert level_view(store, day, countries=[], saved=at_least, args=[LEVELS[3]]) is None


def test_an_as_of_view_carries_no_summary_written_from_the_present_store():
    from kg import summary

    p = ("BRA", "CHN")
    corpus = [_article(1, PartnershipFact(p, "strategic partnership", "establish", dt.date(2010, 5, 1))),
              _article(2, PartnershipFact(p, "comprehensive strategic partnership", "upgrade", dt.date(2015, 5, 1)))]
    m = corpus[0].partnerships[0].mentions
    corpus.append(dataclasses.replace(corpus[0], partnerships=(), cooperation=(CooperationFact(p, "energy", m),)))
    with _facts_store(corpus) as store:
        summary.refresh(store)
        assert list(run_query(store, "SELECT ?d WHERE { ?x bkg:countsFrom ?d }"))
        for view in (as_of(store, dt.date(2021, 1, 1)), as_of(store, dt.date(2021, 1, 1), countries=["CHN"])):
            assert not list(run_query(view, """SELECT ?s WHERE { VALUES ?p { bkg:summary bkg:summaryRecord bkg:countsFrom }
                ?r ?p ?s }"""))


def test_every_facts_header_names_kinds_of_fact_the_view_knows():
    from kg.query import saved_queries

    with _facts_store([]) as store:
        for sq in saved_queries():
            if sq.facts:
                args = ["BRA", "CHN"][:len(sq.params)]
                assert not list(run_query(saved_query_view(store, dt.date(2000, 1, 1), sq, args), sq.render(args)))


def test_every_view_header_names_a_view_and_the_query_s_own_parameter():
    from kg.query import saved_queries

    headed = set()
    for sq in saved_queries():
        params, v = [p for p, _ in sq.params], sq.view
        if v:
            headed.add(sq.name)
            assert (v in (("levels",), ("conflicts",)) or (len(v) == 3 and v[:2] == ("levels", "top") and v[2].isdigit())
                    or (len(v) == 3 and v[:2] == ("levels", "from") and v[2] in params)
                    or (len(v) == 2 and v[0] == "field" and v[1] in params)), sq.name
    assert {"strongest", "at-least", "field", "conflicts"} <= headed  # without one, each reads the whole view


# ------------------------------------------------------------------ the rule's dates

def _article(i: int, *facts: PartnershipFact, published=dt.date(2020, 1, 1)) -> ArticleFacts:
    text = f"Text of article {i}."
    m = (Mention(0, len(text), text),)
    return ArticleFacts(Article(text, id=f"a{i}", published=published),
                        tuple(PartnershipFact(f.pair, f.level, f.action, f.date, f.year, m, month=f.month) for f in facts))


def _since(store, rel="BRA-CHN") -> str:
    rows = list(run_query(store, f"SELECT ?s WHERE {{ <https://w3id.org/bilateral-kg/id/relation/{rel}> bkg:levelSince ?s }}"))
    return str(rows[0]["s"]) if rows else ""


def test_level_since_keeps_the_precision_it_was_written_with():
    p = ("BRA", "CHN")
    store = _facts_store([_article(1, PartnershipFact(p, "strategic partnership", "establish", year=2004, month=5))])
    assert _since(store) == '"2004-05"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'
    store = _facts_store([_article(1, PartnershipFact(p, "strategic partnership", "establish", year=1993))])
    assert _since(store) == '"1993"^^<http://www.w3.org/2001/XMLSchema#gYear>'


def test_level_since_starts_after_the_last_other_level():
    p = ("BRA", "CHN")
    sp, csp = "strategic partnership", "comprehensive strategic partnership"
    store = _facts_store([_article(1, PartnershipFact(p, sp, "establish", year=2001),
                                   PartnershipFact(p, csp, "upgrade", year=2008),
                                   PartnershipFact(p, sp, "downgrade", dt.date(2015, 3, 2)),
                                   PartnershipFact(p, sp, "reaffirm", dt.date(2019, 1, 1)))])
    assert _since(store) == '"2015-03-02"^^<http://www.w3.org/2001/XMLSchema#date>'
    assert not list(run_query(store, "SELECT * WHERE { ?a bkg:conflictsWith ?b }"))  # the fall was a downgrade


# ------------------------------------------------------------------ conflicts

def _ingested(path: Path):
    from kg.ingest import ingest

    store = open_store(":memory:")
    report = ingest(store, [path])
    assert report.ok, report.errors
    return store


def test_conflicts_query_finds_the_fixture_disagreements():
    store = _ingested(FIXTURES / "conflicts")
    rows = [(r["a"].value, r["b"].value, r["kind"].value, r["articles1"].value, r["articles2"].value)
            for r in run_query(store, saved_query("conflicts").render([]))]
    assert rows == [("MAR", "PRT", "same date", "cf-1", "cf-2"), ("PER", "THA", "fell, no downgrade", "cf-3", "cf-4")]


def test_the_conflicts_view_finds_the_fixture_disagreements_as_the_whole_view_does_on_each_day():
    from kg.asof_facts import fact_view

    store, sq = _ingested(FIXTURES / "conflicts"), saved_query("conflicts")
    found = []
    for year in range(1990, 2027):
        day = dt.date(year, 12, 31)
        rows = _rows(fact_view(store, day, sq, []), sq.render([]))
        assert rows == _rows(as_of(store, day), sq.render([])), year
        found.append(len(rows))
    assert found[0] == 0 and found[-1] == 2  # the days cover none of them, then both


def test_demo_corpus_has_no_conflicts():
    from kg.demo import DEMO_CORPUS

    assert not list(run_query(_ingested(DEMO_CORPUS), saved_query("conflicts").render([])))


# ------------------------------------------------------------------ the commands

@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    from kg.cli import main

    d = tmp_path_factory.mktemp("demo")
    res = CliRunner().invoke(main, ["ingest", str(Path(__file__).resolve().parents[1] / "kg" / "demo_corpus"),
                                    "--store", str(d / "store")])
    assert res.exit_code == 0, res.output
    return d / "store"


def _kg(*args) -> str:
    from kg.cli import main

    res = CliRunner().invoke(main, list(args))
    assert res.exit_code == 0, res.output
    return res.output


def test_as_of_option_on_every_reading_command(demo_dir):
    store = str(demo_dir)
    now = json.loads(_kg("stats", "--store", store, "--format", "json"))["counts"]
    then = json.loads(_kg("stats", "--store", store, "--format", "json", "--as-of", "2010"))["counts"]
    assert then["relations"] < now["relations"] and then["articles"] < now["articles"]
    assert "(0 rows)" in _kg("query", "strongest", "--store", store, "--as-of", "1990")
    assert _kg("export", "--store", store, "--as-of", "1990", "-o", "-", "--format", "ntriples").count(
        "/id/relation/") == 0
    assert _kg("analyze", "--store", store, "--as-of", "1990", "--format", "json").strip() == "[]"


def test_diff_command_formats_and_errors(demo_dir):
    from kg.cli import main

    rows = json.loads(_kg("diff", "--store", str(demo_dir), "--since", "2000", "--until", "2030", "--format", "json"))
    assert rows and {"change", "a", "b", "before", "after", "when", "article", "title"} == set(rows[0])
    assert all(r["article"] for r in rows)
    res = CliRunner().invoke(main, ["diff", "--store", str(demo_dir), "--since", "2020", "--until", "2019"])
    assert res.exit_code == 1 and "after" in res.output and "Traceback" not in res.output


def test_flat_reads_give_the_same_changes_whole_or_in_chunks(monkeypatch):
    import kg.reads
    from kg.demo import DEMO_CORPUS

    store = _ingested(DEMO_CORPUS)
    since, until = dt.date(2000, 1, 1), dt.date(2030, 12, 31)
    chunked = diff(store, since, until)
    monkeypatch.setattr(kg.reads, "_WHOLE", 0)
    assert chunked and diff(store, since, until) == chunked


@pytest.mark.parametrize("since, until", [(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), (dt.date(2024, 1, 1), dt.date(2024, 12, 31))])
def test_the_level_rule_on_the_window_relations_copy_gives_the_changes_of_a_whole_copy(monkeypatch, since, until):
    import kg.diff
    from kg.demo import DEMO_CORPUS

    store = _ingested(DEMO_CORPUS)
    narrow = diff(store, since, until)
    monkeypatch.setattr(kg.diff, "_IN_MEMORY", 0)
    assert narrow and diff(store, since, until) == narrow

