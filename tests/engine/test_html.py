"""HTML input: any outlet's page, encodings, broken markup (outlets: tests/parsers/)."""

from __future__ import annotations

import codecs
import datetime as dt
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import EmptyArticleWarning
from newsparse._explain import explain
from newsparse._fields.htmldates import date_from_url, parse_date_value

DUMPS = Path(__file__).parents[1] / "data" / "generic"
UTC = dt.timezone.utc


def _page(body: str, head: str = "", charset: str = "utf-8") -> str:
    return (
        f'<!doctype html><html><head><meta charset="{charset}"><title>T</title>{head}</head>'
        f"<body>{body}</body></html>"
    )


ARTICLE = (
    "<article><h1>Rivers rise after a week of rain</h1>"
    "<p>Rivers across the region rose to their highest level in a decade on Tuesday after a week of heavy rain, officials said.</p>"
    "<p>Hundreds of homes were evacuated and schools in three towns were closed as a precaution, the local council said.</p>"
    "</article>"
)


# --- any outlet -------------------------------------------------------------------------


def test_outlet_never_becomes_author() -> None:
    head = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rivers rise after a week of rain",'
        '"author":{"@type":"Organization","name":"Reuters"},"datePublished":"2024-02-01T08:00:00+01:00"}</script>'
        '<meta name="author" content="Reuters">'
    )
    article = newsparse.parse(_page(ARTICLE, head))
    assert article.authors == ()
    assert article.source == "Reuters"
    assert article.date == dt.datetime(2024, 2, 1, 7, 0, tzinfo=UTC)


def test_time_without_zone_gives_the_day() -> None:
    head = '<meta property="article:published_time" content="2024-02-01T08:00:00">'
    assert newsparse.parse(_page(ARTICLE, head)).date == dt.date(2024, 2, 1)


def test_caption_and_url_dates_are_not_the_date_when_metadata_has_one() -> None:
    head = (
        '<meta property="article:published_time" content="2024-02-03T10:00:00Z">'
        '<link rel="canonical" href="https://example.org/2019/05/06/rivers">'
    )
    body = ARTICLE.replace(
        "</h1>",
        "</h1><figure><img src=a.jpg><figcaption>Flooding on 4 January 2020. (Reuters)</figcaption></figure>",
    )
    article = newsparse.parse(_page(body, head))
    assert article.date == dt.datetime(2024, 2, 3, 10, 0, tzinfo=UTC)
    # The image's URL is read against the page's own canonical URL (no URL was given).
    assert article.captions == (
        newsparse.Caption(
            "Flooding on 4 January 2020.", "Reuters", "https://example.org/2019/05/06/a.jpg"
        ),
    )


def test_url_date_is_the_last_resort() -> None:
    head = '<link rel="canonical" href="https://example.org/2019/05/06/rivers">'
    article = newsparse.parse(_page(ARTICLE, head))
    assert article.date == dt.date(2019, 5, 6)
    assert article.provenance_of("date") is not None
    assert article.provenance_of("date").rule == "date.url"  # type: ignore[union-attr]


def test_url_date_from_the_address_the_caller_gave() -> None:
    # The page names no address of its own: the url passed to parse() is its address.
    article = newsparse.parse(_page(ARTICLE), url="https://example.org/2019/05/06/rivers")
    assert article.date == dt.date(2019, 5, 6)
    assert article.provenance_of("date").rule == "date.url"  # type: ignore[union-attr]
    # The page's own canonical address comes first.
    head = '<link rel="canonical" href="https://example.org/2020/01/02/rivers">'
    article = newsparse.parse(_page(ARTICLE, head), url="https://example.org/2019/05/06/x")
    assert article.date == dt.date(2020, 1, 2)


def test_parse_date_value() -> None:
    assert parse_date_value("2024-03-12T10:30:00+05:30") == dt.datetime(
        2024, 3, 12, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))
    )
    assert parse_date_value("2024-03-12T10:30:00") == dt.date(2024, 3, 12)
    assert parse_date_value("2024-03-12") == dt.date(2024, 3, 12)
    assert parse_date_value("Tue, 12 Mar 2024 10:30:00 GMT") == dt.datetime(
        2024, 3, 12, 10, 30, tzinfo=UTC
    )
    assert parse_date_value("not a date") is None
    assert date_from_url("https://x.org/news/2024/03/12/story") == dt.date(2024, 3, 12)
    assert date_from_url("https://x.org/story-20240312.html") == dt.date(2024, 3, 12)
    assert date_from_url("https://x.org/story/123456") is None


def test_furniture_is_dropped() -> None:
    article = newsparse.parse(DUMPS / "generic_jsonld_graph.html")
    text = article.text
    for junk in (
        "Share on",
        "Related stories",
        "Sign up",
        "comments",
        "great idea",
        "Most read",
        "All rights",
    ):
        assert junk not in text, junk


def test_explain_html() -> None:
    out = explain(DUMPS / "generic_jsonld_graph.html")
    assert "# input: HTML" in out
    assert "body.html-paragraph" in out


# --- encodings and broken markup ----------------------------------------------------------


CHINESE = "国务院新闻办公室今天举行发布会，介绍今年前三季度国民经济运行情况。记者从会上获悉，主要指标保持稳定增长。"
TRADITIONAL = "香港特別行政區政府今日宣佈，將於下個月推出新的房屋政策，以協助市民置業。這是政府近年來最重要的措施之一。"


@pytest.mark.parametrize(
    ("text", "codec", "declared"),
    [
        (CHINESE, "gbk", "gbk"),
        (CHINESE, "gb2312", "gb2312"),
        (CHINESE, "gb18030", "gb18030"),
        (CHINESE, "gbk", None),
        (TRADITIONAL, "big5", "big5"),
        (TRADITIONAL, "big5", None),
        (
            "Caf\u00e9 owners say \u201crents have doubled\u201d since 2022 \u2013 and more.",
            "cp1252",
            "windows-1252",
        ),
        (CHINESE, "utf-8", "gbk"),  # a wrong declaration loses to valid UTF-8
    ],
)
def test_encodings(text: str, codec: str, declared: str | None) -> None:
    meta = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">'
        if declared
        else ""
    )
    page = f"<html><head>{meta}<title>t</title></head><body><article><p>{text}</p><p>{text}</p></article></body></html>"
    article = newsparse.parse(page.encode(codec))
    assert article.paragraphs and article.paragraphs[0] == text


@pytest.mark.parametrize("bom", [True, False])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16(codec: str, bom: bool) -> None:
    page = _page(ARTICLE, charset="utf-16")
    data = page.encode(codec)
    if bom:
        data = (codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE) + data
    assert newsparse.parse(data).title == "Rivers rise after a week of rain"


def test_deep_nesting_does_not_recurse() -> None:
    depth = 10_000
    page = "<html><body>" + "<div>" * depth + ARTICLE + "</div>" * depth + "</body></html>"
    article = newsparse.parse(page)
    assert article.paragraphs[0].startswith("Rivers across the region")


def test_truncated_and_unclosed_markup() -> None:
    page = _page(ARTICLE)[:-60].replace("</p>", "", 1)
    article = newsparse.parse(page + "<div><span><b>cut off here")
    assert article.paragraphs and article.paragraphs[0].startswith("Rivers across")


def test_not_an_article_gives_empty_body_and_warning() -> None:
    with pytest.warns(EmptyArticleWarning):
        article = newsparse.parse("<html><head><title>Home</title></head><body></body></html>")
    assert article.body == ()
    assert "no article body found" in article.warnings


# --- properties ---------------------------------------------------------------------------

_TAGS = [
    "div",
    "p",
    "span",
    "a",
    "article",
    "section",
    "h1",
    "h2",
    "li",
    "ul",
    "figure",
    "figcaption",
    "script",
    "table",
    "td",
    "br",
    "nav",
    "b",
]
_PIECES = st.one_of(
    st.sampled_from([f"<{t}>" for t in _TAGS] + [f"</{t}>" for t in _TAGS]),
    st.sampled_from(
        [
            '<div class="share">',
            '<p class="caption">',
            "&amp;",
            "&nbsp;",
            "&#xD800;",
            "&bogus;",
            "<!--",
            "-->",
            "<![CDATA[",
            "<",
            ">",
            '"',
            "\u00a0",
            "\u200b",
        ]
    ),
    st.text(max_size=40),
)


@given(st.lists(_PIECES, max_size=80))
def test_random_html_never_crashes(pieces: list[str]) -> None:
    page = "<html><body>" + "".join(pieces)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = newsparse.parse(page)
    assert isinstance(article, newsparse.Article)


@given(
    st.lists(_PIECES, max_size=40),
    st.sampled_from(
        ["utf-8", "gbk", "big5", "cp1252", "utf-16", "latin-1", "shift_jis", "nonsense"]
    ),
    st.sampled_from(["utf-8", "gb18030", "big5", "cp1252", "utf-16-le"]),
)
def test_declared_and_real_charsets_may_disagree(
    pieces: list[str], declared: str, real: str
) -> None:
    page = f'<html><head><meta charset="{declared}"></head><body>' + "".join(pieces)
    data = page.encode(real, errors="replace")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = newsparse.parse(data)
    assert isinstance(article, newsparse.Article)


# --- the walk over the page -----------------------------------------------------------------


def test_one_walk_reads_metadata_wherever_the_page_puts_it() -> None:
    # The walk that collects the lines also reads the metadata: in <head>, in the
    # body, and inside elements it skips as never visible (JSON-LD in a <script>,
    # microdata in a <noscript>), as read_meta does over the whole tree.
    from newsparse._engine.html import parse_tree
    from newsparse._engine.metadata import read_meta

    page = _page(
        '<p>Intro</p><meta name="author" content="Jane Doe">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "LD"}</script>'
        '<noscript><span itemprop="headline">Hidden headline</span></noscript>'
        '<div itemprop="author">Ann Lee</div><svg><title>Icon</title></svg>' + ARTICLE,
        head='<link rel="canonical" href="https://example.com/a"><meta property="og:title" content="OG">'
        '<script>var x = "<p>not text</p>";</script>',
    )
    doc = newsparse.load(page)
    assert doc.page is not None
    meta = doc.page.meta
    assert meta.title == "T"
    assert meta.metas["author"] == ["Jane Doe"] and meta.metas["og:title"] == ["OG"]
    assert meta.canonical == "https://example.com/a"
    assert [obj["headline"] for obj in meta.jsonld] == ["LD"]
    assert sorted(meta.itemprops) == ["author", "headline"]
    assert meta.itemprops["headline"][0].text == "Hidden headline"
    # Nothing never visible is left in the tree or among the lines.
    assert doc.root.find(".//script") is None and doc.root.find(".//noscript") is None
    assert doc.root.find(".//svg") is None and doc.root.find("head/title") is not None
    assert "not text" not in doc.text and "Hidden headline" not in doc.text
    # The same as read_meta reading the whole tree.
    alone = read_meta(parse_tree(page))
    assert alone.metas == meta.metas and alone.jsonld == meta.jsonld
    assert {k: [e.text for e in v] for k, v in alone.itemprops.items()} == {
        k: [e.text for e in v] for k, v in meta.itemprops.items()
    }


@pytest.mark.parametrize(
    ("script", "headline"),
    [
        ('{"@type": "NewsArticle", "headline": "Plain"};', "Plain"),
        ('//<![CDATA[\n{"@type": "NewsArticle", "headline": "Wrapped"}\n//]]>', "Wrapped"),
        ('<![CDATA[{"@type": "NewsArticle", "headline": "Bare"}]]>', "Bare"),
        ('{"@type": "NewsArticle", "headline": "Comma", "keywords": ["a", "b",],}', "Comma"),
        ('{"@type": "NewsArticle", "headline": "Text ]]> in it"}', "Text ]]> in it"),
    ],
)
def test_json_ld_in_cdata_markers_or_with_trailing_commas_is_read(
    script: str, headline: str
) -> None:
    page = _page(f'<script type="application/ld+json">{script}</script>' + ARTICLE)
    doc = newsparse.load(page)
    assert doc.page is not None
    assert [obj["headline"] for obj in doc.page.meta.jsonld] == [headline]


def test_broken_json_ld_is_left_out() -> None:
    page = _page('<script type="application/ld+json">{"@type": "NewsArticle", </script>' + ARTICLE)
    doc = newsparse.load(page)
    assert doc.page is not None and doc.page.meta.jsonld == []


def test_text_after_a_skipped_element_stays_on_its_line() -> None:
    # A never-visible element is skipped, its tail read in its place (what stripping
    # it first gave): "Before" and "after" are one line, linked characters counted.
    doc = newsparse.load(
        _page("<p>Before <script>x()</script>after <a href='/'>link<button>b</button></a>.</p>")
    )
    assert doc.page is not None
    (line,) = doc.page.lines
    assert line.text == "Before after link."
    assert line.link_chars == len("link")


def test_the_walk_keeps_every_time_element_of_the_tree() -> None:
    # The <time> elements are listed by the walk (head and body, document order; none
    # from inside a dropped element), so the date code needs no scan of the tree.
    doc = newsparse.load(
        _page(
            "<p>On <time datetime='2024-05-01'>May 1</time></p><noscript><time>x</time></noscript>"
            "<div><time>Today</time></div>" + ARTICLE,
            head="<time datetime='2024-04-30'></time>",
        )
    )
    assert doc.page is not None and doc.page.times is not None
    assert [t.get("datetime") for t in doc.page.times] == ["2024-04-30", "2024-05-01", None]
    assert doc.page.times == list(doc.root.iter("time"))


def test_dropped_elements_leave_their_tails_where_they_were() -> None:
    # The never-visible elements go from the tree after the walk; their tails stay
    # as strip_elements(with_tail=False) left them: joined to the text before.
    doc = newsparse.load(
        _page(
            "<p id='x'>a<script>s()</script>b<style>p{}</style>c<b>d</b><script></script>e"
            "<noscript>n</noscript>f<input>g</p>"
        )
    )
    para = doc.root.find(".//p[@id='x']")
    assert [(el.tag, el.text, el.tail) for el in para.iter()] == [
        ("p", "abc", None),
        ("b", "d", "efg"),
    ]


def test_dropped_element_beside_a_control_character() -> None:
    # lxml will not set text holding a control character that libxml2's parse kept
    # (it raised ValueError): such a page's dropped elements go as strip_elements
    # takes them, the text around them kept as it is.
    doc = newsparse.load(_page("<p id='x'>a\x1f<script>s()</script>b</p>"))
    para = doc.root.find(".//p[@id='x']")
    assert para.find("script") is None
    assert para.text == "a\x1fb"


@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<b>",
                "</b>",
                "<script>s</script>",
                "<svg>v</svg>",
                "<noscript>n</noscript>",
                "<input>",
                "\x1f",
                "t",
                " u ",
                "<br>",
            ]
        ),
        max_size=30,
    )
)
def test_dropping_elements_is_strip_elements(pieces: list[str]) -> None:
    from lxml import etree

    from newsparse._engine.html import parse_tree
    from newsparse._engine.selectors import DROP_TAGS

    page = _page("".join(pieces))
    expected = parse_tree(page)
    assert expected is not None
    etree.strip_elements(expected, *DROP_TAGS, with_tail=False)
    doc = newsparse.load(page)
    assert etree.tostring(doc.root) == etree.tostring(expected)


_PROSE = "<p>" + "The council met on Monday to agree the new budget for the year. " * 4 + "</p>"


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("市政府召开冬季安全工作会议_政务动态_河畔市人民政府", "市政府召开冬季安全工作会议"),
        ("Council agrees the winter budget - City News", "Council agrees the winter budget"),
    ],
)
def test_title_is_the_printed_start_of_the_html_title(title: str, headline: str) -> None:
    # No <h1> holds the headline (the logo has it): the visible line the <title> opens
    # with, before a separator, is the headline; the section and site after it are not.
    html = (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<h1 class="logo">River City</h1><div class="art-title">{headline}</div>'
        f"<div class='content'>{_PROSE * 3}</div></body></html>"
    )
    article = newsparse.parse(html)
    assert article.title == headline
    assert article.provenance_of("title").rule == "title.html-title-printed"


def test_a_short_line_the_title_starts_with_is_no_headline() -> None:
    # A menu item that happens to open the <title> is too short to be its headline.
    html = (
        '<html><head><meta charset="utf-8"><title>World news - Daily Courier</title></head>'
        "<body><div>World news</div><div class='content'>" + _PROSE * 3 + "</div></body></html>"
    )
    assert newsparse.parse(html).provenance_of("title").rule != "title.html-title-printed"


def test_each_line_keeps_the_tag_its_block_has_after_the_walk() -> None:
    # The walk records each line's tag once; a <button> it found left open (holding the
    # page) is a <div> by then, and its line says so.
    from newsparse._engine.html import document_from_html

    html = _page(
        "<h2>Section</h2><button>Intro of the story<div><p>First paragraph.</p></div>"
        "<p>Second paragraph.</p></button><ul><li>Item</li></ul>"
    )
    page = document_from_html(html).page
    assert page is not None
    assert [(h.text, h.tag) for h in page.lines] == [
        ("Section", "h2"),
        ("Intro of the story", "div"),
        ("First paragraph.", "p"),
        ("Second paragraph.", "p"),
        ("Item", "li"),
    ]
    assert all(h.tag == h.el.tag for h in page.lines)


def test_elements_that_share_an_id_all_keep_their_lines_and_names() -> None:
    # The parser keeps no table of ids: a page that gives two blocks one id (menus
    # copied twice, widgets) is read whole, each block with its own line and names.
    from newsparse._engine.html import document_from_html

    html = _page(
        '<div id="box" class="promo">Subscribe today</div>'
        '<div id="box" class="story"><p id="p1">Rivers rose on Tuesday.</p></div>'
        '<p id="p1">Schools were closed.</p>'
    )
    page = document_from_html(html).page
    assert page is not None
    assert [h.text for h in page.lines] == [
        "Subscribe today",
        "Rivers rose on Tuesday.",
        "Schools were closed.",
    ]
    assert page.names is not None
    names = page.names.split("\n")
    assert names.count("box") == 2 and names.count("p1") == 2
    assert [el.get("class") for el in page.root.iter("div")] == ["promo", "story"]


@pytest.mark.parametrize("spaces", ["", " ", "\n\t "])
@pytest.mark.parametrize("count", [0, 1, 255, 256, 257, 300])
def test_plain_start_tags_keep_their_first_256_attributes(count: int, spaces: str) -> None:
    # Start tags of ' name="value"' attributes take the fast reading (possessive where
    # Python has it); up to 256 attributes the tag is left as written, past that its
    # first 256 stay, and the text after it is read as before.
    from newsparse._engine.html import _trim_attributes, parse_tree

    attrs_ = "".join(f' data-a{i}="v{i} >"' for i in range(count))
    page = f"<html><body><div id=x{attrs_}{spaces}><p>Rivers rose.</p></div></body></html>"
    trimmed = _trim_attributes(page)
    if count < 256:  # with its id, 256 attributes at most
        assert trimmed is page
    else:
        kept = "".join(f' data-a{i}="v{i} >"' for i in range(255))
        tag = f"<div id=x{kept}{spaces}>"
        assert trimmed == f"<html><body>{tag}<p>Rivers rose.</p></div></body></html>"
    div = parse_tree(page).find(".//div")
    assert len(div.attrib) == min(count + 1, 256)
    assert div.findtext("p") == "Rivers rose."
