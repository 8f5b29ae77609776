"""Authors, bylines and credited sources of any outlet's HTML page (``_engine/html_authors.py``)."""

from __future__ import annotations

import json

import pytest

import newsparse

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


def _ld(obj: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _rule(article: newsparse.Article, field: str) -> str | None:
    return next((p.rule for p in article.provenance if p.field == field), None)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Sofia Gonzalez December 2, 2025", ("Sofia Gonzalez",)),
        ("By Dr. Vahid Osman - Mar 27, 2024", ("Dr. Vahid Osman",)),
        ("September 1st, 2023 By Emily Norwood", ("Emily Norwood",)),
        ("By Haley Hoekstra • March 12, 2025 • 4 min read", ("Haley Hoekstra",)),
    ],
)
def test_byline_with_a_date_in_it(line: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(_page(f"<div class='post-meta'>{line}</div>"))
    assert article.authors == authors
    assert _rule(article, "authors") == "authors.html-byline"


def test_author_classed_name_with_a_date() -> None:
    article = newsparse.parse(_page("<div class='author-details'>Dakota Hebert July 3, 2025</div>"))
    assert article.authors == ("Dakota Hebert",)


def test_byline_far_below_the_container_start_is_found_by_the_headline() -> None:
    # The container is the whole page: the byline sits under the headline, deep in it.
    menu = "".join(f"<p>Menu item {i}</p>" for i in range(60))
    page = (
        "<!doctype html><html><head><title>T</title></head><body>"
        f"<div>{menu}<h1>Rivers rise after a week of rain</h1>"
        f"<div class='the-author'>Isaiah Shelton</div>{STORY}</div></body></html>"
    )
    assert newsparse.parse(page).authors == ("Isaiah Shelton",)


def test_written_by_line_after_the_article() -> None:
    more = "".join(
        f"<p>Paragraph {i} of the story tells what the council said about the flooding today.</p>"
        for i in range(20)
    )
    after = f"<div>{more}</div><p>Written by Moses Kim and Kate Shokurova</p>"
    article = newsparse.parse(_page(after=after))
    assert article.authors == ("Moses Kim", "Kate Shokurova")


def test_every_jsonld_author() -> None:
    ld = _ld(
        {
            "@type": "NewsArticle",
            "author": [
                {"@type": "Person", "name": "Jane Doe"},
                {"@type": "Person", "name": "John Roe"},
                "Ann Lee",
            ],
        }
    )
    assert newsparse.parse(_page(head=ld)).authors == ("Jane Doe", "John Roe", "Ann Lee")


def test_several_author_meta_tags() -> None:
    head = '<meta name="author" content="Jane Doe"><meta name="author" content="John Roe">'
    assert newsparse.parse(_page(head=head)).authors == ("Jane Doe", "John Roe")


def test_citation_authors_family_name_first() -> None:
    head = (
        '<meta name="citation_author" content="Roy, Aniruddha">'
        '<meta name="citation_author" content="Patel, Jyoti">'
    )
    assert newsparse.parse(_page(head=head)).authors == ("Aniruddha Roy", "Jyoti Patel")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Rasmus Barslund Founder, Lead Reviewer", ("Rasmus Barslund",)),
        ("By Mariel Sheets, Marketing Manager", ("Mariel Sheets",)),
    ],
)
def test_job_titles_split_off(line: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(_page(f"<div class='byline'>{line}</div>"))
    assert article.authors == authors


def test_site_name_from_the_domain_is_no_author() -> None:
    head = (
        '<meta name="author" content="WRAL">'
        '<link rel="canonical" href="https://www.wral.com/story/x/1/">'
    )
    header = "<div class='byline'>By Heather Leah</div>"
    article = newsparse.parse(_page(header, head=head))
    assert article.authors == ("Heather Leah",)
    alone = newsparse.parse(_page(head=head))
    assert alone.authors == ()


def test_jsonld_publisher_is_no_author() -> None:
    ld = _ld(
        {
            "@type": "Article",
            "author": {"@type": "Person", "name": "Acme Widgets"},
            "publisher": {"@type": "Organization", "name": "Acme Widgets"},
        }
    )
    article = newsparse.parse(_page("<div class='byline'>By Jane Doe</div>", head=ld))
    assert article.authors == ("Jane Doe",)


def test_a_bare_word_in_an_author_box_is_no_author() -> None:
    article = newsparse.parse(_page("<div class='author'>Bio</div>"))
    assert article.authors == ()


def test_bare_by_line_between_headline_and_first_paragraph() -> None:
    header = (
        "<header><p>Eat and drink</p><p>Share this story</p><p>Save</p>"
        "<p>Comments</p><p class='inline-list'>By Sofia Gonzalez December 2, 2025</p></header>"
    )
    assert newsparse.parse(_page(header)).authors == ("Sofia Gonzalez",)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Umair Irfan Updated Nov 18, 2019, 3:30pm EST", "By Umair Irfan"),
        ("By Sherif Saed, Wednesday, 20th November 2019 10:08 GMT", "By Sherif Saed"),
    ],
)
def test_words_a_date_leaves_behind_are_not_the_byline(line: str, byline: str) -> None:
    article = newsparse.parse(_page(f"<div class='byline'>{line}</div>"))
    assert article.byline == byline


@pytest.mark.parametrize("name", ["Hnn Staff", "Practical Horseman Editorial Staff"])
def test_a_staff_credit_is_no_person(name: str) -> None:
    head = f'<meta name="author" content="{name}">'
    assert newsparse.parse(_page(head=head)).authors == ()


@pytest.mark.parametrize(
    "header",
    [
        "<div><a href='/author/julia-gralberg/'>Julia Gralberg</a></div>",
        "<p><a href='mailto:jg@example.com'>Julia Gralberg</a></p>",
        "<div class='post-info'><p>Julia Gralberg</p></div>",
        "<a href='/people/julia-gralberg'><div>Julia Gralberg</div></a>",
        "<div class='written-by'>Julia Gralberg</div>",
    ],
)
def test_bare_name_under_the_headline_with_a_profile_link_or_meta_class(header: str) -> None:
    article = newsparse.parse(_page(header))
    assert article.authors == ("Julia Gralberg",)
    assert _rule(article, "authors") == "authors.html-byline"


@pytest.mark.parametrize(
    "header",
    [
        "<div><p>Julia Gralberg</p></div>",  # no sign that it is a byline
        "<div class='post-info'><p>Mobile MarketingTechnology</p></div>",  # tags run together
        "<div class='post-info'><p>Marketing</p></div>",  # one word
    ],
)
def test_bare_line_under_the_headline_without_a_byline_sign(header: str) -> None:
    assert newsparse.parse(_page(header)).authors == ()


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Rebecca Lake, CEPF®", "Rebecca Lake"),
        ("Jean-Luc Aufranc (CNXSoft)", "Jean-Luc Aufranc"),
        ('"David Kim"', "David Kim"),
        ("Jeffrey A. Slotnick CPP", "Jeffrey A. Slotnick"),
        ("Rachael Link, MS, RD", "Rachael Link"),
        ("Rui Ma", "Rui Ma"),  # a family name, not letters after one
    ],
)
def test_credentials_and_asides_split_off_jsonld_names(name: str, person: str) -> None:
    ld = _ld({"@type": "Article", "author": {"@type": "Person", "name": name}})
    assert newsparse.parse(_page(head=ld)).authors == (person,)


def test_sponsored_credit_is_no_author() -> None:
    article = newsparse.parse(_page("<div class='post-info'><p>Sponsored Advert</p></div>"))
    assert article.authors == ()


def test_jsonld_author_reference_in_a_graph() -> None:
    ld = _ld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "author": [{"@id": "https://example.com/#/schema/person/1"}],
                    "publisher": {"@id": "https://example.com/#organization"},
                },
                {"@type": "Organization", "@id": "https://example.com/#organization", "name": "Ex"},
                {
                    "@type": "Person",
                    "@id": "https://example.com/#/schema/person/1",
                    "name": "Shivkumar M",
                },
            ],
        }
    )
    article = newsparse.parse(_page(head=ld))
    assert article.authors == ("Shivkumar M",)
    assert _rule(article, "authors") == "authors.jsonld"


@pytest.mark.parametrize(
    ("attr", "authors"),
    [
        ('data-author="Lisa Jennings"', ("Lisa Jennings",)),
        ('data-authors=\'["Jane Doe", "John Roe"]\'', ("Jane Doe", "John Roe")),
        ('data-authors=\'[{"name": "Jane Doe"}]\'', ("Jane Doe",)),
        ('data-author-id="1234"', ()),  # an id, not a name
        ('data-author="42"', ()),
        ('data-byline="Lisa Jennings"', ("Lisa Jennings",)),
        ('data-author-name="Lisa Jennings"', ("Lisa Jennings",)),
        ('DATA-AUTHOR="Lisa Jennings"', ("Lisa Jennings",)),
    ],
)
def test_byline_a_script_fills_from_a_data_attribute(attr: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(_page(f"<div class='x' {attr}></div>"))
    assert article.authors == authors
    if authors:
        assert _rule(article, "authors") == "authors.html-data"


def test_the_walk_notes_whether_any_element_has_a_data_author_attribute() -> None:
    # The scan for them runs only then (Page.data_authors), in <head> or in <body>.
    page = newsparse.load(_page("<div class='x' data-authorship='no'></div>")).page
    assert page is not None and page.data_authors is False
    page = newsparse.load(_page("<span data-byline='Jane Doe'></span>")).page
    assert page is not None and page.data_authors is True
    page = newsparse.load(_page(head="<meta data-author='Jane Doe'>")).page
    assert page is not None and page.data_authors is True


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("ByAngela Kaye Carpenter Updated onFebruary 16, 2026", ("Angela Kaye Carpenter",)),
        ("ByDaryl Austin", ("Daryl Austin",)),
        ("by Meaghan Weeden ● December 23, 2025 ● 6 min read", ("Meaghan Weeden",)),
        ("Published: August 27, 2025 by John Robison", ("John Robison",)),
    ],
)
def test_byline_with_words_run_together_or_bullets(line: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(_page(f"<div class='entry-meta'>{line}</div>"))
    assert article.authors == authors


def test_written_by_heading_in_the_last_lines_of_the_article() -> None:
    more = "".join(
        f"<p>Paragraph {i} of the story tells what the council said about the flooding today.</p>"
        for i in range(20)
    )
    end = "<h3>Written by Cassidy Horton</h3>" + "".join(
        f"<p>Closing note {i}: the council will meet again next week to review it.</p>"
        for i in range(5)
    )
    article = newsparse.parse(_page(after=f"<div>{more}{end}</div>"))
    assert article.authors == ("Cassidy Horton",)


def test_initials_are_no_author() -> None:
    ld = _ld({"@type": "Article", "author": {"@type": "Person", "name": "AS"}})
    assert newsparse.parse(_page(head=ld)).authors == ()


@pytest.mark.parametrize(
    ("content", "authors", "source"),
    [
        # A syndicated story credits its outlet after the name; the outlet is no name.
        ("Maria Lindqvist, Futurism", ("Maria Lindqvist",), None),
        ("Maria Lindqvist, Bloomberg News", ("Maria Lindqvist",), "Bloomberg News"),
        ("Maria Lindqvist, Reuters", ("Maria Lindqvist",), "Reuters"),
        # A citation's family name first stays one person.
        ("Lindqvist, Maria", ("Maria Lindqvist",), None),
    ],
)
def test_meta_author_with_its_outlet_after_a_comma(
    content: str, authors: tuple[str, ...], source: str | None
) -> None:
    article = newsparse.parse(_page(head=f'<meta name="author" content="{content}">'))
    assert article.authors == authors
    assert article.source == source


@pytest.mark.parametrize(
    ("content", "authors"),
    [
        # The outlet after a full stop is no part of the name.
        ("Fintan Cullen. Sputnik International", ("Fintan Cullen",)),
        ("Maria Lindqvist. Futurism", ("Maria Lindqvist",)),
        # Titles and initials with their full stop stay in the name.
        ("Prof. Maria Lindqvist", ("Prof. Maria Lindqvist",)),
    ],
)
def test_meta_author_with_its_outlet_after_a_full_stop(
    content: str, authors: tuple[str, ...]
) -> None:
    article = newsparse.parse(_page(head=f'<meta name="author" content="{content}">'))
    assert article.authors == authors


@pytest.mark.parametrize("name", ["Staff Reports", "Editorial Board"])
def test_a_desk_in_the_author_meta_is_no_person(name: str) -> None:
    head = f'<meta name="author" content="{name}">'
    assert newsparse.parse(_page(head=head)).authors == ()
