"""Read stage: paths on the command line -> :class:`kg.facts.Article` records.

Every input yields either an Article or an :class:`InputError`, so one bad file never
stops the others; recoverable trouble (text decoded with replacement, a metadata date
that does not parse) is reported as an :class:`InputWarning` and the article still goes in.

The text of ``.txt`` and ``.jsonl`` articles is kept as written apart from a stripped BOM
and newlines normalised to ``\\n``: the extraction's character offsets index it.
"""
from __future__ import annotations

from kg.errors import ReadError  # noqa: F401  (re-exported)

import datetime as dt
import enum
import io
import json
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from kg.facts import Article

__all__ = [
    "InputError",
    "InputWarning",
    "InputKind",
    "ReadResult",
    "STDIN",
    "read_paths",
    "read_all",
    "iter_files",
    "read_jsonl_part",
    "find_published",
    "parse_date",
    "looks_like_headline",
]

STDIN = "-"
STDIN_NAME = "<stdin>"
DEFAULT_MAX_BYTES = 20_000_000
_SNIFF = 8192  # bytes looked at to tell text from binary


class InputKind(enum.Enum):
    """How a file is read, chosen by its extension."""

    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"


@dataclass(frozen=True)
class Reader:
    """How one kind of file becomes articles; a new input format is one entry of :data:`READERS`.

    ``whole`` reads a file's bytes (bounded by the size limit); ``lines`` streams a file whose
    limit holds per line (JSONL), so a large feed is never held in memory.
    """

    extensions: tuple[str, ...]
    whole: Callable | None = None
    lines: Callable | None = None


READERS: dict[InputKind, Reader] = {}  # filled below, once the reading functions exist
EXTENSIONS: dict[str, InputKind] = {}


def _known_extensions() -> str:
    """'.txt, .html, .htm or .jsonl', from the registry."""
    exts = list(EXTENSIONS)
    return ", ".join(exts[:-1]) + " or " + exts[-1] if len(exts) > 1 else "".join(exts)


def _one_line(s: str) -> str:
    """Control characters (a newline in a file name or a JSON message) would break the one-line promise."""
    return re.sub(r"[\x00-\x1f\x7f\u2028\u2029]", lambda m: repr(m.group())[1:-1], s)


class InputError(ReadError):
    """An input that could not be read; ``str(e)`` is one line ``FILE[:LINE]: message``.

    >>> str(InputError("news/a.jsonl", "not JSON", line=3))
    'news/a.jsonl:3: not JSON'
    >>> str(InputError("odd\\nname.txt", "empty file"))
    'odd\\\\nname.txt: empty file'
    """

    def __init__(self, path: str | os.PathLike[str], message: str, *, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = _one_line(self.path) + (f":{self.line}" if self.line is not None else "")
        return f"{where}: {_one_line(self.message)}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.path!r}, {self.message!r}, line={self.line!r})"

    def __reduce__(self):  # travels to and from worker processes (``kg ingest --scheduler``)
        return _input_error, (type(self), self.path, self.message, self.line)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and (self.path, self.line, self.message) == (
            other.path,  # type: ignore[attr-defined]
            other.line,  # type: ignore[attr-defined]
            other.message,  # type: ignore[attr-defined]
        )

    def __hash__(self) -> int:
        return hash((type(self), self.path, self.line, self.message))


def _input_error(cls, path, message, line):
    return cls(path, message, line=line)


class InputWarning(InputError, UserWarning):
    """Trouble the reader recovered from; the article is still read.

    >>> str(InputWarning("a.txt", "invalid UTF-8 replaced"))
    'a.txt: invalid UTF-8 replaced'
    """


@dataclass
class ReadResult:
    """Everything read from some paths, for callers that want lists rather than a stream."""

    articles: list[Article] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


# ---------------------------------------------------------------------------------------------
# Dates

def _en_dates() -> tuple[dict[str, int], str]:
    """Month words and the dateline pattern, shared with the extraction (``kg/lexicons/en/patterns.toml``)."""
    import tomllib

    data = tomllib.loads((Path(__file__).resolve().parent / "lexicons" / "en" / "patterns.toml")
                         .read_text(encoding="utf-8"))
    return data["words"]["months"], data["patterns"]["dateline"]


_MONTHS, _DATELINE_PATTERN = _en_dates()
_MONTH = "(?P<month>" + "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ISO = r"(?P<iso_y>(?:19|20)\d\d)[-/.](?P<iso_m>\d{1,2})[-/.](?P<iso_d>\d{1,2})(?!\d)"
_DMY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR
_MDY = _MONTH.replace("month", "month2") + r"\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR.replace(
    "year", "year2"
)


def _make_date(year: str | int, month: str | int, day: str | int) -> dt.date | None:
    if isinstance(month, str) and not month.isdigit():
        month = _MONTHS[month.lower().rstrip(".")]
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _date_of(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    if g.get("iso_y"):
        return _make_date(g["iso_y"], g["iso_m"], g["iso_d"])
    if g.get("month"):
        return _make_date(g["year"], g["month"], g["day"])
    return _make_date(g["year2"], g["month2"], g["day2"])


def parse_date(value: str) -> dt.date | None:
    """The date of a metadata value (JSONL ``published``, an HTML meta tag), or None.

    Datetimes keep the calendar date they were written with: that is the day the
    publisher meant, and relative dates in the text ("on Wednesday") count from it.

    >>> parse_date("2024-07-04")
    datetime.date(2024, 7, 4)
    >>> parse_date("2024-07-04T03:45:00+08:00")
    datetime.date(2024, 7, 4)
    >>> parse_date("Thu, 04 Jul 2024 03:45:00 GMT")
    datetime.date(2024, 7, 4)
    >>> parse_date("12 March 2023"), parse_date("Mar. 12, 2023")
    (datetime.date(2023, 3, 12), datetime.date(2023, 3, 12))
    >>> parse_date("20230312"), parse_date("2023/03/12 10:00")
    (datetime.date(2023, 3, 12), datetime.date(2023, 3, 12))
    >>> parse_date("next Tuesday") is None, parse_date("2023-02-30") is None
    (True, True)
    """
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s or len(s) > 200:
        return None
    m = re.fullmatch(r"((?:19|20)\d\d)(\d\d)(\d\d)", s)
    if m:
        return _make_date(*m.groups())
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    import email.utils  # pulls in socket: only when a metadata date needs it

    try:
        parsed = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = None
    if parsed is not None:
        return parsed.date()
    m = re.match(rf"\s*{_WEEKDAY}(?:{_ISO}|{_DMY}|{_MDY})(?![\w-])", s, re.IGNORECASE)
    return _date_of(m) if m else None


# A date at the start of a line, optionally behind a label: "2024-07-04 03:45 Last Updated At",
# "date 2022-09-14", "Published: 12 March 2023", "Updated on March 12, 2023".
_LABEL = r"(?:(?:date|dated|published|posted|updated|last\s+updated|first\s+published)(?:\s+(?:on|at))?\s*[:\-]?\s*)?"
_LEADING_DATE = re.compile(rf"^[ \t]*{_LABEL}(?:{_ISO}|{_WEEKDAY}(?:{_DMY}|{_MDY}))(?![\w-])", re.IGNORECASE | re.M)
_LABELLED_DATE = re.compile(
    rf"\b(?:published|posted|updated|date)(?:\s+(?:on|at))?\s*[:\-]?\s*(?:{_ISO}|{_WEEKDAY}(?:{_DMY}|{_MDY}))(?![\w-])",
    re.IGNORECASE,
)
# A dateline: "BEIJING, July 18 --", "MOSCOW. Aug 2 (Interfax) -", "New Delhi, Feb 10:".
_DATELINE = re.compile(_DATELINE_PATTERN)
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_HEAD_CHARS = 1500  # the publication date, if the text gives one, sits at its top
_YEAR_NEAR = 300


def find_published(text: str) -> dt.date | None:
    """The publication date a text states at its top, or None.

    Only the head is read: a date further down is usually an event's date, and
    resolving "on Wednesday" against it would date facts wrongly.

    >>> find_published("2024-07-04 03:45 Last Updated At:14:27\\nChina and ...")
    datetime.date(2024, 7, 4)
    >>> find_published("Some headline\\nPublished: 12 March 2023\\nBody text.")
    datetime.date(2023, 3, 12)
    >>> find_published("March 12, 2023\\nBody text.")
    datetime.date(2023, 3, 12)
    >>> find_published("BEIJING, July 18 -- Talks were held.") is None
    True
    >>> find_published("BEIJING, July 18 -- Talks held in 2019 went well.")
    datetime.date(2019, 7, 18)
    """
    if not isinstance(text, str):
        return None
    head = text[:_HEAD_CHARS]
    for pattern in (_LEADING_DATE, _LABELLED_DATE):
        for m in pattern.finditer(head):
            d = _date_of(m)
            if d is not None:
                return d
    for m in _DATELINE.finditer(head):
        year = m.group("year")
        if year is None:
            year = _nearest_year(text, m.start(), m.end())
        if year is not None:
            d = _make_date(year, m.group("mon"), m.group("day"))
            if d is not None:
                return d
    return None


def _nearest_year(text: str, start: int, end: int) -> str | None:
    lo = max(0, start - _YEAR_NEAR)
    best: tuple[int, str] | None = None
    for y in _A_YEAR.finditer(text, lo, end + _YEAR_NEAR):
        distance = start - y.end() if y.end() <= start else max(0, y.start() - end)
        if best is None or distance < best[0]:
            best = (distance, y.group())
    return best[1] if best else None


# ---------------------------------------------------------------------------------------------
# Titles of plain-text articles

# Words of site chrome, not of headlines ("Skip to Content Facebook Feature Image").
_CHROME_WORDS = frozenset(
    """skip to content main menu home search login log in sign up subscribe share facebook twitter
    x whatsapp linkedin email print feature image images photo video more follow us on news
    newsletter cookies accept privacy policy advertisement ad back top next previous related
    stories source""".split()
)
_LEAD_STRIP = re.compile(
    rf"^\s*(?:{_LABEL}{_ISO}(?:\s+\d{{1,2}}:\d\d(?::\d\d)?)?\s*)?"
    rf"(?:[A-Z][\w'’.\-]*(?:[ /][A-Z][\w'’.\-]*){{0,3}}[,.]\s+{_MONTH}\s+\d{{1,2}}\s*(?:--|—|–|-|:)\s*)?"
)


def looks_like_headline(line: str) -> bool:
    """Whether a line reads as a headline rather than prose, a label or site chrome.

    >>> looks_like_headline("Xi says China, Azerbaijan upgrade ties to strategic partnership")
    True
    >>> looks_like_headline("Skip to Content Facebook Feature Image")
    False
    >>> looks_like_headline("The two sides met on Monday and agreed to deepen trade.")
    False
    >>> looks_like_headline("Home | World | Business | Opinion")
    False
    """
    s = line.strip()
    if len(re.findall(r"\s[|»›•·]\s", s)) >= 2:  # a menu or breadcrumb trail
        return False
    if not 10 <= len(s) <= 250:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", s)
    if not 3 <= len(words) <= 30:
        return False
    if s[-1] in ".,;:" or not (s[0].isupper() or s[0].isdigit() or s[0] in "\"'“‘"):
        return False
    chrome = sum(w.lower() in _CHROME_WORDS for w in words)
    return chrome * 2 < len(words)


def _text_title(text: str) -> str | None:
    """The headline among the first few lines, skipping chrome and a leading date line."""
    seen = 0
    for raw in text.split("\n", 40)[:40]:
        if not raw.strip():
            continue
        seen += 1
        line = raw[_LEAD_STRIP.match(raw).end() :].strip()  # type: ignore[union-attr]
        if line and looks_like_headline(line):
            return line
        if seen >= 5 or (line.endswith(".") and len(line.split()) > 12):
            return None  # reached the body
    return None


# ---------------------------------------------------------------------------------------------
# Files


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | InputError]:
    """The files to read, in order: arguments as given, folders walked sorted.

    Inside a folder, files of other types and hidden entries are skipped silently;
    a file of another type named on the command line is an error. ``-`` stays ``Path("-")``.

    >>> list(iter_files(["-", "no/such/file.txt"]))[0]
    PosixPath('-')
    >>> str(list(iter_files(["no/such/file.txt"]))[0])
    'no/such/file.txt: no such file or directory'
    """
    seen: set[str] = set()
    for given in paths:
        p = Path(given)
        if str(given) == STDIN:
            if STDIN not in seen:  # a stream can be read only once
                seen.add(STDIN)
                yield p
            continue
        if p.is_dir():
            found = False
            for f in _walk(p):
                if isinstance(f, InputError):
                    found = True
                    yield f
                    continue
                found = True
                key = os.path.realpath(f)
                if key not in seen:
                    seen.add(key)
                    yield f
            if not found:
                yield InputError(p, f"folder holds no {_known_extensions()} files")
        elif p.is_file():
            if p.suffix.lower() not in EXTENSIONS:
                yield InputError(p, f"unsupported file type {p.suffix or '(none)'!r}; expected {_known_extensions()}")
                continue
            key = os.path.realpath(p)
            if key not in seen:
                seen.add(key)
                yield p
        elif p.exists() or p.is_symlink():
            yield InputError(p, "not a regular file or folder" if p.exists() else "broken symbolic link")
        else:
            yield InputError(p, "no such file or directory")


def _walk(root: Path) -> Iterator[Path | InputError]:
    """Files of known types under ``root``, sorted; a folder that cannot be listed is an error, not a skip."""
    unreadable: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable.append):
        while unreadable:
            yield _folder_error(unreadable.pop(0))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            f = Path(dirpath, name)
            if f.suffix.lower() in EXTENSIONS and f.is_file():
                yield f
    while unreadable:
        yield _folder_error(unreadable.pop(0))


def _folder_error(e: OSError) -> InputError:
    return InputError(e.filename or "?", f"cannot read the folder ({e.strerror or e}); its files were not read")


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: TextIO | None = None,
    on_warning: Callable[[InputWarning], None] | None = None,
) -> Iterator[Article | InputError]:
    """Articles and per-input errors, lazily, one input after another.

    ``max_bytes`` bounds a file (and one JSONL line) without reading it into memory.
    Warnings go to ``on_warning``, else to :func:`warnings.warn`.

    >>> items = list(read_paths(["-"], stdin=io.StringIO("Two nations sign a pact\\nThey did.")))
    >>> items[0].title, items[0].source
    ('Two nations sign a pact', '<stdin>')
    """
    warn = on_warning or (lambda w: warnings.warn(w, stacklevel=3))
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        elif str(item) == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes, warn)
        else:
            yield from _read_file(item, max_bytes, warn)


def read_all(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: TextIO | None = None,
) -> ReadResult:
    """All of :func:`read_paths` collected, warnings included.

    >>> r = read_all(["missing.txt"])
    >>> r.ok, [str(e) for e in r.errors]
    (False, ['missing.txt: no such file or directory'])
    """
    result = ReadResult()
    for item in read_paths(paths, max_bytes=max_bytes, stdin=stdin, on_warning=result.warnings.append):
        (result.errors if isinstance(item, InputError) else result.articles).append(item)
    return result


Warn = Callable[[InputWarning], None]


def _normalise(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _binary_reason(head: bytes) -> str | None:
    if b"\x00" in head:
        return "binary file (NUL bytes), not text"
    if head:
        control = sum(b < 32 and b not in b"\t\n\r\f\b\x1b" for b in head)
        if control * 10 > len(head):
            return "binary file (mostly control bytes), not text"
    return None


_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\xfe\xff", "utf-16"), (b"\xff\xfe", "utf-16"),
)


def _bom_encoding(head: bytes) -> str | None:
    """UTF-16 or UTF-32 when the bytes start with its byte order mark (their NUL bytes are not binary)."""
    return next((enc for bom, enc in _BOMS if head.startswith(bom)), None)


def _decode(data: bytes, name: str, warn: Warn, line: int | None = None, encoding: str = "utf-8") -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        label = encoding.upper().replace("UTF", "UTF-").replace("--", "-")
        warn(
            InputWarning(
                name, f"invalid {label} (first at byte {e.start}); bad bytes replaced with U+FFFD", line=line
            )
        )
        return data.decode(encoding, errors="replace")


def _too_big(size: int, max_bytes: int) -> str:
    return f"{size:,} bytes is over the limit of {max_bytes:,}"


def _read_stdin(stream: TextIO, max_bytes: int, warn: Warn) -> Iterator[Article | InputError]:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        data = buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            yield InputError(STDIN_NAME, _too_big(len(data), max_bytes) + " (stopped reading)")
            return
        reason = _binary_reason(data[:_SNIFF])
        if reason:
            yield InputError(STDIN_NAME, reason)
            return
        text = _decode(data, STDIN_NAME, warn)
    else:
        text = stream.read(max_bytes + 1)
        if len(text) > max_bytes:
            yield InputError(STDIN_NAME, f"over the limit of {max_bytes:,} characters (stopped reading)")
            return
        if "\x00" in text:
            yield InputError(STDIN_NAME, "binary input (NUL bytes), not text")
            return
    yield _text_article(_normalise(text), STDIN_NAME)


def _read_file(path: Path, max_bytes: int, warn: Warn) -> Iterator[Article | InputError]:
    name = str(path)
    reader = READERS[EXTENSIONS[path.suffix.lower()]]
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size == 0:
                yield InputError(name, "empty file")
                return
            head = f.read(_SNIFF)
            wide = _bom_encoding(head)
            if size > max_bytes and (reader.lines is None or wide):  # a line reader is bounded per line
                yield InputError(name, _too_big(size, max_bytes))
                return
            reason = None if wide else _binary_reason(head)
            if reason:
                yield InputError(name, reason)
                return
            if reader.lines is not None and not wide:
                f.seek(0)
                yield from reader.lines(f, name, max_bytes, warn)
                return
            data = head + f.read(max_bytes + 1 - len(head))
            if len(data) > max_bytes:  # grew while we read it
                yield InputError(name, _too_big(len(data), max_bytes))
                return
    except OSError as e:
        yield InputError(name, e.strerror or str(e))
        return
    if wide:
        text = _decode(data, name, warn, encoding=wide)
        if reader.lines is not None:
            yield from reader.lines(io.BytesIO(text.encode("utf-8")), name, max_bytes, warn)
            return
        data = text.encode("utf-8")
    yield from reader.whole(data, name, warn)


def _read_text(data: bytes, name: str, warn: Warn) -> Iterator[Article | InputError]:
    yield _text_article(_normalise(_decode(data, name, warn)), name)


def _read_html(data: bytes, name: str, warn: Warn) -> Iterator[Article | InputError]:
    yield _html_article(data, name, warn)


def _text_article(text: str, name: str) -> Article | InputError:
    if not text.strip():
        return InputError(name, "empty file" if not text else "only whitespace, no text")
    return Article(text=text, title=_text_title(text), published=find_published(text), source=name)


def read_jsonl_part(path: str | os.PathLike[str], *, start: int, end: int, first_line: int,
                    max_bytes: int = DEFAULT_MAX_BYTES,
                    on_warning: Callable[[InputWarning], None] | None = None) -> Iterator[Article | InputError]:
    """The lines of a JSONL file from byte ``start`` to ``end`` (both line starts), numbered from
    ``first_line``: one cluster task's share of a big file, read and reported as the whole file is.

    A later part of blank lines only yields nothing (the file as a whole holds articles).
    """
    warn = on_warning or (lambda w: warnings.warn(w, stacklevel=3))
    name = str(path)
    try:
        with open(path, "rb") as f:
            f.seek(start)
            window = io.BufferedReader(_Window(f, end - start))
            yield from _read_jsonl(window, name, max_bytes, warn, first_line=first_line)  # type: ignore[arg-type]
    except OSError as e:
        yield InputError(name, e.strerror or str(e))


class _Window(io.RawIOBase):
    """At most ``size`` bytes of an open file, from where it stands."""

    def __init__(self, f, size: int):
        self._f, self._left = f, size

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self._f.readinto(memoryview(b)[:max(0, min(len(b), self._left))]) or 0
        self._left -= n
        return n


def _read_jsonl(f: io.BufferedReader, name: str, max_bytes: int, warn: Warn, *,
                first_line: int = 1) -> Iterator[Article | InputError]:
    lineno = first_line - 1
    any_line = first_line > 1  # only the whole file (its first part) can be empty
    while True:
        raw = f.readline(max_bytes + 1)
        if not raw:
            break
        lineno += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            length = len(raw)
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line, chunk by chunk
                raw = f.readline(1 << 20)
                length += len(raw)
            yield InputError(name, _too_big(length, max_bytes) + " on one line", line=lineno)
            continue
        if lineno == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        any_line = True
        if b"\x00" in raw:
            yield InputError(name, "binary data (NUL bytes), not JSON", line=lineno)
            continue
        yield _jsonl_article(_decode(raw, name, warn, lineno), name, lineno, warn)
    if not any_line:
        yield InputError(name, "empty file" if lineno == 0 else "only blank lines, no JSON")


_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number",
               bool: "true/false", type(None): "null"}  # fmt: skip


def _jsonl_article(line: str, name: str, lineno: int, warn: Warn) -> Article | InputError:
    try:
        obj = json.loads(line.rstrip("\r\n"))
    except (json.JSONDecodeError, RecursionError) as e:
        detail = f" ({e.msg}, column {e.colno})" if isinstance(e, json.JSONDecodeError) else ""
        return InputError(name, f"not valid JSON{detail}", line=lineno)
    if not isinstance(obj, dict):
        return InputError(name, f"expected a JSON object, got {_JSON_TYPES.get(type(obj), 'a value')}", line=lineno)
    text = obj.get("text")
    if not isinstance(text, str):
        what = "no 'text' key" if "text" not in obj else f"'text' is {_JSON_TYPES.get(type(text), 'a value')}"
        return InputError(name, f"{what}; each line needs a non-empty 'text' string", line=lineno)
    text = _normalise(text)
    if not text.strip():
        return InputError(name, "'text' is empty", line=lineno)

    def string(key: str) -> str | None:
        value = obj.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and key == "id":
            return str(value)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str):
            warn(InputWarning(name, f"{key!r} ignored: not a string", line=lineno))
            return None
        return value

    published_raw = string("published")
    published = parse_date(published_raw) if published_raw is not None else None
    if published_raw is not None and published is None:
        warn(InputWarning(name, f"'published' {published_raw[:40]!r} is not a date; looking in the text", line=lineno))
    return Article(
        text=text,
        id=string("id"),
        title=string("title"),
        url=string("url"),
        published=published or find_published(text),
        source=f"{name}:{lineno}",
        lang=_lang_code(string("lang")),
    )


# Layout-only tags: a page nesting them deeper than libxml2's limit (256) reads as empty, so
# a second pass drops them; paragraphs, headings and the head stay.
_LAYOUT_TAG = re.compile(r"(?i)</?(?:div|span|section|article|main|aside|font|center|b|i|u|em|strong|small)\b[^>]*>")


def _extract_page(trafilatura, page: str | bytes) -> dict | InputError:
    try:
        out = trafilatura.extract(page, with_metadata=True, output_format="json")
    except Exception as e:  # a parser failure on one page must not stop the others
        return InputError("", f"HTML could not be parsed ({type(e).__name__})")
    return json.loads(out) if out else {}


def _html_article(data: bytes, name: str, warn: Warn) -> Article | InputError:
    import trafilatura  # heavy: only when a page is read

    try:
        page: str | bytes = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        page = data  # a page in another charset: trafilatura reads its declaration
    meta = _extract_page(trafilatura, page)
    if isinstance(meta, InputError):
        return InputError(name, meta.message)
    text = _normalise(meta.get("text") or "").strip()
    if len(re.findall(r"\w+", text)) < 5 and len(text) < 20 and _LAYOUT_TAG.search(page if isinstance(page, str) else ""):
        flat = _extract_page(trafilatura, _LAYOUT_TAG.sub(" ", page))  # type: ignore[arg-type]
        if not isinstance(flat, InputError) and flat.get("text"):
            meta = flat
            text = _normalise(meta.get("text") or "").strip()
    if len(re.findall(r"\w+", text)) < 5 and len(text) < 20:  # Chinese has few spaces
        return InputError(name, "no article text found in the HTML page")
    title = meta.get("title") or None
    date_raw = meta.get("date")
    published = parse_date(date_raw) if isinstance(date_raw, str) else None
    return Article(
        text=text,
        title=title.strip() if isinstance(title, str) and title.strip() else None,
        url=meta.get("source") or None,
        published=published or find_published(text),
        source=name,
        lang=_lang_code(_html_lang(data)),
    )


def _lang_code(tag: str | None) -> str | None:
    """'zh-Hant-TW' -> 'zh': the pipelines are chosen by the primary language subtag."""
    if not tag:
        return None
    code = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _html_lang(data: bytes) -> str | None:
    """The ``lang`` attribute of the page's ``<html>`` element, if it declares one."""
    m = re.search(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z_-]+)", data[:4096], re.I)
    return m.group(1).decode("ascii") if m else None


READERS.update({
    InputKind.TEXT: Reader((".txt",), whole=_read_text),
    InputKind.HTML: Reader((".html", ".htm"), whole=_read_html),
    InputKind.JSONL: Reader((".jsonl",), lines=_read_jsonl),
})
EXTENSIONS.update({ext: kind for kind, r in READERS.items() for ext in r.extensions})
