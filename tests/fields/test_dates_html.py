"""Dates of markup values and URLs (newsparse._fields.htmldates)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse._fields.dates import BEIJING
from newsparse._fields.htmldates import date_from_url, parse_date_value

NEXT_YEAR = dt.date.today().year + 1


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://x.org/news/2019/11/19/story", dt.date(2019, 11, 19)),
        ("https://x.org/a-20191119-b", dt.date(2019, 11, 19)),
        ("https://x.org/1995/01/02/a", dt.date(1995, 1, 2)),
        (f"https://x.org/{NEXT_YEAR}/01/02/a", dt.date(NEXT_YEAR, 1, 2)),
        ("https://x.org/1994/12/31/a", None),  # before the web's news
        (f"https://x.org/{NEXT_YEAR + 1}/01/02/a", None),  # after next year: an id
        ("https://x.org/2099/01/02/a", None),
        ("https://x.org/2019/13/40/a", None),  # no such month or day
        ("https://x.org/2019/02/30/x/2020/02/29/", dt.date(2020, 2, 29)),  # the first real one
        ("https://x.org/id/99991231/2019-11-19", dt.date(2019, 11, 19)),
        ("https://x.org/2019/11/", None),  # a month is not a day
        ("https://x.org/a?d=2019-11-19", None),  # the query is not the path
        ("https://20191119.x.org/a", None),  # nor is the host
        # An og:url with its slashes quoted
        (
            "https://blog.example.fr%2Farticles%2F2025-12-15%2BRust%2Bbackend",
            dt.date(2025, 12, 15),
        ),
        ("https://[bad/2019/11/19", None),
        ("", None),
        (None, None),
    ],
)
def test_date_from_url_bounds(url: str | None, day: dt.date | None) -> None:
    assert date_from_url(url) == day


@pytest.mark.parametrize(
    ("value", "default", "expected"),
    [
        # Drupal's default "medium" format is month first
        ("Thu, 09/25/2025 - 11:38", None, dt.date(2025, 9, 25)),
        ("Thu, 03/04/2025 - 11:38", None, dt.date(2025, 3, 4)),
        ("Thu, 09/25/2025 - 11:38", BEIJING, dt.datetime(2025, 9, 25, 11, 38, tzinfo=BEIJING)),
        ("Thu, 13/25/2025 - 11:38", None, None),
        # JavaScript's Date.toString(): the offset is kept
        (
            "Mon Nov 03 2025 14:05:00 GMT+0800 (China Standard Time)",
            None,
            dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(8)),
        ),
        # RFC 2822's -0000 says the zone is unknown: the day only
        ("Mon, 03 Nov 2025 14:05:00 -0000", None, dt.date(2025, 11, 3)),
        ("Mon, 03 Nov 2025 14:05:00 GMT", None, dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(0))),
        # Day first when the first number cannot be a month
        ("13/11/2025 09:21:40", None, dt.date(2025, 11, 13)),
        ("Oct 01, 2025T10:00:00+03:00", None, dt.datetime(2025, 10, 1, 10, 0, tzinfo=tz(3))),
        (
            "01:38:07 PM IST Nov 20, 2019",
            None,
            dt.datetime(2019, 11, 20, 13, 38, 7, tzinfo=tz(5.5)),
        ),
        ("2025年11月03日 14:05", BEIJING, dt.datetime(2025, 11, 3, 14, 5, tzinfo=BEIJING)),
        ("3 ноября 2025, 14:05 МСК", None, dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(3))),
    ],
)
def test_parse_date_value_forms(
    value: str, default: dt.tzinfo | None, expected: dt.date | None
) -> None:
    got = parse_date_value(value, default)
    assert got == expected
    assert type(got) is type(expected)
    if isinstance(expected, dt.datetime):
        assert isinstance(got, dt.datetime) and got.utcoffset() == expected.utcoffset()
