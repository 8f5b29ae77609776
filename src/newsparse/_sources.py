"""Where dumps come from: files, directories, archives, JSON Lines, WARC, stdin.

Everything here streams: a directory is walked one folder at a time, an
archive is read one member at a time, and nothing is kept once it has been
handed on. Plain files are not read here at all: a :class:`Dump` with no
data is read by whoever parses it (a worker process), which keeps the parent
of a parallel run light.

A source that cannot be read gives a failed :class:`~newsparse.Result` in
place of the dump, so that every input is accounted for.
"""

from __future__ import annotations

import fnmatch
import gzip
import json
import os
import sys
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any, Protocol, cast

import attrs

from ._errors import InputError, InputTooLargeError, NewsparseError, UnreadableInputError
from ._model import Article

__all__ = [
    "FORMATS",
    "PAGE_FIELDS",
    "Dump",
    "Origin",
    "Result",
    "SourceOptions",
    "expand",
    "kind_of",
    "read_path",
    "walk",
]

#: Values of ``input_format`` / ``--input-format``.
FORMATS = ("auto", "file", "gzip", "zip", "tar", "jsonl", "warc")
#: JSON Lines fields tried, in order, for the page when no field is named.
PAGE_FIELDS = ("html", "text", "content")
_TEXTUAL = ("text/html", "application/xhtml+xml", "text/plain")
# Folders that archivers add and nobody means as input.
_JUNK_DIRS = ("__MACOSX",)


@attrs.frozen(slots=True)
class Origin:
    """Where one input came from; every field that does not apply is None.

    ``path`` is the file given or found (``"-"`` for standard input, None for
    data handed over in memory); ``member`` the name inside a zip or tar
    archive; ``record_id`` the WARC-Record-ID of a WARC record, or the ``id``
    of a JSON Lines record; ``line`` the 1-based line of a JSON Lines record.
    """

    path: str | None = None
    member: str | None = None
    record_id: str | None = None
    line: int | None = None

    def to_dict(self) -> dict[str, str | int | None]:
        """The four fields as a dict (the ``origin`` of each output record)."""
        return {
            "path": self.path,
            "member": self.member,
            "record_id": self.record_id,
            "line": self.line,
        }

    def __str__(self) -> str:
        text = self.path if self.path is not None else "<memory>"
        if self.member is not None:
            text += f"!{self.member}"
        if self.line is not None:
            text += f":{self.line}"
        if self.record_id is not None:
            text += f" {self.record_id}"
        return text


@attrs.frozen(slots=True)
class Dump:
    """One raw dump and where it came from.

    ``data`` is the dump (text or bytes); None means "read ``origin.path``
    when parsing" (gzip-compressed when the name ends in ``.gz``). ``url``
    is kept on the article.
    """

    data: str | bytes | None
    origin: Origin = Origin()
    url: str | None = None


@attrs.frozen(slots=True)
class Result:
    """The outcome of one input: an article, or the error that stopped it.

    ``error`` is the exception's type name (e.g. ``"UnreadableInputError"``)
    and ``message`` its text; both are None when ``article`` is set.
    """

    origin: Origin
    article: Article | None = None
    error: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        """An article was made (it may still be empty)."""
        return self.article is not None

    @property
    def empty(self) -> bool:
        """Parsed, but no article text was found (binary or empty input)."""
        return self.article is not None and not self.article.body

    @classmethod
    def failed(cls, origin: Origin, exc: BaseException) -> Result:
        """The result of an input whose parsing raised ``exc``."""
        return cls(origin, None, type(exc).__name__, str(exc))


@attrs.frozen(slots=True)
class SourceOptions:
    """How inputs are found and split into dumps (see :func:`newsparse.parse_many`)."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    field: str | None = None
    input_format: str = "auto"
    url: str | None = None
    max_bytes: int | None = None
    sort: bool = True

    def __attrs_post_init__(self) -> None:
        if self.input_format not in FORMATS:
            raise ValueError(
                f"unknown input format {self.input_format!r}; choose from {', '.join(FORMATS)}"
            )


# ---------------------------------------------------------------- kinds, globs


def kind_of(name: str, input_format: str = "auto") -> str:
    """The reader for a file called ``name``: one of :data:`FORMATS` but ``auto``."""
    if input_format != "auto":
        return input_format
    low = name.lower()
    if low.endswith(".zip"):
        return "zip"
    if low.endswith((".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")):
        return "tar"
    if low.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        return "warc"
    if low.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")):
        return "jsonl"
    if low.endswith(".gz"):
        return "gzip"
    return "file"


def _matches(rel: str, pattern: str) -> bool:
    # A pattern with a slash matches the whole relative path, else the name.
    if "/" in pattern:
        return fnmatch.fnmatchcase(rel, pattern)
    return fnmatch.fnmatchcase(rel.rsplit("/", 1)[-1], pattern)


def _excluded(rel: str, opts: SourceOptions) -> bool:
    return any(_matches(rel, p) for p in opts.exclude)


def _wanted(rel: str, opts: SourceOptions) -> bool:
    """Whether a dump found in a folder or an archive is taken."""
    if _excluded(rel, opts):
        return False
    return not opts.include or any(_matches(rel, p) for p in opts.include)


def _hidden(rel: str) -> bool:
    return any(part.startswith(".") or part in _JUNK_DIRS for part in rel.split("/") if part)


# ---------------------------------------------------------------- reading


class _Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...


def _read_limited(fh: _Readable, max_bytes: int | None) -> bytes:
    if max_bytes is None:
        return fh.read()
    data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(len(data), max_bytes)
    return data


def read_path(path: str, max_bytes: int | None) -> bytes:
    """The bytes of a plain or gzip-compressed dump file."""
    try:
        if path.lower().endswith(".gz"):
            with gzip.open(path, "rb") as fh:
                return _read_limited(fh, max_bytes)
        size = os.stat(path).st_size
        if max_bytes is not None and size > max_bytes:
            raise InputTooLargeError(size, max_bytes)
        with open(path, "rb") as fh:
            return _read_limited(fh, max_bytes)
    except OSError as exc:
        raise UnreadableInputError(f"cannot read {path!r}: {exc.strerror or exc}") from exc
    except (EOFError, zlib.error) as exc:
        raise UnreadableInputError(f"cannot read {path!r}: corrupt gzip data ({exc})") from exc


def _unreadable(what: str, exc: BaseException) -> UnreadableInputError:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return UnreadableInputError(f"cannot read {what}: {reason or type(exc).__name__}")


def _open_binary(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    fh: IO[bytes] = open(path, "rb")  # noqa: SIM115 (closed by the caller)
    return fh


# ---------------------------------------------------------------- readers


def _zip(path: str, opts: SourceOptions) -> Iterator[Dump | Result]:
    spool: IO[bytes] | None = None
    try:
        if path == "-":  # zip needs to seek: spool standard input to disk
            spool = tempfile.TemporaryFile()  # noqa: SIM115 (closed below)
            while block := sys.stdin.buffer.read(1 << 20):
                spool.write(block)
            spool.seek(0)
        archive = zipfile.ZipFile(spool if spool is not None else path)
    except (OSError, zipfile.BadZipFile, EOFError) as exc:
        if spool is not None:
            spool.close()
        yield Result.failed(Origin(path), _unreadable(f"{path!r} as a zip archive", exc))
        return
    with archive:
        for info in archive.infolist():
            name = info.filename
            if info.is_dir() or _hidden(name) or not _wanted(name, opts):
                continue
            origin = Origin(path, member=name)
            if opts.max_bytes is not None and info.file_size > opts.max_bytes:
                yield Result.failed(origin, InputTooLargeError(info.file_size, opts.max_bytes))
                continue
            try:
                with archive.open(info) as fh:
                    data = _read_limited(fh, opts.max_bytes)
            except NewsparseError as exc:
                yield Result.failed(origin, exc)
                continue
            except (OSError, EOFError, zlib.error, zipfile.BadZipFile, RuntimeError,
                    NotImplementedError) as exc:  # fmt: skip
                # A bad CRC, an encrypted member, an unknown compression method.
                yield Result.failed(origin, _unreadable(f"{name!r} in {path!r}", exc))
                continue
            yield Dump(data, origin, opts.url)
    if spool is not None:
        spool.close()


def _tar(path: str, opts: SourceOptions) -> Iterator[Dump | Result]:
    fh: IO[bytes] | None = None
    try:
        fh = _open_binary(path)
        # Stream mode: members are read in order and never all held at once.
        archive = tarfile.open(fileobj=fh, mode="r|*")  # noqa: SIM115 (closed below)
    except (OSError, tarfile.TarError, EOFError, zlib.error) as exc:
        if fh is not None and path != "-":
            fh.close()
        yield Result.failed(Origin(path), _unreadable(f"{path!r} as a tar archive", exc))
        return
    count = 0
    try:
        with archive:
            while True:
                try:
                    info = archive.next()
                except (OSError, tarfile.TarError, EOFError, zlib.error) as exc:
                    what = f"{path!r} after {count} members (truncated or corrupt)"
                    yield Result.failed(Origin(path), _unreadable(what, exc))
                    return
                if info is None:
                    return
                cast(Any, archive).members.clear()  # TarFile keeps every member otherwise
                name = info.name
                if not info.isfile() or _hidden(name) or not _wanted(name, opts):
                    continue
                count += 1
                origin = Origin(path, member=name)
                if opts.max_bytes is not None and info.size > opts.max_bytes:
                    yield Result.failed(origin, InputTooLargeError(info.size, opts.max_bytes))
                    continue
                try:
                    member = archive.extractfile(info)
                    data = b"" if member is None else _read_limited(member, opts.max_bytes)
                except NewsparseError as exc:
                    yield Result.failed(origin, exc)
                    continue
                except (OSError, tarfile.TarError, EOFError, zlib.error) as exc:
                    yield Result.failed(origin, _unreadable(f"{name!r} in {path!r}", exc))
                    continue
                yield Dump(data, origin, opts.url)
    finally:
        if path != "-":
            fh.close()


def _page_of(record: Mapping[str, Any], field: str | None) -> str | bytes:
    fields = (field,) if field else PAGE_FIELDS
    for name in fields:
        value = record.get(name)
        if isinstance(value, (str, bytes)):
            return value
    names = [repr(f) for f in fields]
    wanted = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    raise InputError(f"record has no {wanted} field holding text")


def dump_from_record(
    record: object, origin: Origin, field: str | None, default_url: str | None
) -> Dump:
    """A Dump from one JSON Lines record (a mapping); raises InputError."""
    if not isinstance(record, Mapping):
        raise InputError(f"record is a JSON {type(record).__name__}, not an object")
    url = record.get("url")
    ident = record.get("id")
    if isinstance(ident, (str, int)) and not isinstance(ident, bool) and origin.record_id is None:
        origin = attrs.evolve(origin, record_id=str(ident))
    return Dump(_page_of(record, field), origin, url if isinstance(url, str) else default_url)


def _jsonl(path: str, opts: SourceOptions) -> Iterator[Dump | Result]:
    try:
        raw = _open_binary(path)
    except OSError as exc:
        yield Result.failed(Origin(path), _unreadable(repr(path), exc))
        return
    fh: IO[bytes] | gzip.GzipFile = raw
    if path.lower().endswith(".gz"):
        fh = gzip.GzipFile(fileobj=raw, mode="rb")
    lineno = 0
    try:
        while True:
            try:
                line = fh.readline()
            except (OSError, EOFError, zlib.error) as exc:
                what = f"{path!r} after line {lineno} (truncated or corrupt)"
                yield Result.failed(Origin(path), _unreadable(what, exc))
                return
            if not line:
                return
            lineno += 1
            if not line.strip():
                continue
            origin = Origin(path, line=lineno)
            if opts.max_bytes is not None and len(line) > opts.max_bytes:
                yield Result.failed(origin, InputTooLargeError(len(line), opts.max_bytes))
                continue
            try:
                try:
                    record = json.loads(line)
                except ValueError as exc:
                    raise InputError(f"invalid JSON: {exc}") from exc
                yield dump_from_record(record, origin, opts.field, opts.url)
            except InputError as exc:
                yield Result.failed(origin, exc)
    finally:
        if path != "-":
            raw.close()


def _warc(path: str, opts: SourceOptions) -> Iterator[Dump | Result]:
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield Result.failed(Origin(path), MissingDependency("WARC files", "warc"))
        return
    try:
        fh = _open_binary(path)
    except OSError as exc:
        yield Result.failed(Origin(path), _unreadable(repr(path), exc))
        return
    count = 0
    try:
        records = iter(ArchiveIterator(fh))
        while True:
            try:
                record = next(records, None)
                if record is None:
                    return
                if record.rec_type not in ("response", "resource"):
                    continue
                headers = record.http_headers if record.http_headers else record.rec_headers
                ctype = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if ctype and ctype not in _TEXTUAL:
                    continue  # images, scripts, style sheets: not articles
                count += 1
                origin = Origin(path, record_id=record.rec_headers.get_header("WARC-Record-ID"))
                url = record.rec_headers.get_header("WARC-Target-URI") or opts.url
                try:
                    data = _read_limited(record.content_stream(), opts.max_bytes)
                except NewsparseError as exc:
                    yield Result.failed(origin, exc)
                    continue
                if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than declared
                    what = f"record {origin.record_id} in {path!r} (truncated)"
                    yield Result.failed(origin, UnreadableInputError(f"cannot read {what}"))
                    continue
            except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
                what = f"{path!r} after {count} records (truncated or corrupt)"
                yield Result.failed(Origin(path), _unreadable(what, exc))
                return
            yield Dump(data, origin, url)
    finally:
        if path != "-":
            fh.close()


class MissingDependency(NewsparseError, ImportError):
    """An optional dependency is needed for this input or output."""

    def __init__(self, what: str, extra: str) -> None:
        self.extra = extra
        super().__init__(f"{what} need the {extra!r} extra: pip install 'newsparse[{extra}]'")


def _whole(path: str, opts: SourceOptions) -> Iterator[Dump | Result]:
    """One dump read here: standard input, or gzip data under another name."""
    origin = Origin(path)
    try:
        fh = _open_binary(path)
        try:
            if opts.input_format == "gzip":
                with gzip.GzipFile(fileobj=fh, mode="rb") as gz:
                    data = _read_limited(gz, opts.max_bytes)
            else:
                data = _read_limited(fh, opts.max_bytes)
        finally:
            if path != "-":
                fh.close()
    except NewsparseError as exc:
        yield Result.failed(origin, exc)
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield Result.failed(origin, _unreadable(repr(path), exc))
        return
    yield Dump(data, origin, opts.url)


_READERS = {"zip": _zip, "tar": _tar, "jsonl": _jsonl, "warc": _warc}


def from_file(path: str, opts: SourceOptions) -> Iterator[Dump | Result]:
    """The dumps of one file (or ``"-"``), by its kind."""
    kind = kind_of(path, opts.input_format)
    reader = _READERS.get(kind)
    if reader is not None:
        yield from reader(path, opts)
    elif path == "-" or (kind == "gzip" and not path.lower().endswith(".gz")):
        yield from _whole(path, opts)
    else:  # read later, by the worker that parses it
        yield Dump(None, Origin(path), opts.url)


# ---------------------------------------------------------------- directories


def walk(root: str, opts: SourceOptions) -> Iterator[str | Result]:
    """The files under ``root`` that are taken, in name order (unless not ``sort``);
    a folder that cannot be listed gives a failed Result.

    Hidden files and folders are skipped, and so are symbolic links to
    folders (they can loop). Containers (archives, JSON Lines, WARC) are
    kept unless an exclude pattern matches them; include patterns apply to
    dumps only.
    """
    stack = [(root, "")]
    while stack:
        folder, rel = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = [(e.name, e.is_dir(), e.is_symlink(), e.is_file()) for e in it]
        except OSError as exc:
            yield Result.failed(Origin(folder), _unreadable(f"folder {folder!r}", exc))
            continue
        if opts.sort:
            entries.sort()
        subdirs = []
        for name, is_dir, is_link, is_file in entries:
            if name.startswith(".") or name in _JUNK_DIRS:
                continue
            rel_name = f"{rel}{name}"
            if is_dir:
                if is_link:
                    continue  # a link to a folder can loop
                if not _excluded(rel_name + "/", opts) and not _excluded(rel_name, opts):
                    subdirs.append((os.path.join(folder, name), rel_name + "/"))
                continue
            if not is_file and not is_link:
                continue  # sockets, FIFOs (a FIFO would block); a broken link is reported
            if kind_of(name, opts.input_format) in _READERS:
                if not _excluded(rel_name, opts):
                    yield os.path.join(folder, name)
            elif _wanted(rel_name, opts):
                yield os.path.join(folder, name)
        stack.extend(reversed(subdirs))


def expand(
    inputs: Iterable[str | os.PathLike[str] | bytes | Mapping[str, Any] | Dump],
    opts: SourceOptions,
) -> Iterator[Dump | Result]:
    """Every dump in ``inputs``: paths (files, folders, archives, ``"-"``),
    bytes, JSON Lines-style mappings and :class:`Dump` objects."""
    for item in inputs:
        if isinstance(item, Dump):
            if item.url is None and opts.url is not None:
                item = attrs.evolve(item, url=opts.url)
            yield item
        elif isinstance(item, (bytes, bytearray, memoryview)):
            yield Dump(bytes(item), Origin(), opts.url)
        elif isinstance(item, Mapping):
            try:
                yield dump_from_record(item, Origin(), opts.field, opts.url)
            except InputError as exc:
                yield Result.failed(Origin(), exc)
        elif isinstance(item, (str, os.PathLike)):
            path = os.fspath(item)
            if path != "-" and os.path.isdir(path):
                for found in walk(path, opts):
                    if isinstance(found, Result):
                        yield found
                    else:
                        yield from from_file(found, opts)
            else:
                yield from from_file(path, opts)
        else:
            raise TypeError(
                "parse_many() takes paths, bytes, mappings or Dump objects, "
                f"not {type(item).__name__}"
            )
