from __future__ import annotations

import io
import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse import __version__
from newsparse.cli import main

SEEDS = Path(__file__).parent / "data" / "seeds"
SEED = SEEDS / "000_30fd85d0f1613148.txt"
SEED_002 = SEEDS / "002_b8bd21e240404a83.txt"


def test_parse_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["origin"] == {"path": str(SEED), "member": None, "record_id": None, "line": None}
    assert record["parser"] == "cgtn"
    assert record["title"].startswith("Analysis:")


def test_parse_json_to_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    paths = sorted(str(p) for p in SEEDS.glob("*.txt"))
    assert main(["parse", *paths, "--format", "json", "-o", str(out)]) == 0
    records = json.loads(out.read_text(encoding="utf-8"))
    assert [r["origin"]["path"] for r in records] == paths


def test_bad_file_is_reported_and_others_parsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    assert main(["parse", str(missing), str(SEED)]) == 1
    captured = capsys.readouterr()
    assert "missing.txt" in captured.err and "cannot read" in captured.err
    assert len(captured.out.splitlines()) == 1


def test_unknown_parser_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "--parser", "nope"]) == 2
    assert "unknown parser 'nope'" in capsys.readouterr().err


def test_parsers_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parsers"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert {"cgtn", "chinadaily", "generic"} <= set(names)


def test_explain_labels_every_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(SEEDS / "002_b8bd21e240404a83.txt")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# parser: chinadaily")
    assert "section.breadcrumb" in out
    assert "furniture.page-ids" in out
    lines = [line for line in out.splitlines()[1:] if line.strip() and not line.strip().isdigit()]
    assert all("unlabelled" not in line for line in lines)


def test_stdin_and_version() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", "-"],
        input=SEED.read_bytes(),
        capture_output=True,
        check=True,
    )
    assert json.loads(run.stdout)["origin"]["path"] == "-"
    run = subprocess.run(
        [sys.executable, "-m", "newsparse", "--version"], capture_output=True, text=True
    )
    assert __version__ in run.stdout


# ---------------------------------------------------------------- URLs, parsers, --language

ZH_PAGE = (
    "<html><head><title>中国经济增长</title></head><body><h1>中国经济增长</h1><p>"
    + "今年中国经济保持稳定增长，专家表示前景乐观。" * 5
    + "</p></body></html>"
)


def test_a_url_is_refused_with_how_to_fetch_it(capsys: pytest.CaptureFixture[str]) -> None:
    url = "https://example.org/news/a?id=1"
    assert main(["parse", str(SEED), url]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "does not fetch pages" in captured.err
    assert f"curl -sL '{url}' | newsparse parse - --url '{url}'" in captured.err
    assert main(["explain", "HTTP://example.org/b"]) == 2
    assert "curl -sL HTTP://example.org/b | newsparse explain -" in capsys.readouterr().err


def test_a_file_named_like_a_url_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "http:").mkdir()
    (tmp_path / "http:" / "page.txt").write_bytes(SEED.read_bytes())
    monkeypatch.chdir(tmp_path)
    assert main(["parse", "http://page.txt", "-q"]) == 0
    assert json.loads(capsys.readouterr().out)["parser"] == "cgtn"


def test_a_fetched_page_piped_to_stdin_keeps_its_url() -> None:
    # What the message for a URL suggests: curl -sL URL | newsparse parse - --url URL
    run = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", "-", "--url", "https://u/1"],
        input=ZH_PAGE.encode(),
        capture_output=True,
        check=True,
    )
    record = json.loads(run.stdout)
    assert (record["url"], record["title"], record["language"]) == (
        "https://u/1",
        "中国经济增长",
        "zh",
    )


def test_parsers_prints_descriptions_without_markup(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parsers"]) == 0
    out = capsys.readouterr().out
    assert "`" not in out
    cgtn = next(line for line in out.splitlines() if line.startswith("cgtn "))
    assert "GMT+8 dates" in cgtn and "/Xinhua captions" in cgtn


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("``GMT+8`` dates", "GMT+8 dates"),
        (":class:`~newsparse.Article` from :func:`parse`", "Article from parse"),
        (":meth:`Article.to_dict`, :ref:`the rules <rules>`", "Article.to_dict, the rules"),
        ("`default`, `a link`_, *emphasis*, **strong**", "default, a link, emphasis, strong"),
        ("*.html and 2*3 and a*b", "*.html and 2*3 and a*b"),
    ],
)
def test_plain_removes_rest_markup(text: str, plain: str) -> None:
    from newsparse.cli import _plain

    assert _plain(text) == plain


def test_language_keeps_only_that_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "zh.html").write_text(ZH_PAGE, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")  # no text: language unknown
    (corpus / "missing.txt").symlink_to(tmp_path / "nowhere")  # a failure
    for name in sorted(p.name for p in SEEDS.glob("*.txt")):
        (corpus / name).write_bytes((SEEDS / name).read_bytes())
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    args = ["parse", str(corpus), "-o", str(out), "--errors", str(errors)]
    assert main([*args, "--language", "ZH"]) == 1  # the broken link still fails
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["title"], r["language"]) for r in records] == [("中国经济增长", "zh")]
    assert [json.loads(line)["error"] for line in errors.read_text().splitlines()] == [
        "UnreadableInputError"
    ]
    err = capsys.readouterr().err
    assert "newsparse: 8 inputs: 1 parsed, 6 skipped (language not zh), 1 failed;" in err

    assert main([*args, "--language", "en,zh", "--language", "de"]) == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["language"] for r in records) == ["en"] * 5 + ["zh"]
    assert "6 parsed, 1 skipped (language not de or en or zh), 1 failed" in capsys.readouterr().err


def test_language_must_be_a_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "--language", "english"]) == 2
    assert "--language takes language codes such as en or zh, not 'english'" in (
        capsys.readouterr().err
    )


def test_without_language_nothing_is_skipped(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED)]) == 0
    assert "skipped" not in capsys.readouterr().err


# ---------------------------------------------------------------- progress total


def count(tmp_path: Path, *argv: str) -> int | None:
    import threading

    from newsparse.cli import _build_parser, _count_inputs

    args = _build_parser().parse_args(["parse", *argv])
    return _count_inputs(args, threading.Event())


def test_count_inputs_lists_folders_and_archives(tmp_path: Path) -> None:
    import tarfile
    import zipfile

    from newsparse import parse_many
    from newsparse.cli import _build_parser

    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "b.html", ".hidden.txt", "sub/c.txt", "sub/d.txt.gz"):
        (tmp_path / name).write_bytes(b"x")
    with zipfile.ZipFile(tmp_path / "sub" / "m.zip", "w") as zf:
        for name in ("1.txt", "2.html", "dir/3.txt", "__MACOSX/._1.txt"):
            zf.writestr(name, "x")
    with tarfile.open(tmp_path / "t.tar", "w") as tf:
        tf.add(tmp_path / "a.txt", "x.txt")
        tf.add(tmp_path / "b.html", "y.html")
    # Files a.txt b.html sub/c.txt sub/d.txt.gz, 3 zip members, 2 tar members.
    assert count(tmp_path, str(tmp_path)) == 9
    # Each count is the number of results the run gives.
    for options in ([], ["--include", "*.txt"], ["--exclude", "sub"], ["--include", "d*"]):
        args = _build_parser().parse_args(["parse", str(tmp_path), *options])
        results = parse_many(
            [tmp_path], jobs=1, include=args.include, exclude=args.exclude, max_bytes=None
        )
        assert count(tmp_path, str(tmp_path), *options) == len(list(results)), options
    assert count(tmp_path, str(tmp_path), "--include", "*.txt") == 5
    assert count(tmp_path, str(tmp_path / "a.txt"), str(tmp_path / "nope.zip")) == 2
    lst = tmp_path / "list.txt"
    lst.write_text(f"{tmp_path / 'a.txt'}\n{tmp_path / 'sub'}\n")
    assert count(tmp_path, "--files-from", str(lst)) == 1 + 5


def test_count_inputs_unknown_for_streams(tmp_path: Path) -> None:
    import tarfile

    (tmp_path / "d.jsonl").write_text('{"html": "x"}\n')
    with tarfile.open(tmp_path / "t.tar.gz", "w:gz") as tf:
        tf.add(SEED, "a.txt")
    assert count(tmp_path, str(SEED), "-") is None
    assert count(tmp_path, "--files-from", "-") is None
    assert count(tmp_path, str(tmp_path / "d.jsonl")) is None
    assert count(tmp_path, str(tmp_path / "t.tar.gz")) is None
    assert count(tmp_path, str(tmp_path)) is None  # a folder holding them


def test_count_inputs_never_reads_a_pipe(tmp_path: Path) -> None:
    import threading

    paths, archive = tmp_path / "paths", tmp_path / "fifo.zip"
    os.mkfifo(paths)
    os.mkfifo(archive)
    found: list[int | None] = []
    # Opening a FIFO blocks until it has a writer: run the count aside.
    counting = threading.Thread(
        target=lambda: found.extend(
            [count(tmp_path, "--files-from", str(paths)), count(tmp_path, str(archive))]
        ),
        daemon=True,
    )
    counting.start()
    counting.join(10)
    assert found == [None, None]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_total_percentage_and_eta() -> None:
    from newsparse.cli import _Progress

    err = _Terminal()
    progress = _Progress(err, True, lambda stop: 4)
    assert progress.counting is not None
    progress.counting.join()
    for _ in range(3):
        progress.update(0, False)
    progress.bar.refresh()
    assert " 75%|" in err.getvalue() and "3/4 [" in err.getvalue()
    assert "<" in err.getvalue().rsplit("3/4 [", 1)[1]  # elapsed<remaining
    progress.update(0, False)
    progress.close()
    assert "100%|" in err.getvalue() and "4/4 [" in err.getvalue()
    assert progress.stop.is_set()


def test_progress_without_a_total() -> None:
    from newsparse.cli import _Progress

    err = _Terminal()
    progress = _Progress(err, True, lambda stop: None)
    assert progress.counting is not None
    progress.counting.join()
    progress.update(0, False)
    progress.close()
    assert "%" not in err.getvalue() and "1 inputs [" in err.getvalue()


def test_cli_full_records_and_max_bytes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED_002), "--full"]) == 0
    out = capsys.readouterr().out
    assert '"provenance"' in out and '"warnings"' in out
    assert main(["parse", str(SEED_002), "--max-bytes", "10"]) == 1
    assert "over the limit of 10 bytes" in capsys.readouterr().err


def test_cli_explain_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(tmp_path / "missing.txt")]) == 1
    assert "cannot read" in capsys.readouterr().err
    assert main(["explain", str(SEED_002), "--parser", "nope"]) == 2
    assert main(["explain", str(SEED_002), "--parser", "generic", "--width", "20"]) == 0
    assert capsys.readouterr().out.startswith("# parser: generic\n")


def test_cli_cannot_write_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED_002), "-o", str(tmp_path / "no" / "such" / "dir.jsonl")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_python_dash_m(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "argv", ["newsparse", "parsers"])
    with pytest.raises(SystemExit) as info:
        runpy.run_module("newsparse", run_name="__main__")
    assert info.value.code == 0
    assert "generic" in capsys.readouterr().out
