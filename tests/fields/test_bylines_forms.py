"""Byline forms of the web (issue 12.2): languages, glued dates, job titles, menus."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._fields.bylines import display_case, parse_byline, split_byline_date


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Von Anna Schmidt", ("Anna Schmidt",)),
        ("Par Jean Dupont et Marie Curie", ("Jean Dupont", "Marie Curie")),
        ("Por María López y Juan Pérez", ("María López", "Juan Pérez")),
        ("Di Mario Rossi e Anna Bianchi", ("Mario Rossi", "Anna Bianchi")),
        ("Door Jan van der Berg en Piet de Vries", ("Jan van der Berg", "Piet de Vries")),
        ("Av Erik Larsson och Anna Berg", ("Erik Larsson", "Anna Berg")),
        ("Af Mette Hansen og Lars Nielsen", ("Mette Hansen", "Lars Nielsen")),
        ("Autor: Hans Müller", ("Hans Müller",)),
        ("Texto: João Silva", ("João Silva",)),
        ("Автор: Иван Петров", ("Иван Петров",)),
        ("Przez Jan Kowalski", ("Jan Kowalski",)),
        ("작성자 홍길동", ("홍길동",)),
        ("홍길동 기자", ("홍길동",)),
        ("作者：张三 李四", ("张三", "李四")),
        ("作者：张三、李四", ("张三", "李四")),
        ("记者 王小明", ("王小明",)),
        ("记者王小明", ("王小明",)),
        ("文／王小明", ("王小明",)),
        ("作者：张三 责任编辑：李四", ("张三",)),
        ("BY JANE DOE AND JOHN SMITH", ("Jane Doe", "John Smith")),
        ("By Jane Doe, John Smith, and Ann Lee", ("Jane Doe", "John Smith", "Ann Lee")),
        ("Written by Rebecca Lake", ("Rebecca Lake",)),
        ("Guest author Elizabeth Shields", ("Elizabeth Shields",)),
        ("| By Lisa Duffy", ("Lisa Duffy",)),
        ('"David Kim"', ("David Kim",)),
    ],
)
def test_languages_and_lists(text: str, authors: tuple[str, ...]) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == authors
    assert byline.source is None


@pytest.mark.parametrize(
    ("text", "printed", "authors", "rest"),
    [
        ("BY JANE DOEPUBLISHED: JAN 29, 2025", "BY JANE DOE", ("Jane Doe",), "PUBLISHED: JAN 29, 2025"),
        ("By Dr. Vahid Osman - Mar 27, 2024", "By Dr. Vahid Osman", ("Dr. Vahid Osman",), "Mar 27, 2024"),
        ("By Jane Doe | March 3, 2025", "By Jane Doe", ("Jane Doe",), "March 3, 2025"),
        ("ByRhonda Smith", "ByRhonda Smith", ("Rhonda Smith",), None),
        ("Jeffrey ZeldmanNovember 20, 2024", "Jeffrey Zeldman", ("Jeffrey Zeldman",), "November 20, 2024"),
        ("ByRhonda Krause UpdatedJanuary 25, 2026", "ByRhonda Krause", ("Rhonda Krause",), "UpdatedJanuary 25, 2026"),
        ("JONATHAN JONESLAST UPDATED NOV 6, 2025", "JONATHAN JONES", ("Jonathan Jones",), "LAST UPDATED NOV 6, 2025"),
        ("By Sofia Gonzalez December 2, 2025", "By Sofia Gonzalez", ("Sofia Gonzalez",), "December 2, 2025"),
        ("By Lisa Jennings on Dec. 19, 2025", "By Lisa Jennings", ("Lisa Jennings",), "Dec. 19, 2025"),
        ("By David Kim • December 17, 2025 • 11 min read", "By David Kim", ("David Kim",), "December 17, 2025"),
        ("by Jacob Trussell—10 min read", "by Jacob Trussell", ("Jacob Trussell",), None),
        ("By Jane Doe | 2 hours ago", "By Jane Doe", ("Jane Doe",), "2 hours ago"),
        ("September 1st, 2023 By Emily Norwood", "By Emily Norwood", ("Emily Norwood",), "September 1st, 2023"),
        ("05/03/2026 by Meaghan Weeden", "by Meaghan Weeden", ("Meaghan Weeden",), "05/03/2026"),
        ("Last Updated on March 26, 2025 by Christine Kaaloa", "by Christine Kaaloa", ("Christine Kaaloa",), "Last Updated on March 26, 2025"),
        ("Dec 17, 2025Julian K. Arni", "Julian K. Arni", ("Julian K. Arni",), "Dec 17, 2025"),
        ("Aaron Ricadela | Senior Writer | July 2, 2025", "Aaron Ricadela | Senior Writer", ("Aaron Ricadela",), "July 2, 2025"),
        ("Von Anna Schmidt, 3. Mai 2024", "Von Anna Schmidt", ("Anna Schmidt",), "3. Mai 2024"),
    ],
)  # fmt: skip
def test_dates_on_the_byline_line(
    text: str, printed: str, authors: tuple[str, ...], rest: str | None
) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.printed, byline.authors, byline.rest) == (printed, authors, rest)
    assert split_byline_date(text) == (printed, rest)


def test_date_part_reads_as_a_date() -> None:
    from newsparse._fields.dates import date_line

    byline = parse_byline("ByRhonda Krause UpdatedJanuary 25, 2026")
    assert byline is not None and byline.rest is not None
    found = date_line(byline.rest)
    assert found is not None and found.updated and str(found.value) == "2026-01-25"


def test_a_line_without_a_byline_splits_to_its_date() -> None:
    assert split_byline_date("March 3, 2025") == ("", "March 3, 2025")
    assert split_byline_date("Just a line") == ("Just a line", None)
    long = "By Jane Doe " * 30
    assert split_byline_date(long) == (long.strip(), None)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Jane Doe, Senior Reporter", ("Jane Doe",)),
        ("Jane Doe, Staff Writer", ("Jane Doe",)),
        ("Jane Doe | Correspondent", ("Jane Doe",)),
        ("By Jane Doe, Senior Environment Correspondent", ("Jane Doe",)),
        ("Mark Head, Head of Design", ("Mark Head",)),
        ("By Mark Head", ("Mark Head",)),
        ("Rasmus Barslund Founder & Lead Reviewer", ("Rasmus Barslund",)),
        ("Mateusz HabernyFounder at Oakywood", ("Mateusz Haberny",)),
        ("Lance Ryan (Content Manager)", ("Lance Ryan",)),
        ("by Nicole Forbes, Master Horticulturalist & Garden Educator", ("Nicole Forbes",)),
        (
            "Authors: Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators",
            ("Julie Weisenhorn", "Natalie Hoidal"),
        ),
        ("By Jane Doe, Staff Writer, and John Roe, Editor", ("Jane Doe", "John Roe")),
        ("By: Ben Johnson, Director of Operations, Atlas Van Lines", ("Ben Johnson",)),
        ("Angela Holliday-Bell MD", ("Angela Holliday-Bell",)),
        ("Written By Angela Holliday-Bell, MD*", ("Angela Holliday-Bell",)),
        ("By Paul Deer, CFP®", ("Paul Deer",)),
        ("By Elle Penner M.P.H., R.D.", ("Elle Penner",)),
        ("Jane Doe, MS, RD, FAND", ("Jane Doe",)),
        ("by Chris Fenoglio (illustrator) & Ryan North", ("Ryan North",)),
        ("Roy, Aniruddha", ("Aniruddha Roy",)),
        ("DOE, JANE", ("Jane Doe",)),
        ("By Meg JamesStaff Writer", ("Meg James",)),
        ("Jane Doe, Senior Staff Reporter", ("Jane Doe",)),
    ],
)
def test_job_titles_and_degrees_are_not_authors(text: str, authors: tuple[str, ...]) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == authors


@pytest.mark.parametrize(
    ("text", "authors", "source"),
    [
        ("Jane Doe and AP", ("Jane Doe",), "AP"),
        ("Jane Doe, Reuters", ("Jane Doe",), "Reuters"),
        ("By JANE DOE, Associated Press", ("Jane Doe",), "Associated Press"),
        ("By The Associated Press", (), "The Associated Press"),
        ("Jane Doe (Reuters)", ("Jane Doe",), "Reuters"),
        ("By Jane Doe, dpa/AFP", ("Jane Doe",), "dpa"),
        ("记者 王小明 新华社", ("王小明",), "新华社"),
        ("Jill Disis, CNN Business", ("Jill Disis",), "CNN Business"),
        ("By Kevin McCoy USA TODAY", ("Kevin McCoy",), "USA Today"),
        ("Detroit News wire services", (), "Detroit News wire services"),
    ],
)
def test_agencies_go_to_source(text: str, authors: tuple[str, ...], source: str) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.authors, byline.source) == (authors, source)


@pytest.mark.parametrize(
    "text",
    [
        "By Company Size",
        "By Industry",
        "By Topic",
        "By Role",
        "By Use Case",
        "By Wine Region",
        "By Design",
        "By clicking Submit, you agree to our terms",
        "By Clicking Submit",
        "by the way",
        "By the way, the talks went well.",
        "By 2030, half of all cars will be electric.",
        "By March 3, 2025 the plan will be law.",
        "By Network",
        "Photo by Lisa Jennings",
        "By Mashable Team",
        "Science X staff",
        "Practical Horseman Editorial Staff",
        "Andrea Valeria - Remote Jobs",
        "About Peter Bell",
        "Exploring USB Commands",
        "Ferah Catering Texas Chocolate Cake",
        "© Victor Sailer",
        "By MixmasterFredebenisterie Frederic LauziereFollow",
        "责任编辑：李四",
        "编辑：李四",
        "Edited by Marie White",
        "By " + "Jane Doe and John Smith " * 8,
        "By Jane Doe, " + "x" * 200,
        "®",
        "By ®",
        "By ()",
    ],
)
def test_not_bylines(text: str) -> None:
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    ("name", "cased"),
    [
        ("JANE DOE", "Jane Doe"),
        ("RONALD MCDONALD", "Ronald McDonald"),
        ("CONAN O'NEIL", "Conan O'Neil"),
        ("JAN VAN DER BERG", "Jan van der Berg"),
        ("MARIA DE LA CRUZ", "Maria de la Cruz"),
        ("JOHN SMITH III", "John Smith III"),
        ("LI DA WEI", "Li Da Wei"),  # "da" alone is a pinyin syllable, not a particle
        ("ZHANG Wei", "Zhang Wei"),
        ("PJ Hamel", "PJ Hamel"),
        ("Sarah Knowles MW", "Sarah Knowles MW"),
        ("McDonald A", "McDonald A"),
        ("王小明", "王小明"),
    ],
)
def test_display_case(name: str, cased: str) -> None:
    assert display_case(name) == cased


def test_prefix_required_after_a_date() -> None:
    # A date first, then "By": the line opens with its byline's prefix.
    assert parse_byline("05/03/2026 by Meaghan Weeden", require_prefix=True) is not None
    assert parse_byline("Dec 17, 2025Julian K. Arni", require_prefix=True) is None
    assert parse_byline("Tom Talbot October 14, 2025", require_prefix=True) is None
    korean = parse_byline("홍길동 기자", require_prefix=True)
    assert korean is not None and korean.authors == ("홍길동",)
    # "Text" is a label only with its colon: without it, a menu item.
    assert parse_byline("Text Data Annotation", require_prefix=True) is None
    assert parse_byline("Text: Anna Berg", require_prefix=True) is not None


def test_menu_facet_in_a_dump_is_no_author() -> None:
    dump = (
        "Solutions\nBy Company Size\nBy Industry\n\n"
        "Farmers return to the valley after the flood\n\n"
        "The valley's farmers came back this week to fields still wet from the flood, "
        "and most of them said they would plant again before the end of the month.\n\n"
        "Officials said the dikes would be repaired by the spring, and that the costs "
        "would be shared between the region and the national government.\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newsparse.NewsparseWarning)
        article = newsparse.parse(dump)
    assert article.authors == ()


_FIRST = st.sampled_from(["Jane", "JOHN", "María", "Ahmed", "Olga", "Kwame", "Li", "Anna"])
_LAST = st.sampled_from(["Doe", "SMITH", "López", "Hassan", "Petrova", "Mensah", "Wei"])
_NAME = st.builds(lambda first, last: f"{first} {last}", _FIRST, _LAST)
_NOISE = st.text(
    alphabet=st.sampled_from("ByAND,|-•:/()0123456789 .abcxyzJMDecPublished年月日作者"),
    max_size=40,
)


@given(st.lists(st.one_of(_NAME, _NOISE), min_size=1, max_size=5), st.booleans())
def test_never_invents_an_author(parts: list[str], prefix: bool) -> None:
    text = ("By " if prefix else "") + " ".join(parts)
    byline = parse_byline(text)
    if byline is None:
        return
    words = set(text.lower().replace(",", " ").split())
    for author in byline.authors:
        assert all(w.lower() in words or w.lower() in text.lower() for w in author.split())
        assert 2 <= len(author.split()) <= 5 or not author.isascii()


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # Scripts without capitals: read after their "By" or label
        ("लेखक: राहुल शर्मा", ("राहुल शर्मा",)),  # Hindi: vowel signs are no word characters
        ("रिपोर्ट: प्रिया सिंह", ("प्रिया सिंह",)),
        ("מאת דנה כהן", ("דנה כהן",)),  # Hebrew
        ("โดย สมชาย ใจดี", ("สมชาย ใจดี",)),  # Thai
        ("كتب: أحمد علي", ("أحمد علي",)),  # Arabic "wrote:"
        ("Tác giả: Nguyễn Thị Hoa", ("Nguyễn Thị Hoa",)),  # Vietnamese
    ],
)
def test_prefixes_of_more_languages(text: str, authors: tuple[str, ...]) -> None:
    byline = parse_byline(text, require_prefix=True)
    assert byline is not None
    assert byline.authors == authors


@pytest.mark.parametrize("text", ["राहुल शर्मा", "דנה כהן", "लेखक राहुल शर्मा"])
def test_names_without_capitals_need_their_label(text: str) -> None:
    """Without capitals, two words are no sign of a name: only a label or "By" says so."""
    assert parse_byline(text, require_prefix=True) is None


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        (
            "Publicado por: Clarissa Borba - Categoria: Saúde - Tags: arrombamento",
            "Publicado por: Clarissa Borba",
        ),
        ("by Jessica Robinson · This post may contain affiliate links", "by Jessica Robinson"),
        ("By Jane Doe | View In Digital Edition", "By Jane Doe"),
        ("By Jane Doe • Senior Writer • Tags: cycling", "By Jane Doe • Senior Writer"),
        # A job title, an outlet or a place after the name stays printed
        ("By Jane Doe | Senior Writer", "By Jane Doe | Senior Writer"),
        ("By Jane Doe | Reuters", "By Jane Doe | Reuters"),
        ("By Jane Doe in Athens", "By Jane Doe in Athens"),
    ],
)
def test_printed_byline_stops_at_the_chrome_after_the_names(text: str, printed: str) -> None:
    byline = parse_byline(text, require_prefix=True)
    assert byline is not None
    assert byline.printed == printed
