"""A book's or a product's data sheet (``Author`` / ``Mary Shelley`` / ``Publisher`` /
...) names no byline: the review's writer is not the book's author."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from articles import PROSE, dump

HEADLINE = "Frankenstein at two hundred: why the novel still speaks to us"


@pytest.mark.parametrize(
    "sheet",
    [
        ["Author", "Mary Shelley", "Publisher", "Penguin Classics", "Pages", "320"],
        ["Author:", "Mary Shelley", "Publisher:", "Penguin Classics", "Genre:", "Gothic fiction"],
        ["Autor", "Jan Nowak", "Wydawca", "Znak", "Stron", "320"],
        ["Autorin", "Anna Seghers", "Verlag", "Aufbau", "Seiten", "288"],
    ],
)
def test_a_data_sheet_under_the_headline_names_no_author(sheet: list[str]) -> None:
    article = newsparse.parse(dump("Books", HEADLINE, sheet, "", PROSE))
    assert article.authors == ()


@pytest.mark.parametrize(
    ("lines", "author", "day"),
    [
        (["Author", "Jane Doe", "Published", "May 3, 2025"], "Jane Doe", dt.date(2025, 5, 3)),
        (
            ["Author", "Jane Doe", "Published", "May 3, 2025", "Updated", "May 4, 2025"],
            "Jane Doe",
            dt.date(2025, 5, 3),
        ),
        (["Written by", "Jane Doe", "Edited by", "John Roe", "Pages", "3"], "Jane Doe", None),
    ],
)
def test_a_bylines_label_and_date_pairs_are_no_data_sheet(
    lines: list[str], author: str, day: dt.date | None
) -> None:
    article = newsparse.parse(dump("Books", HEADLINE, lines, "", PROSE))
    assert article.authors == (author,)
    published = article.date.date() if isinstance(article.date, dt.datetime) else article.date
    assert published == day
