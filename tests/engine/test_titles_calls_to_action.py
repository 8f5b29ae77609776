"""A call to action over an article's prose is no headline (issue 12): a button's verb and
what it offers (``Get a free quote``, ``Start your trial now``) or "click here", in a
dump without its URL. A how-to headline that opens with a verb stays a headline.
Names, outlets and stories are made up for these tests.
"""

from __future__ import annotations

import pytest

from articles import PROSE, quiet_parse
from newsparse._engine.titles import _CTA

HEADLINE = "How much should a city spend on its bike lanes?"
#: The offer's words are the story's too (a page sells what its article is about).
LEAD = (
    "Free trials of the new city bikes start today, and a quote for the lanes is due, "
    "so the council says the pilot will tell it how much to spend on the bike lanes. "
)
ARTICLE = [LEAD + PROSE[0], *PROSE[1:]]


def _dump(*lines: str) -> str:
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "cta",
    [
        "Get a free quote today",
        "GET YOUR FREE PASS",
        "Book a free consultation today",
        "Build your bike & get an estimate",
        "The best bike deals in town. Click here",
    ],
)
def test_a_call_to_action_under_the_headline_does_not_hide_it(cta: str) -> None:
    # A bar under the headline, right over the prose: without the cue, the two lines
    # tie as leads and no title is given.
    text = _dump("Home", "Blog", HEADLINE, cta, *ARTICLE)
    assert quiet_parse(text).title == HEADLINE


def test_a_sticky_button_over_and_under_the_headline_does_not_hide_it() -> None:
    menu = ["Features", "Pricing", "Resources", "Log in"]
    text = _dump(*menu, "Start free trial", "Blog", HEADLINE, "Start free trial", *ARTICLE)
    assert quiet_parse(text).title == HEADLINE


@pytest.mark.parametrize(
    "text",
    [
        "Get Demo — start free trial",
        "Start your trial now",
        "Request a quote",
        "Jetzt anmelden: hier klicken",
        "Pour en savoir plus, cliquez ici",
        "Para más información, haz clic aquí",
    ],
)
def test_call_to_action_shapes(text: str) -> None:
    assert _CTA.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # A how-to headline, a news headline with a verb first, a tool's review.
        "Build Your Own Website in Ten Steps",
        "Start of the school year delayed by a week",
        "Share prices fall as the central bank raises rates",
        "Free transport for pupils from September",
        "Get the facts on the new bike lanes",
    ],
)
def test_headlines_that_open_with_a_verb_are_no_call_to_action(text: str) -> None:
    assert _CTA.search(text) is None
