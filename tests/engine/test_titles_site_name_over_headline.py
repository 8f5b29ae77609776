"""A site's, blog's or section's name over the headline of a text dump without a URL.

The name echoes nothing of the prose; the headline under it does, and stands right
over its byline or date line. A dump's first line is a clean copy's headline only
near the prose, not over a menu that runs on for many lines.
"""

from __future__ import annotations

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


def test_first_line_name_over_the_headline_over_its_date() -> None:
    dump = f"Notes From the Wandering Gull\n{HEADLINE}\nMarch 3, 2025\n\n{PROSE}"
    assert _title(dump) == HEADLINE


def test_section_name_over_the_headline_over_its_date() -> None:
    dump = (
        "Skip to content\nHome\nNews\nSport\nWeather\nContact\n\n"
        f"Harbour life and local matters\n{HEADLINE}\nMarch 3, 2025\n\n{PROSE}"
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
