"""The date beside the one ``By`` line, where no headline was found (issue 12).

A page whose mega menu (items, each over a sentence that describes it) reads as the
prose leaves the headline unfound; the byline is then found alone, as the dump's one
``By`` line, and the date line printed beside it (over a section's line, say) is the
header's. Two dates there, an update's, or a date further away, are not read.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from articles import PROSE, dump, rule

SECTIONS = [
    ("Garden Topics", "Your resource for all things gardening, including soil, seeds, "
     "tools and the rights of allotment holders."),
    ("Membership", "Whether you are a new grower or an old hand, you have access to a "
     "wide array of resources to help you succeed."),
    ("Research", "Including harvests, seed prices, regional data and our members' "
     "surveys. Use the data to plan your season."),
    ("Campaigns", "The society is widely considered one of the most effective voices "
     "for growers in the whole country."),
    ("Courses", "Our affiliated schools and councils offer a wide selection of training "
     "options for every level of grower."),
    ("Events", "Stay current on the issues with daily news from the society. Meet other "
     "growers and attend a seminar."),
]  # fmt: skip


def mega_menu() -> list[str]:
    lines = ["Main menuClose menu", "Shop", "Contact", "Pay dues", "Main menu"]
    for name, desc in SECTIONS:
        lines += [name, "Open submenu", desc]
    lines += ["More", "Open submenu"]
    for name, desc in SECTIONS:
        lines += [
            f"Close submenu{name}", name, "View All", f"About {name.lower()}", desc,
            "Soil", "Seeds", "Tools", "Watering", "View More",
            "Greenhouses", "Orchards", "Ponds", "View More",
        ]  # fmt: skip
    return lines


MENU = mega_menu()
CRUMBS = ["Garden News", "You are here", "Home", "Garden News"]
HEADLINE = "Five things growers watch this spring"
DECK = "Growers weigh in on the weather, the prices of seed and the new rules for allotments."
CREDIT = "© Jane Roe / Digital Vision Vectors / Example Images"
FOOTER = ["About us", "Contact", "Privacy policy"]


def page(*meta: str | list[str]) -> str:
    return dump(MENU, CRUMBS, HEADLINE, *meta, "Share", DECK, CREDIT, "", PROSE * 3, FOOTER)


@pytest.mark.parametrize(
    ("date", "byline", "day"),
    [
        ("January 5, 2026", "By: Jane Doe", dt.date(2026, 1, 5)),
        ("5 January 2026", "By Jane Doe", dt.date(2026, 1, 5)),
        ("2026-01-05", "By: Jane Doe", dt.date(2026, 1, 5)),
        ("Jan. 5, 2026, 9:30 a.m.", "Written by Jane Doe", dt.date(2026, 1, 5)),
    ],
)
def test_date_over_a_section_over_the_one_by_line(date: str, byline: str, day: dt.date) -> None:
    article = newsparse.parse(page(date, "Vegetables, Fruit", byline))
    assert article.byline is not None and "Jane Doe" in article.byline
    assert rule(article, "byline") == "byline.once"
    assert article.date is not None
    got = article.date.date() if isinstance(article.date, dt.datetime) else article.date
    assert got == day
    assert rule(article, "date") == "date.by-byline-once"


def test_date_under_the_one_by_line() -> None:
    article = newsparse.parse(page("Vegetables, Fruit", "By: Jane Doe", "March 3, 2025"))
    assert article.date == dt.date(2025, 3, 3)
    assert rule(article, "date") == "date.by-byline-once"


def test_two_dates_beside_the_by_line_give_none() -> None:
    """A published and a second date line around the name: which one is not told."""
    article = newsparse.parse(page("January 5, 2026", "By: Jane Doe", "January 9, 2026"))
    assert rule(article, "byline") == "byline.once"
    assert article.date is None


def test_an_updated_date_beside_the_by_line_is_not_the_publication() -> None:
    article = newsparse.parse(page("Updated January 9, 2026", "Vegetables, Fruit", "By: Jane Doe"))
    assert rule(article, "byline") == "byline.once"
    assert article.date is None


def test_a_date_three_lines_away_is_not_read() -> None:
    """A masthead's day or a list's date over the section lines is not the byline's."""
    article = newsparse.parse(
        page("January 5, 2026", "Vegetables", "Fruit", "Allotments", "By: Jane Doe")
    )
    assert rule(article, "byline") == "byline.once"
    assert article.date is None


@pytest.mark.parametrize(
    ("date", "byline"),
    [
        ("5. Januar 2026", "Von Jana Novak"),  # de
        ("5 janvier 2026", "Par Jeanne Dupont"),  # fr
        ("5 de enero de 2026", "Por Juana Pérez"),  # es
        ("5 gennaio 2026", "Di Giovanna Rossi"),  # it
        ("5 de janeiro de 2026", "Por Joana Silva"),  # pt
        ("5 januari 2026", "Door Jan de Vries"),  # nl
        ("5 stycznia 2026", "Autor: Anna Nowak"),  # pl
        ("5 januari 2026", "Av Anna Berg"),  # sv
        ("5 Ocak 2026", "Yazar: Ayşe Yılmaz"),  # tr
        ("5 Januari 2026", "Oleh Siti Rahma"),  # id
        ("5. ledna 2026", "Autor: Jana Nováková"),  # cs
        ("5. januar 2026", "Af Anne Holm"),  # da
        ("5.1.2026", "Teksti: Anna Virtanen"),  # fi
        ("5. siječnja 2026.", "Piše: Ana Horvat"),  # hr
        ("5. januar 2026", "Av Kari Nordmann"),  # no
    ],
)
def test_date_beside_the_by_line_in_other_languages(date: str, byline: str) -> None:
    article = newsparse.parse(page(date, "Vegetables, Fruit", byline))
    assert article.byline == byline
    assert article.date == dt.date(2026, 1, 5)
    assert rule(article, "date") == "date.by-byline-once"


def test_a_numeric_date_either_order_reads_is_left() -> None:
    """``05/01/2026`` in an English page: 5 January or May 1, not told."""
    article = newsparse.parse(page("05/01/2026", "Vegetables, Fruit", "By: Jane Doe"))
    assert rule(article, "byline") == "byline.once"
    assert article.date is None
