"""A breadcrumb over the headline names the section; arrows elsewhere do not."""

from __future__ import annotations

import pytest

import newsparse
from newsparse._engine.text import is_breadcrumb

PROSE = (
    "The council voted on Tuesday to extend the cycle lanes along the river, a plan "
    "that has divided shop owners and commuters for most of the year.",
    "Work on the first section is due to start in spring, the council said, and the "
    "whole route should open before the end of next year.",
)


def _dump(*head: str, body: tuple[str, ...] = PROSE) -> str:
    return "\n".join((*head, *body, ""))


@pytest.mark.parametrize(
    ("crumbs", "section"),
    [
        ("Home > Local > Transport", "Local"),
        ("Startseite » Politik » Stadtrat", "Politik"),
        ("Accueil > Société", "Société"),
    ],
)
def test_a_breadcrumb_over_the_headline_names_the_section(crumbs: str, section: str) -> None:
    article = newsparse.parse(
        _dump(crumbs, "Council extends the river cycle lanes", "12 March 2025")
    )
    assert article.section == section
    assert article.title == "Council extends the river cycle lanes"


@pytest.mark.parametrize("item", ["Solutions >", "Training>", "Shop All Gluten-Free »"])
def test_a_menu_item_with_its_submenu_arrow_is_no_breadcrumb(item: str) -> None:
    article = newsparse.parse(_dump(item, "Council extends the river cycle lanes", "12 March 2025"))
    assert article.section is None
    assert article.title == "Council extends the river cycle lanes"


@pytest.mark.parametrize(
    "text",
    [
        '1...10 => "small",',
        "function identity<T>(arg: T): T {",
        "Cut churn by > 90%",
        "30 Years of <br> Tags",
        "-> Result (cost=0.00..0.01 rows=1 width=0)",
    ],
)
def test_code_tags_and_comparisons_are_no_crumbs(text: str) -> None:
    assert is_breadcrumb(text) is None


def test_a_line_of_code_with_an_arrow_stays_in_the_article() -> None:
    code = 'size = 1...10 => "small"'
    body = (PROSE[0], "The rule reads:", code, PROSE[1])
    article = newsparse.parse(
        _dump("Council extends the river cycle lanes", "12 March 2025", body=body)
    )
    assert article.section is None
    assert code in [block.text for block in article.body]
