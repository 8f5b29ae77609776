"""The cheap tests before the date patterns keep every date they find (issue 15)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse._fields.dates import date_line, find_dates

UTC = dt.timezone.utc  # (dt.UTC is 3.11+)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A time printed before its date: the five time-first forms.
        ("9:45 AM GMT, Tue March 10, 2026", dt.datetime(2026, 3, 10, 9, 45, tzinfo=UTC)),
        ("9:45 AM GMT, Tue 10 March 2026", dt.datetime(2026, 3, 10, 9, 45, tzinfo=UTC)),
        ("16:20 GMT 07.04.2026", dt.datetime(2026, 4, 7, 16, 20, tzinfo=UTC)),
        ("16:20 GMT, 21/04/2026", dt.datetime(2026, 4, 21, 16, 20, tzinfo=UTC)),
        ("16:20, 21-Apr-2026 GMT", dt.datetime(2026, 4, 21, 16, 20, tzinfo=UTC)),
        # The time after the date: no year follows it, the date's own form reads both.
        ("2026.04.07 16:20 GMT", dt.datetime(2026, 4, 7, 16, 20, tzinfo=UTC)),
        ("April 7, 2026 16:20 GMT", dt.datetime(2026, 4, 7, 16, 20, tzinfo=UTC)),
    ],
)
def test_time_and_date_in_either_order(text: str, expected: dt.datetime) -> None:
    found = list(find_dates(text))
    assert [m.value for m in found] == [expected]
    assert (found[0].start, found[0].end) == (0, len(text))
    line = date_line(text)
    assert line is not None and line.value == expected


def test_second_time_before_a_later_date() -> None:
    # A first time with no year after it, then a time-first date further on.
    text = "2026.04.07 16:20 GMT | 9:45 GMT 08.04.2026"
    assert [m.value for m in find_dates(text)] == [
        dt.datetime(2026, 4, 7, 16, 20, tzinfo=UTC),
        dt.datetime(2026, 4, 8, 9, 45, tzinfo=UTC),
    ]


def test_a_time_with_no_date_after_it_is_no_date() -> None:
    assert list(find_dates("Kick-off 16:20, room 2026")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 3rd, 2026", dt.date(2026, 3, 3)),
        ("MARCH 3RD, 2026", dt.date(2026, 3, 3)),
        ("Sept. 22 2025", dt.date(2025, 9, 22)),
        # Glued by the copy to the word before and the reading time after.
        ("EditorialNovember 22, 20255 min read", dt.date(2025, 11, 22)),
    ],
)
def test_month_day_year_through_its_cheap_test(text: str, expected: dt.date) -> None:
    assert [m.value for m in find_dates(text)] == [expected]
