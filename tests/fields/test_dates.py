"""Dates as dumps print them (newsparse._fields.dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse._fields.dates import BEIJING, date_line, find_dates, parse_tz, published_label

UTC = dt.timezone.utc


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "default", "value"),
    [
        ("2025.10.29 23:38 GMT+8", None, dt.datetime(2025, 10, 29, 23, 38, tzinfo=tz(8))),
        ("19:49, 21-Jan-2019", BEIJING, dt.datetime(2019, 1, 21, 19, 49, tzinfo=BEIJING)),
        ("2019-01-16 09:10 GMT+8", None, dt.datetime(2019, 1, 16, 9, 10, tzinfo=tz(8))),
        ("2024-03-12T10:30:00Z", None, dt.datetime(2024, 3, 12, 10, 30, tzinfo=UTC)),
        ("2025年10月29日", None, dt.date(2025, 10, 29)),
        ("October 30, 2025", None, dt.date(2025, 10, 30)),
        ("Oct. 30th, 2025 10:30 p.m. EST", None, dt.datetime(2025, 10, 30, 22, 30, tzinfo=tz(-5))),
        ("30 October 2025, 12:05 a.m. (UTC)", None, dt.datetime(2025, 10, 30, 0, 5, tzinfo=UTC)),
        ("12. März 2024 um 10:30 Uhr", None, dt.date(2024, 3, 12)),
        ("12 de marzo de 2024", None, dt.date(2024, 3, 12)),
        ("12.03.2024 10:30 +0100", None, dt.datetime(2024, 3, 12, 10, 30, tzinfo=tz(1))),
        ("2024-03-12 10:30 +05:30", None, dt.datetime(2024, 3, 12, 10, 30, tzinfo=tz(5.5))),
        ("2024-03-12 10:30 Beijing time", None, dt.datetime(2024, 3, 12, 10, 30, tzinfo=BEIJING)),
        ("2024-03-12 10:30", None, dt.date(2024, 3, 12)),  # no zone: only the day
        ("2569-01-05 10:00", BEIJING, dt.datetime(2026, 1, 5, 10, 0, tzinfo=BEIJING)),
    ],
)
def test_date_formats(text: str, default: dt.tzinfo | None, value: dt.date) -> None:
    found = date_line(text, default)
    assert found is not None
    assert found.value == value
    assert type(found.value) is type(value)
    if isinstance(value, dt.datetime):
        assert found.value.utcoffset() == value.utcoffset()


def test_zone_names_with_daylight_saving() -> None:
    summer = date_line("July 4, 2025 9:00 a.m. ET")
    winter = date_line("January 4, 2025 9:00 a.m. ET")
    assert summer is not None and winter is not None
    assert isinstance(summer.value, dt.datetime) and isinstance(winter.value, dt.datetime)
    assert summer.value.utcoffset() == dt.timedelta(hours=-4)
    assert winter.value.utcoffset() == dt.timedelta(hours=-5)


@pytest.mark.parametrize(
    ("text", "updated"),
    [
        ("Updated 2025.10.29 23:38 GMT+8", True),
        ("Last updated: October 30, 2025", True),
        ("Aktualisiert am 12.03.2024", True),
        ("Published: October 30, 2025", False),
        ("Posted on Thursday, October 30, 2025", False),
        ("Date: 2025-10-30", False),
    ],
)
def test_prefixes(text: str, updated: bool) -> None:
    found = date_line(text)
    assert found is not None and found.updated is updated


@pytest.mark.parametrize(
    "text",
    [
        "The meeting on October 30, 2025 was long",  # a sentence, not a date line
        "October 30, 2025 and November 1, 2025",  # two dates
        "2025-02-30",  # no such day
        "1850-01-01",  # out of range
        "x" * 81,
        "",
    ],
)
def test_not_date_lines(text: str) -> None:
    found = date_line(text)
    assert found is None


def test_bad_times_keep_the_day() -> None:
    found = date_line("October 30, 2025 13:05 p.m. EST")
    assert found is not None and found.value == dt.date(2025, 10, 30)
    for text in ("2025-10-30 10:30 GMT+15", "25:61, 30-Oct-2025", "13:00 p.m., 30-Oct-2025"):
        found = date_line(text, BEIJING)
        assert found is not None and found.value == dt.date(2025, 10, 30), text


def test_find_dates_in_running_text() -> None:
    text = "Talks began on 30 October 2025 and ended 2025-11-02 at 10:00 UTC."
    values = [m.value for m in find_dates(text)]
    assert values == [dt.date(2025, 10, 30), dt.datetime(2025, 11, 2, 10, 0, tzinfo=UTC)]


@pytest.mark.parametrize(
    ("zone", "offset"),
    [
        ("GMT+8", 8),
        ("UTC-03:30", -3.5),
        ("+0800", 8),
        ("(JST)", 9),
        ("Beijing Time", 8),
        ("PDT", -7),
    ],
)
def test_parse_tz(zone: str, offset: float) -> None:
    found = parse_tz(zone, None)
    assert found is not None
    assert found.utcoffset(None) == dt.timedelta(hours=offset)


def test_parse_tz_unknown_and_empty() -> None:
    assert parse_tz(None, BEIJING) is BEIJING
    assert parse_tz("XYZT", None) is None
    assert parse_tz("GMT+99", None) is None
    assert parse_tz("CST", BEIJING) is BEIJING  # ambiguous names are left out


@pytest.mark.parametrize(
    ("text", "value", "start"),
    [
        # The copy glued a month's name to the word before it (a capital after a small
        # letter), or a reading time's number to the year.
        ("By thegrangehallFebruary 16, 2026No Comments", dt.date(2026, 2, 16), 16),
        ("By Conor AllisonJanuary 14, 202620 Mins Read", dt.date(2026, 1, 14), 16),
        ("EditorialNovember 22, 2018", dt.date(2018, 11, 22), 9),
    ],
)
def test_dates_glued_to_the_words_around_them(text: str, value: dt.date, start: int) -> None:
    found = list(find_dates(text))
    assert [(m.value, m.start) for m in found] == [(value, start)]


def test_a_month_inside_a_word_is_no_date() -> None:
    """Only a capital after a small letter starts a glued month: ``summay 3`` does not."""
    assert list(find_dates("summay 3, 2024")) == []


def test_originally_posted_is_a_publication_label() -> None:
    found = date_line("Originally Posted: June 1, 2021")
    assert found is not None
    assert (found.value, found.updated) == (dt.date(2021, 6, 1), False)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Posted on 03 Jul 2025", True),
        ("Published: Apr 10, 2023", True),
        ("Published Date: June 11, 2025", True),
        ("Veröffentlicht am 3. Mai 2024", True),
        ("Publié le 3 novembre 2025 à 14h05", True),
        ("Опубликовано 3 ноября 2025, 14:05 МСК", True),
        ("Updated May 3, 2025", False),
        ("Date: Wed, 6 Feb 2002", False),  # an e-mail's header, a comment's
        ("Time: 14:05, May 3, 2025", False),
        ("April 8, 2024", False),
    ],
)
def test_published_label(text: str, published: bool) -> None:
    assert published_label(text) is published
