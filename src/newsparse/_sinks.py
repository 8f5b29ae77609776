"""Where articles go: JSON Lines, JSON, CSV, Markdown and Parquet writers.

Every writer streams (JSON too: the array is written one element at a
time). A file is written under a temporary name beside the target and
renamed into place by :meth:`AtomicFile.commit`, so that a run that is
killed never leaves a half-written file under the name asked for.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import tempfile
from collections.abc import Callable
from typing import IO, Any, Protocol

from ._model import DICT_KEYS
from ._sources import MissingDependency, Result

__all__ = [
    "CSV_COLUMNS",
    "OUTPUT_FORMATS",
    "AtomicFile",
    "Sink",
    "error_record",
    "flat_row",
    "format_for",
    "markdown",
    "moment_columns",
    "open_sink",
    "record",
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


def error_record(result: Result) -> dict[str, Any]:
    """The JSON record of a failed input (for ``--errors``)."""
    return {
        "input": str(result.origin),
        "origin": result.origin.to_dict(),
        "error": result.error,
        "message": result.message,
    }


def flat_row(result: Result, *, full: bool = False) -> dict[str, Any]:
    """One flat row: origin columns, authors joined by "; ", the body as text,
    captions (and with ``full`` warnings and provenance) as JSON strings."""
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
    data["body"] = result.article.text
    data["captions"] = json.dumps(data["captions"], ensure_ascii=False)
    if full:
        data["warnings"] = json.dumps(data["warnings"], ensure_ascii=False)
        data["provenance"] = json.dumps(data["provenance"], ensure_ascii=False)
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
        ("URL", article.url),
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


def _when(value: object) -> str | None:
    return None if value is None else value.isoformat()  # type: ignore[attr-defined]


_NUMBERED = re.compile(r"(\d+)[.)](\s|$)")


def _md_line(text: str) -> str:
    # Keep article text from turning into Markdown structure.
    text = " ".join(text.split())
    if text[:1] and text[:1] in "#>-+*=|":
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
        folder = os.path.dirname(os.path.abspath(path))
        fd, self.tmp = tempfile.mkstemp(
            prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=folder
        )
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.tmp, 0o666 & ~umask)
        if binary:
            self.fh: IO[Any] = os.fdopen(fd, "wb")
        else:
            self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self.done = False

    def commit(self) -> str:
        """Close and rename into place; returns the final path."""
        return self._finish(self.path)

    def keep_partial(self) -> str:
        """Close and rename to ``PATH.partial`` (an interrupted run)."""
        return self._finish(self.path + ".partial")

    def discard(self) -> None:
        if not self.done:
            self.done = True
            self.fh.close()
            os.unlink(self.tmp)

    def _finish(self, target: str) -> str:
        self.fh.close()
        os.replace(self.tmp, target)
        self.done = True
        return target


class Sink(Protocol):
    """An output: takes parsed Results, then is closed (which finishes the format)."""

    def write(self, result: Result) -> None: ...

    def close(self) -> None: ...


class _TextSink:
    def __init__(self, fh: IO[str], full: bool) -> None:
        self.fh = fh
        self.full = full

    def write(self, result: Result) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.fh.flush()


class JsonlSink(_TextSink):
    def write(self, result: Result) -> None:
        self.fh.write(json.dumps(record(result, full=self.full), ensure_ascii=False) + "\n")


class JsonSink(_TextSink):
    def __init__(self, fh: IO[str], full: bool) -> None:
        super().__init__(fh, full)
        self.count = 0

    def write(self, result: Result) -> None:
        text = json.dumps(record(result, full=self.full), ensure_ascii=False, indent=2)
        self.fh.write(("[\n" if self.count == 0 else ",\n") + _indent(text))
        self.count += 1

    def close(self) -> None:
        self.fh.write("\n]\n" if self.count else "[]\n")
        super().close()


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


class CsvSink(_TextSink):
    def __init__(self, fh: IO[str], full: bool) -> None:
        super().__init__(fh, full)
        columns = CSV_COLUMNS + (FULL_COLUMNS if full else ())
        self.writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        self.writer.writeheader()

    def write(self, result: Result) -> None:
        self.writer.writerow(flat_row(result, full=self.full))


class MarkdownSink(_TextSink):
    def __init__(self, fh: IO[str], full: bool) -> None:
        super().__init__(fh, full)
        self.count = 0

    def write(self, result: Result) -> None:
        self.fh.write(("" if self.count == 0 else "\n---\n\n") + markdown(result))
        self.count += 1


class ParquetSink:
    """Parquet through pyarrow, written in row groups of ``batch`` articles.

    The columns are those of :func:`record`, typed: ``origin`` a struct,
    lists for ``authors`` and the body and caption structs, and each date
    field as three columns (see :func:`moment_columns`): a UTC timestamp,
    its original offset in minutes, and whether only the day was known.
    """

    def __init__(self, fh: IO[bytes], full: bool, batch: int = 2000) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise MissingDependency("Parquet files", "parquet") from None
        self.pa = pa
        self.full = full
        self.batch = batch
        self.rows: list[dict[str, Any]] = []
        self.schema = pa.schema(_parquet_fields(pa, full))
        self.writer = pq.ParquetWriter(fh, self.schema)

    def write(self, result: Result) -> None:
        row = record(result, full=self.full)
        for name in MOMENT_FIELDS:
            row.update(moment_columns(name, getattr(result.article, name)))
        self.rows.append(row)
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


def _parquet_fields(pa: Any, full: bool) -> list[tuple[str, Any]]:
    """The Parquet columns, in order: :data:`DICT_KEYS` with the date fields typed."""
    text = pa.string()
    types: dict[str, Any] = {
        "authors": pa.list_(text),
        "body": pa.list_(pa.struct([("kind", text), ("text", text)])),
        "captions": pa.list_(pa.struct([("text", text), ("credit", text)])),
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


_TEXT_SINKS: dict[str, Callable[[IO[str], bool], Sink]] = {
    "jsonl": JsonlSink,
    "json": JsonSink,
    "csv": CsvSink,
    "markdown": MarkdownSink,
}


def open_sink(fmt: str, fh: IO[Any], *, full: bool = False) -> Sink:
    """A writer of ``fmt`` on ``fh`` (text, or binary for Parquet)."""
    if fmt == "parquet":
        return ParquetSink(fh, full)
    try:
        return _TEXT_SINKS[fmt](fh, full)
    except KeyError:
        raise ValueError(
            f"unknown output format {fmt!r}; choose from {', '.join(OUTPUT_FORMATS)}"
        ) from None
