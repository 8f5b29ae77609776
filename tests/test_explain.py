"""newsparse explain: each input line with its label, for text dumps and HTML pages."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse import Article, Caption, ParserFailedError
from newsparse._explain import explain, line_labels
from newsparse._model import Block, Provenance

PARA = "Officials agreed that the new plan would help local farmers and small firms grow. "
SEEDS = Path(__file__).parent / "data" / "seeds"


def _labels(out: str) -> dict[str, tuple[str, str]]:
    """Shown text -> (label, rule) of its first line, from explain's output."""
    found: dict[str, tuple[str, str]] = {}
    for line in out.splitlines():
        if "|" not in line or line.startswith("    -"):
            continue
        left, text = line.split(" | ", 1)
        parts = left.split()
        found.setdefault(text, (parts[1], parts[2]))  # a repeated line: its first
    return found


PAGE = (
    "<html><head><title>Farmers and firms | Site</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
    "<h1>A title about farmers and firms</h1>"
    "<p class='byline'>By Jane Doe</p><p>March 3, 2025</p>"
    f"<p>{PARA * 3}</p>"
    "<figure><img src='a.jpg'><figcaption>Farmers at work. (Photo: Ann Lee)</figcaption></figure>"
    f"<h2>What comes next</h2><p>{PARA * 2}</p>"
    "<footer>Copyright 2025 Site</footer></body></html>"
)


def test_explain_labels_each_line_of_an_html_page() -> None:
    out = explain(PAGE)
    assert out.splitlines()[1] == "# input: HTML; lines are the page's blocks of visible text"
    labels = _labels(out)
    body = (PARA * 3).strip()
    assert labels["Home World"][0] == "furniture"
    assert labels["A title about farmers and firms"] == ("title", "title.html")
    # The byline-classed block is left out of the body and gives the byline: a byline line.
    assert labels["By Jane Doe"] == ("byline", "byline.html")
    assert labels["March 3, 2025"] == ("date", "date.html-line")
    assert labels[body[:99] + "…"] == ("body", "body.html-paragraph")
    assert labels["Farmers at work. (Photo: Ann Lee)"] == ("caption", "caption.html")
    assert labels["What comes next"] == ("heading", "body.html-heading")
    assert labels["Copyright 2025 Site"][0] == "furniture"
    assert "unlabelled" not in out


def test_explain_labels_html_lines_outside_the_article_as_furniture() -> None:
    page = (
        "<html><body><div class='menu'><a href='/'>Home</a></div>"
        "<h1>Big news on the farms today</h1>"
        f"<div class='story'><p>By Ann Lee</p><p>{PARA * 3}</p></div>"
        "<div class='more'><a href='/x'>Other story about something</a></div></body></html>"
    )
    labels = _labels(explain(page))
    assert labels["Home"] == ("furniture", "furniture.outside-article")
    assert labels["Other story about something"] == ("furniture", "furniture.outside-article")
    assert labels["By Ann Lee"] == ("byline", "byline.html-line")
    assert labels["Big news on the farms today"][0] == "title"


def test_explain_shows_fields_from_metadata() -> None:
    page = (
        "<html><head><meta property='article:published_time' content='2025-03-03T10:00:00Z'>"
        f"</head><body><h1>A headline for the test</h1><p>{PARA * 3}</p></body></html>"
    )
    out = explain(page)
    assert "    - date        date.meta-article:published_time" in out


def test_explain_labels_a_text_dump() -> None:
    out = explain(SEEDS / "002_b8bd21e240404a83.txt")
    assert out.startswith("# parser: chinadaily")
    labels = _labels(out)
    article = newsparse.parse(SEEDS / "002_b8bd21e240404a83.txt")
    assert article.title is not None
    assert labels[article.title][0] == "title"
    assert sum(1 for label, _ in labels.values() if label == "body") >= len(article.paragraphs)
    shown = [line for line in out.splitlines()[1:] if "|" in line]
    assert all("unlabelled" not in line for line in shown)


class _Plain:
    """A plugin that gives only an Article (no draft): explain reads its provenance."""

    name = "plain"

    def detect(self, doc: newsparse.Document) -> float:
        return 1.0

    def parse(self, doc: newsparse.Document) -> Article:
        return Article(
            title="Top",
            body=(Block("paragraph", "Body text here."),),
            captions=(Caption("A cap", None),),
            parser=self.name,
            provenance=(
                Provenance("title", "plain.title", (0,)),
                Provenance("body[0]", "plain.body", (1,)),
                Provenance("captions[0]", "plain.caption", (2,)),
                Provenance("furniture", "plain.menu", (3,)),
            ),
        )


def test_explain_reads_the_provenance_of_a_parser_without_a_draft() -> None:
    newsparse.register(_Plain())
    try:
        labels = _labels(explain("Top\nBody text here.\nA cap\nMenu", parser="plain"))
    finally:
        newsparse.unregister("plain")
    assert labels == {
        "Top": ("title", "plain.title"),
        "Body text here.": ("body", "plain.body"),
        "A cap": ("caption", "plain.caption"),
        "Menu": ("furniture", "plain.menu"),
    }


def test_line_labels_prefers_a_lines_own_label() -> None:
    article = Article(
        provenance=(
            Provenance("source", "info.source", (2,)),
            Provenance("label:info", "info.line", (2,)),
        )
    )
    assert line_labels(article) == {2: ("info", "info.line")}


class _BrokenDraft(_Plain):
    name = "brokendraft"

    def draft(self, doc: newsparse.Document) -> None:
        raise SystemExit(3)


def test_a_failing_draft_is_contained_like_parse() -> None:
    newsparse.register(_BrokenDraft())
    try:
        with pytest.raises(ParserFailedError, match="parser 'brokendraft' failed: SystemExit"):
            explain("Some text", parser="brokendraft")
    finally:
        newsparse.unregister("brokendraft")


def _candidates(out: str) -> list[tuple[str, int, str, str, str]]:
    """(field, line, score, won, features) of each row of the candidates section."""
    rows = []
    section = out.split("# candidates:", 1)[1].splitlines()[1:]
    for row in section:
        field, line, score, won, features = row[1:].split(maxsplit=4)
        rows.append((field, int(line), score, won, features))
    return rows


def test_explain_shows_why_the_headline_and_date_won() -> None:
    """The ranked candidates for title, byline and date, with the features that decided:
    the headline over a menu item, the cluster's date over a masthead's "today"."""
    text = "\n".join(
        [
            "Home",
            "Monday, March 10, 2025",
            "News",
            "Sport",
            "City council approves forty kilometres of new bike lanes",
            "By Jane Doe",
            "March 3, 2025",
            PARA * 3,
            PARA * 2,
            "Home",
            "Subscribe",
            "About us",
            "Monday, March 10, 2025",
        ]
    )
    rows = _candidates(explain(text))
    titles = [r for r in rows if r[0] == "title"]
    # The winner first, with its score and the features that made it.
    assert titles[0] == (
        "title",
        5,
        "5.00",
        "won",
        "headline-length +0.50, next-to-prose +2.00, anchor +2.50",
    )
    # A menu item loses: one word, scored below the threshold.
    assert ("title", 4, "1.00", "-", "one-word -3.00, near-prose +1.50, anchor +2.50") in titles
    assert all(r[3] == "-" for r in titles[1:])
    dates = {r[1]: r for r in rows if r[0] == "date"}
    assert dates[7][3] == "won"
    assert dates[7][4] == "below the headline, 2 lines, cluster (date.line)"
    # The masthead's date, above the headline, loses to the one under it.
    assert dates[2][3] == "-"
    assert dates[2][4].startswith("above the headline, 3 lines")
    byline = [r for r in rows if r[0] == "byline"]
    assert byline == [
        ("byline", 6, "-0.50", "won", "below the headline, 1 line, cluster (byline.prefixed)")
    ]


def test_explain_shows_no_candidates_for_an_outlet_parser() -> None:
    """Only the generic header ranks candidates: a seed read by its outlet's parser has none."""
    out = explain((SEEDS / "002_b8bd21e240404a83.txt").read_text(encoding="utf-8"))
    assert "# candidates" not in out
