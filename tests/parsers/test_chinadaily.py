"""China Daily text dumps and saved pages: the story's closing lines, share bars, related links, print credits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse._fields.dates import BEIJING

HEAD = """Opinion > Op-Ed Contributors >
Rural tourism can lift village incomes
By Zhang Min | China Daily | Updated: 2024-05-12 07:45
"""
FIRST = (
    "Rural tourism has grown quickly over the past decade, and villages that once lost "
    "their young people to the cities now welcome visitors every weekend."
)
SECOND = (
    "Local governments should invest in roads, clean toilets and broadband so that small "
    "family inns can compete with hotels in nearby towns."
)


def parse(text: str) -> dict[str, Any]:
    article = newsparse.parse(text)
    assert article.parser == "chinadaily"
    return article.to_dict()


def body(d: dict[str, Any]) -> list[str]:
    return [b["text"] for b in d["body"]]


# --- 1. the story's closing lines are body ------------------------------------


@pytest.mark.parametrize(
    "closing",
    [
        ["The author is a researcher at the Chinese Academy of Social Sciences"],
        ["The writer is a China Daily columnist"],
        ["Contact the writer at zhangmin@chinadaily.com.cn"],
        ["Contact the writers at zhangmin@chinadaily.com.cn and lihua@chinadaily.com.cn"],
        ["zhangmin@chinadaily.com.cn"],
        [
            "The author is a researcher at the Chinese Academy of Social Sciences",
            "Contact the writer at zhangmin@chinadaily.com.cn",
        ],
    ],
)
def test_closing_lines_are_body(closing: list[str]) -> None:
    tail = "\n\n".join(closing)
    d = parse(
        f"{HEAD}\n{FIRST}\n\n{SECOND}\n\n{tail}\n\n"
        "The views don't necessarily reflect those of China Daily.\n\n"
        "Share - WeChat\n"
    )
    assert body(d) == [FIRST, SECOND, *closing]
    assert d["byline"] == "By Zhang Min"


def test_closing_line_after_the_disclaimer_is_body() -> None:
    d = parse(
        f"{HEAD}\n{FIRST}\n\n{SECOND}\n\n"
        "The views don't necessarily reflect those of China Daily.\n\n"
        "The author is a senior fellow at the Taihe Institute\n"
    )
    assert body(d) == [FIRST, SECOND, "The author is a senior fellow at the Taihe Institute"]


def test_site_contact_line_is_not_the_writers() -> None:
    d = parse(f"{HEAD}\n{FIRST}\n\n{SECOND}\n\nContact us at webmaster@chinadaily.com.cn\n")
    assert body(d) == [FIRST, SECOND]


# --- 2. share bar and related links are furniture ------------------------------


def test_share_bar_and_related_links_are_furniture() -> None:
    d = parse(
        f"{HEAD}Share - WeChat\nCLOSE\n\n{FIRST}\n\n"
        "- Coastal villages turn old homes into guesthouses\n"
        "- Why are young people moving back to the countryside?\n\n"
        f"{SECOND}\n\n"
        "- Tea farmers find new buyers online\n"
        '- "Homestay boom" lifts mountain county\n\n'
        "Share - Weibo\nShare - Facebook\nShare - Twitter\n"
    )
    assert body(d) == [FIRST, SECOND]
    assert [b["kind"] for b in d["body"]] == ["paragraph", "paragraph"]
    assert d["title"] == "Rural tourism can lift village incomes"


def test_related_links_printed_twice_are_furniture() -> None:
    links = "- Tea farmers find new buyers online\n- Mountain county opens homestays\n"
    d = parse(f"{HEAD}\n{FIRST}\n\n{SECOND}\n\n{links}{links}Share - WeChat\n")
    assert body(d) == [FIRST, SECOND]
    assert d["captions"] == []


def test_list_items_of_the_story_stay() -> None:
    items = [
        "- Build roads to every village with more than 200 residents;",
        "- Train 10,000 innkeepers a year. Fund the courses from the provincial budget.",
    ]
    d = parse(f"{HEAD}\n{FIRST}\n\n" + "\n".join(items) + f"\n\n{SECOND}\n")
    assert body(d) == [FIRST, *items, SECOND]


# --- 3. a credit alone is an image without caption text --------------------------


@pytest.mark.parametrize(
    "credit", ["SHI YU/CHINA DAILY", "Zhou Lin | China Daily", "LUO JIE/FOR CHINA DAILY"]
)
def test_credit_alone_is_a_caption_not_a_byline(credit: str) -> None:
    d = parse(
        "Opinion > Editorials >\nCities must plan for hotter summers\n"
        f"Updated: 2024-07-15 07:30\n\n{credit}\n\n{FIRST}\n\n{credit}\n\n{SECOND}\n"
    )
    assert d["captions"] == [{"text": None, "credit": credit, "image": None}]
    assert (d["byline"], d["authors"], d["source"]) == (None, [], None)
    assert body(d) == [FIRST, SECOND]


def test_credit_alone_in_a_dump_without_blank_lines() -> None:
    d = parse(f"{HEAD}{FIRST}\nSHI YU/CHINA DAILY\n{SECOND}\n")
    assert d["captions"] == [{"text": None, "credit": "SHI YU/CHINA DAILY", "image": None}]
    assert body(d) == [FIRST, SECOND]


def test_bracket_credit_alone_is_a_caption() -> None:
    d = parse(f"{HEAD}\n[Photo/Xinhua]\n\n{FIRST}\n\n{SECOND}\n")
    assert d["captions"] == [{"text": None, "credit": "Xinhua", "image": None}]
    assert body(d) == [FIRST, SECOND]


# --- 4. a credit without brackets after the caption -------------------------------


def test_capital_credit_after_caption() -> None:
    caption = "Tourists stroll along a stone street in the old town of Dali, Yunnan province."
    d = parse(
        f"{HEAD}\n{caption} LI HUA/XINHUA\n\n{FIRST}\n\n{caption} LI HUA/XINHUA\n\n{SECOND}\n"
    )
    assert d["captions"] == [{"text": caption, "credit": "LI HUA/XINHUA", "image": None}]
    assert body(d) == [FIRST, SECOND]


def test_credit_line_under_its_caption() -> None:
    caption = "Visitors shop at a night market in Beijing's Chaoyang district on Saturday."
    d = parse(f"{HEAD}\n{caption}\nWEI XIAOHAO/CHINA DAILY\n\n{FIRST}\n\n{SECOND}\n")
    assert d["captions"] == [{"text": caption, "credit": "WEI XIAOHAO/CHINA DAILY", "image": None}]
    assert body(d) == [FIRST, SECOND]


# --- 5. a By line under the captions is the byline ----------------------------------

NO_BYLINE = """China > Society >
Night markets light up summer in Beijing
chinadaily.com.cn | Updated: 2024-07-02 09:30
"""


@pytest.mark.parametrize(
    "image",
    [
        "Visitors shop at a night market in Beijing's Chaoyang district on Saturday. [Photo/VCG]",
        "Zhou Lin | China Daily",
        "WEI XIAOHAO/CHINA DAILY",
        "Visitors shop at a night market in Beijing's Chaoyang district on Saturday.\n"
        "WEI XIAOHAO/CHINA DAILY",
    ],
)
def test_by_line_after_a_caption_is_the_byline(image: str) -> None:
    d = parse(f"{NO_BYLINE}\n{image}\n\nBy YANG RAN\n\n{FIRST}\n\n{SECOND}\n")
    assert (d["byline"], d["authors"]) == ("By YANG RAN", ["Yang Ran"])
    assert d["source"] == "chinadaily.com.cn"
    assert body(d) == [FIRST, SECOND]
    assert len(d["captions"]) == 1


def test_by_line_under_an_uncredited_caption() -> None:
    caption = "Visitors shop at a night market in Beijing's Chaoyang district on Saturday."
    d = parse(f"{HEAD}\n{caption}\n\nBy ZHANG MIN\n\n{FIRST}\n\n{SECOND}\n")
    assert d["byline"] == "By Zhang Min"  # the info line's, printed first
    assert d["captions"] == [{"text": caption, "credit": None, "image": None}]
    assert body(d) == [FIRST, SECOND]


def test_first_paragraphs_before_a_late_by_line_stay_body() -> None:
    third = "Such investment will pay off only if villagers keep a fair share of the income."
    d = parse(f"{HEAD}\n{FIRST}\n\n{SECOND}\n\n{third}\n\nBy ZHANG MIN\n\n{FIRST}\n")
    assert body(d)[:3] == [FIRST, SECOND, third]
    assert d["captions"] == []


# --- 6. titles that open with a lower-case brand ------------------------------------


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        ("iPhone sales rebound in China as discounts deepen", None),
        ("eBay opens cross-border center in Shenzhen", "Sellers get help with logistics"),
        ("e-CNY pilot expands to more cities", None),
    ],
)
def test_lower_case_brand_titles(title: str, deck: str | None) -> None:
    deck_line = f"{deck}\n" if deck else ""
    d = parse(
        f"Business > Companies >\n{title}\n{deck_line}"
        f"Xinhua | Updated: 2024-03-11 16:40\n\n{FIRST}\n\n{SECOND}\n"
    )
    assert (d["title"], d["subtitle"]) == (title, deck)
    assert body(d) == [FIRST, SECOND]


def test_e_mail_line_above_the_story_is_not_body() -> None:
    d = parse(f"subscription@chinadaily.com.cn\n{HEAD}\n{FIRST}\n\n{SECOND}\n")
    assert body(d) == [FIRST, SECOND]
    assert d["title"] == "Rural tourism can lift village incomes"


DUMPS = Path(__file__).parents[1] / "data" / "chinadaily"


def _page(body: str, head: str = "") -> str:
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>T</title>{head}</head>'
        f"<body>{body}</body></html>"
    )


# --- saved pages ----------------------------------------------------------------------


def test_chinadaily_page_two_says_so() -> None:
    article = newsparse.parse(DUMPS / "chinadaily_page2_gbk.html")
    assert article.page == 2
    assert any("page 2" in w for w in article.warnings)
    assert article.date == dt.datetime(2026, 1, 12, 9, 30, tzinfo=BEIJING)


def test_chinadaily_whole_article_has_no_page() -> None:
    article = newsparse.parse(DUMPS / "chinadaily_article.html")
    assert article.page is None
    assert article.title == "Nation's summer grain harvest hits record high"  # not the hidden h1
    assert "The views don't" not in article.text


def test_chinadaily_meta_tags_are_the_fallback() -> None:
    page = _page(
        '<div class="main_art"><div class="lft_art" id="lft-art"><h1>Port traffic climbs</h1>'
        '<div id="Content"><p>Container throughput at the port rose 8 percent in the first half, its operator said on Monday.</p></div></div></div>',
        head='<meta name="publishdate" content="2024-07-15 10:20:00"><meta name="source" content="Xinhua">'
        '<link rel="canonical" href="https://www.chinadaily.com.cn/a/202407/15/WS66947e3fa31095c51c50e2b6.html">',
    )
    article = newsparse.parse(page)
    assert article.parser == "chinadaily"
    assert article.date == dt.datetime(2024, 7, 15, 10, 20, tzinfo=BEIJING)
    assert article.source == "Xinhua"
    assert article.authors == ()
