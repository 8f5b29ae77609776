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

import codecs
import fnmatch
import gzip
import json
import os
import re
import sys
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any, cast

import attrs

from .._errors import (
    InputError,
    InputTooLargeError,
    MissingDependency,
    NewsparseError,
    UnreadableInputError,
)
from .._input.decode import codec_for, looks_binary
from .._input.document import clean_url
from .._input.read import GZIP_MAGIC, is_gzip, read_limited
from .._model import Article

__all__ = [
    "FORMATS",
    "PAGE_FIELDS",
    "Dump",
    "Origin",
    "Result",
    "SourceOptions",
    "expand",
    "kind_of",
    "walk",
    "with_header_charset",
]

#: Values of ``input_format`` / ``--input-format``.
FORMATS = ("auto", "file", "gzip", "zip", "tar", "jsonl", "warc")
#: JSON Lines fields tried, in order, for the page when no field is named.
PAGE_FIELDS = ("html", "text", "content")
_TEXTUAL = ("text/html", "application/xhtml+xml", "text/plain")
# Folders that archivers add and nobody means as input.
_JUNK_DIRS = ("__MACOSX",)
# Reads and skips go in blocks of this size, so that memory stays bounded.
_BLOCK = 1 << 20
# A gzip file whose name says only ".gz" may hold one of these (its stored name says so).
_GZIPPED_CONTAINERS = ("jsonl", "warc", "tar")
# Names that are clearly one dump: no need to look inside the gzip file.
_DUMP_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".text", ".md")


@attrs.frozen(slots=True)
class Origin:
    """Where one input came from; every field that does not apply is None.

    ``path`` is the file given or found (``"-"`` for standard input, None for
    data handed over in memory); ``member`` the name inside a zip or tar
    archive; ``record_id`` the WARC-Record-ID of a WARC record, or the ``id``
    of a JSON Lines record; ``line`` the 1-based line of a JSON Lines record.

    Names are kept exactly, so the strings may hold lone surrogates: a file
    or tar member name that is not UTF-8 is decoded with ``surrogateescape``
    (``os.fsencode(origin.path)`` gives the bytes back), and a JSON Lines
    ``id`` may hold ``"\\ud800"``-style escapes. Whoever writes them out must
    escape them (e.g. ``errors="backslashreplace"``); the same holds for
    :attr:`Dump.url`.
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
    when parsing" (gzip-compressed when the file starts with the gzip magic
    bytes, whatever its name). ``url`` is kept on the article; like the
    names in :class:`Origin` it may hold lone surrogates.
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


#: The readers known by a file's name ending, in the order they are tested.
_ENDINGS = (
    ("zip", (".zip",)),
    ("tar", (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")),
    ("warc", (".warc", ".warc.gz", ".arc", ".arc.gz")),
    ("jsonl", (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")),
    ("gzip", (".gz",)),
)
#: All of them: one test for the common case, a plain file.
_ANY_ENDING = tuple(end for _, ends in _ENDINGS for end in ends)


def kind_of(name: str, input_format: str = "auto") -> str:
    """The reader for a file called ``name``: one of :data:`FORMATS` but ``auto``."""
    if input_format != "auto":
        return input_format
    low = name.lower()
    if low.endswith(_ANY_ENDING):
        for kind, ends in _ENDINGS:
            if low.endswith(ends):
                return kind
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


def _gzip_header_name(head: bytes) -> str | None:
    """The original file name stored in a gzip header (FNAME), if any."""
    flags = head[3] if len(head) > 3 else 0
    pos = 10
    if flags & 4:  # FEXTRA: two bytes of length, then the field
        pos += 2 + int.from_bytes(head[10:12], "little")
    if not flags & 8:  # no FNAME
        return None
    end = head.find(b"\0", pos)
    return head[pos:end].decode("latin-1") if end > pos else None


def _gzipped_kind(path: str) -> str:
    """What a ``.gz`` file holds, from the name in its header or the first
    bytes of its contents: ``jsonl``, ``warc``, ``tar``, or ``gzip`` (one dump)."""
    stem = path[: -len(".gz")] if path.lower().endswith(".gz") else path
    if stem.lower().endswith(_DUMP_SUFFIXES):
        return "gzip"
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
            if not head.startswith(GZIP_MAGIC):
                return "gzip"
            inner = _gzip_header_name(head)
            kind = kind_of(inner) if inner else "file"
            if kind in _GZIPPED_CONTAINERS:
                return kind
            fh.seek(0)
            with gzip.GzipFile(fileobj=fh, mode="rb") as gz:
                start = gz.read(512)
    except (OSError, ValueError, EOFError, zlib.error):
        return "gzip"  # the worker that reads it reports the problem
    if start[257:262] == b"ustar":
        return "tar"
    start = start.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b'{"'):
        return "jsonl"
    if start.startswith(b"WARC/"):
        return "warc"
    return "gzip"


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
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        # zipfile refuses the whole archive when a name flagged as UTF-8 is not.
        if spool is not None:
            spool.close()
        if isinstance(exc, UnicodeDecodeError):
            exc = zipfile.BadZipFile(f"a member name flagged as UTF-8 is not UTF-8 ({exc})")
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
                    data = read_limited(fh, opts.max_bytes)
            except NewsparseError as exc:
                yield Result.failed(origin, exc)
                continue
            except (OSError, EOFError, zlib.error, zipfile.BadZipFile, RuntimeError,
                    NotImplementedError, UnicodeDecodeError) as exc:  # fmt: skip
                # A bad CRC, an encrypted member, an unknown compression method,
                # a local header name that is not the UTF-8 it claims to be.
                yield Result.failed(origin, _unreadable(f"{name!r} in {path!r}", exc))
                continue
            yield Dump(data, origin, opts.url)
    if spool is not None:
        spool.close()


def _has_data(info: tarfile.TarInfo) -> bool:
    # The members whose data tarfile skips by seeking over info.size bytes.
    return info.isreg() or info.type not in tarfile.SUPPORTED_TYPES


def _drain(archive: tarfile.TarFile, info: tarfile.TarInfo) -> None:
    """Read past a member's data in bounded blocks.

    Left to itself, stream-mode tarfile skips a member by counting blocks up
    to its declared size, even past the end of the data: a header that
    declares an absurd size stalls it. Reading stops at the real end and
    raises ReadError there.
    """
    member = archive.extractfile(info) if _has_data(info) else None
    if member is not None:
        _skip(member)


def _skip(member: IO[bytes]) -> None:
    while member.read(_BLOCK):
        pass


def _tar_member(
    archive: tarfile.TarFile, info: tarfile.TarInfo, origin: Origin, opts: SourceOptions
) -> Dump | Result:
    """One wanted member; raises tarfile/IO errors when the archive is cut short."""
    if opts.max_bytes is not None and info.size > opts.max_bytes:
        _drain(archive, info)  # first, so that a lying header is found out
        return Result.failed(origin, InputTooLargeError(info.size, opts.max_bytes))
    member = archive.extractfile(info)
    if member is None:  # pragma: no cover - isfile() members always have a file object
        return Dump(b"", origin, opts.url)
    try:
        data = read_limited(member, opts.max_bytes)
    except InputTooLargeError as exc:  # a sparse member, larger than its header says
        _skip(member)
        return Result.failed(origin, exc)
    return Dump(data, origin, opts.url)


def _tar(path: str, opts: SourceOptions) -> Iterator[Dump | Result]:
    fh: IO[bytes] | None = None
    try:
        fh = _open_binary(path)
        # Stream mode: members are read in order and never all held at once.
        archive = tarfile.open(fileobj=fh, mode="r|*")  # noqa: SIM115 (closed below)
    except (OSError, ValueError, tarfile.TarError, EOFError, zlib.error) as exc:
        if fh is not None and path != "-":
            fh.close()
        yield Result.failed(Origin(path), _unreadable(f"{path!r} as a tar archive", exc))
        return
    count = 0
    try:
        with archive:
            while True:
                name: str | None = None  # the member being read, once it is taken
                try:
                    info = archive.next()
                    if info is None:
                        return
                    cast(Any, archive).members.clear()  # TarFile keeps every member otherwise
                    if not info.isfile() or _hidden(info.name) or not _wanted(info.name, opts):
                        _drain(archive, info)
                        continue
                    name = info.name
                    count += 1
                    item = _tar_member(archive, info, Origin(path, member=name), opts)
                except (OSError, tarfile.TarError, EOFError, zlib.error) as exc:
                    # Cut short or corrupt: one failure, and the end (tar has no
                    # index to resume from).
                    origin = Origin(path, member=name)
                    what = f"{path!r} after {count} members (truncated or corrupt)"
                    if name is not None:
                        what = f"{name!r} in {path!r} (truncated or corrupt)"
                    yield Result.failed(origin, _unreadable(what, exc))
                    return
                yield item
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
    ident = record.get("id")
    if isinstance(ident, (str, int)) and not isinstance(ident, bool) and origin.record_id is None:
        origin = attrs.evolve(origin, record_id=str(ident))
    page = _page_of(record, field)
    return Dump(page, origin, clean_url(record.get("url"), default_url))


def _json_record(line: bytes) -> object:
    try:
        return json.loads(line)
    except ValueError as exc:  # also bytes that are not UTF-8
        raise InputError(f"invalid JSON: {exc}") from exc
    except RecursionError as exc:
        raise InputError("invalid JSON: nested too deeply") from exc


def _skip_line(fh: IO[bytes]) -> int:
    """Read to the end of the current line in bounded blocks; the bytes skipped."""
    skipped = 0
    while True:
        block = fh.readline(_BLOCK)
        skipped += len(block)
        if not block or block.endswith(b"\n"):
            return skipped


def _jsonl(path: str, opts: SourceOptions) -> Iterator[Dump | Result]:
    try:
        raw = _open_binary(path)
    except (OSError, ValueError) as exc:
        yield Result.failed(Origin(path), _unreadable(repr(path), exc))
        return
    limit = -1 if opts.max_bytes is None else opts.max_bytes + 1
    lineno = 0
    try:
        fh: IO[bytes] = raw
        try:
            if is_gzip(raw):  # by its magic bytes, whatever the name says
                fh = cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb"))
        except OSError as exc:
            yield Result.failed(Origin(path), _unreadable(repr(path), exc))
            return
        while True:
            origin = Origin(path, line=lineno + 1)
            try:
                # Never more than max_bytes of a line in memory.
                line = fh.readline(limit)
                over = 0 < limit == len(line) and not line.endswith(b"\n")
                size = len(line) + _skip_line(fh) if over else 0
            except (OSError, EOFError, zlib.error) as exc:
                what = f"{path!r} after line {lineno} (truncated or corrupt)"
                yield Result.failed(Origin(path), _unreadable(what, exc))
                return
            if not line:
                return
            lineno += 1
            if over and opts.max_bytes is not None:
                yield Result.failed(origin, InputTooLargeError(size, opts.max_bytes))
                continue
            if not line.strip():
                continue
            try:
                yield dump_from_record(_json_record(line), origin, opts.field, opts.url)
            except InputError as exc:
                yield Result.failed(origin, exc)
    finally:
        if path != "-":
            raw.close()


# A charset that the page declares itself, which outranks the HTTP header's
# here (the decoder reads it); only its presence matters.
_DECLARED_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset|<\?xml[^>]{0,100}?encoding", re.I)
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{2,40})""", re.I)
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _header_charset(content_type: str) -> str | None:
    """The codec named by the ``charset`` of a Content-Type header, read as the
    page decoder reads a declared charset (None for no character set)."""
    match = _CHARSET_PARAM.search(content_type)
    if match is None:
        return None
    return codec_for(match.group(1))


def with_header_charset(data: bytes, content_type: str) -> str | bytes:
    """``data`` decoded with the charset of its HTTP Content-Type header when
    nothing in the bytes says otherwise; else ``data`` unchanged.

    A byte-order mark, a charset declared in the page, and bytes that are
    valid UTF-8 (a header's ``ISO-8859-1`` is often a server's default, not
    the page's) all outrank the header; so do bytes that the header's
    charset cannot decode.
    """
    codec = _header_charset(content_type)
    if codec is None or codec == "utf-8" or data.startswith(_BOMS) or looks_binary(data):
        return data
    if _DECLARED_CHARSET.search(data[:8192]):
        return data
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return data


def _warc(path: str, opts: SourceOptions) -> Iterator[Dump | Result]:
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield Result.failed(Origin(path), MissingDependency("WARC files", "warc"))
        return
    try:
        fh = _open_binary(path)
    except (OSError, ValueError) as exc:
        yield Result.failed(Origin(path), _unreadable(repr(path), exc))
        return
    count = 0
    seen = 0  # records of any type
    try:
        records = iter(ArchiveIterator(fh))
        while True:
            try:
                record = next(records, None)
                if record is None:
                    if not seen:
                        what = f"{path!r} as a WARC file: it holds no records"
                        yield Result.failed(
                            Origin(path), UnreadableInputError(f"cannot read {what}")
                        )
                    return
                seen += 1
                if seen == 1 and not _warc_start(record):
                    what = f"{path!r} as a WARC file: it is not a WARC or ARC file"
                    yield Result.failed(Origin(path), UnreadableInputError(f"cannot read {what}"))
                    return
                if record.rec_type not in ("response", "resource"):
                    continue
                headers = record.http_headers if record.http_headers else record.rec_headers
                content_type = headers.get_header("Content-Type") or ""
                ctype = content_type.split(";")[0].strip().lower()
                if ctype and ctype not in _TEXTUAL:
                    continue  # images, scripts, style sheets: not articles
                count += 1
                origin = Origin(path, record_id=record.rec_headers.get_header("WARC-Record-ID"))
                # ARC records name their URL in a "uri" field.
                target = record.rec_headers.get_header("WARC-Target-URI")
                if target is None and record.format == "arc":
                    target = record.rec_headers.get_header("uri")
                url = clean_url(target, opts.url)
                try:
                    data = read_limited(record.content_stream(), opts.max_bytes)
                except NewsparseError as exc:
                    yield Result.failed(origin, exc)
                    continue
                if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than declared
                    what = f"record {origin.record_id} in {path!r} (truncated)"
                    yield Result.failed(origin, UnreadableInputError(f"cannot read {what}"))
                    continue
            except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
                what = f"{path!r} after {count} records (truncated or corrupt)"
                if not seen:
                    what = f"{path!r} as a WARC file: it is not a WARC or ARC file"
                yield Result.failed(Origin(path), _unreadable(what, exc))
                return
            yield Dump(with_header_charset(data, content_type), origin, url)
    finally:
        if path != "-":
            fh.close()


def _warc_start(record: Any) -> bool:
    """Whether the first record read is one a WARC or ARC file starts with:
    warcio reads any text as an ARC record, but an ARC file opens with its
    ``filedesc://`` record (which warcio calls ``arc_header``)."""
    return bool(record.format != "arc" or record.rec_type == "arc_header")


def _whole(path: str, opts: SourceOptions) -> Iterator[Dump | Result]:
    """One dump read here: standard input, or gzip data under another name."""
    origin = Origin(path)
    try:
        fh = _open_binary(path)
        try:
            if opts.input_format == "gzip" or is_gzip(fh):
                with gzip.GzipFile(fileobj=fh, mode="rb") as gz:
                    data = read_limited(gz, opts.max_bytes)
            else:
                data = read_limited(fh, opts.max_bytes)
        finally:
            if path != "-":
                fh.close()
    except NewsparseError as exc:
        yield Result.failed(origin, exc)
        return
    except (OSError, ValueError, EOFError, zlib.error) as exc:
        yield Result.failed(origin, _unreadable(repr(path), exc))
        return
    yield Dump(data, origin, opts.url)


_READERS = {"zip": _zip, "tar": _tar, "jsonl": _jsonl, "warc": _warc}


def from_file(path: str, opts: SourceOptions) -> Iterator[Dump | Result]:
    """The dumps of one file (or ``"-"``), by its kind."""
    kind = kind_of(path, opts.input_format)
    if kind == "gzip" and opts.input_format == "auto":
        kind = _gzipped_kind(path)
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
            if not is_file and not (is_link and _dangling(os.path.join(folder, name))):
                # FIFOs (opening one blocks), sockets, devices, and links to
                # them: never opened. A dangling link is taken, to be reported.
                continue
            if kind_of(name, opts.input_format) in _READERS:
                if not _excluded(rel_name, opts):
                    yield os.path.join(folder, name)
            elif _wanted(rel_name, opts):
                yield os.path.join(folder, name)
        stack.extend(reversed(subdirs))


def _dangling(link: str) -> bool:
    """Whether a symbolic link leads nowhere (or round in a loop)."""
    try:
        os.stat(link)
    except OSError:
        return True
    return False


def expand(
    inputs: Iterable[str | os.PathLike[str] | bytes | Mapping[str, Any] | Dump],
    opts: SourceOptions,
) -> Iterator[Dump | Result]:
    """Every dump in ``inputs``: paths (files, folders, archives, ``"-"``),
    bytes, JSON Lines-style mappings and :class:`Dump` objects."""
    opts = attrs.evolve(opts, url=clean_url(opts.url, None))
    for item in inputs:
        if isinstance(item, Dump):
            url = clean_url(item.url, opts.url)
            yield item if url == item.url else attrs.evolve(item, url=url)
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
