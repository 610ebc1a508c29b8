"""One table writer for kg query and kg analyze: safe in a terminal, cut or full, repeats counted."""
from __future__ import annotations

import io
import json

from hypothesis import given
from hypothesis import strategies as st

from kg.tables import TableFormat, terminal_safe, write_table

HOSTILE = "Headline\x1b]0;pwned\x07\x1b[2J\x9b31m\u202eevil\rover"


def table(rows, columns, **kw) -> str:
    out = io.StringIO()
    write_table(rows, columns, out, **kw)
    return out.getvalue()


def test_terminal_escapes_are_shown_escaped_in_tables():
    text = table([{"title": HOSTILE}], ["title"], full=True)
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text and "\u202e" not in text
    assert "\r" not in text
    assert "Headline\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202eevil over" in text


def test_csv_and_json_keep_the_data():
    rows = [{"title": HOSTILE}]
    assert json.loads(table(rows, ["title"], format=TableFormat.JSON)) == rows
    assert HOSTILE.replace("\r", "") in table(rows, ["title"], format=TableFormat.CSV).replace("\r", "")


@given(st.text())
def test_no_control_character_survives(text):
    import unicodedata

    safe = terminal_safe(text)
    assert all(unicodedata.category(ch) not in ("Cc", "Cf") or ch == "\u200d" for ch in safe)


def test_width_cuts_and_full_keeps_whole_cells():
    rows = [{"s": "x" * 100}]
    assert max(map(len, table(rows, ["s"]).splitlines())) == 60
    assert "x" * 19 + "…" in table(rows, ["s"], width=20) and "x" * 21 not in table(rows, ["s"], width=20)
    assert "x" * 100 in table(rows, ["s"], full=True)


def test_repeated_rows_are_shown_once_with_a_count():
    rows = [{"s": "same headline", "n": 1}] * 4 + [{"s": "other", "n": 2}]
    lines = table(rows, ["s", "n"]).splitlines()
    assert [line.split() for line in lines[2:]] == [["same", "headline", "1", "×4"], ["other", "2"], ["(5", "rows)"]]


def test_query_and_analyze_share_the_writer(tmp_path):
    """Both commands' tables come out of kg.tables: same escaping, same --width, same count line."""
    from click.testing import CliRunner

    from kg.cli import main
    from kg.store import open_store

    loc = str(tmp_path / "s")
    with open_store(loc) as s:
        s.update('INSERT DATA { <https://w3id.org/bilateral-kg/id/x> <https://w3id.org/bilateral-kg/id/p> '
                 '"bad\\u001b[2Jtitle" }')
    res = CliRunner().invoke(main, ["query", "SELECT ?o WHERE { ?s <https://w3id.org/bilateral-kg/id/p> ?o }",
                                    "--store", loc, "--width", "8"])
    assert res.exit_code == 0, res.output
    assert "\x1b" not in res.output and "bad\\x1b…" in res.output and "(1 row)" in res.output
    res = CliRunner().invoke(main, ["analyze", "--store", loc, "--width", "8"])
    assert res.exit_code == 0 and res.output.splitlines()[-1] == "(0 rows)"
