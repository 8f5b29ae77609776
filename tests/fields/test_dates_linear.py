"""Date recognisers stay linear on long runs of blanks after a date or a time.

A time followed by a long run of spaces (``2025-01-01 10:30`` and 60,000
spaces) took about two minutes: two adjacent ``\\s*`` around an optional comma
tried every split of the run. These sizes took far longer than a minute
before; the bound is generous so that the test cannot flake.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest

from newsparse._fields.dates import find_dates

N = 60_000


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("2025-01-01 10:30", dt.date(2025, 1, 1)),
        ("2025年1月1日", dt.date(2025, 1, 1)),
        ("2025年1月1日 下午", dt.date(2025, 1, 1)),
        ("3 November 2025 10:30", dt.date(2025, 11, 3)),
    ],
)
def test_blank_runs_after_a_date(head: str, day: dt.date) -> None:
    for blank in (" ", "\t "):
        text = head + blank * N + "x"
        start = time.perf_counter()
        found = list(find_dates(text))
        assert time.perf_counter() - start < 10
        assert [f.value for f in found] == [day]
