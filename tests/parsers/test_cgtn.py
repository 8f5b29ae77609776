"""CGTN text dumps and saved pages: related stories' JSON, widget furniture, dumps without a header."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse._fields.dates import BEIJING

HEAD = """World
2024.09.12 18:05 GMT+8

Floods force thousands from their homes in central Europe

Updated 2024.09.12 19:40 GMT+8
"""
FIRST = (
    "Heavy rain has caused rivers to burst their banks across Poland, the Czech Republic "
    "and Austria, forcing thousands of people to leave their homes, officials said on Thursday."
)
SECOND = "Rescue teams used boats and helicopters to reach villages cut off by the water."
THIRD = "Weather services warned that more rain was expected over the weekend."
RELATED_JSON = [
    '[{"type":2,"value":"CGTN","commentator":[],"editor":[]},{"type":1,"value":"Liu Wei"}]',
    '{"type":2,"value":"CGTN","commentator":[],"editor":[]}',
    '{"type":1,"value":"Chen Xiao","commentator":[],"editor":[]}',
    ',{"type":1,"value":"Wang Lin","commentator":[',
]


def parse(text: str) -> dict[str, Any]:
    article = newsparse.parse(text)
    assert article.parser == "cgtn"
    return article.to_dict()


def body(d: dict[str, Any]) -> list[str]:
    return [b["text"] for b in d["body"]]


# --- 7. related stories' JSON gives no byline or source -------------------------


@pytest.mark.parametrize("fragment", RELATED_JSON)
def test_related_stories_json_is_no_credit(fragment: str) -> None:
    d = parse(
        f"{HEAD}\n{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{fragment}\n"
        "Storm sweeps through Romania\nEurope braces for more extreme weather\n"
    )
    assert (d["byline"], d["authors"], d["source"]) == (None, [], None)
    assert body(d) == [FIRST, SECOND, THIRD]


def test_related_stories_json_after_the_credit_line() -> None:
    d = parse(f"{HEAD}CGTN's Zhao Yuanzhen\n\n{FIRST}\n\n{SECOND}\n\n{RELATED_JSON[2]}\n")
    assert (d["byline"], d["authors"], d["source"]) == (
        "CGTN's Zhao Yuanzhen",
        ["Zhao Yuanzhen"],
        "CGTN",
    )


def test_credit_json_under_the_title_still_counts() -> None:
    d = parse(f'{HEAD}{{"type":1,"value":"Liu Wei","commentator":[]}}\n\n{FIRST}\n\n{SECOND}\n')
    assert (d["byline"], d["authors"]) == ("Liu Wei", ["Liu Wei"])


# --- 8. translation widget and player messages are furniture ---------------------


@pytest.mark.parametrize(
    "widget",
    [
        "Translating...",
        "Error loading player: No playable sources found",
        "Error loading media: File could not be played",
        "The translation is provided by a third-party service and is for reference only. "
        "CGTN does not guarantee its accuracy.",
        "This article was machine translated; CGTN is not responsible for the accuracy "
        "of the translation.",
    ],
)
def test_widget_lines_are_furniture(widget: str) -> None:
    d = parse(f"{HEAD}CGTN\n\n{FIRST}\n\n{widget}\n\n{SECOND}\n\n{THIRD}\n")
    assert body(d) == [FIRST, SECOND, THIRD]
    assert [b["kind"] for b in d["body"]] == ["paragraph"] * 3
    assert d["captions"] == []


@pytest.mark.parametrize("widget", ["Translating...", "Error loading player: Invalid source"])
def test_widget_lines_in_the_header_are_furniture(widget: str) -> None:
    d = parse(f"{HEAD}CGTN\n\n{widget}\n\n{FIRST}\n\n{SECOND}\n\n{THIRD}\n")
    assert (d["title"], d["byline"]) == (
        "Floods force thousands from their homes in central Europe",
        "CGTN",
    )
    assert body(d) == [FIRST, SECOND, THIRD]


def test_sentence_about_translation_stays_body() -> None:
    line = (
        "The translation of the report into English was checked by experts for accuracy, "
        "the ministry said."
    )
    d = parse(f"{HEAD}CGTN\n\n{FIRST}\n\n{line}\n\n{SECOND}\n")
    assert body(d) == [FIRST, line, SECOND]


# --- 9. a dump that opens with the body -------------------------------------------

BREXIT = [
    "Britain's parliament on Tuesday resoundingly rejected the prime minister's plan, "
    "triggering a no-confidence vote in her government and plunging its plans into disarray.",
    "Lawmakers voted 432 to 202 against the deal, the biggest parliamentary defeat for a "
    "government in modern British political history.",
    "The vote on the no-confidence motion is expected on Wednesday evening.",
]


def test_body_first_dump_keeps_its_trailing_updated_line() -> None:
    d = parse(
        f"{BREXIT[0]}\n\n{BREXIT[1]}\n\n"
        "Protesters wave flags outside Parliament in London, January 15, 2019. /VCG Photo\n\n"
        f"{BREXIT[2]}\n\nSource(s): AFP, Reuters\n\nUpdated 23:16, 16-Jan-2019\n"
    )
    assert d["updated"] == "2019-01-16T23:16:00+08:00"
    assert (d["title"], d["date"], d["byline"], d["section"]) == (None, None, None, None)
    assert body(d) == BREXIT


def test_body_first_dump_recognised_by_its_sources_line() -> None:
    article = newsparse.parse(f"{BREXIT[0]}\n\n{BREXIT[1]}\n\n{BREXIT[2]}\n\nSource(s): Xinhua\n")
    assert article.parser == "cgtn"
    assert [b.text for b in article.body] == BREXIT
    assert article.updated is None


def test_updated_date_in_the_body_text_is_no_updated_line() -> None:
    line = "Updated figures released on 16-Jan-2019 showed turnout above 80 percent."
    d = parse(f"{BREXIT[0]}\n\n{line}\n\n{BREXIT[1]}\n\nUpdated 23:16, 16-Jan-2019\n")
    assert d["updated"] == "2019-01-16T23:16:00+08:00"
    assert body(d) == [BREXIT[0], line, BREXIT[1]]


def test_translation_widget_between_title_and_credit_line() -> None:
    d = parse(f"{HEAD}Translating...\nCGTN's Li Jing\n\n{FIRST}\n\n{SECOND}\n")
    assert (d["byline"], d["authors"], d["source"]) == ("CGTN's Li Jing", ["Li Jing"], "CGTN")
    assert body(d) == [FIRST, SECOND]


DUMPS = Path(__file__).parents[1] / "data" / "cgtn"


# --- saved pages ---------------------------------------------------------------------------


def test_cgtn_template_b_body_from_json() -> None:
    article = newsparse.parse(DUMPS / "cgtn_2019_template_b_json.htm")
    assert article.parser == "cgtn"
    assert article.date == dt.datetime(2019, 1, 16, 9, 10, tzinfo=BEIJING)
    assert article.paragraphs[0].startswith("Britain's parliament on Tuesday")
    assert "&nbsp;" not in article.text and "\u00a0" not in article.text
    assert article.captions[0].credit == "VCG"


def test_cgtn_saved_page_and_paste_agree() -> None:
    html = newsparse.parse(DUMPS / "cgtn_2019_template_a.htm")
    text = newsparse.parse(DUMPS / "cgtn_2019_template_a.paste.txt")
    assert html.parser == text.parser == "cgtn"
    for field in ("title", "authors", "byline", "source", "date", "updated", "section", "captions"):
        assert getattr(html, field) == getattr(text, field), field


def test_cgtn_saved_page_and_paste_same_body() -> None:
    html = newsparse.parse(DUMPS / "cgtn_2019_template_a.htm")
    text = newsparse.parse(DUMPS / "cgtn_2019_template_a.paste.txt")
    assert html.body == text.body


def test_cgtn_read_more_links_are_not_body() -> None:
    article = newsparse.parse(DUMPS / "cgtn_2019_template_a.htm")
    assert not any(
        "Read more" in b.text or "Bilateral ties on all fronts" in b.text for b in article.body
    )
    assert ("heading", "Growing ties") in [(b.kind, b.text) for b in article.body]
