"""The date line under the headline, where the headline was not found (issue 12).

A news page copied whole (menus, a long share bar with each network's name and label,
a picture's credit) may leave its headline unfound; the date printed alone right under
a headline-shaped line, the prose starting under it past short lines, is still the
article's. A related list's title / date pairs, a masthead's day over a menu, a
comment's date and an update's are not read.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from articles import PROSE, dump, rule

MENU = ["Home", "News", "Sport", "Reel", "Worklife"] * 3
SHARE = [
    "Share this with Facebook", "Share this with Twitter", "Share this with Email",
    "Share", "Copy this link",
] * 4  # fmt: skip
CREDIT = "Image copyright Example Images"
RELATED = [
    "Related", "Five rides along the river in the autumn", "22 August 2019",
    "A guide to winter cycling for beginners", "1 July 2019",
]  # fmt: skip
FOOTER = ["About us", "Contact", "Privacy policy"]
HEADLINE = "Five things growers watch this spring"


def page(*header: str | list[str], prose: list[str] = PROSE * 3) -> str:
    return dump(MENU, "Newsbeat", *header, SHARE, CREDIT, prose, RELATED, FOOTER)


def test_date_under_a_headline_over_a_share_bar() -> None:
    # (The share bar once left the headline unfound, and this date with it; the
    # headline is found now, and the date beside it. ``date.under-heading`` stays for
    # pages whose headline is still missed, such as under a menu of glued teasers.)
    article = newsparse.parse(page(HEADLINE, "5 January 2026"))
    assert article.title == HEADLINE
    assert article.date == dt.date(2026, 1, 5)


@pytest.mark.parametrize(
    ("headline", "date"),
    [
        ("Fünf Dinge, auf die Gärtner in diesem Frühjahr achten", "5. Januar 2026"),
        ("Cinq choses que les jardiniers surveillent ce printemps", "5 janvier 2026"),
        ("Cinco cosas que vigilan los hortelanos esta primavera", "5 de enero de 2026"),
        ("Cinque cose che gli ortolani guardano questa primavera", "5 gennaio 2026"),
        ("Cinco coisas que os horticultores observam nesta primavera", "5 de janeiro de 2026"),
        ("Vijf dingen waar tuinders dit voorjaar op letten", "5 januari 2026"),
        ("Pięć rzeczy, na które ogrodnicy patrzą tej wiosny", "5 stycznia 2026"),
        ("Fem saker som odlare håller koll på i vår", "5 januari 2026"),
        ("Bahçıvanların bu bahar izlediği beş şey", "5 Ocak 2026"),
        ("Lima hal yang diperhatikan petani kebun musim ini", "5 Januari 2026"),
        ("Pět věcí, které zahrádkáři letos na jaře sledují", "5. ledna 2026"),
        ("Fem ting gartnere holder øje med i foråret", "5. januar 2026"),
        ("Viisi asiaa, joita puutarhurit seuraavat tänä keväänä", "5.1.2026"),
        ("Пять вещей, за которыми садоводы следят этой весной", "5 января 2026"),
        ("Pet stvari koje vrtlari prate ovog proljeća", "5. siječnja 2026."),
        ("Năm điều người làm vườn theo dõi mùa xuân này", "5 tháng 1, 2026"),
    ],
)
def test_date_under_the_headline_in_other_languages(headline: str, date: str) -> None:
    article = newsparse.parse(page(headline, date))
    assert article.date == dt.date(2026, 1, 5)
    # (Never a wrong title: a headline in another script than the English page's chrome
    # and prose, as the Russian one here, may stay unfound; its date is still read.)
    assert article.title in (headline, None)


def test_a_list_of_title_and_date_pairs_is_not_the_header() -> None:
    """Headlines and their dates in a row (a latest-news box over the prose)."""
    pairs = [
        HEADLINE,
        "5 January 2026",
        "A guide to winter cycling for beginners",
        "3 January 2026",
    ]
    article = newsparse.parse(page(pairs))
    # (The pair right over the share bar and the prose reads as the article's header.)
    assert rule(article, "date") != "date.under-heading"
    assert article.date != dt.date(2026, 1, 5)


def test_an_update_under_the_headline_is_not_the_publication() -> None:
    article = newsparse.parse(page(HEADLINE, "Updated 5 January 2026"))
    assert rule(article, "date") != "date.under-heading"
    assert article.date is None


def test_a_date_over_a_single_paragraph_is_not_read() -> None:
    """One paragraph and then another dated line: a comment's, not the article's."""
    prose = [PROSE[0], "Jane Doe", "6 January 2026", *PROSE[1:], *PROSE]
    article = newsparse.parse(page(HEADLINE, "5 January 2026", prose=prose))
    assert rule(article, "date") != "date.under-heading"


def test_a_masthead_day_over_a_menu_is_not_read() -> None:
    """A slogan, today's day, then the menu: the masthead's, not the article's."""
    text = dump(
        "The voice of the valley since 1890", "Monday, 5 January 2026",
        ["Home", "News", "Sport", "Weather", "Opinion"], SHARE, PROSE * 3, FOOTER,
    )  # fmt: skip
    article = newsparse.parse(text)
    assert article.date is None
