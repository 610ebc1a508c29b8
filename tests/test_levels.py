"""kg.levels.refresh and flat copies (kg load's whole-store paths): what the store's own queries give."""
from __future__ import annotations

from hypothesis import given
from test_time import FIXTURES, SETTINGS, _facts_store, _ingested, _nt, corpora

from kg import levels
from kg.model import article_quads
from kg.store import open_store

_DERIVED = ("bkg:partnershipLevel", "bkg:levelSince", "bkg:conflictsWith")


@SETTINGS
@given(corpus=corpora(), other=corpora())
def test_refresh_replaces_stale_levels_with_what_the_rule_derives(corpus, other):
    with _facts_store(corpus) as expected, _facts_store(other) as stale, open_store(":memory:") as store:
        store.add([q for f in corpus for q in article_quads(f)])
        store.add(_derived(stale))  # left by an earlier derivation over other facts
        levels.refresh(store)
        assert _nt(store) == _nt(expected)


def test_refresh_on_a_disk_store_restores_what_ingest_derived(tmp_path):
    with open_store(str(tmp_path / "store")) as disk:
        disk.add(_all(_ingested(FIXTURES / "conflicts")))
        expected = _nt(disk)
        assert any("conflictsWith" in line for line in expected)
        disk.update(levels._HEAD + " ;\n".join(f"DELETE WHERE {{ ?s {p} ?o }}" for p in _DERIVED))
        assert _nt(disk) != expected
        levels.refresh(disk)
        assert _nt(disk) == expected


def _derived(store):
    import pyoxigraph as ox

    return [ox.Quad(r[0], r[1], r[2]) for p in _DERIVED
            for r in store.query(levels._HEAD + f"SELECT ?s ?p ?o WHERE {{ BIND({p} AS ?p) ?s {p} ?o }}")]


def _all(store):
    import io

    import pyoxigraph as ox

    from kg.export import ExportFormat, export

    buf = io.BytesIO()
    export(store, buf, format=ExportFormat.NTRIPLES)
    return list(ox.parse(buf.getvalue(), format=ox.RdfFormat.N_TRIPLES))


@SETTINGS
@given(corpus=corpora())
def test_page_time_of_a_flat_copy_equals_the_stores_own(corpus):
    from kg.history import page_time, page_time_copied

    with _facts_store(corpus) as store:
        assert page_time_copied(store) == page_time(store)


def test_page_time_of_a_flat_copy_keeps_the_conflicts():
    from kg.history import page_time, page_time_copied

    store = _ingested(FIXTURES / "conflicts")
    assert page_time(store)["conflicts"] and page_time_copied(store) == page_time(store)


@SETTINGS
@given(corpus=corpora())
def test_rule_copy_of_some_relations_answers_as_the_store_does_for_them(corpus):
    with _facts_store(corpus) as store:
        rels = sorted({r[0].value for r in store.query(levels._HEAD + "SELECT ?r WHERE { ?r a bkg:BilateralRelation }")})
        some = set(rels[::2])
        text = levels.level_as_of_select("?asof", values='VALUES ?asof { "2010-12-31" "2030-12-31" }')

        def answers(source):
            return sorted((r["rel"].value, r["asof"].value, r["best"].value) for r in source.query(text)
                          if r["rel"].value in some)

        assert answers(levels.rule_copy(store, relations=some)) == answers(store)
        assert answers(levels.rule_copy(store)) == answers(store)
