"""The generic parser on text dumps of unknown outlets: headline, deck, byline and
date among the page's chrome, and where the article starts and ends."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from articles import HEADLINE, PROSE, dump
from newsparse._engine.layout import prose_start
from newsparse._engine.text import is_paragraph
from newsparse._engine.titles import slug_words
from newsparse._fields import furniture

URL = "https://news.example.org/city/council-approves-new-bike-lanes"
MENU = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Opinion"]


def fields(text: str, url: str | None = None) -> newsparse.Article:
    article = newsparse.parse(text, url=url)
    assert article.parser == "generic"
    return article


# --- title ----------------------------------------------------------------------


def test_headline_found_below_a_menu_and_chrome_lines() -> None:
    text = dump(
        "Skip to content",
        MENU,
        "Book a Demo",
        "Search for...",
        "CITY",
        HEADLINE,
        "By Jane Doe",
        "March 4, 2025",
        PROSE,
    )
    article = fields(text)
    assert article.title == HEADLINE
    assert article.authors == ("Jane Doe",)
    assert article.date == dt.date(2025, 3, 4)
    # The kicker above the headline is not the title, and the menu is not body.
    assert [b.text for b in article.body] == PROSE


def test_menu_item_or_chrome_line_first_is_not_the_title() -> None:
    # No byline or date: the old strategy took the first strong line at the top.
    text = dump(MENU, "Watch our channel today", MENU, HEADLINE, PROSE)
    # No byline, date, repeat or URL to confirm it, but the headline over the prose,
    # echoing its lead, leads every other line by far; the chrome line is not taken.
    assert fields(text).title == HEADLINE
    # A second headline-shaped line close behind it: unsure, no title rather than a
    # wrong one.
    rival = dump(MENU, "City council approves new bike lanes plan", MENU, HEADLINE, PROSE)
    assert fields(rival).title is None
    url = "https://example.com/2025/03/city-council-approves-new-bike-lanes"
    assert fields(text, url).title == HEADLINE


def test_chrome_paragraph_before_the_menu_does_not_start_the_article() -> None:
    cookie = (
        "Select Accept to consent or Reject to decline non-essential cookies for this use. "
        "You can update your choices at any time in your settings."
    )
    text = dump(cookie, "Accept", "Reject", MENU, HEADLINE, "June 2, 2024", PROSE)
    article = fields(text)
    assert article.title == HEADLINE
    assert article.date == dt.date(2024, 6, 2)
    assert cookie not in [b.text for b in article.body]


def test_url_slug_picks_the_headline_among_other_strong_lines() -> None:
    text = dump(
        MENU,
        "Our most popular guides this week",
        "How to plan a cycling holiday in the Alps",
        "Find the right bike for your next adventure",
        "Plan your route with our free app",
        PROSE,
    )
    url = "https://example.org/guides/how-to-plan-a-cycling-holiday-in-the-alps/"
    assert fields(text, url).title == "How to plan a cycling holiday in the Alps"


def test_headline_printed_twice_wins_over_a_subheading_next_to_the_prose() -> None:
    text = dump(
        MENU,
        "Guides > Cycling > Ten routes for a first bike tour",
        "Ten routes for a first bike tour",
        "Our picks for a first trip",
        "April 2, 2025",
        "Where to start",
        PROSE,
    )
    assert fields(text).title == "Ten routes for a first bike tour"


def test_no_clear_headline_gives_no_title() -> None:
    # Menus and prose only: no line is a headline by its place, shape or repetition.
    text = dump(MENU, ["Contact", "Careers", "Press"], PROSE)
    assert fields(text).title is None


def test_headline_ending_with_a_bracket_is_not_a_paragraph() -> None:
    headline = "Top 10: the best language learning apps (tested by experts)"
    assert not is_paragraph(headline)
    assert is_paragraph("He said the plan was fine, and the vote went ahead (as expected).")
    text = dump(MENU, headline, "By Christian Roth", PROSE)
    article = fields(text)
    assert article.title == headline
    assert article.authors == ("Christian Roth",)


def test_headline_naming_a_newsletter_is_not_furniture() -> None:
    rule = furniture.matcher(furniture.LINE)
    assert rule("How to write a good newsletter with AI") is None
    assert rule("Sign up for our weekly newsletter") == "furniture.newsletter"
    assert rule("Newsletter") is not None
    text = dump(MENU, "How to write a good newsletter with AI", "May 3, 2025", PROSE)
    assert fields(text).title == "How to write a good newsletter with AI"


def test_headline_over_its_deck_and_a_name_over_the_date() -> None:
    deck = "Authorities issue red alerts as temperatures pass 44C in parts of Italy and Greece"
    text = dump(
        MENU,
        "Heatwave brings record temperatures to southern Europe",
        deck,
        "Helena Smith in Athens",
        "Mon 17 Jul 2023 10.30 BST",
        PROSE,
    )
    article = fields(text)
    assert article.title == "Heatwave brings record temperatures to southern Europe"
    assert article.subtitle == deck
    assert article.authors == ("Helena Smith",)


def test_german_dump_with_chrome_before_the_headline() -> None:
    prose = [
        "Der Stadtrat hat am Dienstag beschlossen, das Netz der geschützten Radwege in den "
        "nächsten drei Jahren um vierzig Kilometer zu erweitern.",
        "Befürworter sagen, der Plan werde die Zahl der Verkehrstoten senken, während einige "
        "Ladenbesitzer den Verlust von Parkplätzen fürchten.",
        "Die Arbeiten an den ersten Strecken sollen im Frühjahr beginnen, sobald der Haushalt "
        "genehmigt ist und die Verträge unterschrieben sind.",
    ]
    text = dump(
        ["Startseite", "Politik", "Wirtschaft", "Kultur", "Sport"],
        "Stadtrat beschließt vierzig Kilometer neue Radwege",
        "Von Anna Schmidt",
        "3. Mai 2024, 17:47",
        prose,
    )
    article = fields(text)
    assert article.title == "Stadtrat beschließt vierzig Kilometer neue Radwege"
    assert article.authors == ("Anna Schmidt",)
    assert article.date == dt.date(2024, 5, 3)


# --- dates ----------------------------------------------------------------------


def test_masthead_today_date_is_not_the_publication_date() -> None:
    text = dump(
        "Wednesday, January 14, 2026",
        MENU,
        HEADLINE,
        "By Jane Doe",
        "March 4, 2025",
        PROSE,
        "Related stories",
        "Another story about the city",
        "February 2, 2026",
    )
    article = fields(text)
    assert article.date == dt.date(2025, 3, 4)


def test_menu_date_far_above_the_headline_is_ignored() -> None:
    text = dump("December 1, 2025", MENU, MENU, MENU, HEADLINE, PROSE)
    article = fields(text, "https://example.com/city-council-approves-new-bike-lanes")
    assert article.title == HEADLINE
    assert article.date is None


def test_updated_line_goes_to_updated() -> None:
    text = dump(MENU, HEADLINE, "By Jane Doe", "Updated: December 9, 2024", PROSE)
    article = fields(text)
    assert article.updated == dt.date(2024, 12, 9)
    assert article.date is None


def test_date_inside_a_name_line_under_the_headline() -> None:
    text = dump(MENU, HEADLINE, "Melissa Ozawa December 18, 2025", PROSE)
    article = fields(text)
    assert article.date == dt.date(2025, 12, 18)
    # A date line is never the deck.
    assert article.subtitle is None


def test_last_updated_inside_a_byline_line_is_an_update() -> None:
    text = dump(MENU, HEADLINE, "Last updated on August 2, 2025 by Shannon Lee", PROSE)
    article = fields(text)
    assert article.updated == dt.date(2025, 8, 2)
    assert article.date is None


def test_date_under_the_lead_paragraph_is_the_articles() -> None:
    lead = "A short lead paragraph that sums up the story for the reader in one sentence."
    text = dump(MENU, HEADLINE, lead, "January 17, 2025", "8 min read", PROSE)
    assert fields(text).date == dt.date(2025, 1, 17)


# --- body -----------------------------------------------------------------------


@pytest.mark.parametrize("box", ["About the Author", "Tags", "Post navigation", "More articles"])
def test_boxes_under_the_article_end_the_body(box: str) -> None:
    text = dump(MENU, HEADLINE, "By Jane Doe", PROSE, box, PROSE[0][::-1].capitalize() + ".")
    body = [b.text for b in fields(text).body]
    assert body == PROSE


def test_prose_start_skips_a_lone_paragraph() -> None:
    # candidates 0..9; paragraphs (word counts) at 1 (alone) and 6, 7 (a run).
    words = [0, 40, 0, 0, 0, 0, 0, 35, 30, 0]
    assert prose_start(words, list(range(10)), 10) == 7
    # A notice three lines above the prose (a headline between them) is not its start.
    assert prose_start([40, 0, 0, 0, 35, 30], list(range(6)), 6) == 4
    assert prose_start([40, 0, 0, 35, 30], list(range(5)), 5) == 0
    # No run at all: the first paragraph.
    assert prose_start([0, 40, 0, 0, 0, 0, 0, 0, 0], list(range(9)), 9) == 1
    assert prose_start([0, 0], [0, 1], 2) == 2


def test_slug_words() -> None:
    assert slug_words("https://x.org/a/how-to-plan_a-trip.html?x=1") == [
        "how",
        "to",
        "plan",
        "a",
        "trip",
    ]
    assert slug_words("https://x.org/news/12345") == []
    assert slug_words(None) == []
    # The last wordy segment, not the wordiest (a section's name above the slug).
    assert slug_words("https://x.org/best-practices-how-to-articles/top-10-tips") == [
        "top",
        "tips",
    ]
    # Camel case is split; ids and numbers are left out.
    assert slug_words("https://x.org/CUE-WhatToExpect") == ["cue", "what", "to", "expect"]
    assert slug_words("https://x.org/a/best-us-trips-CM945") == ["best", "us", "trips"]


def test_headline_under_a_notice_that_reads_as_prose() -> None:
    """A browser notice (a paragraph) above the headline is not where the article
    starts: the headline with its byline under it wins, and the notice is left out."""
    notice = (
        "We noticed that you are using an old browser which is no longer supported, "
        "so some parts of this page may not work as they should."
    )
    text = dump(MENU, notice, HEADLINE, "By Jane Doe", PROSE)
    article = fields(text)
    assert article.title == HEADLINE
    assert article.authors == ("Jane Doe",)
    body = " ".join(b.text for b in article.body)
    assert body.startswith(PROSE[0])
    assert "noticed" not in body


def test_headline_ending_like_a_sentence_is_no_prose_start() -> None:
    """``... It's Never Too Late!`` reads as a paragraph; with its date line under it
    it is the headline."""
    title = "The Adult's Guide to Starting Music Lessons: It's Never Too Late!"
    text = dump(MENU, title, title, "October 11, 2023 by Jane Doe", PROSE)
    article = fields(text)
    assert article.title == title
    assert article.date == dt.date(2023, 10, 11)
    assert article.authors == ("Jane Doe",)


def test_no_late_headline_without_a_byline_or_date_next_to_it() -> None:
    """A subheading under the lead paragraph is no headline: late candidates need
    an anchor next to them."""
    text = dump(MENU, PROSE[0], "What the plan means for shops", PROSE[1:])
    article = fields(text)
    assert article.title is None


# --- bylines on the date line -----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "date", "updated"),
    [
        ("By Randy Thompson • 20 Dec 2025", ("Randy Thompson",), dt.date(2025, 12, 20), None),
        ("Tom Talbot October 14, 2025", ("Tom Talbot",), dt.date(2025, 10, 14), None),
        ("Matt Eland on Dec. 13, 2025", ("Matt Eland",), dt.date(2025, 12, 13), None),
        (
            "Last Updated on April 8, 2024 by Amanda Brooks",
            ("Amanda Brooks",),
            None,
            dt.date(2024, 4, 8),
        ),
        # A label after the date is no name; the date's own words are no name either.
        ("March 20, 2023 | Wellness And Prevention", (), dt.date(2023, 3, 20), None),
        ("Last Modified: August 08, 2023", (), None, dt.date(2023, 8, 8)),
    ],
)
def test_name_printed_on_the_date_line(
    line: str, authors: tuple[str, ...], date: dt.date | None, updated: dt.date | None
) -> None:
    article = fields(dump(MENU, HEADLINE, line, PROSE))
    assert article.title == HEADLINE
    assert article.authors == authors
    assert article.date == date
    assert article.updated == updated


def test_labels_printed_above_their_values() -> None:
    text = dump(MENU, HEADLINE, "Written by", "Edzel Tabing", "Last updated", "Aug 04, 2025", PROSE)
    article = fields(text)
    assert article.authors == ("Edzel Tabing",)
    assert article.updated == dt.date(2025, 8, 4)
    assert article.date is None


def test_a_short_line_above_a_name_that_is_no_byline_label() -> None:
    # "Top Agencies" + a name is no "By" line: the name alone is not taken.
    text = dump(MENU, HEADLINE, "Top Agencies", "Jack Shepherd", PROSE)
    assert fields(text).authors == ()


def test_name_over_a_role_line_over_the_date() -> None:
    text = dump(
        MENU, HEADLINE, "Jack Shepherd", "Co-Founder & Marketing Director", "May 3, 2025", PROSE
    )
    article = fields(text)
    assert article.authors == ("Jack Shepherd",)
    assert article.date == dt.date(2025, 5, 3)


def test_name_shape_reads_any_alphabet() -> None:
    from newsparse._engine.titles import name_shaped

    assert name_shaped("Émile Zola")
    assert name_shaped("Анна Петрова")
    assert name_shaped("Mary O'Neil")
    assert not name_shaped("Jane")
    assert not name_shaped("Read the full story")
    assert not name_shaped("Top 10 Apps")


def test_headline_over_a_long_deck_over_the_byline() -> None:
    text = (
        "Skip to content\nThe Harbour Courier\nNews Business Science Culture\nSubscribe\n\n"
        "Kelp forests return to the northern bay\n\n"
        "Divers count three times more kelp than in 2019, and the urchins that stripped "
        "the reef are in retreat\n\n"
        "By Ana Lima\nPublished Tuesday 4 November 2025, 6.15pm\n\n"
        "Six years after sea urchins stripped the reef off Gull Point to bare rock, the kelp "
        "is back. Volunteer divers who have surveyed the bay every spring since 2019 counted "
        "more than 4,200 adult kelp plants this October, three times as many as two years ago.\n\n"
        "The recovery follows a ban on taking crayfish from the bay, introduced by the regional "
        "council in 2021. Crayfish eat urchins, and divers now report twice as many of them.\n"
    )
    article = newsparse.parse(text)
    assert article.title == "Kelp forests return to the northern bay"
    assert article.subtitle is not None and article.subtitle.startswith("Divers count")
    assert article.authors == ("Ana Lima",)


# --- a name alone under the headline ----------------------------------------------


def test_name_alone_under_the_headline_over_the_prose_is_the_byline() -> None:
    text = dump(MENU, HEADLINE, "Andrei Zakhareuski", PROSE)
    article = fields(text, url=URL)
    assert article.title == HEADLINE
    assert article.authors == ("Andrei Zakhareuski",)
    assert article.source is None


def test_name_under_the_headline_with_a_job_title_under_it() -> None:
    text = dump(MENU, HEADLINE, "Brinda Gulati", "Content Editor", "Contents", PROSE)
    article = fields(text, url=URL)
    assert article.title == HEADLINE
    assert article.authors == ("Brinda Gulati",)


def test_heading_shaped_like_a_name_under_the_headline_is_no_author() -> None:
    """``Key Takeaways`` has a name's shape, but the prose prints its words in lower case."""
    prose = [*PROSE[:2], "The key takeaways for the city are clear enough for everyone."]
    text = dump(MENU, HEADLINE, "Key Takeaways", prose, PROSE[2:])
    article = fields(text, url=URL)
    assert article.title == HEADLINE
    assert article.authors == ()


def test_name_under_a_lone_by_is_no_headline() -> None:
    """``By`` / ``Jane Doe`` (twice: the avatar's text and the name) / date: the name
    is the byline, the line above is the headline."""
    text = dump(
        MENU,
        "Subscribe",
        HEADLINE,
        "By",
        "Mary Marlowe Leverette",
        "Mary Marlowe Leverette",
        "Published on March 2, 2025",
        PROSE,
    )
    article = fields(text)
    assert article.title == HEADLINE
    assert article.authors == ("Mary Marlowe Leverette",)
    assert article.date == dt.date(2025, 3, 2)


def test_date_on_a_byline_line_when_only_an_update_line_is_labelled() -> None:
    """``by whova | Apr 21, 2025`` (a handle, no name) and ``Last updated: ...``: the
    date printed with the byline is the publication date, the other the update."""
    text = dump(MENU, HEADLINE, "by whova | Apr 21, 2025", "Last updated: April 23, 2025", PROSE)
    article = fields(text, url=URL)
    assert article.title == HEADLINE
    assert article.date == dt.date(2025, 4, 21)
    assert article.updated == dt.date(2025, 4, 23)
    assert article.authors == ()


def test_byline_and_date_glued_by_the_copy() -> None:
    text = dump(MENU, HEADLINE, "By Conor AllisonJanuary 14, 202620 Mins Read", PROSE)
    article = fields(text, url=URL)
    assert article.authors == ("Conor Allison",)
    assert article.date == dt.date(2026, 1, 14)


def test_name_glued_to_a_label_in_capitals() -> None:
    """``JONATHAN JONESLAST UPDATED NOV 6, 2025``: the name is Jonathan Jones (not
    ``Joneslast``), and the date is an update."""
    text = dump(MENU, HEADLINE, "JONATHAN JONESLAST UPDATED NOV 6, 2025", PROSE)
    article = fields(text, url=URL)
    assert article.authors == ("Jonathan Jones",)
    assert article.updated == dt.date(2025, 11, 6)
    assert article.date is None


def test_date_next_to_the_other_copy_of_a_headline_printed_twice() -> None:
    # A hero block prints the headline with its date; the article's own header prints it
    # again with only an update date. The publication date is the hero's.
    dump = "\n".join(
        [
            "Home",
            "Blog",
            HEADLINE,
            "Jane Doe",
            "February 8, 2022",
            "10 min read",
            "1x",
            "1.5x",
            "2x",
            "Listen to this article",
            "Text Link",
            "City news",
            HEADLINE,
            "Last update:",
            "July 16, 2025",
            *PROSE,
        ]
    )
    article = newsparse.parse(dump + "\n")
    assert article.title == HEADLINE
    assert article.date == dt.date(2022, 2, 8)
    assert article.provenance_of("date").rule == "date.by-title-copy"
