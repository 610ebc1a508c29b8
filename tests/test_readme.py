"""The README's promises: every example of its tour runs on the demo corpus and answers with rows.

Under an example, a ``text`` block shows what it prints; it must be what it prints today.
``python tests/test_readme.py --write`` refreshes those blocks after a change of output.
"""
from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
TEXT = README.read_text(encoding="utf-8")
TOUR = TEXT.split("## A tour", 1)[1].split("\n## ", 1)[0]
BLOCKS = re.findall(r"```sparql\n(.*?)```", TEXT, flags=re.S)
# commands that answer from the store; ingest, extract, load and serve need files or servers
ANSWERING = {"query", "analyze", "viz", "stats", "validate", "export", "diff"}
_EXAMPLE = re.compile(r"```sh\n(.*?)```(?:\n```text\n(.*?)```)?", re.S)


def examples(tour: str = TOUR) -> list[tuple[str, str | None]]:
    """(command line, the output shown under it or None) for every answering kg command of the tour."""
    out = []
    for block, shown in _EXAMPLE.findall(tour):
        lines = [line for line in block.splitlines() if line.startswith("kg ")]
        for line in lines:
            words = shlex.split(line, comments=True)
            if words[1] in ANSWERING and not any(w.startswith(("http:", "https:")) for w in words):
                out.append((line, shown if shown and len(lines) == 1 else None))
    return out


def run_example(line: str, store: str):
    """Run one README command line against ``store`` in the current folder, as the CLI would."""
    from click.testing import CliRunner

    from kg.cli import main

    words = shlex.split(line, comments=True)[1:]
    return CliRunner().invoke(main, [*words, "--store", store])


def rows_in(output: str) -> int:
    """How many rows an answer holds: its "(N rows)" line, the nodes a page drew, else its lines."""
    if m := re.search(r"^\((\d+) rows?\)$", output, re.M):
        return int(m.group(1))
    if m := re.search(r"^wrote .*: (\d+) nodes", output, re.M):
        return int(m.group(1))
    return len([line for line in output.splitlines() if line.strip()])


def ingest_demo(store) -> None:
    from kg.demo import DEMO_CORPUS
    from kg.ingest import ingest

    report = ingest(store, [DEMO_CORPUS])
    assert report.ok and report.added == report.read > 0


@pytest.fixture(scope="module")
def demo_store():
    from kg.store import open_store

    store = open_store(":memory:")
    ingest_demo(store)
    return store


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    from kg.store import open_store

    loc = str(tmp_path_factory.mktemp("demo") / "store")
    with open_store(loc) as store:
        ingest_demo(store)
    return loc


def test_readme_has_examples():
    assert len(BLOCKS) >= 4
    first = TEXT.split("```sh\n", 1)[1].split("```")[0]
    assert "./dev.sh demo" in first and "./dev.sh test" in first
    words = {shlex.split(line, comments=True)[1] for line, _ in examples()}
    assert {"query", "viz", "analyze"} <= words and len(examples()) >= 14


@pytest.mark.parametrize("sparql", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_query_runs_and_answers(demo_store, sparql):
    from kg.query import run_query

    assert list(run_query(demo_store, sparql)), "the README example returned nothing on the demo corpus"


@pytest.mark.parametrize("line, shown", examples(), ids=[line.split("#")[0].strip() for line, _ in examples()])
def test_readme_command_answers_with_rows(demo_folder, tmp_path, monkeypatch, line, shown):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DISPLAY", raising=False)  # --open prints the page's path instead
    res = run_example(line, demo_folder)
    assert res.exit_code == 0, res.output
    assert rows_in(res.output) >= 1, f"{line!r} answered nothing on the demo corpus:\n{res.output}"
    if shown is not None:
        assert res.output == shown, f"the README shows other output under {line!r}; run tests/test_readme.py --write"


def test_demo_command_writes_its_files(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from kg.cli import main

    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["demo"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "exports" / "demo.ttl").stat().st_size > 10_000
    assert (tmp_path / "exports" / "demo.html").stat().st_size > 10_000
    assert "strongest" in res.output and (tmp_path / "kg-store").is_dir()


def write_outputs() -> None:
    """Put each single-command example's real output in the text block under it."""
    import os
    import tempfile

    from kg.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = os.path.join(tmp, "store")
        with open_store(store) as s:
            ingest_demo(s)
        os.chdir(tmp)
        os.environ.pop("DISPLAY", None)

        def fill(m: re.Match) -> str:
            block = m.group(1)
            lines = [line for line in block.splitlines() if line.startswith("kg ")]
            if len(lines) != 1 or m.group(2) is None:
                return m.group(0)
            res = run_example(lines[0], store)
            return f"```sh\n{block}```\n```text\n{res.output}```"

        head, tour = TEXT.split("## A tour", 1)
        tour, tail = tour.split("\n## ", 1)
        README.write_text(head + "## A tour" + _EXAMPLE.sub(fill, tour) + "\n## " + tail, encoding="utf-8")


if __name__ == "__main__" and "--write" in sys.argv:
    write_outputs()
