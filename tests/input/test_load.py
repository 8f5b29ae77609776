"""Loading input: newsparse.load and the size limit on paths."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse import Document

PARA = "Officials agreed that the new plan would help local farmers and small firms grow. "


def test_path_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text(PARA * 10, encoding="utf-8")
    with pytest.raises(newsparse.InputTooLargeError):
        newsparse.parse(path, max_bytes=10)


def test_load_gives_documents() -> None:
    doc = newsparse.load("<html><body><h1>Title here</h1><p>" + PARA + "</p></body></html>")
    assert doc.kind == "html" and doc.lines[0].tag == "h1"
    doc = newsparse.load(b"\x89PNG\r\n\x1a\n")
    assert doc.kind == "text" and doc.lines == () and doc.meta["binary"] == "PNG image"
    assert newsparse.load(bytearray(b"Hello")).text == "Hello"
    assert newsparse.load(memoryview(b"Hello")).text == "Hello"
    assert Document.from_text("a\n\nb").joined() == "a\n\nb"
