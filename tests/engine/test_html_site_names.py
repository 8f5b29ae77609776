"""A saved page's title without the site's name, however the page spells it: the
name in its <title> or og:title after a separator, and a logo's <h1>."""

from __future__ import annotations

import pytest

import newsparse
from newsparse._engine.content import _site_from_url

_BODY = "<p>" + "The council voted on Monday to approve the plan for the new lanes. " * 4 + "</p>"


def _page(head: str, before: str = "") -> str:
    return f"<html><head>{head}</head><body>{before}<article>{_BODY * 3}</article></body></html>"


@pytest.mark.parametrize(
    ("head", "url"),
    [
        # The site's name held in another: og:site_name, the host, the registered name.
        (
            '<meta property="og:site_name" content="Drink Koia Online">'
            '<meta property="og:title" content="Seven Ways to Eat Greens | Koia">',
            None,
        ),
        ('<meta property="og:title" content="Seven Ways to Eat Greens | DianaHR">', None),
        ('<meta property="og:title" content="Seven Ways to Eat Greens | Vanguard">', None),
        # Its initials, in capitals.
        (
            '<meta property="og:site_name" content="World Future Awards">'
            '<meta property="og:title" content="Seven Ways to Eat Greens | WFA">',
            None,
        ),
        # Only the address the caller gave names the site.
        (
            '<meta property="og:title" content="Seven Ways to Eat Greens | GDevelop">',
            "https://gdevelop.io/blog/greens",
        ),
    ],
    ids=["site-name-holds-it", "host-holds-it", "registered-name", "initials", "given-url"],
)
def test_the_sites_name_after_a_separator_is_cut(head: str, url: str | None) -> None:
    canonical = '<link rel="canonical" href="https://www.getdianahr.com/blog/greens">'
    if "Vanguard" in head:
        canonical = '<link rel="canonical" href="https://investor.vanguard.com/greens">'
    if url is not None:
        canonical = ""
    article = newsparse.parse(_page(head + canonical), url=url)
    assert article.title == "Seven Ways to Eat Greens"


def test_a_json_ld_headline_loses_the_sites_name_too() -> None:
    head = (
        '<meta property="og:site_name" content="RenoFi">'
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "The Best Projects of 2023 | RenoFi"}</script>'
    )
    assert newsparse.parse(_page(head)).title == "The Best Projects of 2023"


def test_a_logos_h1_named_in_the_title_is_no_headline() -> None:
    head = (
        "<title>Houston's Hottest New Restaurants | Houstonia Magazine</title>"
        '<meta property="og:title" content="Houston\'s Hottest New Restaurants">'
    )
    article = newsparse.parse(_page(head, before="<header><h1>Houstonia Magazine</h1></header>"))
    assert article.title == "Houston's Hottest New Restaurants"


def test_a_part_that_shares_too_little_with_the_site_stays() -> None:
    head = (
        '<meta property="og:site_name" content="Daily Planet">'
        '<meta property="og:title" content="Council approves lanes | Part Two">'
    )
    assert newsparse.parse(_page(head)).title == "Council approves lanes | Part Two"


@pytest.mark.parametrize(
    ("url", "names"),
    [
        ("https://tires.bridgestone.com/learn", ["tires.bridgestone.com", "tires", "bridgestone"]),
        ("https://news.bbc.co.uk/a", ["news.bbc.co.uk", "news", "bbc"]),
        ("https://www.example.com/a", ["example.com", "example", "example"]),
    ],
)
def test_an_address_names_its_host_first_label_and_registered_name(
    url: str, names: list[str]
) -> None:
    assert _site_from_url(url) == names
