"""The generic parser's date of a text dump printed under the article, in a blog's
post-meta line, where the header shows none; never a comment's, a list's or a
machine's stamp."""

from __future__ import annotations

import datetime as dt

import newsparse
from articles import HEADLINE, PROSE, dump, rule

URL = "https://blog.example.org/city/council-approves-new-bike-lanes"
MENU = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Opinion"]
FOOTER = ["Share this article", "Facebook", "Twitter", "About us", "Contact", "Privacy policy"]
LONG = PROSE * 3
NEWSLETTER = [
    "Don't miss a thing!",
    "Join our growing community of readers to get the best stories of the week, the "
    "city's news and our guides straight to your inbox every Friday morning.",
]
COMMENT = (
    "Thank you for this write-up, we have been waiting for safer routes to school "
    "for years and this is the first plan that looks like it will really happen."
)


def parse(text: str) -> newsparse.Article:
    article = newsparse.parse(text, url=URL)
    assert article.parser == "generic"
    assert article.title == HEADLINE
    return article


def test_post_meta_line_under_the_prose_with_comments_after_it() -> None:
    text = dump(
        MENU, HEADLINE, LONG, "June 9, 2020 · 6 Comments", NEWSLETTER, "6 Comments",
        "Anna says", "June 9, 2020 at 1:06 pm", COMMENT, "Reply",
        "Ben says", "September 17, 2020 at 6:59 am", COMMENT, "Reply", FOOTER,
    )  # fmt: skip
    article = parse(text)
    assert article.date == dt.date(2020, 6, 9)
    assert rule(article, "date") == "date.under-prose"
    assert all("Comments" not in b.text for b in article.body)


def test_glued_post_meta_line_under_the_prose() -> None:
    """A theme's category, author and date glued: ``CyclingJane DoeMarch 3, 2025Comment``."""
    text = dump(MENU, HEADLINE, LONG, "cyclingJane DoeMarch 3, 2025Comment", FOOTER)
    article = parse(text)
    assert article.date == dt.date(2025, 3, 3)
    assert rule(article, "date") == "date.under-prose"


def test_comment_dates_under_their_text_are_not_taken() -> None:
    """Each comment's date under its text: two days, the comments', not the post's."""
    text = dump(
        MENU, HEADLINE, LONG, "What readers say", "Anna", COMMENT, "March 6, 2023 at 8:55 am",
        "Ben", COMMENT, "March 7, 2023 at 4:13 pm", FOOTER,
    )  # fmt: skip
    assert parse(text).date is None


def test_an_earlier_date_elsewhere_keeps_the_line_unread() -> None:
    """Under the meta line, another story's earlier date: the line may be a list's too.
    (Under a post navigation's label, the date is a neighbour's: see test_dates_post_nav.)"""
    text = dump(
        MENU, HEADLINE, LONG, "June 9, 2020 · 6 Comments", "Read also",
        "Our guide to the new tram line", "May 2, 2020", FOOTER,
    )  # fmt: skip
    assert parse(text).date is None


def test_related_list_under_the_prose_is_not_read() -> None:
    """A list of titles, blurbs and dates: the first date under a blurb is no post's meta."""
    blurb = "A short summary of another story from the city, with what it is about and why."
    text = dump(
        MENU, HEADLINE, LONG, "Trams return to the old town", blurb,
        "July 17, 2025", "A new park by the river", blurb, "September 23, 2025", FOOTER,
    )  # fmt: skip
    assert parse(text).date is None


def test_machine_stamp_or_a_sentence_under_the_prose_is_not_read() -> None:
    stamp = dump(MENU, HEADLINE, LONG, "2025-10-30T10:45:07-04:00", FOOTER)
    assert parse(stamp).date is None
    lead = dump(MENU, HEADLINE, LONG, "As of July 31, 2025, the city had received:", FOOTER)
    assert parse(lead).date is None


def test_update_under_the_prose_is_no_publication_date() -> None:
    for line in ("Updated July 9, 2025", "NewsLast updated July 9, 2025 · 3 Comments"):
        assert parse(dump(MENU, HEADLINE, LONG, line, FOOTER)).date is None
