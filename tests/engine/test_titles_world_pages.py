"""Titles of news pages in many languages (issue 12), in the chrome of real article pages
around the header: a masthead with today's date, a tab title, a share bar, an audio
player, a cookie notice, a newsletter box, "most read" lists above the headline, another
story's headline between the paragraphs. The pages of ``test_titles_world`` (made-up
names, outlets and stories) in each layout: the headline is the title in every one.
"""

from __future__ import annotations

import pytest
from test_titles_world import LEADS, PAGES, title

from multilingual import PARAGRAPHS
from newsparse._engine.title_cues import MARKED_WORD, echo_share, lead_counts, lead_stems
from newsparse._engine.titles import _titled_head

SHARE = ["Facebook", "X", "WhatsApp", "E-mail"]
COOKIES = "We use cookies to improve your experience. By continuing you accept our use of cookies."


def layouts(language: str) -> dict[str, list[str]]:
    menu, section, headline, deck, date, byline, name, outlet, footer = PAGES[language]
    prose = [LEADS[language], PARAGRAPHS[language][1]]
    # Prose that repeats none of the headline's words (a pun, a quote).
    plain = PARAGRAPHS[language][0]
    # Other stories' headlines (a list of the most read, a link between paragraphs).
    others = [PAGES[x][2] for x in PAGES if x != language][:2]
    # fmt: off
    return {
        "masthead": [outlet, date, *menu, section, headline, deck, byline, date, *SHARE, *prose],
        "masthead-today": [outlet, "Monday, 1 December 2026", *menu, section, headline, byline, *prose],
        "tab-title": [f"{headline} - {outlet}", *menu, section, headline, deck, byline, date, *prose],
        "share-under-date": [*menu, headline, date, *SHARE, *prose, *footer],
        "share-before-date": [*menu, headline, deck, byline, *SHARE, date, *prose, *footer],
        "date-over-headline": [*menu, section, date, headline, byline, *prose, *footer],
        "byline-over-headline": [*menu, section, byline, date, headline, deck, *prose, *footer],
        "clean-copy": [headline, deck, *prose],
        "clean-copy-no-deck": [headline, *prose],
        "plain-prose": [*menu, section, headline, deck, byline, date, plain, *footer],
        "plain-prose-no-deck": [*menu, section, headline, date, plain, *footer],
        "name-then-outlet": [*menu, section, headline, deck, date, f"{name} ({outlet})", *prose],
        "audio-player": [*menu, section, headline, deck, byline, date, "00:00 / 03:21", "5 min", *prose],
        "link-between-paragraphs": [*menu, section, headline, deck, date, prose[0], others[0], prose[1]],
        "two-dates": [*menu, section, headline, byline, date, date, *prose, *footer],
        "crumbs-at-top": [outlet, *menu, f"{menu[0]} / {section}", headline, byline, date, *prose],
        "capital-kicker": [*menu, section.upper(), headline, deck, byline, date, *prose, *footer],
        "cookie-notice": [COOKIES, "OK", *menu, section, headline, deck, byline, date, *prose],
        "newsletter-box": [*menu, section, headline, deck, byline, date, "Newsletter", "Subscribe", *prose],
        "name-alone": [*menu, section, headline, deck, name, date, *prose, *footer],
        "most-read-above": [*menu, "Most read", *others, section, headline, deck, byline, date, *prose],
    }
    # fmt: on


LAYOUTS = list(layouts("en"))
CASES = [(language, layout) for language in PAGES for layout in LAYOUTS]


@pytest.mark.parametrize(("language", "layout"), CASES, ids=[f"{x}-{y}" for x, y in CASES])
def test_the_headline_is_the_title_in_the_page_s_chrome(language: str, layout: str) -> None:
    assert title(layouts(language)[layout]) == PAGES[language][2]


def test_a_site_s_name_keeps_its_vowel_signs() -> None:
    # Devanagari, Bengali and Thai vowel signs are marks, not word characters to ``\w``.
    assert MARKED_WORD.findall("दैनिक समाचार") == ["दैनिक", "समाचार"]
    assert MARKED_WORD.findall("দৈনিক খবর") == ["দৈনিক", "খবর"]
    assert MARKED_WORD.findall("ข่าวเหนือ, Don’t") == ["ข่าวเหนือ", "Don", "t"]


def test_a_tab_title_s_site_name_may_be_written_in_any_script() -> None:
    assert _titled_head("रेलवे ने सैकड़ों ट्रेनें रद्द कीं - दैनिक समाचार") == "रेलवे ने सैकड़ों ट्रेनें रद्द कीं"
    assert _titled_head("การรถไฟยกเลิกขบวนรถ ฤดูหนาว | ข่าวเหนือ") == "การรถไฟยกเลิกขบวนรถ ฤดูหนาว"
    # (A sentence after the bar is no site's name.)
    assert _titled_head("Trains cut - the operator said so on Monday, citing staff") is None


def test_no_line_of_the_lead_echoes_itself() -> None:
    # A byline read past a deck that ends like a sentence stands in the prose's lead:
    # its own words are no echo, the lead's other lines' are.
    lines = [
        "利用者団体は反発した。",
        "佐藤花子 記者",
        "JRは30日、冬季に地方列車を運休すると発表した。",
    ]
    counts, stop = lead_counts(lines, 0)
    assert stop == 3 and set(counts) == lead_stems(lines, 0)
    assert echo_share(lines[1], counts.keys()) == 1.0
    assert echo_share(lines[1], counts.keys(), within=counts) == 0.0
    # A headline below the start whose words the prose under it prints still echoes.
    lines = ["A notice that reads as prose.", "Rail operator cuts regional trains", LEADS["en"]]
    counts, _ = lead_counts(lines, 0)
    assert echo_share(lines[1], counts.keys(), within=counts) > 0.5
