"""find_dates stops trying patterns once the dates found leave no digit outside them
(issue 15): every pattern's match holds a year's digits, so none could fit there."""

from __future__ import annotations

import datetime as dt
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._fields import dates
from newsparse._fields.dates import date_line, find_dates
from regex_parser import CODES as _CODES
from regex_parser import PARSER as _PARSER

_REPEATS = tuple(
    getattr(_CODES, n)
    for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_CODES, n)
)


def _consumes_digit(items: Any) -> bool:
    """Whether every match of the parsed sequence ``items`` consumes a ``\\d``."""
    for op, av in items:
        if op is _CODES.IN and (_CODES.CATEGORY, _CODES.CATEGORY_DIGIT) in av and len(av) == 1:
            return True
        if op is _CODES.SUBPATTERN and _consumes_digit(av[-1]):
            return True
        if op in _REPEATS and av[0] >= 1 and _consumes_digit(av[2]):
            return True
        if op is _CODES.BRANCH and all(_consumes_digit(seq) for seq in av[1]):
            return True
    return False


def test_every_pattern_consumes_a_digit() -> None:
    # What the early stop relies on: a date needs a digit of its own.
    for index, pattern in enumerate(dates._PATTERNS):
        assert _consumes_digit(_PARSER.parse(pattern.pattern, pattern.flags)), index


def test_the_reader_of_digits_sees_them() -> None:
    assert _consumes_digit(_PARSER.parse(r"a(?:\d|x\d)"))
    assert not _consumes_digit(_PARSER.parse(r"a\d?"))
    assert not _consumes_digit(_PARSER.parse(r"a(?:\d|x)"))


def _every_pattern(text: str, **kw: Any) -> list[dates.DateMatch]:
    """find_dates with every pattern tried (as before the early stop)."""
    with mock.patch.object(dates, "_digit_outside", lambda text, found: True):
        return list(find_dates(text, **kw))


PIECES = (
    "2025", "1999", "11", "3", "03", "25", "12", "19", ".", "/", "-", " ", ", ", ":",
    "14:05", "4:00 PM", "GMT+8", "年", "月", "日", "November", "Nov.", "de", "noviembre",
    "Jan", "th", "Updated", "at", "|", "x", "١٢", "２０２５",
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join))
def test_the_same_dates_as_every_pattern(text: str) -> None:
    for day_first in (False, True):
        assert list(find_dates(text, day_first=day_first)) == _every_pattern(
            text, day_first=day_first
        )


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # The first pattern reads the whole line: the others are not tried.
        ("2025.10.29 23:38 GMT+8", [dt.date(2025, 10, 29)]),
        # A date of a later pattern beside it, in the digits left outside.
        (
            "2025-10-29, first printed 30 October 2025",
            [dt.date(2025, 10, 29), dt.date(2025, 10, 30)],
        ),
        ("21-Jan-2019 | 2019/01/16", [dt.date(2019, 1, 16), dt.date(2019, 1, 21)]),
        # Digits left outside that make no date.
        ("2025-10-29 page 3", [dt.date(2025, 10, 29)]),
    ],
)
def test_dates_found(text: str, days: list[dt.date]) -> None:
    found = list(find_dates(text))
    assert sorted(_day(m.value) for m in found) == days
    assert found == _every_pattern(text)


def test_date_line_reads_a_cgtn_line() -> None:
    dm = date_line("Updated 2025.10.29 23:38 GMT+8")
    assert dm is not None and dm.updated
    assert dm.value == dt.datetime(2025, 10, 29, 23, 38, tzinfo=dt.timezone(dt.timedelta(hours=8)))
