"""Bylines of news dumps without "By" (issue 12.2): a name by the headline's other copy,
a name with its handle, a name after the date."""

from __future__ import annotations

import warnings

import newsparse
from articles import HEADLINE, PROSE

MENU = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Opinion"]
# Bare counters (`1 of 12`): with `Image 1 of 12` the slides are read as captions and the
# headline's first copy, by its byline, stands right over them (then no other copy is needed).
_CAPTION = "The council's transport chief, left, and the mayor show the new routes."
GALLERY = [
    "1 of 12",
    _CAPTION,
    "Photo: Dana Vargas, AP",
    "1 of 12",
    "Caption",
    "Close",
    "1 of 12",
    _CAPTION,
    "Photo: Dana Vargas, AP",
]


def parse(*parts: str | list[str]) -> newsparse.Article:
    lines: list[str] = []
    for part in parts:
        lines.extend([part] if isinstance(part, str) else part)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = newsparse.parse("\n\n".join(lines) + "\n")
    assert article.parser == "generic"
    return article


def test_name_beside_the_date_under_the_headline_s_other_copy() -> None:
    # A gallery prints the headline with the byline and date; the article's own copy of
    # the headline stands over the prose without them. (A long gallery: the copy by the
    # byline is too far from the prose to be the headline; near it, it would be.)
    article = parse(
        MENU,
        HEADLINE,
        "Tom Kessler, Ap Auto Writer",
        "Updated 1:39 am EST, Wednesday, November 20, 2019",
        GALLERY * 3,
        HEADLINE,
        "1 / 12",
        PROSE,
    )
    assert article.title == HEADLINE
    # The copy over the prose is the headline: the byline stands by the other one.
    assert article.provenance_of("title").lines[0] > article.provenance_of("byline").lines[0] + 10
    assert article.authors == ("Tom Kessler",)
    assert article.provenance_of("byline").rule == "byline.next-to-date"


def test_headline_s_copy_without_a_name_gives_no_author() -> None:
    article = parse(
        MENU,
        HEADLINE,
        "Updated 1:39 am EST, Wednesday, November 20, 2019",
        GALLERY,
        HEADLINE,
        "1 / 12",
        PROSE,
    )
    assert article.authors == ()


def test_name_with_its_handle_under_the_first_paragraph() -> None:
    article = parse(MENU, HEADLINE, PROSE[0], "Nadia Kumar @nadiawrites", PROSE[1:])
    assert article.authors == ("Nadia Kumar",)
    assert article.provenance_of("byline").rule == "byline.name-with-handle"


def test_name_glued_to_its_handle_over_the_prose() -> None:
    article = parse(MENU, HEADLINE, "Keira Lahm@keiralahm", PROSE)
    assert article.authors == ("Keira Lahm",)


def test_picture_credit_with_handles_is_no_author() -> None:
    article = parse(MENU, HEADLINE, PROSE[0], "Image Copyright @CityHall @CityHall", PROSE[1:])
    assert article.authors == ()


def test_name_after_the_date_printed_again_in_an_author_box() -> None:
    article = parse(
        MENU,
        HEADLINE,
        "November 20, 2019 Emil Bertani",
        PROSE,
        "Emil Bertani",
        "More articles from Emil Bertani",
    )
    assert article.authors == ("Emil Bertani",)
    assert article.provenance_of("byline").rule == "byline.beside-date"


def test_words_after_the_date_printed_once_are_no_author() -> None:
    # A category or a place may follow the date: without a second print, no name.
    article = parse(MENU, HEADLINE, "November 20, 2019 Emil Bertani", PROSE)
    assert article.authors == ()


def test_byline_with_capital_on_before_its_date() -> None:
    article = parse(MENU, HEADLINE, "By Karen Gallo On 11/13/19 at 4:00 PM EST", PROSE)
    assert article.authors == ("Karen Gallo",)


def test_brand_after_the_date_printed_in_the_prose_is_no_author() -> None:
    article = parse(
        MENU,
        HEADLINE,
        "January 16, 2026 Bike Depot",
        PROSE[:2],
        "Shopping Smart with Bike Depot",
        f"At Bike Depot, {PROSE[2]}",
        PROSE[3],
    )
    assert article.authors == ()


def test_by_line_with_its_date_read_as_a_paragraph_under_the_headline() -> None:
    article = parse(
        MENU,
        HEADLINE,
        "By Louise Jacobs on Monday, November 18th, 2019 at 11:04 a.m.",
        PROSE,
    )
    assert article.authors == ("Louise Jacobs",)
    assert article.provenance_of("byline").rule == "byline.by-paragraph"
    assert article.body[0].text == PROSE[0]


def test_the_one_dated_by_line_far_over_the_headline_chosen() -> None:
    # The headline chosen is not the line over the byline (a related block's); the
    # dump prints one dated "By" line: the article's.
    article = parse(
        MENU,
        "Delhi's air is as bad as smoking fifty cigarettes a day",
        "By Umar Iqbal Updated Nov 13, 2019, 10:28am EST",
        ["Share this story", "Share this on Facebook", "Share this on Twitter"],
        ["Politics", "Policy", "Technology", "Science", "Culture", "Podcasts", "Video"],
        ["Energy", "Transport", "Health", "Ideas", "Money", "Guides", "Newsletters"],
        HEADLINE,
        PROSE,
    )
    assert article.authors == ("Umar Iqbal",)


def test_a_menu_s_by_words_without_a_date_give_no_author() -> None:
    # "Door" (Dutch "by") opens a shop's menu items: no date beside them, no byline.
    article = parse(
        ["Door & Window Sensors", "Door Check Gas Springs"],
        MENU,
        HEADLINE,
        PROSE,
    )
    assert article.authors == ()


def test_an_outlet_s_sports_desk_is_the_source() -> None:
    article = parse(MENU, HEADLINE, "Telegraph Sport", "19 November 2019 • 1:16pm", PROSE)
    assert article.authors == ()
    assert article.source == "Telegraph Sport"


def test_name_under_the_deck_over_its_job_title() -> None:
    article = parse(
        MENU,
        HEADLINE,
        "What will the new lanes change for the city's commuters?",
        "Juliet Carrow",
        "TECH WRITER",
        PROSE,
    )
    assert article.authors == ("Juliet Carrow",)
    assert article.provenance_of("byline").rule == "byline.name-under-deck"


def test_words_under_the_deck_without_a_job_or_outlet_are_no_author() -> None:
    article = parse(
        MENU,
        HEADLINE,
        "What will the new lanes change for the city's commuters?",
        "Juliet Carrow",
        "Share",
        PROSE,
    )
    assert article.authors == ()


def test_category_under_the_date_that_the_menu_prints_is_no_author() -> None:
    # "Data Tools" under the date is the category (the menu prints it alone); the name
    # stands over the reading time.
    article = parse(
        ["Topics", "Data Science", "Data Tools", "Computer Vision", "Robotics", "Security"],
        HEADLINE,
        "Gopal Singh Verma",
        "8 min",
        "29th August, 2023",
        "Data Tools",
        PROSE,
    )
    assert article.authors == ("Gopal Singh Verma",)
    assert article.body[0].text == PROSE[0]


def test_a_headline_printed_again_and_again_stays_linear() -> None:
    lines = [HEADLINE, "Jane Doe", "November 20, 2019", "Data Tools"] * 3000
    article = parse(lines)  # (the copies past the first few are not searched)
    assert article.title == HEADLINE


def test_name_printed_twice_under_the_headline() -> None:
    # The author's link and the name: one byline, and the copy is no subheading.
    article = parse(MENU, HEADLINE, "Anna Merlin", "Anna Merlin", "Share", PROSE)
    assert article.authors == ("Anna Merlin",)
    assert article.body[0].text == PROSE[0]


_BIO = "Lena Marsh is a staff writer covering transport and cities. She is based in Leeds."


def test_name_over_the_section_and_date_over_the_headline_with_a_bio_below() -> None:
    article = parse(MENU, "Lena Marsh", "Business", "11.15.2019 10:09 AM", HEADLINE, PROSE, _BIO)
    assert article.authors == ("Lena Marsh",)


def test_name_over_the_headline_without_a_bio_is_no_author() -> None:
    # Over the headline, a name-shaped line may be a menu's or a related story's.
    article = parse(MENU, "Lena Marsh", "Business", "11.15.2019 10:09 AM", HEADLINE, PROSE)
    assert article.authors == ()


def test_dated_by_paragraph_among_the_first_paragraphs_without_a_headline() -> None:
    article = parse(
        ["Home", "Articles", "People", "Subjects"],
        '"Forty kilometres of lanes will be built by the spring."',
        "Pants on Fire!",
        "What will the new lanes cost the city?",
        "By Matt Dunbar , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.",
        PROSE,
    )
    assert article.authors == ("Matt Dunbar", "Minh Do")
