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


# Four more paragraphs: the article must be long enough to have an end of its own.
MORE_PROSE = [
    "The transport office said the first routes would link the station to the harbour, "
    "where most of the city's commuters already ride along the old tram tracks.",
    "Shop owners on Harbour Street asked the council to keep the loading bays open in the "
    "morning, and the mayor said the plan would leave room for them.",
    "A group of parents asked for lanes by every school in the north of the city, where "
    "children now ride to class along roads without any pavement at all.",
    "The council will hear the first reports on the work in the autumn, when the contracts "
    "for the second group of routes are due to be signed and published.",
]
ARTICLE = PROSE + MORE_PROSE

PAGE_END = [
    "Share this article",
    "Facebook",
    "Twitter",
    "Email",
    "Most read",
    "Council votes on new bus lanes",
    "Harbour ferry returns to service",
    "New school opens in the old town",
    "Get the morning's top stories from our newsroom in your inbox every day.",
    "About us",
    "Contact",
    "Careers",
]


def test_the_page_under_the_article_is_cut_with_its_promotion_sentence() -> None:
    article = newsparse.parse(dump(HEADER, ARTICLE, PAGE_END))
    assert [b.text for b in article.body] == ARTICLE
    cut = {p.lines[0] for p in article.provenance if p.rule == "body.after-article"}
    first = len(HEADER) + len(ARTICLE)
    # The share bar is furniture on its own; from the line after it, the end cuts.
    assert cut == set(range(first + 4, first + len(PAGE_END)))


def test_the_article_resumes_under_a_box_with_page_furniture() -> None:
    box = ["Share this article", "Facebook", "Twitter", "Email"]
    texts = body_of(dump(HEADER, ARTICLE[:5], box, ARTICLE[5:]))
    assert texts == ARTICLE


def test_a_long_list_of_the_article_stays() -> None:
    # No page furniture among its lines: the article's own list, however long.
    items = [
        "Harbour Street",
        "Station Road",
        "North Avenue",
        "Old Town Square",
        "Market Lane",
        "Ferry Road",
    ]
    texts = body_of(dump(HEADER, ARTICLE[:5], "The first routes:", items, ARTICLE[5:6]))
    assert texts == [*ARTICLE[:5], "The first routes:", *items, ARTICLE[5]]


def test_a_closing_paragraph_under_a_share_bar_stays() -> None:
    # A box of page furniture alone is set into the article, even over its last line.
    closing = "The mayor declined to say when the work would end."
    box = ["Share", "Facebook", "Twitter", "Email"]
    assert body_of(dump(HEADER, ARTICLE, box, closing, "Advertisement")) == [*ARTICLE, closing]


def test_the_article_goes_on_under_two_related_boxes_in_a_row() -> None:
    boxes = [
        "Related",
        "Harbour bridge to close for repairs in the summer",
        "New tram line opens to the airport",
        "Related",
        "School meals to be free for every pupil",
        "Ferry fares to rise in the new year",
    ]
    assert body_of(dump(HEADER, ARTICLE[:3], boxes, ARTICLE[3:])) == ARTICLE


def test_the_article_goes_on_under_a_box_of_seven_links() -> None:
    box = [
        "More from the city",
        "Harbour bridge to close for repairs in the summer",
        "New tram line opens to the airport",
        "School meals to be free for every pupil",
        "Ferry fares to rise in the new year",
        "Museum reopens after two years of work",
        "Zoo welcomes two red panda cubs",
        "Marathon route changed for the spring race",
    ]
    assert body_of(dump(HEADER, ARTICLE[:3], box, ARTICLE[3:])) == ARTICLE


def test_more_ads_over_the_last_heading_change_nothing() -> None:
    # The run's furniture counts once: three ads and a heading over the closing
    # paragraph are no longer the page's end than one ad and the heading (the
    # recovery property's "adding furniture changes nothing" found it).
    closing = "The mayor declined to say when the work would end."
    for ads in (["Advertisement"], ["Advertisement"] * 3):
        texts = body_of(dump(HEADER, ARTICLE, ads, "What comes next", closing))
        assert texts == [*ARTICLE, "What comes next", closing]
