"""A blog post's date over its navigation to the posts before and after it (issue 12).

A theme prints the post's meta line (category, author and date glued) under the
article, a share bar, then ``Previous`` / a title / its meta line and ``Next`` / a
title / its meta line: the neighbours' dates are other posts', never the article's;
the line over them is the post's own, when its day lies between the neighbours'.
"""

from __future__ import annotations

import datetime as dt

import newsparse
from articles import HEADLINE, PROSE, dump, rule

URL = "https://blog.example.org/city/council-approves-new-bike-lanes"
MENU = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Opinion"]
FOOTER = ["About us", "Contact", "Privacy policy"]
LONG = PROSE * 3
RELATED = ["You may also like", "Five rides along the river", "A guide to winter cycling"]
SHARE = "Facebook0 Twitter LinkedIn0 Pinterest0 0 Likes"


def nav(before: str, after: str) -> list[str]:
    return [
        "Previous", "Why the bridge closed for a week", f"CityJane Doe{before}bridge, traffic",
        "Next", "Our favourite bakeries this spring", f"FoodJane Doe{after}bakeries",
    ]  # fmt: skip


def parse(text: str) -> newsparse.Article:
    article = newsparse.parse(text, url=URL)
    assert article.parser == "generic"
    assert article.title == HEADLINE
    return article


def test_meta_line_over_the_navigation_under_a_list() -> None:
    """The meta line under a related list (not under a paragraph), over the navigation."""
    text = dump(
        MENU, HEADLINE, LONG, RELATED, "CityJane DoeSeptember 12, 2022cycling, council",
        SHARE, nav("September 26, 2022", "August 22, 2022"), FOOTER,
    )  # fmt: skip
    article = parse(text)
    assert article.date == dt.date(2022, 9, 12)
    assert rule(article, "date") == "date.over-post-nav"


def test_long_meta_line_with_tags_and_comments() -> None:
    text = dump(
        MENU, HEADLINE, LONG,
        "City Life, Getting AroundJane DoeApril 10, 2017cycling, council, traffic, bike lanes4 Comments",
        SHARE, nav("April 11, 2017", "April 6, 2017"), FOOTER,
    )  # fmt: skip
    assert parse(text).date == dt.date(2017, 4, 10)


def test_meta_line_under_the_prose_with_an_older_neighbour() -> None:
    """Under the last paragraph: the next post's earlier day does not unsettle it."""
    text = dump(
        MENU, HEADLINE, LONG, "cityJane DoeFebruary 3, 2026Comment", SHARE,
        nav("February 20, 2026", "November 16, 2023"), FOOTER,
    )  # fmt: skip
    article = parse(text)
    assert article.date == dt.date(2026, 2, 3)
    assert rule(article, "date") == "date.under-prose"


def test_a_day_outside_the_neighbours_is_not_taken() -> None:
    """A line whose day is not between the posts before and after it is another's."""
    text = dump(
        MENU, HEADLINE, LONG, RELATED, "CityJane DoeMay 2, 2019cycling", SHARE,
        nav("September 26, 2022", "August 22, 2022"), FOOTER,
    )  # fmt: skip
    assert parse(text).date is None


def test_neighbours_dates_alone_are_never_taken() -> None:
    """No meta line of the post: the neighbours' days are not the article's."""
    text = dump(MENU, HEADLINE, LONG, RELATED, SHARE, nav("May 2, 2022", "May 2, 2022"), FOOTER)
    assert parse(text).date is None


def test_previous_post_link_under_the_meta_line() -> None:
    """``Previous post`` / a title / its date under the post's meta line: the earlier day
    is the previous post's, which does not unsettle the line (it read None before)."""
    text = dump(
        MENU, HEADLINE, LONG, "June 9, 2020 · 6 Comments", "Previous post",
        "Our guide to the new tram line", "May 2, 2020", FOOTER,
    )  # fmt: skip
    article = parse(text)
    assert article.date == dt.date(2020, 6, 9)
    assert rule(article, "date") == "date.under-prose"
