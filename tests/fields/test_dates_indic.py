"""Dates in the languages of India, Pakistan and Iran: the months' names of each
script, with the script's own digits or ASCII ones."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse._fields.dates import find_dates


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("প্রকাশ: ০৩ মে ২০২৪, ১৭:৪৭", dt.date(2024, 5, 3)),  # Bengali digits
        ("৩ সেপ্টেম্বর ২০২৪", dt.date(2024, 9, 3)),
        ("आपडेट: 3 ऑक्टोबर 2024", dt.date(2024, 10, 3)),  # Marathi
        ("03 ઓગસ્ટ 2024", dt.date(2024, 8, 3)),  # Gujarati
        ("03 ਦਸੰਬਰ 2024", dt.date(2024, 12, 3)),  # Punjabi
        ("வெளியிடப்பட்டது: 03 மே 2024 17:47", dt.date(2024, 5, 3)),  # Tamil
        ("3 డిసెంబరు 2024", dt.date(2024, 12, 3)),  # Telugu
        ("03 ಜನವರಿ 2024", dt.date(2024, 1, 3)),  # Kannada
        ("3 ഒക്ടോബർ 2024", dt.date(2024, 10, 3)),  # Malayalam
        ("03 مئی 2024", dt.date(2024, 5, 3)),  # Urdu
        ("۰۳ ژانویه ۲۰۲۴", dt.date(2024, 1, 3)),  # Persian, Persian digits
    ],
    ids=[
        "bengali",
        "bengali-september",
        "marathi",
        "gujarati",
        "punjabi",
        "tamil",
        "telugu",
        "kannada",
        "malayalam",
        "urdu",
        "persian",
    ],
)
def test_a_date_in_an_indian_or_persian_script_gives_its_day(text: str, day: dt.date) -> None:
    assert [_day(found.value) for found in find_dates(text)] == [day]


def test_a_short_month_name_alone_is_no_date() -> None:
    # ``মে`` (May) is also a word: it is a month only between a day and a year.
    assert list(find_dates("তিনি মে মাসে আসবেন")) == []
