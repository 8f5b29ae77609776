"""How batch inputs are found and read: hostile names, sizes, files and formats."""

from __future__ import annotations

import gzip
import io
import json
import os
import socket
import sys
import tarfile
import threading
import time
import tracemalloc
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsparse
from newsparse import Dump, Origin, Result, parse_many
from newsparse._batch.sources import (
    SourceOptions,
    expand,
    walk,
    with_header_charset,
)
from newsparse._input.read import read_path
from newsparse.cli import _build_parser, _paths

SEEDS = Path(__file__).parents[1] / "data" / "seeds"
NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
TEXT = (SEEDS / NAMES[0]).read_text(encoding="utf-8")


def results_of(*inputs: object, **kwargs: object) -> list[Result]:
    return list(parse_many(inputs, jobs=1, **kwargs))  # type: ignore[arg-type]


def record(**fields: object) -> str:
    return json.dumps({"text": TEXT, **fields})


# ---------------------------------------------------------------- tar


def tar_bytes(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def declare_size(archive: bytes, size: int) -> bytes:
    """The archive with its first header claiming ``size`` bytes (GNU base-256)."""
    data = bytearray(archive)
    data[124:136] = b"\x80" + size.to_bytes(11, "big")
    header = data[:512]
    header[148:156] = b" " * 8
    data[148:156] = b"%06o\0 " % sum(header)
    return bytes(data)


HUGE = 2**70  # tarfile skipped a member by counting 10 KB blocks up to this


@pytest.mark.parametrize("max_bytes", [20_000_000, None])
@pytest.mark.parametrize("first", ["dump.txt", ".hidden.txt"])
def test_tar_header_declaring_a_huge_member_does_not_stall(
    tmp_path: Path, max_bytes: int | None, first: str
) -> None:
    path = tmp_path / "lying.tar"
    path.write_bytes(
        declare_size(tar_bytes([(first, b"short"), ("next.txt", TEXT.encode())]), HUGE)
    )
    start = time.monotonic()
    [result] = results_of(path, max_bytes=max_bytes)
    assert time.monotonic() - start < 10
    assert result.error == "UnreadableInputError"
    assert "truncated or corrupt" in (result.message or "")
    # A member that was taken is named; a skipped one is not an input.
    assert result.origin == Origin(str(path), member=None if first.startswith(".") else first)


def test_tar_member_over_max_bytes_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "dumps.tar.gz"
    big = b"x" * 50_000
    with tarfile.open(path, "w:gz") as tf:
        for name, data in [("big.txt", big), ("ok.txt", TEXT.encode())]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    big_result, ok = results_of(path, max_bytes=10_000)
    assert big_result.origin.member == "big.txt"
    assert big_result.error == "InputTooLargeError" and "50000 bytes" in (big_result.message or "")
    assert ok.ok and ok.article == newsparse.parse(TEXT)


def test_tar_cut_inside_a_member_is_one_failure(tmp_path: Path) -> None:
    data = tar_bytes([("a.txt", TEXT.encode()), ("b.txt", TEXT.encode() * 4)])
    path = tmp_path / "cut.tar"
    a_end = 512 + -(-len(TEXT.encode()) // 512) * 512
    path.write_bytes(data[: a_end + 512 + 100])  # a.txt whole, b.txt's header and a bit
    first, cut = results_of(path)
    assert first.ok and first.origin.member == "a.txt"
    assert cut.origin.member == "b.txt" and cut.error == "UnreadableInputError"


def test_tar_member_name_in_latin_1_is_kept(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT, encoding="latin-1") as tf:
        info = tarfile.TarInfo("caf\xe9.txt")
        info.size = len(TEXT.encode())
        tf.addfile(info, io.BytesIO(TEXT.encode()))
    path = tmp_path / "latin.tar"
    path.write_bytes(buf.getvalue())
    [result] = results_of(path)
    assert result.ok
    assert result.origin.member == "caf\udce9.txt"
    assert os.fsencode(result.origin.member) == b"caf\xe9.txt"


# ---------------------------------------------------------------- folders


@pytest.fixture
def opened_fifos() -> Iterator[tuple[list[str], list[str]]]:
    """Paths of FIFOs to watch, and those a reader opened (unblocking it)."""
    watched: list[str] = []
    opened: list[str] = []
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.05):
            for path in watched:
                try:  # succeeds only while someone has the FIFO open for reading
                    fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
                except OSError:
                    continue
                opened.append(path)
                os.close(fd)  # the reader sees the end of the data

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    yield watched, opened
    done.set()
    thread.join()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifos_sockets_and_links_to_them_are_never_opened(
    tmp_path: Path, opened_fifos: tuple[list[str], list[str]]
) -> None:
    watched, opened = opened_fifos
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(TEXT, encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    watched.append(str(fifo))
    os.mkfifo(root / "direct.txt")
    watched.append(str(root / "direct.txt"))
    (root / "link.txt").symlink_to(fifo)
    (root / "link.jsonl").symlink_to(fifo)
    (root / "null.txt").symlink_to(os.devnull)
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(root / "sock.txt"))
        (root / "sock-link.txt").symlink_to(root / "sock.txt")
        (root / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
        found = list(walk(str(root), SourceOptions()))
        assert found == [str(root / "a.txt"), str(root / "dangling.txt")]
        results = results_of(root)
    finally:
        sock.close()
    assert [(Path(r.origin.path or "").name, r.error) for r in results] == [
        ("a.txt", None),
        ("dangling.txt", "UnreadableInputError"),
    ]
    assert opened == []


def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    root = os.fsencode(tmp_path / "corpus")
    os.mkdir(root)
    name = os.path.join(root, b"caf\xe9-\xff.txt")
    with open(name, "wb") as fh:
        fh.write(TEXT.encode())
    [result] = results_of(os.fsdecode(root))
    assert result.ok and result.article == newsparse.parse(TEXT)
    assert result.origin.path is not None
    assert os.fsencode(result.origin.path) == name


def test_files_from_with_a_name_that_is_not_utf8(tmp_path: Path) -> None:
    name = os.path.join(os.fsencode(tmp_path), b"\xe9t\xe9.txt")
    with open(name, "wb") as fh:
        fh.write(TEXT.encode())
    listing = tmp_path / "list.txt"
    listing.write_bytes(name + b"\r\n\n" + os.fsencode(tmp_path / "other.txt") + b"\n")
    args = _build_parser().parse_args(["parse", "--files-from", str(listing)])
    paths = list(_paths(args))
    assert [os.fsencode(p) for p in paths] == [name, os.fsencode(tmp_path / "other.txt")]
    found, missing = results_of(*paths)
    assert found.ok and found.article == newsparse.parse(TEXT)
    assert missing.error == "UnreadableInputError"


# ---------------------------------------------------------------- zip


def zip_with_bad_utf8_name() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("good.txt", TEXT)
        zf.writestr("cafX.txt", TEXT)
    data = bytearray(buf.getvalue().replace(b"cafX.txt", b"caf\xff.txt"))
    # Flag both headers of that entry as UTF-8 (general purpose bit 11).
    local = data.find(b"PK\x03\x04", 1)  # the second entry's headers
    central = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02") + 1)
    data[local + 7] |= 0x08
    data[central + 9] |= 0x08
    return bytes(data)


def test_zip_entry_with_a_broken_utf8_name_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "names.zip"
    path.write_bytes(zip_with_bad_utf8_name())
    after = tmp_path / "z-after.txt"
    after.write_text(TEXT, encoding="utf-8")
    broken, ok = results_of(path, after)
    assert broken.origin == Origin(str(path))
    assert broken.error == "UnreadableInputError"
    assert "not UTF-8" in (broken.message or "")
    assert ok.ok


# ---------------------------------------------------------------- JSON Lines


def test_json_lines_keeps_lone_surrogates_and_survives_deep_nesting(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    lines = [
        # JSON escapes of lone surrogates, as json.dumps writes them.
        json.dumps({"id": "\ud800", "url": "https://example.com/\udc00", "text": TEXT}),
        "[" * 100_000 + "]" * 100_000,
        "{" * 100_000,
        record(id="after"),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, deep, unclosed, after = results_of(path)
    assert first.ok and first.origin.record_id == "\ud800"
    assert first.article is not None and first.article.url == "https://example.com/\udc00"
    assert (deep.origin.line, deep.error) == (2, "InputError")
    assert "nested too deeply" in (deep.message or "")
    assert (unclosed.origin.line, unclosed.error) == (3, "InputError")
    assert after.ok and after.origin == Origin(str(path), record_id="after", line=4)


@pytest.mark.parametrize("name", ["big.jsonl", "big.jsonl.gz"])
def test_json_lines_line_over_max_bytes_is_skipped_in_bounded_memory(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    huge = record(id="huge", pad="x" * 32_000_000).encode()
    data = b"\n".join([record(id="a").encode(), huge, record(id="b").encode()]) + b"\n"
    path.write_bytes(gzip.compress(data, 1) if name.endswith(".gz") else data)
    size = len(huge) + 1  # with its newline
    del data, huge
    opts = SourceOptions(max_bytes=100_000)
    tracemalloc.start()
    try:
        items = list(expand([str(path)], opts))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000  # the whole 32 MB line was read before
    assert [type(i).__name__ for i in items] == ["Dump", "Result", "Dump"]
    failed = items[1]
    assert isinstance(failed, Result)
    assert failed.origin == Origin(str(path), line=2)
    assert failed.error == "InputTooLargeError"
    assert f"input of {size} bytes" in (failed.message or "")  # the whole line, counted
    assert isinstance(items[2], Dump) and items[2].origin.line == 3


def test_json_lines_line_of_exactly_max_bytes_is_taken(tmp_path: Path) -> None:
    line = record(id="x").encode()
    path = tmp_path / "exact.jsonl"
    path.write_bytes(line + b"\n" + line)  # the last line has no newline
    results = results_of(path, max_bytes=len(line))
    assert [r.ok for r in results] == [True, True]
    [over, _] = results_of(path, max_bytes=len(line) - 1)
    assert over.error == "InputTooLargeError"


def test_record_urls_are_stripped_or_dropped(tmp_path: Path) -> None:
    path = tmp_path / "urls.jsonl"
    urls: list[object] = ["  https://example.com/a \n", "", " \t ", 7, None]
    path.write_text("\n".join(record(url=u) for u in urls) + "\n", encoding="utf-8")
    with pytest.warns(newsparse.NewsparseWarning, match="url is dropped"):
        results = results_of(path)
    assert all(r.ok for r in results)
    assert [r.article.url for r in results if r.article] == [
        "https://example.com/a",
        None,
        None,
        None,
        None,
    ]
    with pytest.warns(newsparse.NewsparseWarning):
        defaulted = results_of(path, url=" https://example.com/default ")
    assert [r.article.url for r in defaulted if r.article][1:] == [
        "https://example.com/default"
    ] * 4


def test_dump_and_mapping_urls_are_cleaned() -> None:
    results = results_of(Dump(TEXT, url=" https://example.com/d "), {"text": TEXT, "url": "\t"})
    assert [r.article.url for r in results if r.article] == ["https://example.com/d", None]


def test_a_url_warning_made_an_error_does_not_end_the_run(tmp_path: Path) -> None:
    path = tmp_path / "urls.jsonl"
    path.write_text(record(url="") + "\n" + record(url=" ") + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        results = results_of(path)
    assert [r.ok for r in results] == [True, True]


# ---------------------------------------------------------------- gzip by magic


def test_gzip_data_is_recognised_by_its_magic_bytes(tmp_path: Path) -> None:
    page = tmp_path / "page.html"  # e.g. saved with Content-Encoding: gzip
    page.write_bytes(gzip.compress(TEXT.encode()))
    assert read_path(str(page), None, gunzip=True) == TEXT.encode()
    records = tmp_path / "records.jsonl"  # a .jsonl that is gzipped
    records.write_bytes(gzip.compress((record(id="1") + "\n" + record(id="2")).encode()))
    plain = tmp_path / "plain.jsonl.gz"  # and one that is not
    plain.write_text(record(id="3") + "\n", encoding="utf-8")
    results = results_of(page, records, plain)
    assert all(r.ok for r in results)
    assert [r.origin.record_id for r in results] == [None, "1", "2", "3"]
    assert results[0].article == newsparse.parse(TEXT)


def test_gz_file_holding_json_lines_or_a_tar(tmp_path: Path) -> None:
    lines = (record(id="1") + "\n" + record(id="2") + "\n").encode()
    named = tmp_path / "export-1.gz"  # the header keeps the name export.jsonl
    with open(named, "wb") as raw, gzip.GzipFile("export.jsonl", "wb", fileobj=raw) as gz:
        gz.write(lines)
    anonymous = tmp_path / "export-2.gz"  # no stored name: the contents say JSON Lines
    anonymous.write_bytes(gzip.compress(lines))
    tarred = tmp_path / "dumps.gz"
    tarred.write_bytes(gzip.compress(tar_bytes([("a.txt", TEXT.encode())])))
    dump = tmp_path / "one.txt.gz"
    dump.write_bytes(gzip.compress(b'{"a json dump": 1}'))
    results = results_of(named, anonymous, tarred, dump)
    assert [(r.origin.line, r.origin.member, r.origin.record_id) for r in results] == [
        (1, None, "1"),
        (2, None, "2"),
        (1, None, "1"),
        (2, None, "2"),
        (None, "a.txt", None),
        (None, None, None),
    ]
    assert all(r.ok for r in results)


def test_gzipped_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(gzip.compress(TEXT.encode()))))
    monkeypatch.setattr(sys, "stdin", stdin)
    [result] = results_of("-")
    assert result.ok and result.article == newsparse.parse(TEXT)


# ---------------------------------------------------------------- WARC


def write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.suffix == ".gz")
        for i, (ctype, body) in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                f" https://example.com/{i} ",
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
            )
            writer.write_record(rec)


@pytest.mark.parametrize(
    "content", [b"", b"hello, this is not a WARC\nline two\n", b"\x00\x01binary"]
)
def test_warc_that_is_not_a_warc_is_one_failure(tmp_path: Path, content: bytes) -> None:
    pytest.importorskip("warcio")
    path = tmp_path / "fake.warc"
    path.write_bytes(content)
    [result] = results_of(path)
    assert result.origin == Origin(str(path))
    assert result.error == "UnreadableInputError"
    assert "WARC" in (result.message or "")


def test_arc_files_are_still_read(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    body = b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n" + TEXT.encode()
    version = b"1 0 test\nURL IP-address Archive-date Content-type Archive-length\n"
    path = tmp_path / "old.arc"
    path.write_bytes(
        b"filedesc://old.arc 0.0.0.0 20240101000000 text/plain %d\n" % len(version)
        + version
        + b"\nhttp://example.com/a 1.2.3.4 20240101000000 text/plain %d\n" % len(body)
        + body
        + b"\n"
    )
    [result] = results_of(path)
    assert result.ok and result.article is not None
    assert result.article.url == "http://example.com/a"
    assert result.article.body == newsparse.parse(TEXT).body


RUSSIAN = (
    "<html><head><title>Новости дня</title></head><body><h1>Новости дня</h1>"
    + "<p>Москва сегодня приняла новый закон о городских парках и скверах.</p>" * 6
    + "</body></html>"
)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_http_charset_decodes_the_page(tmp_path: Path, name: str) -> None:
    pytest.importorskip("warcio")
    path = tmp_path / name
    write_warc(path, [("text/html; charset=windows-1251", RUSSIAN.encode("cp1251"))])
    [result] = results_of(path)
    assert result.ok and result.article is not None
    assert result.article == newsparse.parse(RUSSIAN, url="https://example.com/0")
    assert result.article.title == "Новости дня"


def test_header_charset_yields_to_what_the_page_says() -> None:
    cp1251 = RUSSIAN.encode("cp1251")
    header = "text/html; charset=windows-1251"
    assert with_header_charset(cp1251, header) == RUSSIAN
    assert with_header_charset(cp1251, 'text/html; charset="CP1251"') == RUSSIAN
    # Left to the decoder: a charset in the page, a BOM, valid UTF-8, no or
    # an unknown charset, UTF-8 named, bytes the charset cannot decode, binary.
    declared = b'<meta charset="koi8-r">' + RUSSIAN.encode("koi8-r")
    assert with_header_charset(declared, header) == declared
    xml = b'<?xml version="1.0" encoding="koi8-r"?>' + RUSSIAN.encode("koi8-r")
    assert with_header_charset(xml, header) == xml
    bom = b"\xef\xbb\xbf" + RUSSIAN.encode()
    assert with_header_charset(bom, header) == bom
    utf8 = RUSSIAN.encode()
    assert with_header_charset(utf8, "text/html; charset=iso-8859-1") == utf8
    assert with_header_charset(cp1251, "text/html") == cp1251
    assert with_header_charset(cp1251, "text/html; charset=no-such-thing") == cp1251
    assert with_header_charset(b"caf\xe9 \x98", "text/plain; charset=windows-1251") == (
        b"caf\xe9 \x98"
    )
    png = b"\x89PNG\r\n\x1a\n\xff"
    assert with_header_charset(png, header) == png
    # Labels as browsers read them: ISO-8859-1 is Windows-1252, GB2312 is GB18030.
    assert with_header_charset("café “q”".encode("cp1252"), "text/plain; charset=ISO-8859-1") == (
        "café “q”"
    )
    assert with_header_charset("新闻".encode("gb18030"), "text/html; charset=gb2312") == "新闻"


@pytest.mark.parametrize("label", ["base64", "hex", "zlib", "undefined", "no-such-charset"])
def test_a_header_charset_that_is_no_character_set_is_ignored(label: str) -> None:
    data = "Привет, мир".encode("cp1251")
    assert with_header_charset(data, f"text/html; charset={label}") == data


def test_header_charsets_are_read_as_browsers_read_them() -> None:
    data = "café “quoted”".encode("cp1252")
    assert with_header_charset(data, "text/html; charset=ISO-8859-1") == "café “quoted”"
