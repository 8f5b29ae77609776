"""`newsparse parse` at scale: folders, archives, output formats, errors, interruption."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import newsparse
from newsparse import Origin, Result
from newsparse._batch.sinks import Record, Renderer
from newsparse.cli import main

SEEDS = Path(__file__).parents[1] / "data" / "seeds"
NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
SRC = str(Path(newsparse.__file__).resolve().parent.parent)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "nested").mkdir(parents=True)
    for name in NAMES:
        shutil.copy(SEEDS / name, root / name)
    with zipfile.ZipFile(root / "nested" / "more.zip", "w") as zf:
        zf.write(SEEDS / NAMES[0], "inside.txt")
    return root


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_folder_to_jsonl_file(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "articles.jsonl"
    assert main(["parse", str(corpus), "-o", str(out), "-j", "2"]) == 0
    records = read_jsonl(out)
    origins = [r["origin"] for r in records]
    assert origins[-1] == {
        "path": str(corpus / "nested" / "more.zip"),
        "member": "inside.txt",
        "record_id": None,
        "line": None,
    }
    assert [o["path"] for o in origins[:-1]] == [str(corpus / n) for n in NAMES]  # type: ignore[index]
    assert records[0]["title"] == newsparse.parse(SEEDS / NAMES[0]).title
    err = capsys.readouterr().err
    assert "6 inputs: 6 parsed, 0 failed" in err
    assert no_temp_files(tmp_path)


def test_errors_are_reported_and_counted(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "link.txt").symlink_to(tmp_path / "gone.txt")
    (corpus / "bad.zip").write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "out.jsonl"
    errors = tmp_path / "errors.jsonl"
    argv = ["parse", str(corpus), "-o", str(out), "--errors", str(errors), "-j", "1"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    written = read_jsonl(out)
    failures = read_jsonl(errors)
    assert len(written) == 6 and len(failures) == 2
    assert "8 inputs: 6 parsed, 2 failed" in err
    by_name = {Path(str(f["input"])).name: f for f in failures}
    assert set(by_name) == {"link.txt", "bad.zip"}
    assert by_name["link.txt"]["error"] == "UnreadableInputError"
    assert "cannot read" in str(by_name["link.txt"]["message"])
    assert by_name["bad.zip"]["origin"] == {
        "path": str(corpus / "bad.zip"),
        "member": None,
        "record_id": None,
        "line": None,
    }
    assert f"{corpus / 'link.txt'}: cannot read" in err


def test_quiet_has_no_summary(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(corpus), "-q", "-j", "1"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert len(captured.out.splitlines()) == 6


def test_json_output_is_one_valid_array(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.json"  # the format follows the suffix
    assert main(["parse", str(corpus), "-o", str(out), "-q"]) == 0
    records = json.loads(out.read_text(encoding="utf-8"))
    assert len(records) == 6 and records[0]["origin"]["path"] == str(corpus / NAMES[0])
    empty = tmp_path / "empty.json"
    assert main(["parse", str(corpus), "--include", "*.none", "-o", str(empty), "-q"]) == 0
    assert json.loads(empty.read_text()) == []


def test_csv_is_flat(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.csv"
    assert main(["parse", str(corpus / NAMES[0]), "-o", str(out), "-q", "--full"]) == 0
    with out.open(newline="", encoding="utf-8") as fh:
        [row] = list(csv.DictReader(fh))
    article = newsparse.parse(SEEDS / NAMES[0])
    assert row["origin_path"] == str(corpus / NAMES[0]) and row["origin_member"] == ""
    assert row["title"] == article.title
    assert row["authors"] == "; ".join(article.authors)
    assert row["body"] == article.text
    assert json.loads(row["captions"]) == [c.to_dict() for c in article.captions]
    assert json.loads(row["provenance"])  # --full adds the JSON columns


def test_markdown(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["parse", str(corpus / NAMES[0]), str(corpus / NAMES[2]), "--format", "markdown"]
    assert main([*argv, "-q"]) == 0
    text = capsys.readouterr().out
    first, second = text.split("\n---\n\n")
    a = newsparse.parse(SEEDS / NAMES[0])
    b = newsparse.parse(SEEDS / NAMES[2])
    assert first.startswith(f"# {a.title}\n") and second.startswith(f"# {b.title}\n")
    assert a.body[1].text in first
    assert f"- **Input:** {corpus / NAMES[0]}" in first


def test_parquet(corpus: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "articles.parquet"
    assert main(["parse", str(corpus), "-o", str(out), "-q"]) == 0
    rows = pq.read_table(out).to_pylist()
    assert len(rows) == 6
    article = newsparse.parse(SEEDS / NAMES[0])
    row = rows[0]
    assert row.pop("origin")["path"] == str(corpus / NAMES[0])
    # Dates are UTC timestamps (test_parquet.py checks their offset columns).
    assert (row["date"], row["updated"]) == (article.date, article.updated)
    row = {k: v for k, v in row.items() if not k.startswith(("date", "updated"))}
    assert newsparse.Article.from_dict(row) == attrs.evolve(article, date=None, updated=None)


def test_parquet_needs_a_file(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(corpus), "--format", "parquet"]) == 2
    assert "needs -o FILE" in capsys.readouterr().err


def test_json_lines_input_and_field(tmp_path: Path) -> None:
    dumps = tmp_path / "dumps.jsonl"
    text = (SEEDS / NAMES[0]).read_text(encoding="utf-8")
    dumps.write_text(json.dumps({"body_html": text, "url": "https://u/1"}) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(dumps), "--field", "body_html", "-o", str(out), "-q"]) == 0
    [record] = read_jsonl(out)
    assert record["url"] == "https://u/1" and record["origin"]["line"] == 1  # type: ignore[index]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["parse"], "no inputs"),
        (["parse", "-", "-"], "only once"),
        (["parse", "x", "-j", "0"], "--jobs must be at least 1"),
        (["parse", "x", "--parser", "nope"], "unknown parser 'nope'"),
        (["parse", "x", "--files-from", "/nonexistent/list"], "no such file"),
        (["parse", "x", "-o", "/nonexistent/dir/out.jsonl"], "cannot write output"),
    ],
)
def test_usage_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_bad_flag_is_exit_2() -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse", "x", "--format", "docx"])
    assert info.value.code == 2


def test_files_from(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{corpus / NAMES[1]}\n\n{corpus / NAMES[3]}\n")
    assert main(["parse", "--files-from", str(listing), "-q"]) == 0
    out = capsys.readouterr().out
    assert [json.loads(x)["origin"]["path"] for x in out.splitlines()] == [
        str(corpus / NAMES[1]),
        str(corpus / NAMES[3]),
    ]


def test_stdin_json_lines() -> None:
    text = (SEEDS / NAMES[0]).read_text(encoding="utf-8")
    stdin = "\n".join(json.dumps({"text": text, "id": i}) for i in range(3)) + "\n"
    run = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", "-", "--input-format", "jsonl", "-q"],
        input=stdin.encode(),
        capture_output=True,
        check=True,
        env={**os.environ, "PYTHONPATH": SRC},
    )
    records = [json.loads(x) for x in run.stdout.splitlines()]
    assert [r["origin"] for r in records] == [
        {"path": "-", "member": None, "record_id": str(i), "line": i + 1} for i in range(3)
    ]


def test_interrupt_keeps_finished_records_in_a_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article = newsparse.parse(SEEDS / NAMES[0])

    def fake_render_many(paths: object, render: Renderer, **kwargs: object) -> Iterator[Record]:
        for i in range(3):
            yield render(Result(Origin(f"in-{i}"), article))
        raise KeyboardInterrupt

    monkeypatch.setattr("newsparse.cli.render_many", fake_render_many)
    for fmt in ("jsonl", "json"):
        out = tmp_path / f"out.{fmt}"
        assert main(["parse", "x", "-o", str(out), "--errors", str(tmp_path / "e.jsonl")]) == 130
        assert not out.exists()  # no file under the final name that looks whole
        partial = Path(f"{out}.partial")
        text = partial.read_text(encoding="utf-8")
        records = json.loads(text) if fmt == "json" else [json.loads(x) for x in text.splitlines()]
        assert [r["origin"]["path"] for r in records] == ["in-0", "in-1", "in-2"]
        assert no_temp_files(tmp_path)
        assert "interrupted" in capsys.readouterr().err


def _wait_for(predicate: object, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.02)


BIG = 20_000


@pytest.fixture
def big_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "big"
    root.mkdir()
    data = [(SEEDS / n).read_bytes() for n in NAMES]
    # Enough that the run cannot finish before the signal, however fast parsing gets;
    # an interrupted run parses only a few hundred of them.
    for i in range(BIG):
        (root / f"{i:05d}.txt").write_bytes(data[i % len(data)])
    return root


@pytest.mark.parametrize(
    "sig, status", [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGKILL, -9)]
)
def test_real_interrupt_and_kill(
    big_corpus: Path, tmp_path: Path, sig: signal.Signals, status: int
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "articles.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsparse", "parse", str(big_corpus), "-o", str(out), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": SRC},
    )
    try:
        # Wait until some articles are written to the temporary file.
        _wait_for(lambda: any(p.stat().st_size > 20000 for p in out_dir.iterdir()))
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == status, err
    assert not out.exists()
    if sig != signal.SIGKILL:
        # SIGTERM stops as cleanly as Ctrl-C, with the same summary.
        assert (b"interrupted" if sig == signal.SIGINT else b"terminated") in err
        assert b"kept what finished" in err
        lines = Path(f"{out}.partial").read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines]  # every record whole
        assert 0 < len(records) < BIG
        # In input order, with nothing skipped.
        expected = [str(big_corpus / f"{i:05d}.txt") for i in range(len(records))]
        assert [r["origin"]["path"] for r in records] == expected
        assert no_temp_files(out_dir)
    else:
        # A killed run leaves only its hidden temporary file behind.
        assert [p.name.startswith(".articles.jsonl.") for p in out_dir.iterdir()] == [True]


def test_markdown_keeps_text_as_text() -> None:
    from newsparse import Article, Block
    from newsparse._batch.sinks import markdown

    article = Article(
        title="# Not a heading",
        body=(
            Block("paragraph", "1. Not a list"),
            Block("heading", "Sub"),
            Block("paragraph", "2025 was"),
        ),
    )
    text = markdown(Result(Origin("x.txt"), article))
    assert text.startswith("# \\# Not a heading\n")
    assert "\n1\\. Not a list\n" in text and "\n## Sub\n" in text and "\n2025 was\n" in text


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("tqdm")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    (corpus / "gone.txt").symlink_to(corpus / "nowhere")
    assert main(["parse", str(corpus), "-o", str(corpus.parent / "o.jsonl"), "-j", "1"]) == 1
    text = terminal.getvalue()
    assert "100%|" in text and "| 7/7 [" in text  # the bar, with the total counted
    assert "inputs/s, 1 failed]" in text
    assert "7 inputs: 6 parsed, 1 failed" in text  # the summary
    assert "gone.txt: cannot read" in text
    quiet = _Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    assert main(["parse", str(corpus / NAMES[0]), "-q", "-o", str(corpus.parent / "q.jsonl")]) == 0
    assert quiet.getvalue() == ""


def test_hostile_inputs_in_a_folder_are_each_one_ledger_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A lying tar header, a link to a FIFO, a WARC that is not one, a zip with a
    broken name, JSON Lines lines too deep or too long: the run completes."""
    import gzip
    import tarfile

    text = (SEEDS / NAMES[0]).read_text(encoding="utf-8")
    root = tmp_path / "corpus"
    root.mkdir()
    page = json.dumps({"text": text})
    (root / "a.jsonl").write_text(
        "\n".join(
            [
                "[" * 100_000 + "]" * 100_000,
                page[:-1] + ', "pad": "' + "x" * 300_000 + '"}',
                json.dumps({"text": text, "url": "  https://example.com/a\t"}),
                json.dumps({"text": text, "url": ""}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    (root / "b.warc").write_text("this is not a WARC\n", encoding="utf-8")
    tar = io.BytesIO()
    with tarfile.open(fileobj=tar, mode="w", format=tarfile.GNU_FORMAT) as tf:
        info = tarfile.TarInfo("lying.txt")
        info.size = 5
        tf.addfile(info, io.BytesIO(b"short"))
    data = bytearray(tar.getvalue())
    data[124:136] = b"\x80" + (2**70).to_bytes(11, "big")  # a size far past the end
    data[148:156] = b" " * 8
    data[148:156] = b"%06o\0 " % sum(data[:512])
    (root / "c.tar").write_bytes(bytes(data))
    with zipfile.ZipFile(root / "d.zip", "w") as zf:
        zf.writestr("cafX.txt", text)
    raw = bytearray((root / "d.zip").read_bytes().replace(b"cafX.txt", b"caf\xff.txt"))
    raw[7] |= 0x08  # the local header's UTF-8 flag
    raw[raw.find(b"PK\x01\x02") + 9] |= 0x08  # and the central directory's
    (root / "d.zip").write_bytes(bytes(raw))
    (root / "e.html").write_bytes(gzip.compress(text.encode()))  # gzip under another name
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe")
        (root / "f.txt").symlink_to(tmp_path / "pipe")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    argv = ["parse", str(root), "-o", str(out), "--errors", str(errors), "-j", "1"]
    with pytest.warns(newsparse.NewsparseWarning, match="url is dropped"):
        code = main([*argv, "--max-bytes", "250000"])
    assert code == 1
    assert [(r["origin"]["path"], r["origin"]["line"], r["url"]) for r in read_jsonl(out)] == [
        (str(root / "a.jsonl"), 3, "https://example.com/a"),
        (str(root / "a.jsonl"), 4, None),
        (str(root / "e.html"), None, None),
    ]
    failures = [(Path(e["input"]).name, e["error"]) for e in read_jsonl(errors)]
    assert failures == [
        ("a.jsonl:1", "InputError"),
        ("a.jsonl:2", "InputTooLargeError"),
        # Without the warc extra a WARC cannot be read at all: a missing dependency.
        ("b.warc", "UnreadableInputError" if _has_warcio() else "MissingDependency"),
        ("c.tar!lying.txt", "UnreadableInputError"),
        ("d.zip", "UnreadableInputError"),
    ]
    assert "8 inputs: 3 parsed, 5 failed" in capsys.readouterr().err


# ---------------------------------------------------------------- issue 10


def test_a_file_name_that_is_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(raw, "wb") as fh:
        fh.write((SEEDS / NAMES[0]).read_bytes())
    name = os.fsdecode(raw)  # "caf\udce9.txt"
    for fmt in ("jsonl", "json", "csv", "md"):
        out = tmp_path / f"out.{fmt}"
        assert main(["parse", str(folder), "-o", str(out), "-q", "-j", "1"]) == 0
        text = out.read_text(encoding="utf-8")
        if fmt == "jsonl":
            assert json.loads(text)["origin"]["path"] == name  # losslessly
        elif fmt == "json":
            assert json.loads(text)[0]["origin"]["path"] == name
        else:
            assert f"{folder}{os.sep}caf\\xe9.txt" in text
    # Its failure is reported too: escaped on stderr, losslessly in --errors.
    errors = tmp_path / "errors.jsonl"
    argv = ["parse", str(folder), "--max-bytes", "10", "--errors", str(errors), "-j", "1"]
    assert main(argv) == 1
    assert "caf\\xe9.txt" in capsys.readouterr().err
    assert read_jsonl(errors)[0]["origin"] == {
        "path": name,
        "member": None,
        "record_id": None,
        "line": None,
    }


def test_control_characters_are_escaped_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("evil\x1b]0;pwned\x07\r.txt", b"x" * 100)
    assert main(["parse", str(archive), "--max-bytes", "10", "-j", "1", "-q"]) == 1
    err = capsys.readouterr().err
    assert "evil\\x1b]0;pwned\\x07\\r.txt" in err
    assert "\x1b" not in err and "\x07" not in err and "\r" not in err


def test_csv_formulas_are_neutralised_unless_raw(tmp_path: Path) -> None:
    dumps = tmp_path / "dumps.jsonl"
    formula = '=HYPERLINK("http://evil","click")'
    text = (SEEDS / NAMES[0]).read_text(encoding="utf-8")
    dumps.write_text(json.dumps({"text": text, "id": formula}) + "\n")
    out = tmp_path / "out.csv"
    assert main(["parse", str(dumps), "-o", str(out), "-q"]) == 0
    with out.open(newline="", encoding="utf-8") as fh:
        [row] = list(csv.DictReader(fh))
    assert row["origin_record_id"] == "'" + formula
    assert main(["parse", str(dumps), "-o", str(out), "-q", "--csv-raw"]) == 0
    with out.open(newline="", encoding="utf-8") as fh:
        [row] = list(csv.DictReader(fh))
    assert row["origin_record_id"] == formula


def test_a_record_a_writer_cannot_take_fails_alone(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = newsparse._batch.sinks.record

    def record(result: Result, *, full: bool = False) -> dict[str, object]:
        if result.origin.path == str(corpus / NAMES[1]):
            raise ValueError("cannot take this one")
        return real(result, full=full)

    monkeypatch.setattr(newsparse._batch.sinks, "record", record)
    out = tmp_path / "out.jsonl"
    errors = tmp_path / "errors.jsonl"
    argv = ["parse", str(corpus), "-o", str(out), "--errors", str(errors), "-j", "1", "-q"]
    assert main(argv) == 1
    assert len(read_jsonl(out)) == 5
    [failure] = read_jsonl(errors)
    assert failure["error"] == "ValueError" and failure["message"] == "cannot take this one"
    assert failure["input"] == str(corpus / NAMES[1])


class _FullDisk(io.StringIO):
    """A file on a full disk."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("which", ["output", "errors"])
def test_a_full_disk_exits_2_and_leaves_no_temp_file(
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    which: str,
) -> None:
    real_open = newsparse._batch.sinks._open
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    opened = []

    def fake_open(fd: int, binary: bool) -> object:
        fh = real_open(fd, binary)
        opened.append(fh)
        if len(opened) == (1 if which == "output" else 2):
            fh.close()
            return _FullDisk()
        return fh

    monkeypatch.setattr(newsparse._batch.sinks, "_open", fake_open)
    (corpus / "gone.txt").symlink_to(corpus / "nowhere")
    out, errors = out_dir / "out.jsonl", out_dir / "errors.jsonl"
    argv = ["parse", str(corpus), "-o", str(out), "--errors", str(errors), "-j", "1", "-q"]
    assert main(argv) == 2
    assert "cannot write output: No space left on device" in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []  # neither the files nor their temporary files


def test_dev_full(corpus: Path, tmp_path: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    argv = [sys.executable, "-m", "newsparse", "parse", str(corpus), "-j", "1"]
    env = {**os.environ, "PYTHONPATH": SRC}
    with open("/dev/full", "w") as full:
        run = subprocess.run(argv, stdout=full, stderr=subprocess.PIPE, env=env)
    assert run.returncode == 2, run.stderr
    assert run.stderr.endswith(b"cannot write output: No space left on device\n")
    # Through a link, so that a regression renames over the link, not the device.
    link = tmp_path / "full"
    link.symlink_to("/dev/full")
    run = subprocess.run([*argv, "-o", str(link)], capture_output=True, env=env)
    assert run.returncode == 2, run.stderr
    assert b"No space left on device" in run.stderr
    assert link.is_symlink() and link.is_char_device()  # written in place, not renamed over
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_reader_that_goes_away(tmp_path: Path) -> None:
    dumps = tmp_path / "dumps.jsonl"
    text = (SEEDS / NAMES[0]).read_text(encoding="utf-8")
    dumps.write_text("".join(json.dumps({"text": text}) + "\n" for _ in range(2000)))
    errors = tmp_path / "errors.jsonl"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsparse",
            "parse",
            str(dumps),
            "-j",
            "1",
            "--errors",
            str(errors),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": SRC},
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 141, err
    assert b"Traceback" not in err
    assert [p.name for p in tmp_path.iterdir() if p.name != "dumps.jsonl"] == [
        "errors.jsonl.partial"
    ]


@pytest.mark.parametrize(
    "argv",
    [
        ["--max-bytes", "0"],
        ["--max-bytes", "-5"],
        ["--max-bytes", "lots"],
        ["--timeout", "-1"],
        ["--timeout", "soon"],
        ["--timeout", "nan"],
    ],
)
def test_bad_limits_are_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse", "x", *argv])
    assert info.value.code == 2
    assert argv[0] in capsys.readouterr().err


def test_an_internal_error_is_its_own_status(
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(*args: object, **kwargs: object) -> Iterator[Record]:
        yield from ()
        raise RuntimeError("a bug")

    monkeypatch.setattr("newsparse.cli.render_many", broken)
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(corpus), "-o", str(out)]) == 70
    err = capsys.readouterr().err
    assert "RuntimeError: a bug" in err and "internal error" in err
    assert not out.exists() and no_temp_files(tmp_path)


class Sleepy:
    """A parser that takes too long on a dump whose first line is SLEEP."""

    name = "sleepy"

    def detect(self, doc: newsparse.Document) -> float:
        return 0.0

    def parse(self, doc: newsparse.Document) -> newsparse.Article:
        if doc.lines[0].text == "SLEEP":
            time.sleep(600)
        return newsparse.Article(title=doc.lines[0].text, parser="sleepy")


def test_timeout_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for i, first in enumerate(["One", "SLEEP", "Three"]):
        (tmp_path / f"{i}.txt").write_text(f"{first}\n\nWords.")
    errors = tmp_path / "errors.jsonl"
    newsparse.register(Sleepy)
    try:
        argv = ["parse", str(tmp_path), "--parser", "sleepy", "--include", "*.txt", "-j", "1"]
        assert main([*argv, "--timeout", "0.5", "--errors", str(errors)]) == 1
    finally:
        newsparse.unregister("sleepy")
    captured = capsys.readouterr()
    assert [json.loads(x)["title"] for x in captured.out.splitlines()] == ["One", "Three"]
    [failure] = read_jsonl(errors)
    assert failure["input"] == str(tmp_path / "1.txt")
    assert failure["error"] == "ParseTimeoutError"
    assert "gave up after 0.5 s" in str(failure["message"])
    assert "3 inputs: 2 parsed (2 without article text), 1 failed" in captured.err


def test_a_writer_failing_to_close_leaves_no_temp_file(
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def close(self: object) -> None:
        raise RuntimeError("a bug in close")

    monkeypatch.setattr(newsparse._batch.sinks.JsonSink, "close", close)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "out.json"
    assert main(["parse", str(corpus), "-o", str(out), "-q", "-j", "1"]) == 70
    assert "RuntimeError: a bug in close" in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []


def _has_warcio() -> bool:
    import importlib.util

    return importlib.util.find_spec("warcio") is not None
