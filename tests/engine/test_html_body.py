"""Any outlet's HTML page: the body (issue 13, item 3).

Never empty when the page has an article; live-blog times, capital subheadings,
list items, tables and code kept; captions with an inline credit, comments,
newsletter boxes and "more stories" lists left out.
"""

from __future__ import annotations

import time
import warnings

import pytest

import newsparse
from newsparse._api import load
from newsparse._engine.content import Content, extract_content
from newsparse._fields.labels import Label


def _para(i: int) -> str:
    return (
        f"<p>The council voted on day {i} to approve part {i} of the new budget for the coming "
        "year, after a debate in the chamber that lasted well into the night.</p>"
    )


def _page(inner: str, before: str = "", after: str = "") -> str:
    return (
        "<!doctype html><html><head><title>Budget passes</title></head><body>"
        f"{before}<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Budget passes</h1>{inner}</article>"
        "<footer><p>Example News. All rights reserved.</p></footer>"
        f"{after}</body></html>"
    )


def _content(html: str) -> Content:
    page = load(html).page
    assert page is not None
    return extract_content(page, title="Budget passes")


def _body(html: str) -> list[tuple[str, str, str]]:
    """(kind, text, rule) of each body block."""
    return [(kind, text, why) for kind, text, why, _ in _content(html).body]


def _texts(html: str) -> list[str]:
    return [text for _, text, _ in _body(html)]


def _paragraphs(n: int, start: int = 0) -> str:
    return "".join(_para(i) for i in range(start, start + n))


# --- never empty ------------------------------------------------------------------------


def test_button_left_open_does_not_swallow_the_page() -> None:
    # <button><div></button>: libxml2 ignores the close tag while the <div> is open,
    # and the whole page ended up inside a <button>, which is never read.
    menu = "<div class='menu'><button class='menu-button'><div class='inner'><div></button></div>"
    article = newsparse.parse(_page(_paragraphs(3), before=menu))
    assert list(article.paragraphs) == [
        f"The council voted on day {i} to approve part {i} of the new budget for the coming "
        "year, after a debate in the chamber that lasted well into the night."
        for i in range(3)
    ]


def test_button_label_alone_is_still_not_text() -> None:
    html = _page(_paragraphs(2) + "<button>Load more</button>")
    assert "Load more" not in newsparse.parse(html).text


def test_content_after_closing_html_is_read() -> None:
    html = (
        "<html><head><title>Budget passes</title></head><body><header><nav>"
        "<a href='/'>Home</a></nav></header></body></html>"
        f"<div class='page'><h1>Budget passes</h1>{_paragraphs(3)}</div>"
    )
    article = newsparse.parse(html)
    assert len(article.paragraphs) == 3
    assert article.paragraphs[2].startswith("The council voted on day 2")


def test_article_hidden_until_a_script_runs_is_read() -> None:
    # Streamed server rendering: the article waits in a hidden <div> for a script.
    html = (
        "<html><head><title>Budget passes</title></head><body><div>Loading</div>"
        f"<div hidden id='S:0'><h1>Budget passes</h1>{_paragraphs(3)}</div></body></html>"
    )
    content = _content(html)
    assert [why for _, _, why, _ in content.body] == ["body.html-paragraph"] * 3


def test_hidden_text_stays_out_when_the_page_has_a_visible_article() -> None:
    hidden = "<div style='display:none'>" + _para(99) + "</div>"
    texts = _texts(_page(_paragraphs(3) + hidden))
    assert len(texts) == 3 and not any("day 99" in t for t in texts)


def test_article_inside_an_unclosed_nav_is_read() -> None:
    html = (
        "<html><head><title>Budget passes</title></head><body><header><nav><ul>"
        "<li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul>"
        f"<main><h1>Budget passes</h1>{_paragraphs(4)}</main></body></html>"
    )
    assert len(_texts(html)) == 4


def test_a_promo_line_does_not_stand_for_an_article_left_in_a_nav() -> None:
    # A menu left open holds the article; one promo paragraph outside it was the
    # only running text the strict reading saw.
    html = (
        "<html><head><title>Budget passes</title></head><body>"
        "<p>Switch today and file your taxes for free in the app, see the offer details.</p>"
        "<nav><ul><li><a href='/'>Home</a><div class='dropdown'>"
        f"<main><h1>Budget passes</h1>{_paragraphs(5)}</main></body></html>"
    )
    texts = _texts(html)
    assert len(texts) >= 5
    for i, text in enumerate(texts[-5:]):
        assert text.startswith(f"The council voted on day {i} "), text


def test_a_footer_disclaimer_does_not_replace_a_short_article() -> None:
    disclaimer = "".join(
        f"<p>This material is not advice (part {i}); consult a qualified adviser before acting on "
        "anything you read here, and check the terms of every product that we describe.</p>"
        for i in range(8)
    )
    html = (
        "<html><head><title>Budget passes</title></head><body>"
        f"<article><h1>Budget passes</h1>{_para(0)}</article>"
        f"<footer>{disclaimer}</footer></body></html>"
    )
    assert _texts(html) == [_para(0)[3:-4]]


def test_class_words_of_a_page_builder_do_not_empty_the_body() -> None:
    # Each paragraph in its own "widget": the class word says furniture, the
    # page has nothing else to say.
    blocks = "".join(
        f"<div class='builder-widget widget-text'><div class='widget-container'>{_para(i)}</div></div>"
        for i in range(4)
    )
    html = _page(blocks)
    assert len(_texts(html)) == 4


def test_widget_beside_the_article_is_still_furniture() -> None:
    widget = "<div class='widget'><p>Sign in to read this later and get alerts.</p></div>"
    texts = _texts(_page(_paragraphs(3) + widget))
    assert len(texts) == 3


# --- kept -------------------------------------------------------------------------------


def test_live_blog_times_are_subheadings() -> None:
    entries = "".join(
        f"<div class='entry'><time datetime='2024-05-02T{hh}:00Z'>{hh}:00</time>"
        f"<h3>Update {i}</h3>{_para(i)}</div>"
        for i, hh in enumerate(("09", "10", "11"))
    )
    body = _body(_page(_para(9) + entries))
    assert [(kind, text) for kind, text, _ in body[1:4]] == [
        ("heading", "09:00"),
        ("heading", "Update 0"),
        ("paragraph", _para(0)[3:-4]),
    ]
    assert [text for _, text, why in body if why == "body.html-time-heading"] == [
        "09:00",
        "10:00",
        "11:00",
    ]


def test_one_time_element_after_the_story_started_is_a_subheading() -> None:
    entry = f"<div><time>10.45am</time>{_para(1)}</div>"
    assert ("heading", "10.45am", "body.html-time-heading") in _body(_page(_para(0) + entry))


def test_a_lone_clock_line_is_still_a_duration() -> None:
    content = _content(_page(_para(0) + "<div>3:45</div>" + _para(1)))
    assert [text for _, text, _, _ in content.body if text == "3:45"] == []
    assert "furniture.duration" in {rule for _, rule in content.dropped.values()}


def test_capital_subheadings_are_headings() -> None:
    body = _body(_page(_para(0) + "<p>WHAT HAPPENS NEXT</p>" + _para(1)))
    assert body[1] == ("heading", "WHAT HAPPENS NEXT", "body.html-caps-heading")


@pytest.mark.parametrize("line", ["BAAR, SWITZERLAND", "[사진=JTBC, SBS]", "STAFF"])
def test_datelines_credits_and_single_words_in_capitals_are_not_headings(line: str) -> None:
    body = _body(_page(_para(0) + f"<p>{line}</p>" + _para(1)))
    assert [kind for kind, text, _ in body if text == line] == ["paragraph"]


def test_capital_lines_before_the_story_are_not_headings() -> None:
    texts = _texts(_page("<div>EXCLUSIVE</div>" + _paragraphs(2)))
    assert "EXCLUSIVE" not in texts


def test_list_items_table_and_code_are_kept() -> None:
    inner = (
        _para(0)
        + "<ul><li>Schools get more money</li><li>Roads are repaired</li></ul>"
        + _para(1)
        + "<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Schools</td><td>$4m</td></tr></table>"
        + _para(2)
        + "<pre><code>total = schools + roads</code></pre>"
        + _para(3)
    )
    texts = _texts(_page(inner))
    for kept in ("Schools get more money", "Roads are repaired", "Item", "$4m"):
        assert kept in texts, kept
    assert "total = schools + roads" in texts


# --- left out ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The mayor speaks to reporters on Monday. (Image: Getty)",
        "Photo: Jane Doe/Reuters",
        "Feuerwehrleute am Einsatzort. Foto: Max Muster",
        "Bildrechte: Stadtarchiv",
        "A crowd outside the hall [Photo: AP]",
        "The mayor speaks to reporters on Monday. (Photo\uff1a AP)",
        "\u4f1a\u8bae\u73b0\u573a\uff08\u8bb0\u8005 \u674e\u6587 \u6444\uff09",
    ],
)
def test_caption_lines_with_an_inline_credit_are_captions(line: str) -> None:
    content = _content(_page(_para(0) + f"<p>{line}</p>" + _para(1)))
    assert line not in [text for _, text, _, _ in content.body]
    assert (Label.CAPTION, "caption.html-inline-credit") in content.dropped.values()


def test_a_colon_inside_a_sentence_is_not_a_credit() -> None:
    line = "Economists say the overall picture: unemployment rose for a third month in a row."
    assert line in _texts(_page(_para(0) + f"<p>{line}</p>" + _para(1)))


def test_comments_newsletter_and_more_stories_are_cut() -> None:
    after = (
        "<div class='comments'><h3>3 comments</h3>"
        "<p>I think the council should have voted against this budget, it is far too big.</p></div>"
        "<div class='newsletter'><p>Sign up for our newsletter to get the news every morning.</p></div>"
        "<div class='more-stories'><ul><li><a href='/a'>Another story about the budget</a></li>"
        "<li><a href='/b'>A third story about the town hall</a></li></ul></div>"
    )
    texts = _texts(_page(_paragraphs(3) + after))
    assert len(texts) == 3 and all(t.startswith("The council voted") for t in texts)


# --- linear -----------------------------------------------------------------------------


def test_many_nested_buttons_around_paragraphs_stay_linear() -> None:
    # Each button is looked at once on the way up from the paragraphs; the old
    # way (a search below every button) took minutes here.
    n = 3000
    html = "<html><body>" + "<button><div>" * n + _paragraphs(2) + "</div></button>" * n
    started = time.monotonic()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = newsparse.parse(html + "</body></html>")
    assert time.monotonic() - started < 20
    assert article.paragraphs[0].startswith("The council voted on day 0")


def test_caption_candidates_are_those_the_caption_xpath_finds() -> None:
    """The scan that replaced the XPath finds the same elements in the same order: figures,
    figcaptions outside a figure, and blocks classed "caption" in ASCII capitals or not,
    outside figures and figcaptions (and only below the scope)."""
    from lxml import etree

    from newsparse._engine.content import _CAPTION_XPATH, _caption_candidates, elements

    html = (
        "<html><body><div id='scope' class='caption'>"
        "<figure id='f1'><img src='a.jpg'><figcaption id='fc1'>A "
        "<span id='in-fc' class='caption'>x</span></figcaption>"
        "<div id='in-fig' class='wp-caption'>y</div><figure id='f2'></figure></figure>"
        "<figcaption id='fc2'>loose</figcaption>"
        "<div id='c1' class='photo-CAPTION'>z</div><p id='c2' class='CaPtIoN-text'>w</p>"
        "<p id='dotless' class='capt\u0131on'>v</p><p id='plain' class='story'>u</p>"
        # lower() makes an "i" of U+0130, then a combining dot: no "caption" either.
        "<p id='dotted' class='CAPT\u0130ON capt\u0130on'>s</p>"
        "<figcaption id='fc3'><div id='c3' class='caption'>t</div></figcaption>"
        "</div></body></html>"
    )
    root = etree.fromstring(html, etree.HTMLParser())
    scope = root.find(".//div[@id='scope']")
    want = ["f1", "f2", "fc2", "c1", "c2", "fc3"]
    assert [el.get("id") for el in elements(_CAPTION_XPATH, scope)] == want
    assert [el.get("id") for el in _caption_candidates(scope, True)] == want
    # Without classes that may hold "caption", the figures alone.
    assert [el.get("id") for el in _caption_candidates(scope, False)] == ["f1", "f2", "fc2", "fc3"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("The council voted", 3),
        ("naïve café “quoted”", 3),
        ("国务院总理李强主持会议", 6),  # one part, and 11 characters: half a word each
        ("新华社北京11月17日电（记者 张三）", 8),  # two parts, 12 Han characters
        ("ひらがな カタカナ 한국어 漢字", 10),
        ("mixed 中文 text 中", 5),
    ],
)
def test_words_count_cjk_characters_as_half_words(text: str, count: int) -> None:
    from newsparse._engine.content import _line_words, words

    assert words(text) == count
    assert _line_words(text) == count


def test_buttons_between_a_left_open_button_and_its_paragraphs_open_too() -> None:
    # <button><div><button><div> ... paragraphs: both buttons were left open; a button
    # beside them with a label of its own stays a button (never read).
    html = _page(
        "<button class='a'><div><button class='b'><div>"
        + _paragraphs(2)
        + "<button class='c'>Load more</button></div></button></div></button>"
    )
    article = newsparse.parse(html)
    assert len(article.paragraphs) == 2 and "Load more" not in article.text
    page = load(html).page
    assert page is not None
    assert [el.get("class") for el in page.root.iter("button")] == []  # (c) dropped
    assert [el.get("class") for el in page.root.iter("div") if el.get("class")] == ["a", "b"]
