"""Inputs that used to vanish: unreadable folders, UTF-16/32 files, HTML nested past libxml2's limit."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.read import read_all

STORY = ("Chile and Peru signed an agreement on mining cooperation on Monday in Lima, the two "
         "foreign ministries said in a joint statement after the talks.")


@pytest.fixture
def deny(monkeypatch):
    """Make listing the given folders fail as an unreadable folder does (the tests may run as root)."""
    denied: set[str] = set()
    real = os.scandir

    def scandir(path="."):
        if os.path.realpath(path) in denied:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return lambda p: denied.add(os.path.realpath(p))


def test_an_unreadable_subfolder_is_an_error_and_the_rest_still_goes_in(tmp_path, deny):
    root = tmp_path / "in"
    (root / "locked").mkdir(parents=True)
    (root / "locked" / "hidden.txt").write_text(STORY, encoding="utf-8")
    (root / "ok.txt").write_text(STORY, encoding="utf-8")
    deny(root / "locked")
    res = CliRunner().invoke(main, ["ingest", str(root), "--store", str(tmp_path / "s")])
    assert res.exit_code == 1
    assert f"{root / 'locked'}: cannot read the folder (Permission denied)" in res.stderr
    assert "1 article(s) added" in res.output


def test_an_unreadable_folder_argument_is_not_reported_as_empty(tmp_path, deny):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(STORY, encoding="utf-8")
    deny(root)
    r = read_all([str(root)])
    assert [str(e) for e in r.errors] == [f"{root}: cannot read the folder (Permission denied); its files were not read"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_a_text_with_a_utf16_or_utf32_bom_is_read_as_text(tmp_path, encoding):
    f = tmp_path / "wide.txt"
    f.write_bytes("\ufeff".encode(encoding) + STORY.encode(encoding))
    r = read_all([str(f)])
    assert r.ok and not r.warnings and r.articles[0].text == STORY


def test_a_utf16_jsonl_feed_and_html_page_are_read(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(("\ufeff" + json.dumps({"id": "w1", "text": STORY}) + "\n").encode("utf-16"))
    page = tmp_path / "page.html"
    page.write_bytes(f"<html><head><title>Mining pact</title></head><body><p>{STORY}</p></body></html>".encode("utf-16"))
    r = read_all([str(feed), str(page)])
    assert r.ok, [str(e) for e in r.errors]
    assert [a.id for a in r.articles] == ["w1", None] and STORY in r.articles[1].text


@pytest.mark.parametrize("depth", [300, 3000])
def test_html_nested_deeper_than_libxml2s_limit_still_gives_its_text(tmp_path, depth):
    page = tmp_path / "deep.html"
    page.write_text("<html><head><title>Mining pact</title></head><body>" + "<div class='w'>" * depth
                    + f"<p>{STORY}</p>" + "</div>" * depth + "</body></html>", encoding="utf-8")
    r = read_all([str(page)])
    assert r.ok, [str(e) for e in r.errors]
    assert STORY in r.articles[0].text
