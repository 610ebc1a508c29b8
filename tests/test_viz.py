"""kg viz: the page's content, escaping, offline assets, determinism and the command."""
from __future__ import annotations

import datetime as dt
import json
import math
import re

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.analyze import Layer, Measure, Selection, load_graph
from kg.viz import LAYOUT_IN_PYTHON, NO_LEVEL, PALETTE, VizOptions, level_colors, page_html, render
from vizdata import KZ_UPGRADE, XSS_IMG, XSS_SCRIPT, load_facts, load_viz, synthetic_facts, unpack_page


def page_data(text: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S)
    assert m, "the data block is missing"
    return unpack_page(json.loads(m.group(1)))


def test_render_writes_utf8_and_counts(store, tmp_path):
    out = tmp_path / "deep" / "graph.html"
    drawing = render(store, out, options=VizOptions())
    assert (drawing.nodes, drawing.edges) == (6, 6)
    text = out.read_bytes().decode("utf-8")
    assert drawing.size == len(out.read_bytes())
    data = page_data(text)
    assert len(data["nodes"]) == 6 and len(data["edges"]) == 6
    assert {n["label"] for n in data["nodes"]} == {"Brazil", "China", "Egypt", "France", "Kazakhstan", "Pakistan"}


def test_no_resource_is_fetched_from_the_network(store, tmp_path):
    text = page_html(load_graph(store, layers=[Layer.FIELDS, Layer.AGREEMENTS]))
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", text, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(https?:)?//""", text, re.I)
    assert not re.search(r"@import|<link\b|<iframe\b", text, re.I)
    assert "vis.Network" in text and "vis-network" in text  # the library is inside the page
    assert "default-src 'none'" in text


def test_article_markup_is_data_never_markup(store):
    text = page_html(load_graph(store))
    assert XSS_SCRIPT not in text and XSS_IMG not in text
    # four script elements end where they should: the data block, vis, ours, and the year slider's
    assert text.count("</script>") == 4
    data = page_data(text)
    info = next(i for i in data["edgeInfo"].values() if i["heading"] == "Egypt – France")
    sentences = " ".join(e["sentence"] for e in info["evidence"])
    assert XSS_SCRIPT in sentences and XSS_IMG in sentences  # kept verbatim, shown as text by the page
    assert all(e["title"].endswith(XSS_IMG) for e in info["evidence"])


def test_a_sentence_appears_once_in_each_tooltip_that_cites_it(store):
    """A sentence backing several facts of a relation is in its tooltip once; an agreement node citing
    it too has its own copy (tooltips carry their sentences: nearly all are cited once)."""
    from vizdata import BR_2019

    sentence = BR_2019.split(", agreed")[0]  # the sentence also names the plan
    assert page_html(load_graph(store)).count(sentence) == 1
    text = page_html(load_graph(store, layers=[Layer.AGREEMENTS]))
    assert text.count(sentence) == 2
    data = page_data(text)
    info = next(i for i in data["edgeInfo"].values() if i["heading"] == "Brazil – China")
    assert sorted(a for e in info["evidence"] for a in e["about"]) == [
        "agreement: plan", "cooperation: Agriculture", "partnership: strategic partnership"]
    plan = next(i for i in data["nodeInfo"].values() if i["agreement"] and i["agreement"]["type"] == "plan")
    assert plan["agreement"]["name"] == "Soybean Farming Plan" and plan["evidence"][0]["sentence"].startswith(sentence)


def test_field_edges_name_the_partners(store):
    data = page_data(page_html(load_graph(store, layers=[Layer.FIELDS])))
    trade = {i["country"]: i["partners"] for i in data["edgeInfo"].values()
             if i["kind"] == "field" and i["field"] == "Trade"}
    assert trade == {"Egypt": ["France"], "France": ["Egypt"], "Kazakhstan": ["Pakistan"], "Pakistan": ["Kazakhstan"]}
    assert all(e["dashes"] for e in data["edges"] if data["edgeInfo"][e["id"]]["kind"] == "field")


def test_the_heading_is_escaped(store):
    text = page_html(load_graph(store), title="<b>graph</b> & co")
    assert "<title>&lt;b&gt;graph&lt;/b&gt; &amp; co</title>" in text


def test_edges_show_level_history_and_evidence(store):
    data = page_data(page_html(load_graph(store)))
    by_heading = {i["heading"]: (e, i) for e, i in data["edgeInfo"].items()}
    eid, info = by_heading["China – Kazakhstan"]
    assert info["level"] == "comprehensive strategic partnership" and info["since"] == "2011-06-13"
    assert [h["level"] for h in info["history"]] == ["strategic partnership", "comprehensive strategic partnership"]
    assert info["evidence"][0]["sentence"] == KZ_UPGRADE  # newest first
    assert info["evidence"][0]["url"] == "https://news.example/kz-2011"
    edges = {e["id"]: e for e in data["edges"]}
    grey = [edges[e]["color"] for e, i in data["edgeInfo"].items() if i["level"] is None]
    assert grey == [NO_LEVEL, NO_LEVEL]
    widths = {i["heading"]: edges[e]["width"] for e, i in data["edgeInfo"].items()}
    assert widths["China – Kazakhstan"] > widths["Brazil – China"]  # two articles against one
    assert [item["label"] for item in data["legend"]][:4] == [
        "all-weather strategic cooperative partnership (90)", "comprehensive strategic partnership (60)",
        "strategic partnership (40)", "cooperation or agreements only"]


def test_palette_gets_darker_with_rank():
    colors = level_colors([10, 40, 60, 90])

    def lightness(c):
        return sum(int(c[i:i + 2], 16) for i in (1, 3, 5))

    values = [lightness(colors[r]) for r in (10, 40, 60, 90)]
    assert values == sorted(values, reverse=True) and len(set(values)) == 4
    assert NO_LEVEL not in colors.values()


def test_levels_a_band_apart_get_different_colours_across_the_ladder():
    from kg.ladder import levels

    ranks = sorted({lv.rank for lv in levels()})
    colors = level_colors(ranks)
    assert colors[ranks[0]] == PALETTE[0] and colors[ranks[-1]] == PALETTE[-1]
    assert len(set(colors.values())) == len(PALETTE)  # every step used across the ladder's range
    assert [PALETTE.index(colors[r]) for r in ranks] == sorted(PALETTE.index(colors[r]) for r in ranks)


# Machado, Oliveira & Fernandes (2009), severity 1: linear-RGB simulation of each dichromacy.
CVD = {
    "normal vision": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def _lab(color: str, matrix) -> tuple[float, float, float]:
    """CIELAB (D65) of an sRGB colour as seen through ``matrix``."""
    def linear(c):
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    rgb = [linear(int(color[i:i + 2], 16)) for i in (1, 3, 5)]
    rgb = [min(max(sum(matrix[r][k] * rgb[k] for k in range(3)), 0.0), 1.0) for r in range(3)]
    x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
    y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


@pytest.mark.parametrize("vision", list(CVD))
def test_palette_steps_stay_apart_for_colour_blind_readers(vision):
    """Sequential (darker = closer) and every step at least 8 CIELAB units from the next, in each vision."""
    labs = [_lab(c, CVD[vision]) for c in PALETTE]
    assert len(PALETTE) >= 7
    lightness = [lab[0] for lab in labs]
    assert lightness == sorted(lightness, reverse=True) and lightness[0] < 88  # palest step still shows on white
    gaps = [math.dist(a, b) for a, b in zip(labs, labs[1:])]
    assert min(gaps) >= 8, gaps


@pytest.mark.parametrize("size_by", list(Measure))
def test_size_by_each_measure(store, size_by):
    data = page_data(page_html(load_graph(store), options=VizOptions(size_by=size_by)))
    values = {n["id"]: n["value"] for n in data["nodes"]}
    assert max(values, key=values.get) == "CHN"


def test_same_graph_same_bytes(store, tmp_path):
    opts = VizOptions(layers=frozenset({Layer.FIELDS, Layer.AGREEMENTS}))
    render(store, tmp_path / "a.html", options=opts)
    render(store, tmp_path / "b.html", options=opts)
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_filters_reach_the_page(store):
    opts = VizOptions(until=dt.date(2008, 1, 1))
    text = page_html(load_graph(store, opts), options=opts)
    data = page_data(text)
    assert {i["heading"]: i["level"] for i in data["edgeInfo"].values()} == {
        "Brazil – China": "strategic partnership", "China – Kazakhstan": "strategic partnership"}
    assert "as of 2008-01-01" in text


def test_large_graph_is_laid_out_in_python(tmp_path):
    from kg.store import open_store

    with open_store(":memory:") as s:
        load_facts(s, synthetic_facts(countries=40, relations=LAYOUT_IN_PYTHON, agreements=LAYOUT_IN_PYTHON))
        opts = VizOptions(layers=frozenset({Layer.AGREEMENTS}))
        g = load_graph(s, opts, layers=opts.layers)
        assert g.number_of_nodes() > LAYOUT_IN_PYTHON
        text = page_html(g, options=opts)
        assert text == page_html(load_graph(s, opts, layers=opts.layers), options=opts)
    data = page_data(text)
    assert data["options"]["physics"] == {"enabled": False}
    assert all(isinstance(n.get("x"), float) and isinstance(n.get("y"), float) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])  # nobody on top of anybody
    agreement_edges = [e for e in data["edges"] if data["edgeInfo"][e["id"]]["kind"] == "agreement"]
    assert agreement_edges and not any(e["dashes"] for e in agreement_edges)  # solid: cheaper to draw
    named = [i["heading"] for e, i in data["edgeInfo"].items() if i["kind"] == "agreement"]
    assert all(" – Memo " in h for h in named)  # agreement labels hidden on the canvas, named in tooltips


def test_small_graph_uses_physics(store):
    data = page_data(page_html(load_graph(store)))
    assert data["options"]["physics"]["enabled"] is True
    assert all("x" not in n for n in data["nodes"])


# --- the command


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory):
    from kg.store import open_store

    loc = str(tmp_path_factory.mktemp("viz") / "store")
    with open_store(loc) as s:
        load_viz(s)
    return loc


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_cli_viz_writes_the_page(disk_store, tmp_path):
    out = tmp_path / "g.html"
    res = run("viz", "--store", disk_store, "--output", str(out), "--country", "kaz", "--layers", "fields")
    assert res.exit_code == 0, res.output
    assert res.output.startswith(f"wrote {out}: ")
    data = page_data(out.read_text(encoding="utf-8"))
    countries = {n["id"] for n in data["nodes"] if n["shape"] == "dot"}
    assert countries == {"CHN", "KAZ", "PAK"}


def test_cli_viz_open_launches_the_browser(disk_store, tmp_path, monkeypatch):
    import kg.viz

    opened = []
    monkeypatch.setattr(kg.viz, "open_in_browser", lambda path: opened.append(path) or True)
    out = tmp_path / "g.html"
    res = run("viz", "--store", disk_store, "-o", str(out), "--open")
    assert res.exit_code == 0 and opened == [out]
    assert res.output.count("\n") == 1  # only the "wrote" line


def test_cli_viz_open_without_a_browser_prints_the_path(disk_store, tmp_path, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    out = tmp_path / "g.html"
    res = CliRunner().invoke(main, ["viz", "--store", disk_store, "-o", str(out), "--open"])
    assert res.exit_code == 0 and res.stderr == ""
    lines = res.stdout.splitlines()
    assert len(lines) == 2 and lines[1] == f"open {out.resolve()} in a browser (no browser found here)"


def test_cli_viz_query_file(disk_store, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?a ?b WHERE { VALUES (?a ?b) { ('CHN' 'KAZ') ('FRA' 'USA') } }", encoding="utf-8")
    out = tmp_path / "q.html"
    res = run("viz", "--store", disk_store, "--query", str(rq), "-o", str(out))
    assert res.exit_code == 0, res.output
    data = page_data(out.read_text(encoding="utf-8"))
    assert sorted(i["heading"] for i in data["edgeInfo"].values()) == ["China – Kazakhstan", "France – United States"]


@pytest.mark.parametrize("args, message", [
    (["--country", "XYZ"], "kg: error: unknown country code 'XYZ': use an ISO 3166-1 alpha-3 code such as CHN"),
    (["--since", "2024-02-30"], "kg: error: bad date '2024-02-30': use YYYY-MM-DD, YYYY-MM or YYYY"),
    (["--until", "soon"], "kg: error: bad date 'soon': use YYYY-MM-DD, YYYY-MM or YYYY"),
    (["--min-level", "best friends"], "kg: error: unknown level 'best friends'; known levels: partnership,"),
    (["--field", "gardening"], "kg: error: unknown field 'gardening'; top fields: "),
    (["--layers", "fields,roads"], "kg: error: unknown layer 'roads'; layers: fields, agreements"),
    (["--query", "missing.rq"], "kg: error: missing.rq: no such query file"),
])
def test_cli_viz_bad_options_are_one_line(disk_store, tmp_path, args, message):
    res = run("viz", "--store", disk_store, "-o", str(tmp_path / "x.html"), *args)
    assert res.exit_code == 1
    assert res.output.startswith(message) and res.output.count("\n") == 1
    assert not (tmp_path / "x.html").exists()


def test_cli_viz_missing_store(tmp_path):
    res = run("viz", "--store", str(tmp_path / "nowhere"), "-o", str(tmp_path / "x.html"))
    assert res.exit_code == 1 and res.output.startswith("kg: error: ") and res.output.count("\n") == 1


def test_selection_is_shared_with_analyze():
    assert issubclass(VizOptions, Selection)
    with pytest.raises(TypeError):
        VizOptions("CHN")  # keyword-only


def test_agreement_nodes_say_what_they_are_about(store):
    data = page_data(page_html(load_graph(store, layers=[Layer.AGREEMENTS])))
    labels = sorted(n["label"] for n in data["nodes"] if n["kind"] == "agreement")
    assert labels == ["Soybean Farming Plan", "agreement: Culture", "memorandum: Nuclear energy"]
    legend = {item.get("kind"): item.get("shape") for item in data["legend"] if item.get("kind")}
    shapes = {n["kind"]: n["shape"] for n in data["nodes"]}
    assert legend == shapes == {"country": "dot", "agreement": "square"}


def test_page_embeds_the_best_few_sentences_and_a_count():
    """An edge with many articles carries PAGE_EVIDENCE sentences, newest first, and how many there are."""
    from kg.facts import Article, ArticleFacts, CooperationFact, Mention
    from kg.store import open_store
    from kg.viz import PAGE_EVIDENCE

    facts = []
    for i in range(PAGE_EVIDENCE + 4):
        text = f"Chile and Peru agreed on mining project number {i}."
        art = Article(text, id=f"cp-{i}", title=f"Mining {i}", published=dt.date(2010 + i, 1, 1))
        facts.append(ArticleFacts(art, cooperation=(CooperationFact(("CHL", "PER"), "mining",
                                                                    (Mention(0, len(text), text),)),)))
    with open_store(":memory:") as s:
        load_facts(s, facts)
        data = page_data(page_html(load_graph(s)))
    (info,) = [i for i in data["edgeInfo"].values() if i["kind"] == "relation"]
    assert len(info["evidence"]) == PAGE_EVIDENCE and info["evidence_total"] == PAGE_EVIDENCE + 4
    assert [e["title"] for e in info["evidence"]] == [f"Mining {PAGE_EVIDENCE + 3 - k}" for k in range(PAGE_EVIDENCE)]


def test_a_level_outside_the_ladder_is_drawn_by_its_name(tmp_path):
    """Data loaded from elsewhere may use levels the store's ladder does not describe."""
    from kg.levels import current_level_update
    from kg.store import open_store

    with open_store(":memory:") as s:
        s.update("""PREFIX bkg: <https://w3id.org/bilateral-kg/ontology#>
            PREFIX id: <https://w3id.org/bilateral-kg/id/>
            INSERT DATA { id:relation\\/CHL-PER a bkg:BilateralRelation ; bkg:party id:country\\/CHL, id:country\\/PER .
              id:e1 a bkg:PartnershipEvent ; bkg:relation id:relation\\/CHL-PER ;
                 bkg:level <https://example.org/level/close-friends> ;
                 bkg:date "2020-01-02"^^<http://www.w3.org/2001/XMLSchema#date> . }""")
        s.update(current_level_update())  # as kg load and kg ingest do: levels are derived in the store
        g = load_graph(s)
        render(s, tmp_path / "x.html", options=VizOptions())
    assert g.edges["CHL", "PER"]["level_label"] == "close friends"
