"""Golden tests: each dump under tests/data must give exactly its expected article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse

DATA = Path(__file__).parents[1] / "data"
CASES = sorted(
    p
    for p in DATA.glob("*/*")
    if p.suffix in (".txt", ".html", ".htm") and p.with_suffix(".expected.json").exists()
)


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    article = newsparse.parse(path)
    got = article.to_dict()
    styles = expected.pop("style").split("|")
    assert article.parser in styles
    for key, value in expected.items():
        assert got[key] == value, key


def test_there_are_golden_cases() -> None:
    assert len([c for c in CASES if c.parent.name == "seeds"]) == 5
