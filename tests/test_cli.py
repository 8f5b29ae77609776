from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse import __version__
from newsparse.cli import main

SEEDS = Path(__file__).parent / "data" / "seeds"
SEED = SEEDS / "000_30fd85d0f1613148.txt"


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
