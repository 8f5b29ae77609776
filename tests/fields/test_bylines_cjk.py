"""Bylines of Japanese and Chinese pages, and search facets that read as "By" lines
(issue 12)."""

from __future__ import annotations

import pytest

from newsparse._fields.bylines import japanese_names, parse_byline


@pytest.mark.parametrize("text", ["By ZIP Code", "By Zip Code", "By Postal Code", "By Keyword"])
def test_search_facet_is_no_byline(text: str) -> None:
    # A search form's choice ("Search By ZIP Code") names no person.
    assert parse_byline(text) is None
    assert parse_byline(text, require_prefix=True) is None


def test_name_that_starts_as_a_facet_word_is_still_read() -> None:
    byline = parse_byline("By Zipper Jones")
    assert byline is not None and byline.authors == ("Zipper Jones",)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "山田 太郎 記者",
            ("山田", "太郎"),
        ),  # the two parts: which is one name, only the page's language says
        ("山田太郎記者", ("山田太郎",)),
        ("张三 记者", ("张三",)),
        ("文・山田 太郎", ("山田", "太郎")),
        ("記者・鈴木一郎", ("鈴木一郎",)),
    ],
)
def test_cjk_word_for_reporter_is_no_name(text: str, authors: tuple[str, ...]) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == authors
    assert not {"記者", "记者"} & set(byline.authors)


def test_japanese_names_join_the_family_and_given_name() -> None:
    assert japanese_names(("山田", "太郎"), "記者：山田 太郎") == ("山田 太郎",)
    assert japanese_names(("山田", "太郎"), "文　山田\u3000太郎") == ("山田\u3000太郎",)
    both = japanese_names(("山田", "太郎", "鈴木", "花子"), "山田 太郎、鈴木 花子")
    assert both == ("山田 太郎", "鈴木 花子")


def test_japanese_names_keep_names_not_printed_side_by_side() -> None:
    # Listed with a comma, or one name of Latin letters: two people.
    assert japanese_names(("山田", "太郎"), "山田、太郎") == ("山田", "太郎")
    assert japanese_names(("Jane Doe", "山田"), "Jane Doe 山田") == ("Jane Doe", "山田")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("By Block Renovation", "Block Renovation"),
        ("by Townsquare Interactive", "Townsquare Interactive"),
        ("POSTED BY Loona Construction", "Loona Construction"),
    ],
)
def test_company_name_is_the_source_not_an_author(text: str, source: str) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == ()
    assert byline.source == source


def test_person_with_a_company_is_an_author() -> None:
    byline = parse_byline("By Jane Doe, Acme Group")
    assert byline is not None
    assert byline.authors == ("Jane Doe",)
    assert byline.source == "Acme Group"


@pytest.mark.parametrize("text", ["Key Takeaways", "Advertiser Disclosure", "Sewing Reviews"])
def test_heading_words_are_no_name(text: str) -> None:
    byline = parse_byline(text)
    assert byline is None or byline.authors == ()


@pytest.mark.parametrize(
    ("text", "authors", "source"),
    [
        ("新华社记者 张三", ("张三",), "新华社"),
        ("人民日报记者 张三 李四", ("张三", "李四"), "人民日报"),
        ("本报记者 张三", ("张三",), None),  # "this paper": no outlet's name
        ("本报记者 张三 通讯员 李四", ("张三", "李四"), None),
        ("中新社记者 王五 通讯员 赵六", ("王五", "赵六"), "中新社"),
        ("（记者 张三）", ("张三",), None),
        ("(By Jane Doe)", ("Jane Doe",), None),
        ("(Reuters)", (), "Reuters"),
        ("김철수·이영희 기자", ("김철수", "이영희"), None),
        ("Bài: Nguyễn Văn An", ("Nguyễn Văn An",), None),
        ("Phóng viên: Trần Thị Bình", ("Trần Thị Bình",), None),
        ("بقلم محمد علي وأحمد حسن", ("محمد علي", "أحمد حسن"), None),
        ("بقلم: محمد وليد حسن", ("محمد وليد حسن",), None),  # وليد: a name, no "and"
    ],
)
def test_bylines_of_more_languages(text: str, authors: tuple[str, ...], source: str | None) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == authors
    assert byline.source == source
    assert byline.printed == text


def test_unknown_chinese_words_before_the_word_for_reporter_give_no_byline() -> None:
    # Not an outlet's name: the line is not read as one.
    assert parse_byline("某某公司记者 张三") is None


@pytest.mark.parametrize(
    ("text", "authors", "source"),
    [
        ("【記者：山田太郎】", ("山田太郎",), None),
        ("文：山田太郎 写真：鈴木一郎", ("山田太郎",), None),  # the photographer is no author
        ("By JANE DOE and JOHN ROE Associated Press", ("Jane Doe", "John Roe"), "Associated Press"),
    ],
)
def test_bracketed_photo_credit_and_capitals_with_outlet(
    text: str, authors: tuple[str, ...], source: str | None
) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == authors
    assert byline.source == source


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        # The link to the author's articles, glued: the name (it said None when only
        # a job or an outlet could follow a name glued so).
        ("Marcus HollowayView More Articles", "Marcus Holloway"),
        ("By Jane Doe View All Posts", "By Jane Doe"),
    ],
)
def test_link_to_the_author_s_articles_is_cut_off(text: str, printed: str) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.printed == printed
    assert byline.authors == (printed.removeprefix("By "),)


@pytest.mark.parametrize(
    "text",
    [
        "By: Joshua Stewart (jstewart@example.edu)",
        "By Joshua Stewart <jstewart@example.edu>",
        "Joshua Stewart (jstewart@example.edu)",
    ],
)
def test_e_mail_in_brackets_after_the_name(text: str) -> None:
    # The e-mail left its bracket behind ("Joshua Stewart)"): no byline was read.
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == ("Joshua Stewart",)
