"""A text dump's publication day from its URL (``/2025/06/20/``) when it prints none."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from articles import HEADLINE, PROSE, dump

MENU = ["Home", "News", "Sport", "Culture"]


def _rule(article: newsparse.Article, field: str) -> str | None:
    return next((p.rule for p in article.provenance if p.field == field), None)


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.org/2025/06/20/city-council-bike-lanes/", dt.date(2025, 6, 20)),
        ("https://example.org/blog/2016/3/24/city-council-bike-lanes", dt.date(2016, 3, 24)),
        ("https://example.org/news/city-council-bike-lanes-20240511.html", dt.date(2024, 5, 11)),
    ],
)
def test_the_urls_day_when_the_dump_prints_none(url: str, day: dt.date) -> None:
    article = newsparse.parse(dump(MENU, HEADLINE, PROSE), url=url)
    assert article.title == HEADLINE
    assert article.date == day
    assert _rule(article, "date") == "date.url"


def test_a_printed_date_wins_over_the_urls() -> None:
    text = dump(MENU, HEADLINE, "By Jane Doe", "June 21, 2025", PROSE)
    article = newsparse.parse(text, url="https://example.org/2025/06/20/city-council/")
    assert article.date == dt.date(2025, 6, 21)
    assert _rule(article, "date") != "date.url"


@pytest.mark.parametrize(
    "url",
    [
        None,
        "https://example.org/news/city-council-bike-lanes",
        "https://example.org/story/87747702007/",  # an id, no day
        "https://example.org/2025/13/45/city-council/",  # no real day
    ],
)
def test_no_day_without_one_in_the_url(url: str | None) -> None:
    article = newsparse.parse(dump(MENU, HEADLINE, PROSE), url=url)
    assert article.date is None
