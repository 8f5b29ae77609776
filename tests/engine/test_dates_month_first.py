"""Numeric dates that either order of day and month could read, settled by the dump's
other numeric dates (issue 12): a site prints all its dates in one order, so
``09.10.2024`` under the headline is 10 September where the dump's list prints
``11.24.2025``, and stays 9 October where it prints ``24.11.2025`` too."""

from __future__ import annotations

import datetime as dt

import newsparse
from articles import HEADLINE, PROSE, dump, rule
from newsparse._fields.dates import either_order, find_dates, month_first_dump

URL = "https://www.example.com/guides/council-approves-new-bike-lanes"
MENU = ["Home", "Guides", "Pricing", "About"]
FOOTER = ["About us", "Contact", "Privacy policy"]


def guides(*days: str) -> list[str]:
    """A list of other guides, each a title over its date."""
    lines = ["More guides"]
    for k, day in enumerate(days):
        lines += [f"How to plan a kitchen renovation, part {k + 1}", day]
    return lines


def parse(text: str) -> newsparse.Article:
    article = newsparse.parse(text, url=URL)
    assert article.parser == "generic"
    assert article.title == HEADLINE
    return article


def test_dotted_date_read_month_first_by_the_dump() -> None:
    text = dump(MENU, HEADLINE, "09.10.2024", PROSE, guides("11.24.2025", "10.28.2025"), FOOTER)
    article = parse(text)
    assert article.date == dt.date(2024, 9, 10)
    assert rule(article, "date") == "date.month-first"


def test_dotted_date_stays_day_first_without_evidence() -> None:
    text = dump(MENU, HEADLINE, "09.10.2024", PROSE, guides("10.10.2025", "07.05.2025"), FOOTER)
    article = parse(text)
    assert article.date == dt.date(2024, 10, 9)
    assert rule(article, "date") == "date.line"


def test_slashed_date_unread_in_english_read_month_first_by_the_dump() -> None:
    """``10/12/2023`` over the headline is left unread in English (either order could
    be meant); the dump's ``12/18/2025`` says the site puts the month first."""
    text = dump(
        MENU, "10/12/2023 7:38:01 PM | 3 minute read", HEADLINE, PROSE * 3,
        guides("12/18/2025 4:00:05 PM", "12/16/2025 4:16:54 PM"), FOOTER,
    )  # fmt: skip
    article = parse(text)
    assert article.date == dt.date(2023, 10, 12)
    assert rule(article, "date") == "date.month-first"


def test_slashed_date_stays_unread_without_evidence() -> None:
    text = dump(MENU, "10/12/2023 7:38:01 PM", HEADLINE, PROSE * 3, guides("12/12/2025"), FOOTER)
    assert parse(text).date is None


def test_mixed_orders_settle_nothing() -> None:
    """One date of each order (a typo, a quoted date): the day first rule stands."""
    text = dump(MENU, HEADLINE, "09.10.2024", PROSE, guides("11.24.2025", "24.11.2025"), FOOTER)
    assert parse(text).date == dt.date(2024, 10, 9)


def test_other_separators_say_nothing() -> None:
    """Slashes month first elsewhere do not settle a dotted date."""
    text = dump(MENU, HEADLINE, "09.10.2024", PROSE, guides("11/24/2025"), FOOTER)
    assert parse(text).date == dt.date(2024, 10, 9)


def test_either_order() -> None:
    assert either_order("Posted 09.10.2024 by Jane") == "."
    assert either_order("03/04/2025") == "/"
    assert either_order("24.11.2025") is None
    assert either_order("05.05.2025") is None  # one reading
    assert either_order("1.2.3.2024") is None  # a version number


def test_month_first_dump() -> None:
    assert month_first_dump(["a", "11.24.2025", "10.28.2025"], ".")
    assert not month_first_dump(["11.24.2025", "24.11.2025"], ".")
    assert not month_first_dump(["10.10.2025"], ".")
    assert not month_first_dump(["11/24/2025"], ".")
    assert month_first_dump(["11/24/2025"], "/")


def test_find_dates_month_first() -> None:
    def days(text: str, **kw: bool) -> list[object]:
        return [m.value for m in find_dates(text, **kw)]

    assert days("09.10.2024") == [dt.date(2024, 10, 9)]
    assert days("09.10.2024", month_first=True) == [dt.date(2024, 9, 10)]
    assert days("03/04/2025") == []
    assert days("03/04/2025", month_first=True) == [dt.date(2025, 3, 4)]
    assert days("03/04/2025", day_first=True, month_first=True) == [dt.date(2025, 3, 4)]
    # A reading that one number settles is not changed.
    assert days("24.11.2025", month_first=True) == [dt.date(2025, 11, 24)]
    assert days("3 November 2025", month_first=True) == [dt.date(2025, 11, 3)]
