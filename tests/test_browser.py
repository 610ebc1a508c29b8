"""The page in real headless Chromium with the network cut off: it draws, explains, and runs no injected code."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.analyze import Layer
from kg.viz import VizOptions, render
from vizdata import KZ_UPGRADE, XSS_IMG, XSS_SCRIPT

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed"),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Visit:
    """A page opened with every http(s) request aborted and recorded, and console errors collected."""

    def __init__(self, browser, path: Path):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1200, "height": 760})
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-drawn='1']", timeout=60000)

    def _route(self, route):
        url = route.request.url
        if url.startswith(("http:", "https:")):
            self.requests.append(url)
            route.abort()
        else:
            route.continue_()

    def counts(self) -> list[int]:
        return self.page.evaluate("[kgGraph.nodes.length, kgGraph.edges.length]")

    def edge_point(self, a: str, b: str) -> dict:
        """A point on screen where the edge a–b, and no node, is under the mouse (layout settled)."""
        self.page.wait_for_function("!kgGraph.network.physics.physicsEnabled || "
                                    "kgGraph.network.physics.stabilized", timeout=60000)
        point = self.page.evaluate("""([a, b]) => {
            const n = kgGraph.network, p = n.getPositions([a, b]);
            const id = kgGraph.edges.get({filter: e => (e.from === a && e.to === b) || (e.from === b && e.to === a)})[0].id;
            const box = document.getElementById("graph").getBoundingClientRect();
            for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
                const dom = n.canvasToDOM({x: p[a].x + (p[b].x - p[a].x) * t, y: p[a].y + (p[b].y - p[a].y) * t});
                if (n.getNodeAt(dom) === undefined && n.getEdgeAt(dom) === id) {
                    return {x: box.left + dom.x, y: box.top + dom.y};
                }
            }
            return null;
        }""", [a, b])
        assert point is not None, f"no free point on the edge {a}–{b}"
        return point


def test_page_draws_explains_and_runs_nothing_injected(browser, store, tmp_path):
    out = tmp_path / "graph.html"
    drawing = render(store, out, options=VizOptions())
    visit = Visit(browser, out)
    page = visit.page
    assert visit.counts() == [drawing.nodes, drawing.edges] == [6, 6]

    point = visit.edge_point("CHN", "KAZ")
    page.mouse.move(point["x"], point["y"])
    page.wait_for_selector("#tip", state="visible", timeout=5000)
    assert KZ_UPGRADE in page.inner_text("#tip")

    page.mouse.click(point["x"], point["y"])
    details = page.inner_text("#details")
    assert "comprehensive strategic partnership since 2011-06-13" in details
    assert "2005-07-04: establish — strategic partnership" in details

    # the article with markup in it: click its edge, the markup shows as text and nothing ran
    point = visit.edge_point("EGY", "FRA")
    page.mouse.click(point["x"], point["y"])
    details = page.inner_text("#details")
    assert XSS_SCRIPT in details and XSS_IMG in details
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#details a").count() == 0  # a javascript: link is not made a link
    page.screenshot(path=str(tmp_path / "graph.png"))
    assert (tmp_path / "graph.png").stat().st_size > 10_000
    assert visit.errors == []
    assert visit.requests == []
    page.close()


def test_layers_draw_and_links_stay_offline(browser, store, tmp_path):
    out = tmp_path / "layers.html"
    drawing = render(store, out, options=VizOptions(layers=frozenset({Layer.FIELDS, Layer.AGREEMENTS})))
    visit = Visit(browser, out)
    assert visit.counts() == [drawing.nodes, drawing.edges] == [16, 28]
    point = visit.edge_point("CHN", "KAZ")
    visit.page.mouse.click(point["x"], point["y"])
    link = visit.page.locator("#details a").first
    assert link.get_attribute("href") == "https://news.example/kz-2011"
    assert link.get_attribute("rel") == "noopener noreferrer"
    visit.page.screenshot(path=str(tmp_path / "layers.png"))
    assert visit.errors == [] and visit.requests == []
    assert visit.page.evaluate("typeof window.__pwned") == "undefined"
    visit.page.close()


def test_big_graph_draws_laid_out_and_explains(browser, tmp_path):
    """Above the layout threshold: positions from Python, no physics, every node and edge in vis's data sets."""
    from kg.store import open_store
    from kg.viz import LAYOUT_IN_PYTHON
    from vizdata import load_facts, synthetic_facts

    out = tmp_path / "big.html"
    with open_store(":memory:") as s:
        load_facts(s, synthetic_facts(countries=40, relations=LAYOUT_IN_PYTHON, agreements=LAYOUT_IN_PYTHON))
        drawing = render(s, out, options=VizOptions(layers=frozenset({Layer.AGREEMENTS, Layer.FIELDS})))
    assert drawing.nodes > LAYOUT_IN_PYTHON
    visit = Visit(browser, out)
    assert visit.counts() == [drawing.nodes, drawing.edges]
    assert visit.page.evaluate("kgGraph.network.physics.physicsEnabled") is False
    # a relation's tooltip content, unpacked from the tables in the page
    first = visit.page.evaluate("kgGraph.edges.get(0)")
    visit.page.evaluate("([id]) => { kgGraph.network.emit('hoverEdge', {edge: id, pointer: {DOM: {x: 10, y: 10}}}); }",
                        [first["id"]])
    assert "set up a" in visit.page.inner_text("#tip") and " talks" in visit.page.inner_text("#tip")
    assert visit.errors == [] and visit.requests == []
    visit.page.close()


def _canvas_centre(page, node: str) -> tuple[dict, dict]:
    """Where ``node`` is on screen, and the middle of the drawing area."""
    return page.evaluate("""([id]) => {
        const n = kgGraph.network, p = n.getPositions([id])[id], dom = n.canvasToDOM(p);
        const box = document.getElementById("graph").getBoundingClientRect();
        return [{x: dom.x, y: dom.y}, {x: box.width / 2, y: box.height / 2}];
    }""", [node])


@pytest.mark.parametrize("typed", ["Kazakhstan", "kaz", "Казахстан"])
def test_search_finds_centres_and_highlights_a_country(browser, tmp_path, typed):
    """English name, ISO3 code, or a name in another language (a label the store holds) all find it."""
    from kg.store import open_store
    from vizdata import load_viz

    with open_store(":memory:") as s:
        load_viz(s)
        s.update('INSERT DATA { <https://w3id.org/bilateral-kg/id/country/KAZ> '
                 '<http://www.w3.org/2004/02/skos/core#altLabel> "Казахстан"@ru }')
        out = tmp_path / "search.html"
        render(s, out, options=VizOptions())
    visit = Visit(browser, out)
    page = visit.page
    page.wait_for_selector("body[data-labels='1']", timeout=60000)
    page.fill("#search", typed)
    page.press("#search", "Enter")
    page.wait_for_selector("#details [data-country='KAZ']", timeout=5000)
    at, middle = _canvas_centre(page, "KAZ")
    assert abs(at["x"] - middle["x"]) < 2 and abs(at["y"] - middle["y"]) < 2
    assert sorted(page.evaluate("kgGraph.network.getSelectedNodes()")) == ["CHN", "KAZ", "PAK"]
    assert page.inner_text("#search-status") == ""
    page.fill("#search", "Atlantis")
    page.press("#search", "Enter")
    assert "no country matches" in page.inner_text("#search-status")
    assert visit.errors == [] and visit.requests == []
    page.close()


def test_click_on_a_country_lists_its_partners_strongest_first(browser, store, tmp_path):
    out = tmp_path / "partners.html"
    render(store, out, options=VizOptions())
    visit = Visit(browser, out)
    page = visit.page
    page.wait_for_selector("body[data-labels='1']", timeout=60000)
    at, _ = _canvas_centre(page, "CHN")
    box = page.evaluate("document.getElementById('graph').getBoundingClientRect().toJSON()")
    page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
    page.wait_for_selector("#details [data-country='CHN']", timeout=5000)
    rows = page.eval_on_selector_all("#details tr[data-partner]", "rs => rs.map(r => [r.dataset.partner, "
                                     "...Array.from(r.cells).map(c => c.innerText)])")
    assert [r[:4] for r in rows] == [
        ["PAK", "Pakistan", "all-weather strategic cooperative partnership", ""],
        ["EGY", "Egypt", "comprehensive strategic partnership", "2014-12-23"],
        ["KAZ", "Kazakhstan", "comprehensive strategic partnership", "2011-06-13"],
        ["BRA", "Brazil", "strategic partnership", "1993"],  # levelSince at the precision written
    ]
    assert [r[5] for r in rows] == ["", "", "1", "1"]  # Kazakhstan's nuclear memorandum, Brazil's farming plan
    assert "Oil and gas" in rows[2][4] and "Nuclear energy" in rows[2][4]
    # a partner's name goes to that partner; its level opens the relation's history
    page.click("#details tr[data-partner='KAZ'] td:first-child button")
    page.wait_for_selector("#details [data-country='KAZ']", timeout=5000)
    page.click("#details tr[data-partner='CHN'] td:nth-child(2) button")
    assert "2005-07-04: establish — strategic partnership" in page.inner_text("#details")
    assert visit.errors == [] and visit.requests == []
    page.close()


def _with_layers(browser, store, path):
    """The page drawn with fields and agreements as nodes, opened in Chromium."""
    render(store, path, options=VizOptions(layers=frozenset({Layer.FIELDS, Layer.AGREEMENTS})))
    return Visit(browser, path)


def test_legend_shapes_are_the_maps_node_shapes(browser, store, tmp_path):
    visit = _with_layers(browser, store, tmp_path / "legend.html")
    page = visit.page
    legend = page.eval_on_selector_all("#legend [data-kind]", "rs => rs.map(r => [r.dataset.kind, r.dataset.shape, "
                                       "r.querySelector('svg > *').tagName, r.querySelector('svg > *').getAttribute('fill')])")
    on_map = page.evaluate("""() => { const out = {};
        kgGraph.nodes.get().forEach(n => { (out[n.kind] = out[n.kind] || new Set()).add(n.shape + " " + n.color); });
        return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v]])); }""")
    assert sorted(k for k, *_ in legend) == sorted(on_map) == ["agreement", "country", "field"]
    drawn_as = {"dot": "circle", "diamond": "polygon", "square": "rect", "box": "rect"}
    for kind, shape, tag, fill in legend:
        assert on_map[kind] == [f"{shape} {fill}"]
        assert tag == drawn_as[shape]
    assert "Node size: partners" in page.inner_text("#legend")
    assert visit.errors == [] and visit.requests == []
    page.close()


def test_labels_do_not_overlap(browser, store, tmp_path):
    visit = _with_layers(browser, store, tmp_path / "labels.html")
    page = visit.page
    page.wait_for_selector("body[data-labels='1']", timeout=60000)
    page.evaluate("new Promise(done => { kgGraph.network.once('afterDrawing', () => done(1)); kgGraph.network.redraw(); })")
    boxes = page.evaluate("""() => kgGraph.nodes.get().filter(n => n.label).map(n => {
        const s = kgGraph.network.body.nodes[n.id].labelModule.size;
        return [n.id, s.left, s.top, s.left + s.width, s.top + s.height]; })""")
    assert len(boxes) >= 6  # every country at least keeps its name
    for i, (a, *p) in enumerate(boxes):
        for b, *q in boxes[i + 1:]:
            assert not (p[0] < q[2] - 1 and q[0] < p[2] - 1 and p[1] < q[3] - 1 and q[1] < p[3] - 1), (a, b)
    page.close()
