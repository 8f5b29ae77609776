"""Vietnamese publication and update labels of two words (issue 12): ``Đăng ngày``
("posted on the day"), ``Ngày đăng`` ("day posted"), ``Cập nhật ngày``; numeric dates
after them are read day first, as Vietnamese writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse._fields.dates import date_line, published_label


@pytest.mark.parametrize(
    ("text", "value", "updated"),
    [
        ("Đăng ngày 3/5/2024", dt.date(2024, 5, 3), False),
        ("Ngày đăng: 03/05/2024", dt.date(2024, 5, 3), False),
        ("Đăng lúc 17:47 ngày 3/5/2024", dt.date(2024, 5, 3), False),
        ("Cập nhật ngày 4/5/2024", dt.date(2024, 5, 4), True),
        ("Ngày cập nhật: 04/05/2024", dt.date(2024, 5, 4), True),
    ],
)
def test_two_word_labels(text: str, value: dt.date, updated: bool) -> None:
    found = date_line(text)
    assert found is not None
    assert (found.value, found.updated) == (value, updated)
    assert published_label(text) is not updated


def test_a_sentence_with_the_word_day_is_no_date_line() -> None:
    assert date_line("Ngày 3/5/2024 là một ngày đẹp trời ở Hà Nội") is None
