"""Faults a user meets (no endpoint, a locked or read-only store, a full disk, a graph from
elsewhere) end in one line on stderr and exit 1, never a traceback."""
from __future__ import annotations

import errno
import socket

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg.store
from kg.cli import main
from kg.store import open_store

TEXT = ("Peru and Ghana signed a memorandum of understanding on fisheries cooperation on Monday, "
        "the Peruvian foreign ministry said.")


def _one_line(res, needle: str) -> None:
    assert res.exit_code == 1, res.output
    assert res.stderr.count("\n") == 1 and res.stderr.startswith("kg: error: ") and needle in res.stderr, res.stderr
    assert res.exception is None or isinstance(res.exception, SystemExit)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("command", ["stats", "validate", "export"])
def test_an_unreachable_endpoint_is_one_line(command):
    url = f"http://127.0.0.1:{_closed_port()}/query"
    _one_line(CliRunner().invoke(main, [command, "--store", url]), "cannot reach the SPARQL endpoint")


def test_serving_a_locked_store_is_one_line(tmp_path):
    path = tmp_path / "s"
    with open_store(path):  # holds the lock, as an ingest would
        res = CliRunner().invoke(main, ["serve", "--store", str(path), "--port", str(_closed_port())])
    _one_line(res, "in use by another kg process")


class _Failing:
    """A pyoxigraph store whose writes fail with an OS error, as on a full or read-only disk."""

    def __init__(self, inner, code):
        self._inner, self._code = inner, code

    def _fail(self, *a, **k):
        raise OSError(self._code, f"IO error: {errno.errorcode[self._code]}: {__import__('os').strerror(self._code)}")

    update = extend = bulk_extend = _fail

    def __getattr__(self, name):
        return getattr(self._inner, name)


@pytest.fixture
def failing_disk(monkeypatch):
    def use(code, *, at_open=False):
        real = ox.Store

        def opened(*args, **kw):
            if at_open and args:
                raise OSError(code, f"IO error: {__import__('os').strerror(code)}")
            return _Failing(real(*args, **kw), code) if args else real(*args, **kw)

        opened.read_only = real.read_only
        monkeypatch.setattr(kg.store.ox, "Store", opened)
    return use


def test_a_full_disk_during_ingest_is_one_line(tmp_path, failing_disk):
    open_store(tmp_path / "s").close()
    failing_disk(errno.ENOSPC)
    res = CliRunner().invoke(main, ["ingest", "-", "--store", str(tmp_path / "s")], input=TEXT)
    _one_line(res, "No space left on device")


def test_serving_a_store_on_a_read_only_disk_is_one_line(tmp_path, failing_disk):
    open_store(tmp_path / "s").close()
    failing_disk(errno.EROFS, at_open=True)
    res = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "s"), "--port", str(_closed_port())])
    _one_line(res, "Read-only file system")


FOREIGN = """@prefix bkg: <https://w3id.org/bilateral-kg/ontology#> .
@base <https://w3id.org/bilateral-kg/id/> .
<relation/CHL-PER> a bkg:BilateralRelation ; bkg:party <country/CHL>, <country/PER> .
<event/CHL-PER/x> a bkg:PartnershipEvent ; bkg:relation <relation/CHL-PER> ;
    bkg:level <level/eternal-brotherhood> ;
    bkg:action <action/establish> ; bkg:date "2020-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .
"""


def test_a_loaded_graph_whose_level_is_not_in_the_ladder_draws(tmp_path):
    ttl = tmp_path / "foreign.ttl"
    ttl.write_text(FOREIGN, encoding="utf-8")
    store = str(tmp_path / "s")
    runner = CliRunner()
    assert runner.invoke(main, ["load", str(ttl), "--store", store]).exit_code == 0
    res = runner.invoke(main, ["viz", "--store", store, "--output", str(tmp_path / "g.html")])
    assert res.exit_code == 0, res.output + repr(res.exception)
    assert "eternal-brotherhood" in (tmp_path / "g.html").read_text(encoding="utf-8")
