"""Reading an input's bytes from a path: bounded, whatever kind of file it is.

One reader for :func:`newsparse.load` and the batch workers: a FIFO is
opened without waiting for a writer, a regular file over the limit is
refused before it is read, anything else (a device, a pipe) is read up to
the limit, and gzip data can be decompressed on the way (recognised by its
magic bytes, whatever the file is called). Every failure is an
:class:`~newsparse.UnreadableInputError` or an
:class:`~newsparse.InputTooLargeError` naming the path.
"""

from __future__ import annotations

import gzip
import os
import stat
import zlib
from typing import IO, Protocol

from .._errors import InputTooLargeError, NewsparseError, UnreadableInputError

__all__ = ["GZIP_MAGIC", "is_gzip", "read_limited", "read_path"]

GZIP_MAGIC = b"\x1f\x8b"
_BLOCK = 1 << 20
# Opening a FIFO without O_NONBLOCK waits for a writer, possibly for ever.
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def read_limited(fh: _Readable, max_bytes: int | None) -> bytes:
    """Everything in ``fh``, read in blocks (a read of ``max_bytes`` at once
    would ask for that much memory up front, however little there is)."""
    blocks = []
    size = 0
    # One byte past the limit is enough to know the input is over it.
    while block := fh.read(_BLOCK if max_bytes is None else min(_BLOCK, max_bytes + 1 - size)):
        blocks.append(block)
        size += len(block)
        if max_bytes is not None and size > max_bytes:
            raise InputTooLargeError(size, max_bytes)
    return b"".join(blocks)


def is_gzip(fh: IO[bytes]) -> bool:
    """Whether a buffered binary stream starts with the gzip magic bytes
    (looked at without consuming them, so that pipes work too)."""
    peek = getattr(fh, "peek", None)
    if peek is None:  # pragma: no cover - every stream opened here is buffered
        return False
    return bytes(peek(2)[:2]) == GZIP_MAGIC


def _shown(path: str | os.PathLike[str]) -> str:
    try:
        return repr(os.fspath(path))
    except TypeError:
        return repr(path)


def read_path(
    path: str | os.PathLike[str], max_bytes: int | None, *, gunzip: bool = False
) -> bytes:
    """The bytes at ``path``, at most ``max_bytes`` of them; with ``gunzip``,
    gzip data comes back decompressed (the limit applies to what it gives)."""
    try:
        fd = os.open(os.fspath(path), os.O_RDONLY | _NONBLOCK | getattr(os, "O_BINARY", 0))
        try:
            fh = open(fd, "rb")  # noqa: SIM115 (closed below)
        except BaseException:  # a directory: open() refuses the fd but leaves it open
            os.close(fd)
            raise
        with fh:
            if _NONBLOCK:
                os.set_blocking(fd, True)
            if gunzip and is_gzip(fh):
                with gzip.GzipFile(fileobj=fh, mode="rb") as gz:
                    return read_limited(gz, max_bytes)
            info = os.fstat(fd)
            # A regular file is refused before it is read; the size of anything
            # else (a FIFO, /dev/zero) is only known by reading it, up to the limit.
            if stat.S_ISREG(info.st_mode) and max_bytes is not None and info.st_size > max_bytes:
                raise InputTooLargeError(info.st_size, max_bytes)
            return read_limited(fh, max_bytes)
    except NewsparseError:
        raise
    except OSError as exc:
        raise UnreadableInputError(f"cannot read {_shown(path)}: {exc.strerror or exc}") from exc
    except (ValueError, TypeError) as exc:  # a NUL or an unencodable character in the name
        raise UnreadableInputError(f"cannot read {_shown(path)}: {exc}") from exc
    except (EOFError, zlib.error) as exc:
        raise UnreadableInputError(
            f"cannot read {_shown(path)}: corrupt gzip data ({exc})"
        ) from exc
