"""Cheap tests before the byline reader in the headline's scoring (issue 15): a line
that cannot pass a shape test is not read as a byline at all, and the answers are the
same as with the full reading. Names, outlets and stories are made up for these tests.
"""

from __future__ import annotations

import datetime as dt
from unittest import mock

import pytest

import newsparse
from newsparse._engine import titles
from newsparse._engine.titles import _name_and_outlet, _name_with_job, author_line


@pytest.mark.parametrize(
    "line",
    [
        "Jane Example, Shipping Expert",
        "Lena Beispiel, Redakteurin",
        "Marta Przykład (redaktorka)",
        "Jan Novák (reportér)",
    ],
)
def test_a_name_with_its_job_after_a_comma_or_in_brackets(line: str) -> None:
    assert _name_with_job(line)
    assert author_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Example",  # a name alone: no job
        "Jane Example Shipping Expert",  # no comma, no bracket
        "Bahn streicht im Winter hunderte Regionalzüge",
        "Votes counted, results due tonight in the capital",  # a comma, but no name first
    ],
)
def test_a_line_without_a_job_after_the_name_is_none(line: str) -> None:
    assert not _name_with_job(line)


def test_no_byline_reading_without_a_comma_or_a_bracket() -> None:
    with mock.patch.object(titles, "parse_byline", wraps=titles.parse_byline) as read:
        assert not _name_with_job("Jane Example Shipping Expert")
        assert not _name_with_job("Регион получит новые поезда")
        assert read.call_count == 0
        assert _name_with_job("Jane Example, Shipping Expert")
        assert read.call_count == 1


def _credit(lines: list[str], anchors: set[int]) -> list[int]:
    free = [i for i in range(len(lines)) if i not in anchors]
    rank = {i: k for k, i in enumerate(free)}
    return [i for i in free if _name_and_outlet(i, anchors, lines, rank)]


def test_the_line_under_a_name_and_outlet_is_read_only_for_a_name_s_shape() -> None:
    headline = "Headline of the story here"
    with mock.patch.object(titles, "parse_byline", wraps=titles.parse_byline) as read:
        # Not a name and an outlet (no separator, a sentence, digits): no reading.
        assert _credit([headline, "Trains cancelled across the region", "30.11.2026"], {2}) == []
        assert _credit([headline, "Live: 12 trains cancelled - updates", "30.11.2026"], {2}) == []
        assert read.call_count == 0
        # The shape of one: the line under it is read (a date, no byline).
        assert _credit([headline, "Lena Beispiel - Süddeutsche Rundschau", "30.11.2026"], {2}) == [
            1
        ]
        assert read.call_count == 1
    # Over a byline it is no credit: a byline stands over the date, not over another one.
    lines = [headline, "Lena Beispiel - Süddeutsche Rundschau", "Von Lena Beispiel"]
    assert _credit(lines, {2}) == []


def test_a_polish_page_keeps_its_headline_and_author_with_her_job() -> None:
    dump = "\n".join(
        [
            "Strona główna",
            "Kraj",
            "Świat",
            "Gospodarka",
            "Gospodarka",
            "Kolej odwołuje zimą setki pociągów regionalnych",
            "Marta Przykład, redaktorka",
            "30.11.2026, 14:05",
            "Udostępnij",
            "Kolej zapowiedziała, że od grudnia odwoła setki pociągów regionalnych na "
            "liniach w trzech województwach. Przewoźnik tłumaczy decyzję brakiem "
            "maszynistów i remontami torów, które potrwają do wiosny.",
            "Stowarzyszenia pasażerów krytykują plany i domagają się autobusów "
            "zastępczych na wszystkich odwołanych kursach, także w weekendy.",
            "Regulamin",
            "Kontakt",
        ]
    )
    article = newsparse.parse(dump)
    assert article.title == "Kolej odwołuje zimą setki pociągów regionalnych"
    assert article.date == dt.date(2026, 11, 30)
    # The author with her job is neither the deck nor the body's first paragraph.
    assert article.subtitle is None
    assert article.body[0].text.startswith("Kolej zapowiedziała")
