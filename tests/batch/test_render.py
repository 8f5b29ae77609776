"""Workers render output records; the parent only writes (issue 15 item 1)."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import newsparse
from newsparse import Dump, Origin, Result, parse_many
from newsparse._batch.pool import render_many, render_stream
from newsparse._batch.sinks import OUTPUT_FORMATS, Record, Renderer
from newsparse.cli import main

SEEDS = Path(__file__).parents[1] / "data" / "seeds"
NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
SRC = str(Path(newsparse.__file__).resolve().parent.parent)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Seeds, an HTML page, a broken link and a file that is not a zip: in name order."""
    root = tmp_path / "corpus"
    root.mkdir()
    for i, name in enumerate(NAMES * 3):
        shutil.copy(SEEDS / name, root / f"{i:02d}-{name}")
    (root / "05-page.html").write_text(
        "<html><head><title>A page</title></head><body><article><h1>A page</h1>"
        + "<p>Words of the page, enough of them to be a body. </p>" * 5
        + "</article></body></html>"
    )
    (root / "07-gone.txt").symlink_to(root / "nowhere")
    (root / "09-bad.zip").write_bytes(b"not a zip at all")
    with zipfile.ZipFile(root / "11-good.zip", "w") as zf:
        zf.write(SEEDS / NAMES[0], "inside.txt")
    return root


def where(result: Result) -> tuple[int, str | None]:
    """A render function: the process it ran in, and the input."""
    return os.getpid(), result.origin.path


def test_workers_render_and_results_come_in_input_order(corpus: Path) -> None:
    results = list(parse_many([corpus], jobs=1))
    renderer = Renderer("jsonl", full=False)
    records = list(render_many([corpus], renderer, jobs=2, chunk_size=2))
    # The same records, in the same order, as rendering here after parsing here.
    assert records == [renderer(r) for r in results]
    assert [r.origin for r in records] == [r.origin for r in results]
    assert all(isinstance(r, Record) for r in records)
    assert all(isinstance(r.data, str) for r in records if r.ok)  # no Article came back
    # Parsed inputs were rendered in worker processes, not in this one.
    seen = list(render_many([corpus], where, jobs=2, chunk_size=2))
    parsed = [pid for (pid, _), result in zip(seen, results, strict=True) if result.ok]
    assert parsed and os.getpid() not in parsed
    assert [path for _, path in seen] == [r.origin.path for r in results]


def test_failures_are_still_one_record_each(corpus: Path) -> None:
    records = list(render_many([corpus], Renderer("jsonl"), jobs=2, chunk_size=2))
    failed = {Path(r.origin.path or "").name: r.error for r in records if not r.ok}
    assert failed == {"07-gone.txt": "UnreadableInputError", "09-bad.zip": "UnreadableInputError"}
    assert all(r.data is None and r.message for r in records if not r.ok)
    assert sum(r.ok for r in records) == len(NAMES) * 3 + 2  # the page and the zip member


def test_a_record_the_renderer_cannot_make_fails_alone() -> None:
    dumps = [
        Dump(f"Title {i}\n\nBy Jane Doe\n\nSome words here.", Origin(f"in-{i}")) for i in range(6)
    ]
    # A date that JSON cannot take is a bug in a writer: that input fails, the others pass.
    records = list(render_stream(dumps, _Picky("jsonl"), jobs=2, chunk_size=2))
    assert [r.origin.path for r in records] == [f"in-{i}" for i in range(6)]
    assert [r.error for r in records] == [None, None, None, "ValueError", None, None]
    assert records[3].message == "cannot render in-3"


class _Picky(Renderer):
    """A renderer that cannot render the input called in-3."""

    def data(self, result: Result) -> object:
        if result.origin.path == "in-3":
            raise ValueError("cannot render in-3")
        return super().data(result)


def test_records_are_plain_data_that_pickle_small() -> None:
    article = newsparse.parse(SEEDS / NAMES[0])
    assert article.provenance  # what --full adds, and what made Results heavy to send
    result = Result(Origin("x.txt"), article)
    record = Renderer("jsonl")(result)
    assert pickle.loads(pickle.dumps(record)) == record
    assert len(pickle.dumps(record)) < len(pickle.dumps(result))
    assert record.language == article.language and record.empty is False
    assert Renderer("jsonl")(Result.failed(Origin("y"), OSError("gone"))) == Record(
        Origin("y"), None, "OSError", "gone"
    )


@pytest.mark.parametrize("fmt", [f for f in OUTPUT_FORMATS if f != "parquet"])
def test_cli_output_is_the_same_with_one_and_two_jobs(
    corpus: Path, tmp_path: Path, fmt: str
) -> None:
    outputs = []
    for jobs in ("1", "2"):
        out, errors = tmp_path / f"out-{jobs}.{fmt}", tmp_path / f"errors-{jobs}.jsonl"
        argv = ["parse", str(corpus), "--format", fmt, "-o", str(out), "-j", jobs, "-q"]
        assert main([*argv, "--errors", str(errors)]) == 1
        outputs.append((out.read_bytes(), errors.read_bytes()))
    assert outputs[0] == outputs[1]
    assert len(outputs[0][1].splitlines()) == 2  # each failure reported once


def test_full_adds_provenance_and_only_then(corpus: Path, tmp_path: Path) -> None:
    for full in (False, True):
        out = tmp_path / f"out-{full}.jsonl"
        argv = ["parse", str(corpus), "-o", str(out), "-j", "2", "-q"]
        main([*argv, "--full"] if full else argv)
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        seed = next(r for r in records if r["origin"]["path"].endswith(NAMES[0]))
        if full:
            assert seed["provenance"] and {"field", "rule", "lines"} <= set(seed["provenance"][0])
            assert "page" in seed and "warnings" in seed
        else:
            assert not {"provenance", "page", "warnings"} & set(seed)


def test_language_filter_and_counts_work_on_records(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(corpus), "-j", "2", "--language", "zz"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    total = len(NAMES) * 3 + 4
    assert f"{total} inputs: 0 parsed, {total - 2} skipped (language not zz), 2 failed" in (
        captured.err
    )


def test_the_fork_server_loads_the_language_model_once() -> None:
    code = (
        "import newsparse._batch.warm\n"
        "from newsparse._fields.language import _identifier\n"
        "print(_identifier.cache_info().currsize)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": SRC},
        check=True,
    )
    assert run.stdout.strip() == "1"
