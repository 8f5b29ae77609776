"""Chrome that took the headline's place in text dumps without a URL.

A menu glued into one line over the headline and its date line; a dump's first line
far over the prose (a site's name over its menu); a teaser's text printed twice, glued;
a site's name after the headline, named by the dump's copyright line.
"""

from __future__ import annotations

import time

import newsparse

PROSE = (
    "The tide tables of the old harbour pier are back after ten years in storage, and "
    "the fishermen who read them every morning say the pier feels like itself again. "
    "The tables were restored by volunteers over the winter, board by board, and the "
    "harbour office will print new ones each season.\n\n"
    "Volunteers met every Saturday in the boat shed to sand and paint the boards. "
    "Some of them had never seen the tables hang on the pier, and learned to read "
    "them from the older fishermen who came to watch.\n"
)
HEADLINE = "Tide Tables Return to the Old Harbour Pier"


def _title(dump: str) -> str | None:
    return newsparse.parse(dump).title


def test_menu_glued_into_one_line_over_the_headline_over_its_date() -> None:
    for menu in (
        "HomeNewsSportWeatherContact",
        "Home About Destinations Travel Guides Photography Newsletter Shop Contact Us",
    ):
        dump = f"{menu}\n{HEADLINE}\nMarch 3, 2025\n\n{PROSE}"
        assert _title(dump) == HEADLINE


def test_plain_first_line_over_a_deck_over_the_date_stays_the_headline() -> None:
    # A site's name cannot be told from a headline over a deck with no full stop.
    dump = f"Notes From the Wandering Gull\n{HEADLINE}\nMarch 3, 2025\n\n{PROSE}"
    assert _title(dump) == "Notes From the Wandering Gull"


def test_section_name_over_the_headline_over_its_date() -> None:
    dump = (
        "Skip to content\nHome\nNews\nSport\nWeather\nContact\n\n"
        f"Coastal life and local matters\n{HEADLINE}\nMarch 3, 2025\n\n{PROSE}"
    )
    assert _title(dump) == HEADLINE


def test_headline_over_its_deck_stays_the_headline() -> None:
    # A deck right over the byline reads as a sentence: the line over it is the headline.
    dump = (
        "Quiet Mornings at Sea\n"
        "Volunteers restored the tide tables of the harbour pier over the winter.\n"
        "By Jane Doe\n"
        f"March 3, 2025\n\n{PROSE}"
    )
    assert _title(dump) == "Quiet Mornings at Sea"


def test_headline_sharing_a_word_with_its_deck_over_the_date_stays() -> None:
    # A deck without a full stop right over the date line, telling the headline's story.
    dump = (
        "Harbour plan agreed at last\n"
        "Volunteers restore the tide tables of the old harbour pier\n"
        f"March 3, 2025\n\n{PROSE}"
    )
    assert _title(dump) == "Harbour plan agreed at last"


def test_first_line_far_over_the_prose_is_no_clean_copy() -> None:
    menu = "Home\nAbout Me\nEurope\nAsia\nAfrica\nTravel Tips\nPhotography\nHiking Guides\nContact"
    dump = (
        "Tide Tables and Harbour Tales\n"
        "Travel tips, coastal guides, volunteering stories, and more!\n\n"
        f"{menu}\n\n{HEADLINE}\nMarch 3, 2025\nBy Jane Doe\n"
        f"In Travel Tips, Guides, Coast\n\n{PROSE}"
    )
    assert _title(dump) == HEADLINE


def test_text_printed_twice_glued_is_a_card_not_the_headline() -> None:
    from newsparse._engine.titles import _glued_copy

    assert _glued_copy("Heat pumpsHeat pumps")
    assert _glued_copy("Take the quizTake the quiz ")
    assert not _glued_copy("Bye bye")
    assert not _glued_copy("Ha" * 50_001 + "x")  # (one pass, however long the line)
    teaser = "Harbour volunteers restore the pier tide tables"
    dump = f"Menu\nNews\nSport\nBusiness\n{teaser}{teaser}\nMarch 2, 2025\n\n{PROSE}"
    assert _title(dump) is None


def test_site_name_after_the_headline_is_trimmed_where_the_copyright_names_it() -> None:
    from newsparse._engine.titles import without_owner

    footer = ["Contact", "© Gull Review 2025. All rights reserved."]
    assert without_owner(f"{HEADLINE} – Gull Review", footer) == HEADLINE
    assert without_owner(f"{HEADLINE} | gull review", ["Copyright 2025 Gull Review"]) == HEADLINE
    # A subtitle, or a name no copyright line prints, stays.
    assert without_owner(f"{HEADLINE} – A Beginner's Guide", footer) is None
    assert without_owner(f"{HEADLINE} – Gull Review", ["Gull Review", "Contact"]) is None
    dump = f"Menu\nNews\n{HEADLINE} – Gull Review\nMarch 3, 2025\n\n{PROSE}\n{footer[1]}\n"
    article = newsparse.parse(dump)
    assert article.title == HEADLINE
    assert article.provenance_of("title").rule == "title.site-trimmed"


def test_copyright_lines_are_read_in_one_pass() -> None:
    from newsparse._engine.titles import without_owner

    line = "© " + "Gull " * 40_000
    assert without_owner(f"{HEADLINE} – Gull Review", [line, line[:150]]) is None
    started = time.perf_counter()
    assert without_owner("Tide – " * 20_000 + "Gull", ["© Gull 2025"]) is None
    assert time.perf_counter() - started < 1.0
