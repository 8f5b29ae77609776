"""`import newsparse` loads its heavy dependencies only when they are used (issue 15 item 4)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import newsparse

SRC = str(Path(newsparse.__file__).resolve().parent.parent)
HEAVY = ["lxml", "attrs", "attr", "numpy", "py3langid", "charset_normalizer", "dateutil"]


def run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": SRC},
        check=True,
    ).stdout


def test_import_loads_no_heavy_dependency() -> None:
    code = f"import sys, json, newsparse; print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    assert json.loads(run(code)) == []


def test_every_public_name_resolves_and_parsers_stays_a_function() -> None:
    code = (
        "import newsparse, newsparse.parsers.cgtn\n"
        "names = {n: type(getattr(newsparse, n)).__name__ for n in newsparse.__all__}\n"
        "print(names['parsers'], names['rules'], names['Article'], names['parse'])\n"
        "print(sorted(newsparse.parsers()))\n"
        "from newsparse import parse_many, Result\n"
        "print(sorted(set(newsparse.__all__) - set(dir(newsparse))))\n"
    )
    lines = run(code).splitlines()
    assert lines[0] == "function module type function"
    assert lines[1] == str(["cgtn", "chinadaily", "generic"])
    assert lines[2] == "[]"


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        newsparse.no_such_name  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("no AttributeError")
