"""The one bounded reader of input files (newsparse.load and the batch workers)."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from newsparse import InputTooLargeError, UnreadableInputError
from newsparse._input.read import read_limited, read_path


def test_a_regular_file_over_the_limit_is_refused_with_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5000)
    with pytest.raises(InputTooLargeError) as err:
        read_path(big, 1000)
    assert (err.value.size, err.value.limit) == (5000, 1000)
    assert read_path(big, 5000) == b"x" * 5000
    assert read_path(big, None) == b"x" * 5000


def test_gzip_is_decompressed_only_when_asked(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(gzip.compress(b"<p>hello</p>"))
    assert read_path(page, None, gunzip=True) == b"<p>hello</p>"
    assert read_path(page, None).startswith(b"\x1f\x8b")


def test_the_limit_applies_to_what_gzip_data_gives(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.gz"
    bomb.write_bytes(gzip.compress(b"\0" * 3_000_000))
    with pytest.raises(InputTooLargeError) as err:
        read_path(bomb, 2_000_000, gunzip=True)
    assert err.value.size == 2_000_001


def test_corrupt_gzip_is_unreadable(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gz"
    bad.write_bytes(gzip.compress(b"hello " * 100)[:30])
    with pytest.raises(UnreadableInputError, match="corrupt gzip data"):
        read_path(bad, None, gunzip=True)


def test_missing_files_directories_and_bad_names_are_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInputError, match="cannot read"):
        read_path(tmp_path / "missing.txt", None)
    with pytest.raises(UnreadableInputError, match="cannot read"):
        read_path(tmp_path, None)
    with pytest.raises(UnreadableInputError, match="cannot read"):
        read_path("a\0b", None)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_without_a_writer_is_read_as_empty_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert read_path(fifo, 1000) == b""


class _Counting:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.asked: list[int] = []

    def read(self, size: int = -1, /) -> bytes:
        self.asked.append(size)
        out, self.data = self.data[:size], self.data[size:]
        return out


def test_read_limited_never_asks_for_more_than_one_byte_past_the_limit() -> None:
    stream = _Counting(b"y" * 100)
    with pytest.raises(InputTooLargeError) as err:
        read_limited(stream, 10)
    assert stream.asked == [11] and err.value.size == 11
    assert read_limited(_Counting(b"abc"), None) == b"abc"
