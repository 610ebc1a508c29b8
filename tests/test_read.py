"""The read stage: files, folders and stdin to Articles, each bad input its own one-line error."""
from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.facts import Article
from kg.read import (
    InputError,
    InputWarning,
    find_published,
    iter_files,
    looks_like_headline,
    parse_date,
    read_all,
    read_paths,
)

FIX = Path(__file__).parent / "fixtures" / "read"
D = dt.date


def read_one(path: Path | str, **kw) -> tuple[list[Article], list[InputError], list[InputWarning]]:
    r = read_all([path], **kw)
    return r.articles, r.errors, r.warnings


def one_error(path: Path | str, **kw) -> InputError:
    articles, errors, _ = read_one(path, **kw)
    assert not articles
    assert len(errors) == 1
    return errors[0]


# ---------------------------------------------------------------------------------------- text


def test_txt_with_leading_date_line_and_chrome():
    (a,), errors, warnings = read_one(FIX / "dated.txt")
    assert not errors and not warnings
    assert a.title == "Ruritania and Freedonia lift ties to comprehensive strategic partnership"
    assert a.published == D(2023, 5, 17)
    assert a.id is None and a.key.startswith("sha256-")
    assert a.source == str(FIX / "dated.txt")
    assert a.text == (FIX / "dated.txt").read_text()  # offsets index the text as written


def test_txt_dateline_without_year_leaves_date_unknown():
    (a,), _, _ = read_one(FIX / "dateline.txt")
    assert a.title == "Freedonia and Ruritania sign a memorandum on fisheries"
    assert a.published is None


def test_bom_stripped_and_newlines_normalised():
    (a,), _, _ = read_one(FIX / "crlf.txt")
    assert "\r" not in a.text and not a.text.startswith("\ufeff")
    assert a.text.startswith("Kingdom of Elbonia opens embassy in Ruritania\n\nPublished: 12 March 2021\n")
    assert a.published == D(2021, 3, 12)


def test_invalid_utf8_is_replaced_with_a_warning_and_kept():
    (a,), errors, (w,) = read_one(FIX / "bad_utf8.txt")
    assert not errors
    assert "\ufffd" in a.text and a.title == "Ruritania and Elbonia agree on visa-free travel"
    assert w.path == str(FIX / "bad_utf8.txt") and "UTF-8" in w.message
    assert "\n" not in str(w)


def test_default_warning_goes_to_python_warnings():
    with pytest.warns(InputWarning, match="bad_utf8.txt: invalid UTF-8"):
        (a,) = list(read_paths([FIX / "bad_utf8.txt"]))
    assert isinstance(a, Article)


# ---------------------------------------------------------------------------------------- html


def test_html_main_text_and_metadata():
    (a,), errors, _ = read_one(FIX / "page.html")
    assert not errors
    assert a.title == "Ruritania, Elbonia agree on energy corridor"
    assert a.published == D(2022, 11, 8)
    assert a.url == "https://news.example.org/world/ruritania-elbonia-energy"
    assert "energy corridor" in a.text and "wind farms" in a.text
    for noise in ("cookies", "Accept all", "Sport", "Copyright", "Markets rally", "Privacy"):
        assert noise not in a.text


def test_html_without_text_is_an_error():
    e = one_error(FIX / "nothing.htm")
    assert str(e) == f"{FIX / 'nothing.htm'}: no article text found in the HTML page"


def test_html_in_a_legacy_charset(tmp_path):
    page = (FIX / "page.html").read_text().replace('charset="utf-8"', 'charset="iso-8859-1"')
    page = page.replace("Ruritanian capital", "Ruritanian capital, Zürich-on-Sea")
    (tmp_path / "latin.html").write_bytes(page.encode("latin-1"))
    (a,), errors, warnings = read_one(tmp_path / "latin.html")
    assert "Zürich-on-Sea" in a.text and not errors and not warnings


# ---------------------------------------------------------------------------------------- jsonl


def test_jsonl_good_and_bad_lines():
    r = read_all([FIX / "articles.jsonl"])
    name = str(FIX / "articles.jsonl")
    assert [a.source for a in r.articles] == [f"{name}:1", f"{name}:6", f"{name}:8"]
    first, undated, numbered = r.articles
    assert first == Article(
        text="Ruritania and Freedonia signed a trade pact on Saturday.\nBoth sides welcomed it.",
        id="rur-fre-1",
        title="Ruritania, Freedonia sign trade pact",
        url="https://example.org/1",
        published=D(2020, 2, 29),
        source=f"{name}:1",
        lang="en",  # the line's "lang" field
    )
    assert undated.id is None and undated.published == D(2019, 6, 1)  # bad metadata: from the text
    assert numbered.id == "7" and numbered.published == D(2020, 1, 6)  # RFC 2822
    assert [(e.line, e.message.split(" (")[0]) for e in r.errors] == [
        (2, "not valid JSON"),
        (3, "expected a JSON object, got an array"),
        (4, "no 'text' key; each line needs a non-empty 'text' string"),
        (7, "'text' is empty"),
    ]
    assert all(str(e).startswith(f"{name}:{e.line}: ") for e in r.errors)
    assert [(w.line, w.message) for w in r.warnings] == [
        (6, "'published' 'sometime' is not a date; looking in the text")
    ]


@pytest.mark.parametrize(
    "line, message",
    [
        ("nonsense", "not valid JSON"),
        ("42", "expected a JSON object, got a number"),
        ('"text"', "expected a JSON object, got a string"),
        ("null", "expected a JSON object, got null"),
        ('{"text": 5}', "'text' is a number"),
        ('{"text": null}', "'text' is null"),
        ('{"text": ["a"]}', "'text' is an array"),
        ('{"title": "x"}', "no 'text' key"),
        ('{"text": "\\n \\t"}', "'text' is empty"),
        ("[" * 100_000 + "]" * 100_000, "not valid JSON"),
    ],
)
def test_jsonl_bad_line(tmp_path, line, message):
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps({"text": "A fine article about two countries."}) + "\n" + line + "\n")
    r = read_all([f])
    assert len(r.articles) == 1
    (e,) = r.errors
    assert e.line == 2 and e.message.startswith(message) and "\n" not in str(e)


def test_jsonl_bom_blank_lines_and_other_keys(tmp_path):
    f = tmp_path / "x.jsonl"
    row = {"text": "Elbonia and Freedonia agreed.\r\nMore.", "lang": "en", "gold": {"a": 1}, "title": ""}
    f.write_bytes(b"\xef\xbb\xbf" + json.dumps(row).encode() + b"\r\n\r\n\n")
    (a,), errors, warnings = read_one(f)
    assert not errors and not warnings
    assert a.text == "Elbonia and Freedonia agreed.\nMore." and a.title is None
    assert a.source == f"{f}:1"


def test_jsonl_non_string_metadata_is_ignored_with_a_warning(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps({"text": "Two countries met.", "url": 3, "published": ["2020-01-01"]}) + "\n")
    (a,), _, warnings = read_one(f)
    assert a.url is None and a.published is None
    assert sorted(w.message for w in warnings) == ["'published' ignored: not a string", "'url' ignored: not a string"]


def test_jsonl_bad_utf8_on_one_line(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_bytes(b'{"text": "ok one"}\n{"text": "bad \xff byte"}\n')
    r = read_all([f])
    assert [a.text for a in r.articles] == ["ok one", "bad \ufffd byte"]
    assert [(w.line, "UTF-8" in w.message) for w in r.warnings] == [(2, True)]


def test_jsonl_of_blank_lines_only(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text("\n\n  \n")
    assert one_error(f).message == "only blank lines, no JSON"


# hypothesis: any object with a text string reads back with the same fields
_meta = st.none() | st.text(max_size=30)


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(min_size=1).filter(lambda t: t.strip()),
    id_=_meta,
    title=_meta,
    url=_meta,
    extra=st.dictionaries(st.text(max_size=5).filter(lambda k: k not in {"text", "id", "title", "url", "published"}), st.integers(), max_size=3),
    ascii_only=st.booleans(),
)
def test_jsonl_round_trip(tmp_path_factory, text, id_, title, url, extra, ascii_only):
    row = {"text": text, "id": id_, "title": title, "url": url, **extra}
    f = tmp_path_factory.mktemp("rt") / "rt.jsonl"
    f.write_text(json.dumps(row, ensure_ascii=ascii_only) + "\n", encoding="utf-8", errors="surrogatepass")
    r = read_all([f])
    expected_text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not expected_text.strip() or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        return  # surrogates are not UTF-8; a text of only a BOM is empty
    (a,) = r.articles
    blank = lambda v: None if v is None or not v.strip() else v  # noqa: E731
    assert (a.text, a.id, a.title, a.url) == (expected_text, blank(id_), blank(title), blank(url))
    assert a.source == f"{f}:1"
    assert a.published == find_published(expected_text)


# ---------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "name, message",
    [
        ("empty.txt", "empty file"),
        ("blank.txt", "only whitespace, no text"),
        ("binary.txt", "binary file (NUL bytes), not text"),
        ("notes.md", "unsupported file type '.md'; expected .txt, .html, .htm or .jsonl"),
        ("missing.txt", "no such file or directory"),
    ],
)
def test_bad_input_is_one_line_naming_the_file(name, message):
    e = one_error(FIX / name)
    assert (e.path, e.line, e.message) == (str(FIX / name), None, message)
    assert str(e) == f"{FIX / name}: {message}"


def test_mostly_control_bytes_is_binary(tmp_path):
    f = tmp_path / "x.txt"
    f.write_bytes(bytes(range(1, 32)) * 50)
    assert one_error(f).message.startswith("binary file")


def test_one_bad_input_does_not_stop_the_others():
    paths = [FIX / "empty.txt", FIX / "missing.txt", FIX / "dated.txt", FIX / "binary.txt", FIX / "page.html"]
    items = list(read_paths(paths, on_warning=lambda w: None))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["InputError", "InputError", "Article", "InputError", "Article"]


def test_big_file_refused_without_reading_it(tmp_path):
    f = tmp_path / "big.txt"
    line = b"Ruritania and Freedonia discussed trade and energy in the capital.\n"
    with open(f, "wb") as out:
        for _ in range(50_000_000 // len(line) + 1):
            out.write(line)
    tracemalloc.start()
    try:
        e = one_error(f)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert e.message.startswith("50,000,") and e.message.endswith("bytes is over the limit of 20,000,000")
    assert peak < 5_000_000


def test_limit_is_configurable_and_per_line_for_jsonl(tmp_path):
    small = {"text": "short text"}
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps(small) + "\n" + json.dumps({"text": "y" * 5000}) + "\n" + json.dumps(small) + "\n")
    r = read_all([f], max_bytes=1000)
    assert [a.source for a in r.articles] == [f"{f}:1", f"{f}:3"]
    (e,) = r.errors
    assert e.line == 2 and "over the limit of 1,000" in e.message
    t = tmp_path / "x.txt"
    t.write_text("z" * 1001)
    assert one_error(t, max_bytes=1000).message == "1,001 bytes is over the limit of 1,000"
    assert len(read_all([t], max_bytes=1001).articles) == 1


# ---------------------------------------------------------------------------------------- folders, stdin


def test_folder_recursive_sorted_skipping_other_types_and_hidden():
    corpus = FIX / "corpus"
    assert list(iter_files([corpus])) == [corpus / "a.jsonl", corpus / "b.txt", corpus / "more" / "c.htm"]
    r = read_all([corpus])
    assert r.ok and [a.source for a in r.articles] == [
        f"{corpus / 'a.jsonl'}:1",
        str(corpus / "b.txt"),
        str(corpus / "more" / "c.htm"),
    ]
    page = r.articles[2]
    assert page.published == D(2021, 6, 30) and "Business" not in page.text


def test_same_file_twice_is_read_once():
    corpus = FIX / "corpus"
    assert list(iter_files([corpus / "b.txt", corpus, corpus / "b.txt"])) == [
        corpus / "b.txt",
        corpus / "a.jsonl",
        corpus / "more" / "c.htm",
    ]


def test_empty_folder_is_an_error(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    assert one_error(tmp_path).message == "folder holds no .txt, .html, .htm or .jsonl files"


@pytest.mark.parametrize(
    "stream",
    [
        io.StringIO("\ufeffTwo kingdoms sign a border treaty\r\nThey signed it.\r\n"),
        io.TextIOWrapper(io.BytesIO("\ufeffTwo kingdoms sign a border treaty\r\nThey signed it.\r\n".encode())),
    ],
    ids=["text", "bytes"],
)
def test_stdin(stream):
    (a,) = list(read_paths(["-"], stdin=stream))
    assert a == Article(
        text="Two kingdoms sign a border treaty\nThey signed it.\n",
        title="Two kingdoms sign a border treaty",
        source="<stdin>",
    )


@pytest.mark.parametrize(
    "data, message",
    [(b"", "empty file"), (b"\x00\x01\x02", "binary file (NUL bytes), not text"), (b"x" * 101, "over the limit")],
)
def test_bad_stdin(data, message):
    (e,) = list(read_paths(["-"], stdin=io.TextIOWrapper(io.BytesIO(data)), max_bytes=100))
    assert e.path == "<stdin>" and message in e.message


def test_import_is_cheap():
    code = "import sys, kg.read; print(sorted(m for m in ('trafilatura', 'spacy', 'click', 'lxml') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# ---------------------------------------------------------------------------------------- dates and titles


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-07-04", D(2024, 7, 4)),
        ("2024-07-04T03:45:00Z", D(2024, 7, 4)),
        ("2024-07-04T23:45:00-05:00", D(2024, 7, 4)),  # the publisher's calendar day
        ("2024-07-04 03:45", D(2024, 7, 4)),
        ("2024-07-04 03:45:00 UTC", D(2024, 7, 4)),
        ("2024/07/04", D(2024, 7, 4)),
        ("20240704", D(2024, 7, 4)),
        ("Thu, 04 Jul 2024 03:45:00 +0000", D(2024, 7, 4)),
        ("4 July 2024", D(2024, 7, 4)),
        ("4th of July, 2024", D(2024, 7, 4)),
        ("July 4, 2024", D(2024, 7, 4)),
        ("Jul. 4 2024", D(2024, 7, 4)),
        ("Sept. 4, 2024", D(2024, 9, 4)),
        ("Thursday, July 4, 2024", D(2024, 7, 4)),
        ("  2024-07-04  ", D(2024, 7, 4)),
        ("2024-02-30", None),
        ("04/07/2024", None),  # day or month first: unknowable
        ("July 2024", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024-07-04 03:45 Last Updated At:14:27\nBody.", D(2024, 7, 4)),
        ("date 2022-09-14 ELBONIA, September 14 - Body.", D(2022, 9, 14)),
        ("Headline here\n\nPublished: 12 March 2023\nBody.", D(2023, 3, 12)),
        ("Headline here\nBy A. Writer | Updated on March 12, 2023 at 10:00\nBody.", D(2023, 3, 12)),
        ("Headline here\n10 July 2023 - 16:00 Agency Staff\nBody.", D(2023, 7, 10)),
        ("OSTRAVA, Aug 2 (Agency) - The talks of July 23, 2019 went on.", D(2019, 8, 2)),
        ("BEIJING, July 18 -- Talks were held.", None),
        ("New Delhi, Feb 10: The minister will travel.", None),
        ("The treaty of 4 May 1998 still holds, the ministers said on Monday.", None),  # a date in prose
        ("Nothing dated here at all.", None),
        ("x" * 2000 + "\n2024-07-04 late line", None),  # only the head is read
    ],
)
def test_find_published(text, expected):
    assert find_published(text) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Ruritania and Freedonia sign a fisheries pact", True),
        ("“There are many possibilities,” said the minister of Elbonia", True),
        ("Skip to Content Facebook Feature Image", False),
        ("Share on Facebook Twitter Email", False),
        ("FOREIGN AFFAIRS", False),
        ("The ministers met in the capital and signed three agreements on Monday morning.", False),
        ("x" * 300, False),
    ],
)
def test_looks_like_headline(line, expected):
    assert looks_like_headline(line) is expected


_datey = st.lists(
    st.sampled_from(
        ["2024", "-", "07", "/", "4", " ", "July", "Sept.", "Published:", "\n", ",", "--", "BEIJING", "(Agency)", "31", "99", "T03:45"]
    ),
    max_size=25,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.text() | _datey)
def test_date_parsers_never_raise(text):
    for fn in (parse_date, find_published):
        result = fn(text)
        assert result is None or isinstance(result, dt.date)


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_any_text_on_stdin_reads_or_errors(text):
    (item,) = list(read_paths(["-"], stdin=io.StringIO(text)))
    if text.lstrip("\ufeff").strip() and "\x00" not in text:
        assert isinstance(item, Article) and "\r" not in item.text
    else:
        assert isinstance(item, InputError) and "\n" not in str(item)


def test_docstring_examples():
    import doctest

    import kg.read

    result = doctest.testmod(kg.read)
    assert result.attempted > 10 and result.failed == 0
