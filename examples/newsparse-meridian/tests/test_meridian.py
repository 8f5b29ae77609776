"""Tests of the Meridian Courier plugin: run them with the plugin installed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newsparse_meridian import MeridianParser

import newsparse

DATA = Path(__file__).parent / "data"
DUMPS = sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".html"))


@pytest.mark.parametrize("path", DUMPS, ids=lambda p: p.name)
def test_dump_gives_the_expected_article(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    article = MeridianParser().parse(newsparse.load(path))
    assert {**article.to_dict(), "page": article.page} == expected


@pytest.mark.parametrize("path", DUMPS, ids=lambda p: p.name)
def test_detect_is_sure_of_its_own_dumps(path: Path) -> None:
    assert MeridianParser().detect(newsparse.load(path)) >= 0.6


def test_detect_ignores_other_outlets() -> None:
    text = "Markets rally as rates hold\n\nBy Jane Doe | Reuters | 2025-11-04\n\n" + "Words. " * 40
    assert MeridianParser().detect(newsparse.load(text)) == 0.0


def test_url_alone_is_enough_to_win() -> None:
    doc = newsparse.load(
        "Some title here\n\n" + "Words. " * 40, url="https://meridiancourier.example/a"
    )
    assert MeridianParser().detect(doc) > 0.1  # above the generic parser's 0.1


def test_dates_are_on_new_zealand_time() -> None:
    article = MeridianParser().parse(newsparse.load(DATA / "kelp-forests.txt"))
    assert article.date is not None
    assert article.date.isoformat() == "2025-11-04T18:15:00+13:00"  # daylight saving time


def test_page_number_is_read_by_code() -> None:
    assert MeridianParser().parse(newsparse.load(DATA / "ferry-fares.txt")).page == 1
    assert MeridianParser().parse(newsparse.load(DATA / "kelp-forests.txt")).page is None
