"""A headline the generic text header found no line for: one that ends like a sentence
or opens with a bracket (read as the first paragraph), over a byline or date line; and
one over a ``By`` line that no byline rule reads."""

from __future__ import annotations

import datetime as dt
import time

import newsparse
from newsparse._engine.headers import _by_credit, _two_sentences

MENU = "Home\nTravel\nFood\nAbout me\nContact\n"
FERRY = (
    "I can still picture the ferry pulling away from the harbour on a grey morning, the "
    "gulls circling over the deck while the islands slowly came into view through the mist.\n"
    "In the months since that trip, readers have asked me again and again what they should "
    "know before going, so here is everything I learned on the way, from ferries to food.\n"
    "The first thing to know is that the ferries run less often than you think, and in "
    "winter some of them stop for weeks at a time, so plan every crossing well ahead.\n"
)
TIMBER = (
    "In October, a council member visited the river port near the old mill and said that "
    "about forty tonnes of timber came down the river every week, most of it never declared.\n"
    "A major part of the reason that more inspectors are needed, he said, is the flow of "
    "timber that the port cannot count with the few people it has today.\n"
    "Is this number correct? It is more complicated than he suggests, but he appears to be "
    "close to the figures the port itself published last year in its annual report.\n"
)
SHEDS = (
    "Here is a question the Greenwood team hears every week: how much do garden sheds "
    "really cost? The answer depends on the size, the material and the way you build it.\n"
    "A small wooden shed costs less than a metal one of the same size, but it needs more "
    "care over the years, and the paint and the roof felt have to be renewed every few seasons.\n"
    "A large shed with a concrete floor and windows costs more again, and most councils ask "
    "for a permit once it passes a certain size, which adds weeks to the project.\n"
)


def parse(text: str) -> newsparse.Article:
    article = newsparse.parse(text)
    assert article.parser == "generic"
    return article


def test_headline_ending_with_a_full_stop_over_its_byline() -> None:
    headline = "Things to Know Before You Visit the Northern Islands."
    article = parse(MENU + headline + "\nBy Maria Lind 12th February 2025\n" + FERRY)
    assert article.title == headline
    assert article.authors == ("Maria Lind",)
    assert article.date == dt.date(2025, 2, 12)
    # (The headline is no paragraph of the body.)
    assert article.body[0].text.startswith("I can still picture")


def test_headline_opening_with_a_bracket_over_its_date_line() -> None:
    headline = "[Island Diary] More Notes from the Northern Ferries!"
    article = parse(MENU + headline + "\nOctober 12, 2018/0 Comments/in Travel\n" + FERRY)
    assert article.title == headline
    assert article.date == dt.date(2018, 10, 12)


def test_headline_over_a_by_line_read_as_a_paragraph() -> None:
    # A quote and its attribution over the headline; the byline ends with "a.m.", which
    # the prose test reads as a sentence.
    text = (
        "People\nElections\nSubjects\n"
        '"Forty tonnes a week are coming across the river in timber."\n'
        "— A council member on Sunday, October 13th, 2019 in an interview with a paper\n"
        "What is the value of the timber that comes down the river?\n"
        "By Jane Doe , John Roe on Monday, November 18th, 2019 at 11:08 a.m.\n" + TIMBER
    )
    article = parse(text)
    assert article.title == "What is the value of the timber that comes down the river?"
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.date == dt.date(2019, 11, 18)


def test_a_blurb_of_two_sentences_over_the_date_is_no_headline() -> None:
    text = (
        "News\nSport\nWeather\n"
        "Get breaking news alerts and special reports. The news that matters, every day.\n"
        "Nov. 19, 2019, 8:41 AM UTC\nBy Jane Doe\n" + TIMBER
    )
    assert parse(text).title is None


def test_headline_over_a_credit_no_byline_rule_reads() -> None:
    # The credit line echoes the prose (the team's name) and stands next to it: it
    # competed with the headline; as the headline's cluster, it anchors it.
    headline = "How Much Does a Garden Shed Really Cost?"
    text = "Products\nPricing\nResources\nBlog\nLog In\n" + headline
    article = parse(text + "\nBy Greenwood Sheds Team• 4 mins read\n" + SHEDS)
    assert article.title == headline


def test_by_credit_shape() -> None:
    assert _by_credit("By Greenwood Team• 4 mins read")
    assert _by_credit("By Dieter Hogen with Uta Pippig")
    assert _by_credit("Von Anna Schneider und Team")
    # A menu's sorting, a sentence, a lower-case word after the prefix.
    assert not _by_credit("By State")
    assert not _by_credit("By the end of the year, prices had risen in every town")
    assert not _by_credit("Browse By State")


def test_two_sentences() -> None:
    assert _two_sentences("Get alerts. The news that matters.")
    assert not _two_sentences("What is the value of drugs at the U.S. border?")
    assert not _two_sentences("Things to Know Before You Go.")


def test_two_sentences_is_linear() -> None:
    for line in (". " * 50_000, ".!?" * 33_000, " " * 100_000 + "x"):
        start = time.perf_counter()
        _two_sentences(line)
        assert time.perf_counter() - start < 0.5


BLURBS = (
    "Unified DataBring data from search, analytics and technical audits together, so "
    "that every team reads the same numbers in one place.\n"
    "Purpose-Built ToolsPersonal tools that write drafts, plan campaigns and check pages "
    "for errors, trained on the habits of your own team.\n"
    "Enterprise GradeThe only platform built for large teams, with single sign-on, roles, "
    "audit logs and support around the clock in four languages.\n"
    "End-to-End WorkflowsConnect every step of your work, from research to writing to "
    "reporting, without copying data between a dozen tools.\n"
)
MEGA_MENU = (
    "Compare\nPricing\nCustomers\nPartners\nCareers\nContact\nSupport\nEvents\nWebinars\n"
    "Guides\nPodcast\nNewsroom\nAcademy\nResearch Studies\nBack to Research Studies\n"
)
GARDENS = (
    "Garden design is changing fast: this year, designers expect native plants, smaller "
    "lawns and water-saving beds to shape most new gardens, as our survey of designers shows.\n"
    "The first trend is the smaller lawn. Most designers in the survey said their clients "
    "ask for less grass and more beds, and many asked for native plants that need little water.\n"
    "The second trend is the water-saving bed, planted with grasses and perennials that "
    "survive dry weeks, and laid out so that rain runs into the beds rather than the drain.\n"
) + "".join(
    f"Trend number {n} is about the way people use their gardens in the evening, with "
    "lights along the paths, a table for meals outside and plants that smell sweet at dusk.\n"
    for n in ("three", "four", "five", "six", "seven")
)
GARDEN_HEADLINE = "Seven Trends in Garden Design for the Coming Year"


def test_late_headline_over_its_cluster_past_a_menus_blurbs() -> None:
    # The menu's blurbs read as the first prose; the headline stands far under them, over
    # its date line and the article's prose.
    text = "Why Acme?\n" + BLURBS + MEGA_MENU + GARDEN_HEADLINE + "\nLast updated: Sep 4, 2025\n"
    article = parse(text + GARDENS)
    assert article.title == GARDEN_HEADLINE
    assert article.updated == dt.date(2025, 9, 4)
    assert article.body[0].text.startswith("Garden design is changing fast")


def test_late_headline_without_its_cluster_gets_no_title() -> None:
    text = "Why Acme?\n" + BLURBS + MEGA_MENU + GARDEN_HEADLINE + "\n"
    assert parse(text + GARDENS).title is None
