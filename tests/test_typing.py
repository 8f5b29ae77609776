"""The public API is typed: example user code type-checks and runs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
SEEDS = HERE / "data" / "seeds"
sys.path.insert(0, str(HERE / "typing"))

import user_code  # noqa: E402


def test_user_code_runs(tmp_path: Path) -> None:
    title, day = user_code.headline_and_when(SEEDS / "000_30fd85d0f1613148.txt")
    assert title and day is not None
    assert user_code.paragraphs("A title for this\n\n" + "Some words here. " * 10)
    assert max(user_code.scores((SEEDS / "002_b8bd21e240404a83.txt").read_bytes()).values()) == 1.0
    rules = tmp_path / "r.toml"
    rules.write_text('[parser]\nname = "typed"\n', encoding="utf-8")
    assert user_code.register_both(rules) == ["shouting", "typed"]
    assert user_code.handled(tmp_path / "missing.txt").startswith("cannot read")


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed")
def test_user_code_type_checks(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from mypy import api

    src = HERE.parent / "src"
    if (src / "newsparse").is_dir():
        monkeypatch.setenv("MYPYPATH", str(src))  # check against this tree's sources
    args = ["--strict", "--cache-dir", str(tmp_path), "--config-file", str(tmp_path / "none.ini")]
    (tmp_path / "none.ini").write_text("[mypy]\n", encoding="utf-8")
    stdout, stderr, status = api.run([*args, str(HERE / "typing" / "user_code.py")])
    assert status == 0, stdout + stderr
