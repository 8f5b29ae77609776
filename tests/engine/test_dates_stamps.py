"""A theme's hidden last update, a machine's stamp printed bare, beside the date the
theme shows (issue 12): ``By Tom | 2024-04-18T13:00:39+00:00 March 22nd, 2024``. The
shown date is the publication's; the stamp alone still gives none under the prose."""

from __future__ import annotations

import datetime as dt

import newsparse
from articles import HEADLINE, PROSE, dump, rule

MENU = ["Home", "Reviews", "About"]
FOOTER = ["About us", "Contact", "Privacy policy"]
STAMPED = "2024-04-18T13:00:39+00:00March 22nd, 2024"


def parse(text: str) -> newsparse.Article:
    article = newsparse.parse(text)
    assert article.title == HEADLINE
    return article


def test_shown_date_under_the_headline_not_the_stamp() -> None:
    """It read the stamp (18 April, 13:00 UTC) before."""
    article = parse(dump(MENU, HEADLINE, f"Jane Doe | {STAMPED} | Reviews", PROSE * 2, FOOTER))
    assert article.date == dt.date(2024, 3, 22)
    assert rule(article, "date") == "date.in-line"


def test_shown_date_in_the_meta_line_under_the_prose() -> None:
    """It read nothing before: the stamp made the whole line a machine's."""
    article = parse(dump(MENU, HEADLINE, PROSE * 2, f"Jane{STAMPED}|Reviews|", FOOTER))
    assert article.date == dt.date(2024, 3, 22)
    assert rule(article, "date") == "date.under-prose"


def test_stamp_alone_under_the_prose_is_not_read() -> None:
    article = parse(
        dump(MENU, HEADLINE, PROSE * 2, "Jane|2024-04-18T13:00:39+00:00|Reviews|", FOOTER)
    )
    assert article.date is None
