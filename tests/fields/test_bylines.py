"""Bylines (newsparse._fields.bylines): people to authors, outlets to source."""

from __future__ import annotations

import pytest

from newsparse._fields.bylines import display_case, is_outlet, parse_byline


@pytest.mark.parametrize(
    ("text", "authors", "source"),
    [
        ("By Pan Deng", ("Pan Deng",), None),
        ("By YANG RAN", ("Yang Ran",), None),
        ("By OUYANG SHIJIA/ZHOU LANXU", ("Ouyang Shijia", "Zhou Lanxu"), None),
        ("By LI WEI in Hong Kong", ("Li Wei",), None),
        ("CGTN", (), "CGTN"),
        ("Imran Khalid", ("Imran Khalid",), None),
        ("CGTN's Zhao Yuanzhen", ("Zhao Yuanzhen",), "CGTN"),
        ("By Jane Doe, John Smith and Ann Lee", ("Jane Doe", "John Smith", "Ann Lee"), None),
        ("By Jane Doe, Reuters", ("Jane Doe",), "Reuters"),
        ("By xinhua", (), "Xinhua"),
        ("By Maria de la Cruz", ("Maria de la Cruz",), None),
        ("Words by Jane Doe | Staff Reporter", ("Jane Doe",), None),
        ("记者：王小明", ("王小明",), None),
        ("By The Daily Planet", (), "The Daily Planet"),
        # A local paper's contact line: e-mail and telephone glued after the name.
        ("By Nora Quist nquist@example.com(509) 555-0142", ("Nora Quist",), None),
        ("By Nora Quist +44 20 7946 0958", ("Nora Quist",), None),
    ],
)
def test_bylines(text: str, authors: tuple[str, ...], source: str | None) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.printed == text
    assert byline.authors == authors
    assert byline.source == source


@pytest.mark.parametrize(
    "text",
    [
        "",
        "By",
        "By the way, the talks went well.",
        "the talks went well",
        "Jane",  # one word without "By" says nothing
        "By Jane Doe 2nd",
        "By " + "Jane Doe, " * 20,
        "By New Ideas",
        "By jane doe",
        # An author box's heading ("About Jane Doe") in Portuguese/Spanish and German.
        "Sobre Carlos Nadal",
        "Über Hanna Berger",
    ],
)
def test_not_bylines(text: str) -> None:
    assert parse_byline(text) is None


def test_prefix_required() -> None:
    assert parse_byline("Jane Doe", require_prefix=True) is None
    assert parse_byline("By Jane Doe", require_prefix=True) is not None


def test_place() -> None:
    byline = parse_byline("By Maria Lopez in New York")
    assert byline is not None and byline.place == "New York"


def test_outlets() -> None:
    assert is_outlet("China Daily") and is_outlet("xinhua") and is_outlet("example.com")
    assert is_outlet("The Morning Herald")
    assert not is_outlet("Jane Doe")


def test_display_case() -> None:
    assert display_case("OUYANG SHIJIA") == "Ouyang Shijia"
    assert display_case("JEAN-PIERRE O'NEIL") == "Jean-Pierre O'Neil"
    assert display_case("McDonald A") == "McDonald A"


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Article by: Cara Dumaplin", ("Cara Dumaplin",)),
        ("Article written by: Doris Munoz, MD, DABOM", ("Doris Munoz",)),
        ("ARTICLE BY JANE DOE", ("Jane Doe",)),
    ],
)
def test_article_by_is_a_prefix(text: str, authors: tuple[str, ...]) -> None:
    byline = parse_byline(text, require_prefix=True)
    assert byline is not None
    assert byline.authors == authors
