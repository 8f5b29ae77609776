"""Where the body of a text dump ends: lists of dated entries under the article."""

from __future__ import annotations

import newsparse
from articles import HEADLINE, PROSE, dump

COMMENTS = [
    "harbourfan says:",
    "March 4, 2025 at 6:34 am",
    "About time the council did something about the traffic on the main roads.",
    "J. Smith says:",
    "March 4, 2025 at 7:02 am",
    "The shop owners have a point, parking is hard enough to find as it is.",
    "cyclist42 says:",
    "March 4, 2025 at 8:15 am",
    "I will believe it when I see the first kilometre of these lanes built.",
]

TEASERS = [
    "Harbour bridge to close for repairs in the summer",
    "Anna Berg",
    "Tuesday March 4, 2025",
    "The bridge will close for eight weeks while crews replace the deck and the railings.",
    "New tram line opens to the airport after years of delays",
    "Tom Lee",
    "Monday March 3, 2025",
    "The first trams ran on Monday morning, carrying more than two thousand passengers.",
    "School meals to be free for every pupil from September",
    "Mia Roth",
    "Monday March 3, 2025",
    "The city will pay for the meals from the budget set aside for the new tram line.",
]


HEADER = [HEADLINE, "By Jane Doe", "March 3, 2025"]


def body_of(text: str) -> list[str]:
    return [b.text for b in newsparse.parse(text).body]


def test_comments_under_the_article_are_cut() -> None:
    article = newsparse.parse(dump(HEADER, PROSE, COMMENTS))
    assert [b.text for b in article.body] == PROSE
    comment_lines = {p.lines[0] for p in article.provenance if p.rule == "body.dated-entries"}
    # The commenter's name over the first date opens the cut, through the last comment
    # (the first date alone may have been read by the header pass: it is no body either).
    first = len(HEADER) + len(PROSE)
    assert {first, *range(first + 2, first + len(COMMENTS))} <= comment_lines


def test_teasers_of_other_stories_under_the_article_are_cut() -> None:
    assert body_of(dump(HEADER, PROSE, "Share", TEASERS)) == PROSE


def test_a_timeline_in_the_article_stays() -> None:
    # Each date stands right under the previous entry's paragraph: no entry's head.
    timeline = [
        "How the plan came about:",
        "January 12, 2024",
        "The council asked the transport office for a study of the main roads.",
        "June 3, 2024",
        "The study found that most of the crashes happened on four of the roads.",
        "November 20, 2024",
        "The first draft of the plan was shown to the public at the town hall.",
    ]
    texts = body_of(dump(HEADER, PROSE[:2], timeline, PROSE[2:]))
    assert texts[-2:] == PROSE[2:]
    # (The dates alone are read as dates: what matters here is that no entry is cut.)
    assert [t for t in texts if t in timeline] == timeline[::2][:1] + timeline[2::2]


def test_dated_entries_right_under_the_headline_are_the_article() -> None:
    # A page that is a list of dated entries (a schedule) has no article above them
    # to end: the entries are what the page says.
    schedule = [
        "Opening of the north route",
        "April 2, 2025",
        "Crews will open the first four kilometres of the north route to cyclists.",
        "Closing of Harbour Street",
        "May 14, 2025",
        "Harbour Street will close to cars while the protected lane is being built.",
        "Opening of the harbour route",
        "June 30, 2025",
        "The route along the harbour will open, linking the ferry to the station.",
    ]
    texts = body_of(dump(HEADER, schedule))
    assert texts[-1] == schedule[-1]
    assert schedule[2] in texts and schedule[5] in texts
