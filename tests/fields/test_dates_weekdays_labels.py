"""Date lines with a weekday, a connector or a label the readers left unread (issue 12).

Each line is a date line as a news page prints it: the value is what a reader would
write down. All of them read None before (the date was found, but the words around
it were not known, so the line was no date line).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse._fields.dates import date_line, published_label


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Korean and Japanese weekdays in full after the day, bracketed or not
        ("2025년 11월 3일 월요일", dt.date(2025, 11, 3)),
        ("2025年11月3日 月曜日", dt.date(2025, 11, 3)),
        ("2025年11月3日（月曜日）", dt.date(2025, 11, 3)),
        ("2025.11.04 화요일", dt.date(2025, 11, 4)),
        # Hebrew weekdays by name, Thai ("on Monday the"), Malay
        ("יום שני, 3 בנובמבר 2025", dt.date(2025, 11, 3)),
        ("วันจันทร์ที่ 3 พฤศจิกายน 2568", dt.date(2025, 11, 3)),
        ("Isnin, 3 November 2025", dt.date(2025, 11, 3)),
        ("Khamis, 6 November 2025", dt.date(2025, 11, 6)),
        # Arabic's comma after the weekday; Czech "v" (at) before the time
        ("الاثنين، 03 نوفمبر 2025 02:05 م", dt.date(2025, 11, 3)),
        ("3. 11. 2025 v 14:05", dt.date(2025, 11, 3)),
        # Thai: the Buddhist era's mark before the year, "เวลา" (time) before the time
        ("3 พฤศจิกายน พ.ศ. 2568", dt.date(2025, 11, 3)),
        ("3 พ.ย. 2568 เวลา 14:05 น.", dt.date(2025, 11, 3)),
        ("วันที่ 3 พฤศจิกายน 2568 เวลา 14.05 น.", dt.date(2025, 11, 3)),
        # Chinese weekday after a date of digits; Vietnamese weekday, then "ngày" (day)
        ("2025-11-03 星期一 14:05", dt.date(2025, 11, 3)),
        ("Thứ hai, ngày 03/11/2025 - 14:05", dt.date(2025, 11, 3)),
        # Russian months in the nominative after a day, as some sites print them
        ("03 Ноябрь 2025", dt.date(2025, 11, 3)),
        ("15 сентябрь 2024, 14:05", dt.date(2024, 9, 15)),
        # Indonesian and Malay "at" before the time
        ("3 November 2025 pukul 14.05 WIB", dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(7))),
        ("Selasa, 4 November 2025 jam 14:05 WIB", dt.datetime(2025, 11, 4, 14, 5, tzinfo=tz(7))),
        # French (Canada): hours with spaces around the h, and its names of the zones
        ("3 novembre 2025 à 14 h 05", dt.date(2025, 11, 3)),
        ("3 novembre 2025 à 14 h 05 HNE", dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(-5))),
    ],
)
def test_weekdays_and_connectors(text: str, value: dt.date) -> None:
    found = date_line(text)
    assert found is not None
    assert found.value == value
    assert type(found.value) is type(value)
    assert not found.updated


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Numeric dates with the time's AM or PM in capitals (they read None before)
        ("11/24/2025 2:05 PM", dt.date(2025, 11, 24)),
        ("2025-11-03 2:05 PM", dt.date(2025, 11, 3)),
        ("11/24/2025 2:05 PM EST", dt.datetime(2025, 11, 24, 14, 5, tzinfo=tz(-5))),
        ("2025/11/03 9:05 AM EST", dt.datetime(2025, 11, 3, 9, 5, tzinfo=tz(-5))),
        ("11/24/2025 7:38:01 PM | 3 minute read", dt.date(2025, 11, 24)),
    ],
)
def test_numeric_dates_with_capital_pm(text: str, value: dt.date) -> None:
    found = date_line(text)
    assert found is not None
    assert found.value == value
    assert type(found.value) is type(value)


@pytest.mark.parametrize(
    ("text", "value", "updated"),
    [
        ("(Re)Published: May 25, 2025", dt.date(2025, 5, 25), False),
        ("Republished May 25, 2025", dt.date(2025, 5, 25), False),
        ("Re-published on 3 November 2025", dt.date(2025, 11, 3), False),
        ("発行日：2025年11月3日", dt.date(2025, 11, 3), False),
        ("公開日時：2025年11月3日 14:05", dt.date(2025, 11, 3), False),
        ("更新日時：2025年11月4日 9:30", dt.date(2025, 11, 4), True),
        ("最終更新日：2025/11/04", dt.date(2025, 11, 4), True),
        # Japanese and Korean labels after the date
        ("2025年11月3日 14時05分 公開", dt.date(2025, 11, 3), False),
        ("2025/11/03 14:05配信", dt.date(2025, 11, 3), False),
        ("2025年11月4日 9時30分 更新", dt.date(2025, 11, 4), True),
        ("2025.11.03 14:05 입력", dt.date(2025, 11, 3), False),
    ],
)
def test_labels(text: str, value: dt.date, updated: bool) -> None:
    found = date_line(text)
    assert found is not None
    assert (found.value, found.updated) == (value, updated)


def test_republished_is_a_publication_label() -> None:
    # A label alone on the line above its date (``(Re)Published:`` / ``May 25, 2025``).
    assert published_label("(Re)Published:")
    assert published_label("Republished")
    assert not published_label("Last edit:")


@pytest.mark.parametrize(
    "text",
    [
        "月曜日",  # a weekday alone is no date
        "Ноябрь 3, 2025",  # a nominative month before the day: not how dates are printed
        "2025年11月3日 月曜日 晴れ",  # more words after the day
        "3 novembre 2025 à 14 h",  # an hour without minutes: a sentence's words
        "2025年11月3日 14:05 来源：新华网",  # a source after it: an info line's, read there
        "2025年11月3日 公開予定",  # a label's words and more
        "This article is republished from The Conversation on May 25, 2025",
    ],
)
def test_not_date_lines(text: str) -> None:
    assert date_line(text) is None
