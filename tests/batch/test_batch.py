"""parse_many: every input kind, provenance, error accounting, parallel runs."""

from __future__ import annotations

import concurrent.futures as cf
import gzip
import io
import json
import multiprocessing
import os
import pickle
import shutil
import signal
import tarfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import Dump, Origin, Result, parse_many
from newsparse._batch.pool import parse_stream
from newsparse._batch.sources import SourceOptions, expand, kind_of, walk

SEEDS = Path(__file__).parents[1] / "data" / "seeds"
NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


def seed_bytes(name: str) -> bytes:
    return (SEEDS / name).read_bytes()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of dumps: the seeds, a subfolder, a hidden file and a non-dump."""
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    for name in NAMES:
        shutil.copy(SEEDS / name, root / name)
    shutil.copy(SEEDS / NAMES[0], root / "sub" / "deeper" / "copy.txt")
    (root / ".hidden.txt").write_text("ignored")
    (root / "notes.md").write_text("Some notes\n\nnot a dump at all, but it is a file.")
    return root


def results_of(*inputs: object, **kwargs: object) -> list[Result]:
    return list(parse_many(inputs, jobs=1, **kwargs))  # type: ignore[arg-type]


def test_single_file_equals_parse() -> None:
    [result] = results_of(str(SEEDS / NAMES[0]))
    assert result.ok and result.error is None
    assert result.article == newsparse.parse(SEEDS / NAMES[0])
    assert result.origin == Origin(str(SEEDS / NAMES[0]))


def test_folder_is_walked_recursively_in_order(corpus: Path) -> None:
    results = results_of(corpus)
    paths = [r.origin.path for r in results]
    expected = [str(corpus / n) for n in [*NAMES, "notes.md"]]
    expected.append(str(corpus / "sub" / "deeper" / "copy.txt"))
    assert paths == expected  # name order, subfolders after files; hidden files skipped
    assert all(r.ok for r in results)


def test_include_and_exclude(corpus: Path) -> None:
    only_txt = [r.origin.path for r in results_of(corpus, include=["*.txt"])]
    assert not any(p.endswith("notes.md") for p in only_txt)
    assert len(only_txt) == len(NAMES) + 1
    no_sub = [r.origin.path for r in results_of(corpus, exclude=["sub"])]
    assert not any("deeper" in p for p in no_sub)
    by_path = [r.origin.path for r in results_of(corpus, include=["sub/*"])]
    assert by_path == [str(corpus / "sub" / "deeper" / "copy.txt")]


def test_links_to_folders_are_skipped(corpus: Path) -> None:
    (corpus / "sub" / "loop").symlink_to(corpus)
    paths = [r.origin.path or "" for r in results_of(corpus)]
    assert len(paths) == len(NAMES) + 2
    assert not any("loop" in p for p in paths)


def test_forced_input_format(tmp_path: Path) -> None:
    path = tmp_path / "dump.bin"
    path.write_bytes(gzip.compress(seed_bytes(NAMES[0])))
    [result] = results_of(path, input_format="gzip")
    assert result.article == newsparse.parse(seed_bytes(NAMES[0]))
    listing = tmp_path / "records.txt"
    listing.write_text(json.dumps({"text": seed_bytes(NAMES[0]).decode()}) + "\n")
    [record] = results_of(listing, input_format="jsonl")
    assert record.article == result.article and record.origin.line == 1


def test_zip_members_and_a_corrupt_member(tmp_path: Path) -> None:
    archive = tmp_path / "dumps.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        for name in NAMES:
            zf.writestr(f"dumps/{name}", seed_bytes(name))
        zf.writestr("dumps/", b"")  # a folder entry: not an input
        zf.writestr("__MACOSX/._x.txt", b"junk")
    # Flip a byte inside the second member's data: its CRC no longer matches.
    raw = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo(f"dumps/{NAMES[1]}")
    raw[info.header_offset + 30 + len(info.filename) + 100] ^= 0xFF
    archive.write_bytes(bytes(raw))

    results = results_of(archive)
    assert [r.origin.member for r in results] == [f"dumps/{n}" for n in NAMES]
    assert {r.origin.path for r in results} == {str(archive)}
    bad = results[1]
    assert not bad.ok and bad.error == "UnreadableInputError"
    assert "CRC" in (bad.message or "")
    assert all(r.ok for i, r in enumerate(results) if i != 1)
    assert results[0].article == newsparse.parse(seed_bytes(NAMES[0]))


def test_not_a_zip_is_one_failure(tmp_path: Path) -> None:
    fake = tmp_path / "fake.zip"
    fake.write_bytes(b"this is not a zip archive")
    [result] = results_of(fake)
    assert result.error == "UnreadableInputError" and "zip" in (result.message or "")


@pytest.mark.parametrize("suffix, mode", [(".tar", "w"), (".tar.gz", "w:gz"), (".tgz", "w:gz")])
def test_tar(tmp_path: Path, suffix: str, mode: str) -> None:
    archive = tmp_path / f"dumps{suffix}"
    with tarfile.open(archive, mode) as tf:  # type: ignore[call-overload]
        for name in NAMES:
            data = seed_bytes(name)
            info = tarfile.TarInfo(f"a/{name}")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    results = results_of(archive)
    assert [r.origin.member for r in results] == [f"a/{n}" for n in NAMES]
    assert all(r.ok for r in results)


def test_truncated_tar_gz_keeps_what_it_can(tmp_path: Path) -> None:
    archive = tmp_path / "dumps.tar.gz"
    with tarfile.open(archive, "w:gz") as tf:
        for name in NAMES:
            tf.add(SEEDS / name, arcname=name)
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) * 2 // 3])
    results = results_of(archive)
    good = [r for r in results if r.ok]
    bad = [r for r in results if not r.ok]
    assert 1 <= len(good) < len(NAMES)
    assert bad and all(r.error == "UnreadableInputError" for r in bad)
    assert "truncated or corrupt" in (bad[-1].message or "")


def test_gzip_file(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt.gz"
    path.write_bytes(gzip.compress(seed_bytes(NAMES[2])))
    [result] = results_of(path)
    assert result.article == newsparse.parse(seed_bytes(NAMES[2]))
    broken = tmp_path / "broken.txt.gz"
    broken.write_bytes(gzip.compress(seed_bytes(NAMES[2]))[:200])
    [failed] = results_of(broken)
    assert failed.error == "UnreadableInputError"


def test_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "dumps.jsonl"
    text = seed_bytes(NAMES[0]).decode()
    lines = [
        json.dumps({"id": "a1", "url": "https://news.cgtn.com/a", "html": text}),
        "",
        json.dumps({"text": text, "url": 5}),
        json.dumps({"content": text, "id": 7}),
        "{not json",
        json.dumps({"title": "no page here"}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines) + "\n")
    results = results_of(path)
    assert [r.origin.line for r in results] == [1, 3, 4, 5, 6, 7]
    assert [r.ok for r in results] == [True, True, True, False, False, False]
    assert results[0].origin.record_id == "a1"
    assert results[0].article is not None
    assert results[0].article.url == "https://news.cgtn.com/a"
    assert results[1].article is not None and results[1].article.url is None
    assert results[2].origin.record_id == "7"
    assert "invalid JSON" in (results[3].message or "")
    assert "'html', 'text' or 'content'" in (results[4].message or "")
    assert "not an object" in (results[5].message or "")
    # A named field, and the same file compressed.
    named = tmp_path / "named.jsonl.gz"
    named.write_bytes(gzip.compress(json.dumps({"page": text}).encode() + b"\n"))
    [result] = results_of(named, field="page")
    assert result.ok and result.article == results[1].article


def make_warc(path: Path) -> list[str]:
    """A WARC with two HTML responses, an image, a request and a plain-text resource."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ids = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.suffix == ".gz")
        for i, (ctype, body) in enumerate(
            [
                ("text/html; charset=utf-8", b"<html><body><h1>T</h1>" + b"<p>Words.</p>" * 9),
                ("image/png", b"\x89PNG\r\n\x1a\n" + bytes(50)),
                ("text/html", b"<html><body><h1>Second</h1>" + b"<p>More words.</p>" * 9),
            ]
        ):
            url = f"https://example.com/{i}"
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            req = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            )
            writer.write_record(req)
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
            if ctype.startswith("text/"):
                ids.append(record.rec_headers.get_header("WARC-Record-ID"))
        resource = writer.create_warc_record(
            "file:///dump.txt",
            "resource",
            payload=io.BytesIO(seed_bytes(NAMES[0])),
            warc_content_type="text/plain",
        )
        writer.write_record(resource)
        ids.append(resource.rec_headers.get_header("WARC-Record-ID"))
    return ids


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc(tmp_path: Path, name: str) -> None:
    pytest.importorskip("warcio")
    path = tmp_path / name
    ids = make_warc(path)
    results = results_of(path)
    assert [r.origin.record_id for r in results] == ids
    assert all(r.ok for r in results)
    urls = [r.article.url for r in results if r.article is not None]
    assert urls == ["https://example.com/0", "https://example.com/2", "file:///dump.txt"]
    assert results[2].article == newsparse.parse(seed_bytes(NAMES[0]), url="file:///dump.txt")
    # A WARC cut short: what was read is kept and the rest is one failure.
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 300])
    cut = results_of(path)
    assert [r.ok for r in cut][:2] == [True, True] and not cut[-1].ok


def test_memory_inputs() -> None:
    text = seed_bytes(NAMES[0]).decode()
    results = list(
        parse_many(
            [
                text.encode(),
                Dump(text, Origin("db", record_id="row-9"), url="https://x.org/a"),
                {"html": text, "url": "https://x.org/b"},
                {"nothing": 1},
            ],
            jobs=1,
        )
    )
    assert [r.ok for r in results] == [True, True, True, False]
    assert results[0].origin == Origin()
    assert results[1].origin.record_id == "row-9"
    assert [r.article.url for r in results[:3] if r.article] == [
        None,
        "https://x.org/a",
        "https://x.org/b",
    ]
    assert str(results[3].origin) == "<memory>"
    with pytest.raises(TypeError):
        list(parse_many([3.5], jobs=1))  # type: ignore[list-item]


def test_error_accounting(corpus: Path, tmp_path: Path) -> None:
    (corpus / "broken-link.txt").symlink_to(tmp_path / "nowhere.txt")
    (corpus / "big.txt").write_text("x" * 9000)
    missing = tmp_path / "missing.txt"
    results = results_of(corpus, missing, max_bytes=6000)
    failed = {Path(r.origin.path or "").name: r for r in results if not r.ok}
    assert set(failed) == {"broken-link.txt", "big.txt", "missing.txt", *NAMES[1:4]}
    assert failed["broken-link.txt"].error == "UnreadableInputError"
    assert failed["missing.txt"].error == "UnreadableInputError"
    assert failed["big.txt"].error == "InputTooLargeError"
    # Every input is accounted for exactly once.
    assert len(results) == len(list(walk(str(corpus), SourceOptions()))) + 1


def test_unknown_parser_fails_at_once() -> None:
    with pytest.raises(newsparse.UnknownParserError):
        parse_many([str(SEEDS / NAMES[0])], parser="nope")
    with pytest.raises(ValueError, match="jobs"):
        parse_many([], jobs=0)
    with pytest.raises(ValueError, match="input format"):
        parse_many([], input_format="rar")


def test_kind_of() -> None:
    assert kind_of("a.ZIP") == "zip"
    assert kind_of("a.tar.gz") == kind_of("a.tgz") == kind_of("a.tar.xz") == "tar"
    assert kind_of("a.warc.gz") == kind_of("a.warc") == "warc"
    assert kind_of("a.jsonl.gz") == kind_of("a.ndjson") == "jsonl"
    assert kind_of("a.html.gz") == "gzip"
    assert kind_of("a.html") == "file"
    assert kind_of("a.html", "jsonl") == "jsonl"


def test_results_pickle() -> None:
    [result] = results_of(str(SEEDS / NAMES[0]))
    again = pickle.loads(pickle.dumps(result))
    assert again == result
    assert again.article is not None and result.article is not None
    assert again.article.provenance == result.article.provenance


def many_inputs(tmp_path: Path, copies: int) -> list[str]:
    paths = []
    for i in range(copies):
        for name in NAMES:
            path = tmp_path / f"{i:03d}-{name}"
            path.write_bytes(seed_bytes(name))
            paths.append(str(path))
    paths.insert(7, str(tmp_path / "missing.txt"))
    return paths


def test_process_pool_matches_one_process(tmp_path: Path) -> None:
    paths = many_inputs(tmp_path, 4)
    one = list(parse_many(paths, jobs=1))
    two = list(parse_many(paths, jobs=2, chunk_size=2))
    assert two == one
    assert len(one) == len(paths) and sum(not r.ok for r in one) == 1
    unordered = list(parse_many(paths, jobs=2, chunk_size=1, ordered=False))
    key = lambda r: r.origin.path or ""  # noqa: E731
    assert sorted(unordered, key=key) == sorted(one, key=key)


def _crash_on_marker(dump: Dump, opts: object) -> Result:
    if dump.origin.path and os.path.basename(dump.origin.path) == "crash.txt":
        os._exit(3)
    return _real_parse_dump(dump, opts)  # type: ignore[arg-type]


_real_parse_dump = newsparse._batch.pool.parse_dump


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="patches workers through fork"
)
def test_a_crashing_worker_fails_only_its_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = many_inputs(tmp_path, 2)
    crash = tmp_path / "crash.txt"
    crash.write_bytes(seed_bytes(NAMES[0]))
    paths.insert(4, str(crash))
    monkeypatch.setattr(newsparse._batch.pool, "parse_dump", _crash_on_marker)
    dumps = expand(paths, SourceOptions())
    results = list(parse_stream(dumps, jobs=2, chunk_size=3, context="fork"))
    assert [r.origin.path for r in results] == paths
    failed = [r for r in results if not r.ok]
    assert {r.error for r in failed} == {"WorkerCrashedError", "UnreadableInputError"}
    assert [r.origin.path for r in failed if r.error == "WorkerCrashedError"] == [str(crash)]


def test_interrupt_keeps_what_finished(monkeypatch: pytest.MonkeyPatch) -> None:
    # KeyboardInterrupt while reading the inputs: results already parsed are
    # still handed out, then the interrupt goes on.
    def inputs() -> object:
        for i in range(40):
            if i == 30:
                raise KeyboardInterrupt
            yield seed_bytes(NAMES[i % len(NAMES)])

    seen: list[Result] = []
    with pytest.raises(KeyboardInterrupt):
        for result in parse_many(inputs(), jobs=2, chunk_size=4):  # type: ignore[arg-type]
            seen.append(result)
    assert 20 <= len(seen) <= 30 and all(r.ok for r in seen)
    assert [r.article for r in seen] == [
        newsparse.parse(seed_bytes(NAMES[i % len(NAMES)])) for i in range(len(seen))
    ]


def test_one_path_alone() -> None:
    [result] = list(parse_many(str(SEEDS / NAMES[0]), jobs=1))
    assert result.ok and result.origin.path == str(SEEDS / NAMES[0])
    [again] = list(parse_many(SEEDS / NAMES[0], jobs=1))
    assert again.article == result.article


class Shouting:
    """A parser registered at run time: workers must know it too."""

    name = "shouting"

    def detect(self, doc: newsparse.Document) -> float:
        return 0.0

    def parse(self, doc: newsparse.Document) -> newsparse.Article:
        return newsparse.Article(title=doc.lines[0].text.upper(), parser="shouting")


def test_parsers_registered_at_run_time_reach_the_workers(tmp_path: Path) -> None:
    paths = many_inputs(tmp_path, 4)[8:]
    newsparse.register(Shouting)
    try:
        results = list(parse_many(paths, jobs=2, chunk_size=2, parser="shouting"))
    finally:
        newsparse.unregister("shouting")
    assert all(r.ok and r.article and r.article.parser == "shouting" for r in results)


class Stalling:
    """A parser that stalls on some inputs: in Python code ("SLEEP", which a
    signal stops) or as a native call that no signal reaches ("STUCK": SIGALRM
    blocked, then a long sleep)."""

    name = "stalling"

    def detect(self, doc: newsparse.Document) -> float:
        return 0.0

    def parse(self, doc: newsparse.Document) -> newsparse.Article:
        first = doc.lines[0].text
        if first.startswith("STUCK"):
            signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
            time.sleep(600)
        elif first.startswith("SLEEP"):
            time.sleep(600)
        return newsparse.Article(title=first, parser="stalling")


@pytest.fixture
def stalling() -> Iterator[None]:
    newsparse.register(Stalling)
    yield
    newsparse.unregister("stalling")


def stall_inputs(kinds: dict[int, str], count: int = 24) -> list[Dump]:
    return [
        Dump(f"{kinds.get(i, 'Title')} {i}\n\nSome words.", Origin(f"in-{i}")) for i in range(count)
    ]


def assert_timeouts(results: list[Result], dumps: list[Dump], failed: set[int]) -> None:
    assert [r.origin for r in results] == [d.origin for d in dumps]  # all, in order
    for i, result in enumerate(results):
        if i in failed:
            assert result.error == "ParseTimeoutError", (i, result)
            assert "gave up after 1 s" in (result.message or "")
        else:
            assert result.ok and result.article is not None, (i, result)
            assert result.article.title == f"Title {i}"


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="needs POSIX signals")
@pytest.mark.parametrize("ordered", [True, False])
def test_a_stuck_worker_is_killed_and_the_run_goes_on(stalling: None, ordered: bool) -> None:
    # 5 is stuck where no signal reaches: the parent kills its worker, the
    # rest of its chunk is parsed again one by one; 13 stops at its alarm.
    dumps = stall_inputs({5: "STUCK", 13: "SLEEP"})
    started = time.monotonic()
    results = list(
        parse_stream(dumps, jobs=2, chunk_size=3, parser="stalling", timeout=1, ordered=ordered)
    )
    assert time.monotonic() - started < 60  # not the 600 s of the stalls
    if not ordered:
        results.sort(key=lambda r: int((r.origin.path or "").split("-")[1]))
    assert_timeouts(results, dumps, {5, 13})


def test_time_limit_in_one_process(stalling: None) -> None:
    dumps = stall_inputs({2: "SLEEP"}, count=5)
    results = list(parse_many(dumps, jobs=1, parser="stalling", timeout=1))
    assert_timeouts(results, dumps, {2})


def test_timeout_values() -> None:
    from newsparse._batch.pool import time_limit

    assert time_limit(0, "auto") == 10.0
    assert time_limit(10_000_000, "auto") == 50.0
    assert time_limit(10_000_000, 3.5) == 3.5
    assert time_limit(10_000_000, None) is None
    for bad in (0, -1, "soon", True):
        with pytest.raises(ValueError, match="timeout"):
            parse_many([], timeout=bad)  # type: ignore[arg-type]
    error = newsparse._batch.pool.ParseTimeoutError(2.5)
    again = pickle.loads(pickle.dumps(error))
    assert again.limit == 2.5 and str(again) == str(error)


@pytest.mark.parametrize("ordered", [True, False])
def test_a_pool_broken_between_two_submits_is_recovered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ordered: bool
) -> None:
    # The pool breaks (every worker killed) just before the third submit,
    # which then raises BrokenProcessPool: the run must go on regardless.
    paths = many_inputs(tmp_path, 3)
    real_submit = cf.ProcessPoolExecutor.submit
    calls = 0

    def submit(self: cf.ProcessPoolExecutor, *args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 3:
            for proc in list(self._processes.values()):  # type: ignore[attr-defined]
                proc.kill()
            deadline = time.monotonic() + 30
            while not self._broken and time.monotonic() < deadline:  # type: ignore[attr-defined]
                time.sleep(0.01)
        return real_submit(self, *args, **kwargs)

    monkeypatch.setattr(cf.ProcessPoolExecutor, "submit", submit)
    results = list(parse_many(paths, jobs=2, chunk_size=2, ordered=ordered))
    key = lambda r: r.origin.path or ""  # noqa: E731
    expected = list(parse_many(paths, jobs=1))
    if not ordered:
        results.sort(key=key)
        expected.sort(key=key)
    # The chunks in flight were parsed again, one input at a time: nothing lost.
    assert calls > 3 and results == expected


def test_default_chunks_start_small_then_grow() -> None:
    """Without a chunk size, the first three chunks per worker hold 16 dumps (every
    worker gets work at once on a small run), the rest 64 (fewer chunks for the
    parent to send and collect); a given chunk size is kept as it is."""
    from newsparse._batch.pool import CHUNK_SIZE, LEAD_CHUNK_SIZE, _chunks

    dumps = [Dump(b"x", Origin(str(i))) for i in range(1000)]
    sizes = [len(c) for c in _chunks(iter(dumps), CHUNK_SIZE, lead=6)]
    assert sizes[:6] == [LEAD_CHUNK_SIZE] * 6 == [16] * 6
    assert sizes[6:-1] == [64] * len(sizes[6:-1])
    assert sum(sizes) == 1000
    assert [len(c) for c in _chunks(iter(dumps[:10]), 3)] == [3, 3, 3, 1]


def test_default_chunking_keeps_every_input_in_order(tmp_path: Path) -> None:
    # More dumps than the lead chunks hold: the grown chunks come back in order too.
    paths = []
    for i in range(150):
        path = tmp_path / f"{i:04d}.txt"
        path.write_text(f"Headline number {i}\n\n" + "A sentence of the body. " * 20)
        paths.append(str(path))
    results = list(parse_many(paths, jobs=2))
    assert [r.origin.path for r in results] == paths
    assert all(r.ok for r in results)
