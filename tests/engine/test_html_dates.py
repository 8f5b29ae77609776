"""Publication and update dates of any outlet's HTML page (``_engine/html_dates.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse._engine.html_dates import meta_line_date

UTC = dt.timezone.utc
STORY = (
    "<p>Rivers across the region rose to their highest level in a decade on Tuesday after a"
    " week of heavy rain, officials said on Wednesday morning.</p>"
    "<p>Hundreds of homes were evacuated and schools in three towns were closed as a"
    " precaution, the local council said in a statement.</p>"
    "<p>Forecasters expect the rain to ease by the weekend, although rivers will stay high for"
    " several days and more flooding is possible downstream.</p>"
)


def _page(header: str = "", head: str = "", after: str = "", top: str = "") -> str:
    return (
        f"<!doctype html><html><head><title>Rivers rise</title>{head}</head><body>{top}"
        f"<article><h1>Rivers rise after a week of rain</h1>{header}"
        f"<div class='entry-content'>{STORY}</div>{after}</article></body></html>"
    )


def _rule(article: newsparse.Article, field: str) -> str | None:
    return next((p.rule for p in article.provenance if p.field == field), None)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("By Jane Doe • March 12, 2025", dt.date(2025, 3, 12)),
        ("Oct 11, 2023 2 min read", dt.date(2023, 10, 11)),
        ("Jun 08, 2023 • 11 Minute Read", dt.date(2023, 6, 8)),
        ("September 1st, 2023 By Emily Norwood", dt.date(2023, 9, 1)),
        ("blog | February 01, 2022", dt.date(2022, 2, 1)),
        ("Jane Doe - 2024-12-17", dt.date(2024, 12, 17)),
    ],
)
def test_date_inside_a_meta_line(line: str, day: dt.date) -> None:
    found = meta_line_date(line)
    assert found is not None and found.value == day and not found.updated
    article = newsparse.parse(_page(f"<div class='meta'>{line}</div>"))
    assert article.date == day
    # A line that is all date and reading time reads as a date line of its own.
    assert _rule(article, "date") in ("date.html-meta-line", "date.html-line")


@pytest.mark.parametrize(
    "line",
    [
        "The storm hit the coast on March 3, 2024 and left.",  # a sentence
        "From March 3, 2024 to March 9, 2024",  # two dates
        "We will publish the report on March 3, 2024 in the evening",
    ],
)
def test_sentence_with_a_date_is_no_meta_line(line: str) -> None:
    assert meta_line_date(line) is None


def test_meta_line_says_updated() -> None:
    found = meta_line_date("Last Modified: August 08, 2023 · 5 min read")
    assert found is not None and found.updated and found.value == dt.date(2023, 8, 8)


def test_date_glued_to_the_update_word() -> None:
    article = newsparse.parse(
        _page("<div class='meta'>April 26, 2024Updated on: October 28, 2024</div>")
    )
    assert article.date == dt.date(2024, 4, 26)
    assert article.updated == dt.date(2024, 10, 28)


def test_masthead_today_date_is_not_the_date() -> None:
    top = "<div class='topbar'><p>Friday, December 19, 2025</p></div>" + "".join(
        f"<p>Section {i}</p>" for i in range(8)
    )
    article = newsparse.parse(_page("<div>12.12.2025</div>", top=top))
    assert article.date == dt.date(2025, 12, 12)
    alone = newsparse.parse(_page(top=top))
    assert alone.date is None


@pytest.mark.parametrize("today", ["Today is Friday, December 19, 2025", "TODAY IS 19.12.2025"])
def test_a_today_is_line_just_above_the_headline_comes_last(today: str) -> None:
    page = _page("<div>12.12.2025</div>", top=f"<p>{today}</p>")
    assert newsparse.parse(page).date == dt.date(2025, 12, 12)


def test_only_an_update_date_printed() -> None:
    article = newsparse.parse(_page("<p class='updated'>Updated: December 31, 2024</p>"))
    assert article.date == dt.date(2024, 12, 31)
    assert _rule(article, "date") == "date.html-updated-only"
    assert article.updated == dt.date(2024, 12, 31)


def test_update_meta_alone_is_not_the_date() -> None:
    head = '<meta property="article:modified_time" content="2024-03-19T14:01:40+00:00">'
    article = newsparse.parse(_page(head=head))
    assert article.date is None
    assert article.updated == dt.datetime(2024, 3, 19, 14, 1, 40, tzinfo=UTC)


def test_posted_on_line_after_the_article() -> None:
    more = "".join(
        f"<p>Paragraph {i} of the story tells what the council said about the flooding today.</p>"
        for i in range(20)
    )
    after = f"<div class='more'>{more}</div><div class='meta'>Posted on April 13, 2023</div>"
    article = newsparse.parse(_page(after=after))
    assert article.date == dt.date(2023, 4, 13)
    assert _rule(article, "date") == "date.html-posted"


def test_metadata_beats_printed_and_url() -> None:
    head = '<meta name="parsely-pub-date" content="2024-05-01T09:00:00Z">'
    article = newsparse.parse(
        _page("<div class='meta'>By Jane Doe • March 12, 2025</div>", head=head),
        url="https://example.com/2023/01/02/rivers",
    )
    assert article.date == dt.datetime(2024, 5, 1, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    "name", ["dc.date.created", "publication_date", "date_published", "article:published"]
)
def test_more_meta_names(name: str) -> None:
    head = f'<meta name="{name}" content="2024-05-01">'
    assert newsparse.parse(_page(head=head)).date == dt.date(2024, 5, 1)


def test_utc_instant_gets_the_pages_offset() -> None:
    head = '<meta property="article:published_time" content="2025-12-19T03:05:00+00:00">'
    header = "<time datetime='2025-12-18T19:05:00-08:00'>December 18, 2025</time>"
    article = newsparse.parse(_page(f"<div>{header}</div>", head=head))
    pacific = dt.timezone(dt.timedelta(hours=-8))
    assert article.date == dt.datetime(2025, 12, 18, 19, 5, tzinfo=pacific)
    assert article.date.utcoffset() == dt.timedelta(hours=-8)


def test_utc_instant_kept_when_no_offset_is_known() -> None:
    head = '<meta property="article:published_time" content="2025-12-19T03:05:00+00:00">'
    # A different instant with an offset says nothing about this one.
    header = "<time datetime='2025-12-10T19:05:00-08:00'>December 10, 2025</time>"
    article = newsparse.parse(_page(f"<div>{header}</div>", head=head))
    assert article.date == dt.datetime(2025, 12, 19, 3, 5, tzinfo=UTC)
    assert article.date.utcoffset() == dt.timedelta(0)


@pytest.mark.parametrize(
    "wrapper", ["related-posts", "comment-metadata", "article-card__item", "teaser"]
)
def test_time_in_related_list_card_or_comments_is_not_the_date(wrapper: str) -> None:
    other = f"<div class='{wrapper}'><time datetime='2025-10-23'>Earlier</time></div>"
    article = newsparse.parse(_page(after=other))
    assert article.date is None
    kept = newsparse.parse(_page(after=f"<div class='meta'>{other[other.index('<time') :]}"))
    assert kept.date == dt.date(2025, 10, 23)


def test_headline_far_above_the_article_text() -> None:
    # A table of contents between the headline and the text: the date under the
    # headline is still the one printed nearest it.
    toc = "".join(f"<li>Chapter {i}</li>" for i in range(50))
    page = (
        "<!doctype html><html><head><title>T</title></head><body>"
        "<h1>Rivers rise after a week of rain</h1><div class='info'>August 1, 2025</div>"
        f"<ul>{toc}</ul><div class='entry-content'>{STORY}</div></body></html>"
    )
    assert newsparse.parse(page).date == dt.date(2025, 8, 1)


def test_published_on_line_at_the_end_of_the_article() -> None:
    more = "".join(
        f"<p>Paragraph {i} of the story tells what the council said about the flooding today.</p>"
        for i in range(20)
    )
    end = "<p>Published On: 15 August 2025</p>" + "".join(
        f"<p>Closing note {i}: the council will meet again next week to review it.</p>"
        for i in range(4)
    )
    article = newsparse.parse(_page(after=f"<div>{more}{end}</div>"))
    assert article.date == dt.date(2025, 8, 15)


@pytest.mark.parametrize(
    ("line", "day", "updated"),
    [
        ("Publicado el 12 de marzo de 2024 por Juan Pérez", dt.date(2024, 3, 12), False),
        ("Von Max Mustermann | 12. März 2024, 10:30 Uhr", dt.date(2024, 3, 12), False),
        ("Pubblicato il 12 marzo 2024", dt.date(2024, 3, 12), False),
        ("发布时间：2023-11-17 14:05 来源：新华社", dt.date(2023, 11, 17), False),
        ("更新时间：2023年11月17日 14:05", dt.date(2023, 11, 17), True),
        ("Aktualisiert am 12.03.2024", dt.date(2024, 3, 12), True),
    ],
)
def test_meta_lines_in_other_languages(line: str, day: dt.date, updated: bool) -> None:
    found = meta_line_date(line)
    assert found is not None
    assert found.value == day and found.updated is updated


def test_utc_instant_gets_the_offset_of_the_printed_local_time() -> None:
    head = '<meta property="article:published_time" content="2026-01-31T12:47:00+00:00">'
    article = newsparse.parse(_page("<div class='meta'>January 31, 2026 7:47 AM</div>", head=head))
    eastern = dt.timezone(dt.timedelta(hours=-5))
    assert article.date == dt.datetime(2026, 1, 31, 7, 47, tzinfo=eastern)
    assert article.date.utcoffset() == dt.timedelta(hours=-5)


def test_an_update_of_the_same_minute_gets_the_printed_offset_too() -> None:
    head = (
        '<meta property="article:published_time" content="2026-01-31T12:47:00+00:00">'
        '<meta property="article:modified_time" content="2026-01-31T12:47:30+00:00">'
    )
    article = newsparse.parse(_page("<div class='meta'>January 31, 2026 7:47 AM</div>", head=head))
    assert article.updated is not None
    assert article.updated.utcoffset() == dt.timedelta(hours=-5)
    assert article.updated == dt.datetime(2026, 1, 31, 12, 47, 30, tzinfo=dt.timezone.utc)


def test_a_later_update_does_not_take_the_publication_time_for_an_offset() -> None:
    # Published 00:02 and updated 01:02, both printed in GMT: the update is no instant
    # of the publication's printed time shifted by an hour (found by test_html_recovery).
    header = (
        "<div class='date'>January 2, 2015 12:02 a.m. GMT</div>"
        "<div class='date'>Updated January 2, 2015 1:02 a.m. GMT</div>"
    )
    article = newsparse.parse(_page(header))
    utc = dt.timezone.utc
    assert article.date == dt.datetime(2015, 1, 2, 0, 2, tzinfo=utc)
    assert article.updated == dt.datetime(2015, 1, 2, 1, 2, tzinfo=utc)
    assert article.updated is not None and article.updated.utcoffset() == dt.timedelta(0)


@pytest.mark.parametrize(
    "printed",
    [
        "Updated January 31, 2026 7:47 AM",  # an update's time says nothing of the offset
        "January 31, 2026 7:52 AM",  # not a whole quarter hour away
        "January 31, 2026 12:47 PM",  # printed in UTC
    ],
)
def test_utc_instant_kept_when_the_printed_time_gives_no_offset(printed: str) -> None:
    head = '<meta property="article:published_time" content="2026-01-31T12:47:00+00:00">'
    article = newsparse.parse(_page(f"<div class='meta'>{printed}</div>", head=head))
    assert article.date == dt.datetime(2026, 1, 31, 12, 47, tzinfo=UTC)
    assert article.date.utcoffset() == dt.timedelta(0)


def test_printed_date_in_a_related_list_is_not_the_date() -> None:
    related = "<ul class='related-posts'><li>Other story</li><li>March 5, 2026</li></ul>"
    page = (
        "<!doctype html><html><head><title>T</title></head><body><article>"
        f"<h1>Rivers rise after a week of rain</h1>{related}"
        f"<div class='entry-content'>{STORY}</div></article></body></html>"
    )
    assert newsparse.parse(page).date is None


def test_date_in_an_aside_just_under_the_headline() -> None:
    article = newsparse.parse(_page("<aside><p class='date'>May 25, 2023</p></aside>"))
    assert article.date == dt.date(2023, 5, 25)


def test_date_in_a_hidden_meta_line_when_no_visible_one() -> None:
    header = "<p style='display:none'>October 16, 2020 · 8 min read</p>"
    article = newsparse.parse(_page(header))
    assert article.date == dt.date(2020, 10, 16)


def test_minor_heading_made_of_parts_is_a_meta_line() -> None:
    article = newsparse.parse(_page("<h3>blog | February 01, 2022</h3>"))
    assert article.date == dt.date(2022, 2, 1)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        (
            "Essay - Published: 2025.12.17 | artificial-intelligence | create | programming |",
            dt.date(2025, 12, 17),
        ),
        ("Published on 01/25/26", dt.date(2026, 1, 25)),
        ("Published on 25/01/26", dt.date(2026, 1, 25)),
    ],
)
def test_labelled_date_among_the_parts_of_a_meta_line(line: str, day: dt.date) -> None:
    article = newsparse.parse(_page(f"<div class='meta'>{line}</div>"))
    assert article.date == day


def test_two_digit_year_either_way_is_no_date() -> None:
    article = newsparse.parse(_page("<div class='meta'>Published on 03/04/25</div>"))
    assert article.date is None


def _long_page(after: str) -> str:
    """A story too long for its end to be near the headline."""
    return _page().replace(STORY, STORY * 8).replace("</article>", f"{after}</article>")


def test_date_under_the_written_by_line_after_the_article() -> None:
    after = (
        "<div class='author-box'><p>Written by <a href='/a/x'>Kate Doe</a></p>"
        "<p>April 8, 2024</p></div>"
    )
    article = newsparse.parse(_long_page(after))
    assert article.date == dt.date(2024, 4, 8)


def test_last_updated_line_at_the_end_of_the_text_is_the_only_date() -> None:
    article = newsparse.parse(_long_page("<p>Last updated: November 13, 2025</p>"))
    assert article.date == dt.date(2025, 11, 13)
    assert article.updated == dt.date(2025, 11, 13)
    assert _rule(article, "date") == "date.html-updated-only"


def test_printed_publication_date_earlier_than_the_metadata_wins() -> None:
    head = '<meta property="article:published_time" content="2025-08-21T10:00:00+00:00">'
    header = (
        "<div class='meta'>Published Apr 26, 2023</div><div class='meta'>Updated Aug 20, 2025</div>"
    )
    article = newsparse.parse(_page(header, head=head))
    assert article.date == dt.date(2023, 4, 26)
    assert _rule(article, "date") == "date.html-published-line"


@pytest.mark.parametrize(
    "printed", ["Published Aug 21, 2025", "Published Aug 20, 2025", "Aug 1, 2023"]
)
def test_metadata_date_stands_against_a_later_or_unlabelled_printed_date(printed: str) -> None:
    head = '<meta property="article:published_time" content="2025-08-21T10:00:00+00:00">'
    article = newsparse.parse(_page(f"<div class='meta'>{printed}</div>", head=head))
    assert article.date == dt.datetime(2025, 8, 21, 10, 0, tzinfo=UTC)


def test_headline_far_above_the_text_still_leads_to_its_date() -> None:
    menu = "".join(
        f"<div class='card'><a href='/p/{k}'>Related story {k}</a></div>" for k in range(90)
    )
    page = (
        "<html><head><title>Rivers rise after a week of rain | Gazette</title></head><body>"
        "<section class='hero'><h1>Rivers rise after a week of rain</h1>"
        "<div class='meta'>Published Apr 26, 2023</div></section>"
        f"<div class='menu'>{menu}</div><article><div class='entry-content'>{STORY * 3}</div>"
        "</article></body></html>"
    )
    article = newsparse.parse(page)
    assert article.date == dt.date(2023, 4, 26)


@pytest.mark.parametrize("name", ["w-published-date", "article-publish-time", "firstPublishedAt"])
def test_a_sites_own_published_date_meta_name(name: str) -> None:
    head = f'<meta name="{name}" content="2025-05-27T06:03:43Z">'
    article = newsparse.parse(_page(head=head))
    assert article.date == dt.datetime(2025, 5, 27, 6, 3, 43, tzinfo=UTC)


@pytest.mark.parametrize("name", ["publisher", "w-modified-date", "unpublished-date"])
def test_other_meta_names_give_no_date(name: str) -> None:
    article = newsparse.parse(_page(head=f'<meta name="{name}" content="2025-05-27">'))
    assert article.date is None


def test_time_elements_below_a_node_are_those_the_xpath_finds() -> None:
    # The walk's list of <time> elements stands in for a scan of the tree: below any
    # element, the same <time datetime> elements in the same order (not the element
    # itself, not one without datetime, nor one in a removed <script>).
    from newsparse._engine.html import document_from_html
    from newsparse._engine.html_dates import _TIMES, _times_below
    from newsparse._engine.metadata import elements

    html = (
        "<html><head><title>T</title></head><body>"
        "<header><time datetime='2024-01-01'>1 Jan</time><time>no value</time></header>"
        "<article><div class='meta'><time datetime='2024-01-02'><time datetime='2024-01-03'>"
        "3 Jan</time></time></div><p>Text <time datetime=''>empty</time></p>"
        "<script>document.write('<time datetime=2024-01-09>')</script></article>"
        "<aside><time datetime='2024-01-04'>4 Jan</time></aside></body></html>"
    )
    page = document_from_html(html).page
    assert page is not None and page.times is not None
    nodes = list(page.root.iter())
    assert len(nodes) > 10
    for node in nodes:
        expected = elements(_TIMES, node)
        assert _times_below(page, node) == expected
    assert [t.get("datetime") for t in _times_below(page, page.root)] == [
        "2024-01-01",
        "2024-01-02",
        "2024-01-03",
        "",
        "2024-01-04",
    ]
