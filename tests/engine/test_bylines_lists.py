"""Bylines of a related list are no author (issue 12): a list's ``by X`` / date lines
repeating over the headline, its ``Name |date`` lines under it; the name under a deck
that the author box confirms; a name run on into a category, cut to the author box's."""

from __future__ import annotations

import pytest

import newsparse

PROSE = [
    "The committee met on Tuesday to discuss the budget for the coming year, and "
    "several members raised concerns about rising costs.",
    "Officials said the new plan would take effect next spring, after a period of "
    "public consultation with residents and local businesses.",
    "Critics argued that the proposal did not go far enough, while supporters said it "
    "was a sensible first step towards a longer reform.",
]


_PLACES = ["Bergen", "Lyon", "Porto", "Graz", "Turku", "Cork", "Gdansk", "Split", "Ghent"]


def _prose(n: int) -> str:
    """``n`` paragraphs, each its own (a dump's repeated lines are its chrome)."""
    return "\n".join(
        f"In {_PLACES[k % len(_PLACES)]}, meeting number {k + 1}: {PROSE[k % len(PROSE)]}"
        for k in range(n)
    )


# A related list over the headline: three items of a title, "by" a name, a date.
RELATED_OVER = """Home | News | Reviews | Guides
Latest
Spring camera roundup for every budget
{by} Peter Olsen
December 19, 2025
Best lenses for landscape work this year
{by} Clara Vidal
December 17, 2025
Travel tripods tested in the field
{by} Andrew Kessler
December 15, 2025
A beginner's guide to the different camera types
Learn how to choose the right camera with our guide to the types on sale.
Jonas Weller
30 January 2025
{prose}
Share on X  Share on Facebook
Jonas Weller
About
Jonas Weller has been reviewing cameras since 2004, and is the site's online editor.
"""


@pytest.mark.parametrize(
    "by", ["by", "By", "von", "por", "par", "przez", "av", "oleh", "door", "di"]
)
def test_related_list_byline_over_headline_is_no_author(by: str) -> None:
    text = RELATED_OVER.format(by=by, prose=_prose(36))
    article = newsparse.parse(text)
    assert "Andrew Kessler" not in article.authors
    assert article.authors == ("Jonas Weller",)


def test_related_list_without_box_gives_no_author() -> None:
    text = RELATED_OVER.format(by="by", prose=_prose(36))
    text = text.split("Share on X")[0]
    article = newsparse.parse(text)
    # No list item's byline; the name under the deck has no box to confirm it.
    assert article.authors == ()


# A "Most Popular" list under the header, each item "Name |date": none is the author.
POPULAR = """Home > Blog > Marketing
January 16, 2025 11 min read
What are the different kinds of mobile apps and how do you choose one?
Share it now!
Most Popular
Marketing
A guide to twenty strategies that drive growth
Rafael Moreau |July 15, 2025
Strategies
How to make product videos that convert
Rafael Moreau |June 9, 2025
Engagement
Why loyal users matter for a small business
Ingrid Solberg |June 5, 2025
{prose}
"""


def test_list_of_name_and_date_under_headline_is_no_byline() -> None:
    article = newsparse.parse(POPULAR.format(prose=_prose(6)))
    assert article.authors == ()
    body = " ".join(block.text for block in article.body)
    assert "|June 5, 2025" not in body


def test_one_name_and_date_under_headline_is_the_byline() -> None:
    text = f"""Home > Blog > Marketing
What are the different kinds of mobile apps and how do you choose one?
Rafael Moreau |July 15, 2025
{_prose(6)}
"""
    assert newsparse.parse(text).authors == ("Rafael Moreau",)


RUN_ON = """Home | Climate | Energy | Oceans
Four technologies that help us in the fight against climate change
by Priya Raman Ocean Policy May 2nd 2025 11 mins
{prose}
Priya Raman
 Priya Raman is a climate analyst who writes about energy storage and policy.
"""


def test_run_on_name_cut_to_the_author_box() -> None:
    article = newsparse.parse(RUN_ON.format(prose=_prose(8)))
    assert article.authors == ("Priya Raman",)


def test_run_on_name_without_box_is_not_cut() -> None:
    text = RUN_ON.format(prose=_prose(8)).split("\nPriya Raman\n")[0]
    article = newsparse.parse(text)
    assert article.authors != ("Priya Raman",)
