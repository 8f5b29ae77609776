"""Where articles go: JSON Lines, JSON, CSV, Markdown and Parquet writers.

Every writer streams (JSON too: the array is written one element at a
time). A file is written under a temporary name beside the target and
renamed into place by :meth:`AtomicFile.commit`, so that a run that is
killed never leaves a half-written file under the name asked for.

Each writer is two halves: its :class:`Renderer` turns a Result into what
the format writes for it (a JSON Lines line, a CSV row, a Parquet row ...),
and the writer only puts that into the file. A batch run renders in the
worker processes, so that the parent only writes and Articles never travel
back (:class:`Record`); ``write(result)`` does both halves in place.

Text that cannot be written as UTF-8, lone surrogates (a file name that is
not UTF-8 arrives as a surrogate-escaped ``str``; a JSON Lines ``id`` may
hold ``"\\udc80"``), is carried losslessly: JSON escapes it as ``\\udcXX``;
CSV, Markdown, Parquet and stderr write ``\\xNN`` for a surrogate-escaped
byte and ``\\uDXXX`` for any other lone surrogate.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import re
import stat
import tempfile
from typing import IO, Any, NamedTuple, Protocol

import attrs

from .._errors import MissingDependency
from .._model import DICT_KEYS
from .sources import Origin, Result

__all__ = [
    "CSV_COLUMNS",
    "CSV_TRIGGERS",
    "OUTPUT_FORMATS",
    "AtomicFile",
    "Record",
    "Renderer",
    "Sink",
    "error_record",
    "flat_row",
    "format_for",
    "markdown",
    "moment_columns",
    "open_sink",
    "printable",
    "record",
    "unsurrogate",
]

OUTPUT_FORMATS = ("jsonl", "json", "csv", "markdown", "parquet")
_SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".md": "markdown",
    ".markdown": "markdown",
    ".parquet": "parquet",
}
ORIGIN_COLUMNS = ("origin_path", "origin_member", "origin_record_id", "origin_line")
#: The columns of CSV rows (:func:`flat_row`).
CSV_COLUMNS = ORIGIN_COLUMNS + DICT_KEYS
FULL_COLUMNS = ("page", "warnings", "provenance")


#: A CSV cell starting with one of these is neutralised with a leading "'"
#: (spreadsheets would run it as a formula; OWASP's CSV injection advice).
CSV_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_SURROGATE = re.compile("[\ud800-\udfff]")
# What a terminal must not be sent raw: C0 and C1 controls, DEL, lone
# surrogates, and the bidirectional overrides that reorder what is shown.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that os.fsdecode() could not decode
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def unsurrogate(text: str) -> str:
    """``text`` with each lone surrogate written as ``\\xNN`` (a surrogate-escaped
    byte) or ``\\uDXXX``, so that it can be encoded as UTF-8."""
    if _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub(_escape_char, text)


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: control characters, lone surrogates
    and bidirectional overrides written as ``\\xNN`` / ``\\uXXXX`` escapes."""
    if _UNPRINTABLE.search(text) is None:
        return text
    return _UNPRINTABLE.sub(_escape_char, text)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(data: object, **kwargs: Any) -> str:
    """JSON with non-ASCII text kept as is, except lone surrogates: those are
    ``\\udcXX`` escapes, which JSON readers give back unchanged."""
    text = json.dumps(data, ensure_ascii=False, **kwargs)
    if _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub(_json_escape, text)


def _deep_unsurrogate(value: Any) -> Any:
    if isinstance(value, str):
        return unsurrogate(value)
    if isinstance(value, dict):
        return {key: _deep_unsurrogate(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_deep_unsurrogate(item) for item in value)
    return value


def format_for(path: str | None) -> str:
    """The output format that a file name suggests (JSON Lines otherwise)."""
    if path:
        low = path.lower()
        for suffix, fmt in _SUFFIXES.items():
            if low.endswith(suffix):
                return fmt
    return "jsonl"


# ---------------------------------------------------------------- records


def record(result: Result, *, full: bool = False) -> dict[str, Any]:
    """The JSON record of a parsed input: ``origin`` then the article's keys."""
    assert result.article is not None
    return {"origin": result.origin.to_dict(), **result.article.to_dict(full=full)}


def error_record(result: Result | Record) -> dict[str, Any]:
    """The JSON record of a failed input (for ``--errors``)."""
    return {
        "input": str(result.origin),
        "origin": result.origin.to_dict(),
        "error": result.error,
        "message": result.message,
    }


def flat_row(result: Result, *, full: bool = False) -> dict[str, Any]:
    """One flat row: origin columns, authors and tags joined by "; ", the body
    as text, captions (and with ``full`` warnings and provenance) as JSON strings."""
    origin = result.origin
    row: dict[str, Any] = {
        "origin_path": origin.path,
        "origin_member": origin.member,
        "origin_record_id": origin.record_id,
        "origin_line": origin.line,
    }
    assert result.article is not None
    data = result.article.to_dict(full=full)
    data["authors"] = "; ".join(data["authors"])
    data["tags"] = "; ".join(data["tags"])
    data["body"] = result.article.text
    data["captions"] = json_text(data["captions"])
    if full:
        data["warnings"] = json_text(data["warnings"])
        data["provenance"] = json_text(data["provenance"])
    row.update(data)
    return row


#: The article's date fields; Parquet and data frames give each three columns.
MOMENT_FIELDS = ("date", "updated")


def moment_columns(name: str, value: dt.date | dt.datetime | None) -> dict[str, Any]:
    """The three typed columns of a date field (for Parquet and data frames).

    ``name`` is the instant in UTC (a day alone: its midnight UTC);
    ``name_offset`` the UTC offset the article gave, in minutes east of UTC
    (None for a day alone); ``name_day_only`` whether only the day was known.
    All three are None when the field is.
    """
    if value is None:
        return {name: None, f"{name}_offset": None, f"{name}_day_only": None}
    if isinstance(value, dt.datetime):
        offset = value.utcoffset()
        assert offset is not None  # Article dates are aware
        return {
            name: value.astimezone(dt.timezone.utc),
            f"{name}_offset": int(offset.total_seconds() // 60),
            f"{name}_day_only": False,
        }
    midnight = dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc)
    return {name: midnight, f"{name}_offset": None, f"{name}_day_only": True}


def markdown(result: Result) -> str:
    """The article as a Markdown document, for reading."""
    article = result.article
    assert article is not None
    out: list[str] = [f"# {_md_line(article.title or '(untitled)')}", ""]
    if article.subtitle:
        out += [f"*{_md_line(article.subtitle)}*", ""]
    facts = [
        ("By", article.byline),
        ("Date", _when(article.date)),
        ("Updated", _when(article.updated)),
        ("Section", article.section),
        ("Source", article.source),
        ("Site", article.site_name),
        ("Tags", ", ".join(article.tags)),
        ("URL", _safe_url(article.url)),
        ("Canonical URL", _safe_url(_other(article.canonical_url, article.url))),
        ("Image", _safe_url(article.image)),
        ("Description", article.description),
        ("Parser", article.parser),
        ("Input", str(result.origin)),
    ]
    out += [f"- **{name}:** {_md_line(value)}" for name, value in facts if value]
    out.append("")
    if article.editor_note:
        out += [f"> **Editor's note:** {_md_line(article.editor_note)}", ""]
    for block in article.body:
        text = _md_line(block.text)
        out += [f"## {text}" if block.kind == "heading" else text, ""]
    if article.captions:
        out += ["### Captions", ""]
        for cap in article.captions:
            parts = [_md_line(p) for p in (cap.text, cap.credit and f"({cap.credit})") if p]
            out.append(f"- {' '.join(parts)}")
        out.append("")
    return "\n".join(out)


# Links whose target runs code or smuggles content in a browser.
_UNSAFE_SCHEME = r"(?:javascript|vbscript|data)\s*:"
_UNSAFE_LINK = re.compile(r"(!?)\[([^\]]*)\]\(\s*<?\s*" + _UNSAFE_SCHEME + r"[^)]*\)", re.I)
_UNSAFE_URL = re.compile(r"\s*" + _UNSAFE_SCHEME, re.I)
_LINK_DEFINITION = re.compile(r"\[[^\]]*\]:")


def _safe_url(url: str | None) -> str | None:
    if url is not None and _UNSAFE_URL.match(url):
        return "(a javascript:, vbscript: or data: link, dropped)"
    return url


def _other(value: str | None, shown: str | None) -> str | None:
    """``value`` unless it says what ``shown`` already says."""
    return None if value == shown else value


def _when(value: object) -> str | None:
    return None if value is None else value.isoformat()  # type: ignore[attr-defined]


_NUMBERED = re.compile(r"(\d+)[.)](\s|$)")


def _md_line(text: str) -> str:
    # Keep article text from turning into Markdown structure or live HTML,
    # and drop links that would run code when clicked.
    text = " ".join(unsurrogate(text).split())
    text = _UNSAFE_LINK.sub(r"\2", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if (text[:1] and text[:1] in "#>-+*=|") or _LINK_DEFINITION.match(text):
        return "\\" + text
    numbered = _NUMBERED.match(text)
    if numbered:  # "1. " would start a numbered list
        end = numbered.end(1)
        return text[:end] + "\\" + text[end:]
    return text


# ---------------------------------------------------------------- files


class AtomicFile:
    """A file written under a temporary name and renamed into place."""

    def __init__(self, path: str, *, binary: bool = False) -> None:
        self.path = path
        self.done = False
        if _special(path):
            # A device, a pipe, /dev/stdout: written in place (renaming over
            # it would replace it); there is nothing to finish or undo.
            self.tmp = None
            self.fh: IO[Any] = _open(os.open(path, os.O_WRONLY), binary)
            return
        folder = os.path.dirname(os.path.abspath(path))
        fd, self.tmp = tempfile.mkstemp(
            prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=folder
        )
        umask = os.umask(0)
        os.umask(umask)
        try:
            os.chmod(self.tmp, 0o666 & ~umask)
            self.fh = _open(fd, binary)
        except BaseException:
            os.close(fd)
            os.unlink(self.tmp)
            raise

    def commit(self) -> str:
        """Close and rename into place; returns the final path."""
        return self._finish(self.path)

    def keep_partial(self) -> str:
        """Close and rename to ``PATH.partial`` (an interrupted run)."""
        return self._finish(self.path + ".partial")

    def discard(self) -> None:
        """Close (dropping what could not be written) and remove the temporary file."""
        if not self.done:
            self.done = True
            with contextlib.suppress(OSError):
                self.fh.close()  # a full disk fails the last flush too
            if self.tmp is not None:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.tmp)

    def _finish(self, target: str) -> str:
        try:
            self.fh.close()
            if self.tmp is None:
                self.done = True
                return self.path
            os.replace(self.tmp, target)
        except BaseException:
            self.discard()
            raise
        self.done = True
        return target


def _special(path: str) -> bool:
    if os.path.abspath(path).startswith(("/dev/", "/proc/")):  # /dev/stdout, /dev/fd/3
        return True
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:  # not there yet: a file to create
        return False


def _open(fd: int, binary: bool) -> IO[Any]:
    if binary:
        return os.fdopen(fd, "wb")
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


class Record(NamedTuple):
    """One input as its writer wants it: what a worker sends the parent.

    ``data`` is what :meth:`Renderer.data` made of the article (None when
    the input failed); ``error`` and ``message`` are those of the Result;
    ``language`` and ``empty`` are kept for the command line's filter and
    summary. A tuple of plain values: it pickles in C, unlike an Article.
    """

    origin: Origin
    data: Any = None
    error: str | None = None
    message: str | None = None
    language: str | None = None
    empty: bool = False

    @property
    def ok(self) -> bool:
        """The input was parsed and rendered."""
        return self.error is None

    @classmethod
    def failed(cls, origin: Origin, exc: BaseException) -> Record:
        """The record of an input whose parsing or rendering raised ``exc``."""
        return cls(origin, None, type(exc).__name__, str(exc))


@attrs.frozen(slots=True)
class Renderer:
    """Turns Results into :class:`Record` objects for one output format.

    Picklable and free of open files, so that worker processes can render.
    """

    fmt: str = attrs.field(validator=attrs.validators.in_(OUTPUT_FORMATS))
    full: bool = False
    csv_raw: bool = False

    def __call__(self, result: Result) -> Record:
        """The record of ``result``; an article the format cannot take fails alone."""
        article = result.article
        if article is None:
            return Record(result.origin, None, result.error, result.message)
        try:
            data = self.data(result)
        except Exception as exc:  # a bug in a writer must not end the run
            return Record.failed(result.origin, exc)
        return Record(result.origin, data, None, None, article.language, not article.body)

    def data(self, result: Result) -> Any:
        """What the format writes for a parsed input."""
        if self.fmt == "jsonl":
            return json_text(record(result, full=self.full)) + "\n"
        if self.fmt == "json":
            return _indent(json_text(record(result, full=self.full), indent=2))
        if self.fmt == "csv":
            return _csv_row(result, self.full, self.csv_raw)
        if self.fmt == "markdown":
            return markdown(result)
        return _parquet_row(_clean_result(result), self.full)


class Sink(Protocol):
    """An output: takes parsed Results (or records of them), then is closed
    (which finishes the format)."""

    renderer: Renderer

    def write(self, result: Result) -> None: ...

    def put(self, data: Any) -> None: ...

    def close(self) -> None: ...


class _TextSink:
    def __init__(self, fh: IO[str], renderer: Renderer) -> None:
        self.fh = fh
        self.renderer = renderer

    def write(self, result: Result) -> None:
        """Render ``result`` here and write it."""
        self.put(self.renderer.data(result))

    def put(self, data: Any) -> None:
        """Write what :meth:`Renderer.data` made of an input."""
        self.fh.write(data)

    def close(self) -> None:
        self.fh.flush()


class JsonlSink(_TextSink):
    pass


class JsonSink(_TextSink):
    def __init__(self, fh: IO[str], renderer: Renderer) -> None:
        super().__init__(fh, renderer)
        self.count = 0

    def put(self, data: Any) -> None:
        self.fh.write(("[\n" if self.count == 0 else ",\n") + data)
        self.count += 1

    def close(self) -> None:
        self.fh.write("\n]\n" if self.count else "[]\n")
        super().close()


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _csv_columns(full: bool) -> tuple[str, ...]:
    return CSV_COLUMNS + (FULL_COLUMNS if full else ())


class CsvSink(_TextSink):
    """CSV rows; cells that a spreadsheet would run as a formula start with
    "'" unless the renderer's ``csv_raw`` (see :data:`CSV_TRIGGERS`)."""

    def __init__(self, fh: IO[str], renderer: Renderer) -> None:
        super().__init__(fh, renderer)
        csv.writer(fh, lineterminator="\n").writerow(_csv_columns(renderer.full))


def _csv_row(result: Result, full: bool, raw: bool) -> str:
    """One CSV line (see :class:`CsvSink`)."""
    cells = flat_row(result, full=full)
    row = [_csv_cell(cells[name], raw) for name in _csv_columns(full)]
    # csv quotes a cell holding "\n" but not one holding a lone "\r" (not
    # in the line terminator), which readers then take for a line end.
    out = io.StringIO()
    if any(isinstance(v, str) and "\r" in v for v in row):
        csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL).writerow(row)
    else:
        csv.writer(out, lineterminator="\n").writerow(row)
    return out.getvalue()


def _csv_cell(value: Any, raw: bool) -> Any:
    if not isinstance(value, str):
        return value
    # Python 3.10's csv cannot write NUL; lone surrogates are not UTF-8.
    value = unsurrogate(value).replace("\0", "\\x00")
    if not raw and value.startswith(CSV_TRIGGERS):
        return "'" + value
    return value


class MarkdownSink(_TextSink):
    def __init__(self, fh: IO[str], renderer: Renderer) -> None:
        super().__init__(fh, renderer)
        self.count = 0

    def put(self, data: Any) -> None:
        self.fh.write(("" if self.count == 0 else "\n---\n\n") + data)
        self.count += 1


class ParquetSink:
    """Parquet through pyarrow, written in row groups of ``batch`` articles.

    The columns are those of :func:`record`, typed: ``origin`` a struct,
    lists for ``authors``, ``tags`` and the body and caption structs, and each date
    field as three columns (see :func:`moment_columns`): a UTC timestamp,
    its original offset in minutes, and whether only the day was known.
    Text is written free of lone surrogates (Parquet strings are UTF-8).
    """

    def __init__(self, fh: IO[bytes], renderer: Renderer, batch: int = 2000) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise MissingDependency("Parquet files", "parquet") from None
        self.pa = pa
        self.renderer = renderer
        self.batch = batch
        self.rows: list[dict[str, Any]] = []
        self.schema = pa.schema(_parquet_fields(pa, renderer.full))
        self.writer = pq.ParquetWriter(fh, self.schema)

    def write(self, result: Result) -> None:
        self.put(self.renderer.data(result))

    def put(self, data: Any) -> None:
        self.rows.append(data)
        if len(self.rows) >= self.batch:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            table = self.pa.Table.from_pylist(self.rows, schema=self.schema)
            self.writer.write_table(table)
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


def _parquet_row(result: Result, full: bool) -> dict[str, Any]:
    row = record(result, full=full)
    for name in MOMENT_FIELDS:
        row.update(moment_columns(name, getattr(result.article, name)))
    return row


def _parquet_fields(pa: Any, full: bool) -> list[tuple[str, Any]]:
    """The Parquet columns, in order: :data:`DICT_KEYS` with the date fields typed."""
    text = pa.string()
    types: dict[str, Any] = {
        "authors": pa.list_(text),
        "tags": pa.list_(text),
        "body": pa.list_(pa.struct([("kind", text), ("text", text)])),
        "captions": pa.list_(pa.struct([("text", text), ("credit", text), ("image", text)])),
    }
    for name in MOMENT_FIELDS:
        types[name] = pa.timestamp("us", tz="UTC")
    origin = pa.struct(
        [("path", text), ("member", text), ("record_id", text), ("line", pa.int64())]
    )
    fields: list[tuple[str, Any]] = [("origin", origin)]
    for name in DICT_KEYS:
        fields.append((name, types.get(name, text)))
        if name in MOMENT_FIELDS:
            fields += [(f"{name}_offset", pa.int16()), (f"{name}_day_only", pa.bool_())]
    if full:
        fields += [
            ("page", pa.int64()),
            ("warnings", pa.list_(text)),
            ("provenance", pa.list_(pa.struct([
                ("field", text), ("rule", text), ("lines", pa.list_(pa.int64()))]))),
        ]  # fmt: skip
    return fields


def _clean_result(result: Result) -> Result:
    """``result`` with its text free of lone surrogates (for Parquet)."""
    origin = result.origin
    fields = (origin.path, origin.member, origin.record_id)
    if any(f is not None and _SURROGATE.search(f) for f in fields):
        origin = attrs.evolve(
            origin, **{k: _deep_unsurrogate(v) for k, v in origin.to_dict().items()}
        )
    article = result.article
    if article is not None:
        data = article.to_dict(full=True)
        clean = _deep_unsurrogate(data)
        if clean != data:
            article = type(article).from_dict(clean)
    return attrs.evolve(result, origin=origin, article=article)


_SINKS = {
    "jsonl": JsonlSink,
    "json": JsonSink,
    "csv": CsvSink,
    "markdown": MarkdownSink,
    "parquet": ParquetSink,
}


def open_sink(fmt: str, fh: IO[Any], *, full: bool = False, csv_raw: bool = False) -> Sink:
    """A writer of ``fmt`` on ``fh`` (text, or binary for Parquet); ``csv_raw``
    writes CSV cells as they are, formulas included."""
    if fmt not in _SINKS:
        raise ValueError(f"unknown output format {fmt!r}; choose from {', '.join(OUTPUT_FORMATS)}")
    sink: Sink = _SINKS[fmt](fh, Renderer(fmt, full, csv_raw))
    return sink
