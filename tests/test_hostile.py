"""Hostile input: each case has a documented outcome (docs/robustness.md).

Either an Article (empty, with an EmptyArticleWarning, when there is no
article text) or a NewsparseError subclass; never another exception. None
of these may be slow, but there are no timing asserts here: see
benchmarks/linear.py for the cost of parsing.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import time
import warnings
import zipfile
from pathlib import Path

import pytest

import newsparse
from newsparse import Article, EmptyArticleWarning, InputTooLargeError
from newsparse._engine.html import parse_tree
from newsparse._fields.dates import find_dates

PARAGRAPH = (
    "Officials agreed on Tuesday that the new plan would help local farmers and small firms "
    "grow during the next year, while experts warned about rising costs."
)
DUMP = f"A title for a story about farmers\n\nBy Jane Doe\n\n{PARAGRAPH}\n\n{PARAGRAPH} Again.\n"

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06" + bytes(64)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("dump.txt", DUMP)
    return buf.getvalue()


def empty_with_warning(data: str | bytes | Path, **kwargs: object) -> Article:
    with pytest.warns(EmptyArticleWarning):
        article = newsparse.parse(data, **kwargs)  # type: ignore[arg-type]
    assert article.body == () and article.captions == ()
    assert article.title is None and article.date is None and article.authors == ()
    assert "no article body found" in article.warnings
    return article


@pytest.mark.parametrize(
    "data",
    ["", b"", " ", "\n\n\n", "\r\n\t \u00a0\u3000\n", b"\xef\xbb\xbf", "\u200b\ufeff\u00ad"],
    ids=["str", "bytes", "space", "newlines", "unicode-spaces", "bom", "invisible"],
)
def test_empty_and_white_space_only(data: str | bytes) -> None:
    empty_with_warning(data)


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (PNG, "PNG image"),
        (PDF, "PDF document"),
        (_zip(), "ZIP archive"),
        (gzip.compress(DUMP.encode()), "gzip data"),
        (b"\xff\xd8\xff\xe0" + bytes(100), "JPEG image"),
        (b"\x7fELF\x02\x01\x01" + bytes(100), "ELF binary"),
        (b"\x01\x00\x00\x00\x02\x00\xff\x00" * 512, "binary data"),
    ],
    ids=["png", "pdf", "zip", "gzip", "jpeg", "elf", "nul-heavy"],
)
def test_binary_files(data: bytes, what: str, tmp_path: Path) -> None:
    with pytest.warns(EmptyArticleWarning, match=f"input looks like {what}"):
        newsparse.parse(data)
    path = tmp_path / "file.bin"
    path.write_bytes(data)
    empty_with_warning(path)


def test_undecodable_bytes_are_decoded_anyway() -> None:
    data = DUMP.encode("utf-8") + b"\xff\xfe\xfa\x80\x81" * 3 + PARAGRAPH.encode("utf-8")
    article = newsparse.parse(data)
    assert article.title == "A title for a story about farmers"
    assert article.body[0].text == PARAGRAPH
    # Nothing but invalid bytes: Windows-1252 reads every byte, so no exception either.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EmptyArticleWarning)
        assert isinstance(newsparse.parse(b"\x81\x8d\x8f\x90\x9d" * 100), Article)


@pytest.mark.parametrize("as_bytes", [False, True])
def test_nul_bytes(as_bytes: bool) -> None:
    text = DUMP.replace("farmers", "far\x00mers")
    article = newsparse.parse(text.encode() if as_bytes else text)
    assert article.title == "A title for a story about farmers"
    assert all("\x00" not in b.text for b in article.body)


def test_lone_surrogates() -> None:
    text = DUMP.replace("title", "ti\ud800tle").replace("farmers", "farm\udfffers")
    article = newsparse.parse(text)
    assert article.title == "A title for a story about farmers"
    assert article.body[0].text == PARAGRAPH
    article.to_json().encode("utf-8")  # nothing left that UTF-8 cannot carry
    with pytest.warns(EmptyArticleWarning):
        assert newsparse.parse("\ud800\udc00\udfff").body == ()


@pytest.mark.parametrize("kind", ["str", "bytes", "path"])
def test_input_over_the_limit(kind: str, tmp_path: Path) -> None:
    big = "x" * (50 * 1024 * 1024)
    data: str | bytes | Path = big
    if kind == "bytes":
        data = big.encode()
    elif kind == "path":
        data = tmp_path / "big.txt"
        data.write_bytes(big.encode())
    with pytest.raises(InputTooLargeError) as info:
        newsparse.parse(data)
    assert info.value.limit == newsparse.DEFAULT_MAX_BYTES
    assert info.value.size == len(big)
    assert isinstance(info.value, newsparse.InputError)


def test_the_limit_is_configurable() -> None:
    with pytest.raises(InputTooLargeError):
        newsparse.parse(DUMP, max_bytes=100)
    assert newsparse.parse(DUMP, max_bytes=len(DUMP)).body[0].text == PARAGRAPH


def test_one_line_of_a_million_characters() -> None:
    # Running text needs punctuation: a long unpunctuated line reads as a list of links.
    line = ("The word is out, again. " * 42_000).strip()
    assert len(line) > 1_000_000
    article = newsparse.parse(line)
    assert article.body[0].text == line
    with pytest.warns(EmptyArticleWarning):
        newsparse.parse("x" * 1_000_000)
    # Worst cases for the line patterns: a million characters of almost-caption and
    # almost-byline.
    for bait in ("/" * 1_000_000, "(Photo: " * 120_000, "By " + "Jane " * 200_000, "> " * 500_000):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", EmptyArticleWarning)
            assert isinstance(newsparse.parse(bait), Article)


def test_ten_thousand_deep_nested_html() -> None:
    page = (
        "<!DOCTYPE html><html><body>"
        + "<div>" * 10_000
        + f"<h1>A title for a story about farmers</h1><p>{PARAGRAPH}</p>"
        + "</div>" * 10_000
        + "</body></html>"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EmptyArticleWarning)
        article = newsparse.parse(page)
    # libxml2 may stop at its depth limit; the outcome is still an Article.
    assert isinstance(article, Article)
    unclosed = "<html><body>" + "<span><div><b>" * 10_000 + PARAGRAPH
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EmptyArticleWarning)
        assert isinstance(newsparse.parse(unclosed), Article)


# The engine reads some 70,000 tiny lines a second (linear: benchmarks/linear.py), so a
# million take about 15 s; the suite uses a tenth of that, to stay fast under coverage
# on every Python, and the benchmark covers the growth.
TINY = 100_000


def test_many_tiny_lines() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EmptyArticleWarning)
        assert newsparse.parse("a\n" * TINY).body == ()
        assert newsparse.parse("".join(f"w{i}\n" for i in range(TINY))).body == ()
    article = newsparse.parse(DUMP + "x\n" * TINY)
    assert article.title == "A title for a story about farmers"
    assert article.body[0].text == PARAGRAPH


def test_html_with_bad_markup_and_charsets() -> None:
    pages = [
        b"<html><body><p>" + PARAGRAPH.encode() + b"</div></span></table>",
        b'<html><head><meta charset="no-such-charset"></head><body><p>caf\xe9 ' * 3,
        b"<html><body>&#0; &#xD800; &#99999999; &bogus; <p>" + PARAGRAPH.encode(),
        b"<?xml version='1.0' encoding='klingon'?><html><body><p>x</p></body></html>",
        b"<!DOCTYPE html><html><body>" + b"<p>" * 5000 + PARAGRAPH.encode(),
        b"<html><body><![CDATA[ x ]]><!-- unclosed comment <p>" + PARAGRAPH.encode(),
    ]
    for page in pages:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", EmptyArticleWarning)
            article = newsparse.parse(page)
        json.loads(article.to_json(full=True))


# Inputs that used to take minutes or hours (issue 10): each must now parse in time
# linear in its size. The bound is far above the time taken (well under a second) and
# far below the time the old code took, so the test cannot flake.
SLOW = 10.0


def _timed_parse(data: str) -> tuple[Article, float]:
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EmptyArticleWarning)
        article = newsparse.parse(data)
    return article, time.perf_counter() - start


def _texts(article: Article) -> list[str]:
    return [block.text for block in article.body]


@pytest.mark.parametrize(
    "line",
    [
        # Numbers, then words that end the match late: the old pager pattern tried
        # every way to split the numbers (12 numbers: 12 s; 16: hours).
        " ".join(str(n) for n in range(10, 26)) + " next page please go",
        # Digits that split into one- and two-digit numbers in Fibonacci-many ways
        # before a word too long for a pager (40 digits: two minutes).
        "1" * 48 + " paginationlinks",
    ],
    ids=["numbers-then-words", "digit-run"],
)
def test_pager_lookalike_paragraph(line: str) -> None:
    page = f"<html><body><article><p>{line}</p><p>{PARAGRAPH}</p></article></body></html>"
    article, seconds = _timed_parse(page)
    assert seconds < SLOW
    assert PARAGRAPH in _texts(article)
    assert article.page is None  # no links: not a pager


def test_real_pager_still_found() -> None:
    pager = "<div class='pager'>1 <a href='a_2.html'>2</a><a href='a_3.html'>3</a> Next</div>"
    page = f"<html><body><article><p>{PARAGRAPH}</p>{pager}</article></body></html>"
    assert newsparse.parse(page).page == 1


def test_many_number_lines_in_one_list() -> None:
    # Each line of small numbers scanned its parent's links again: 10,000 items in one
    # list took minutes. The real pager after them still gives the page (the unlinked 2).
    items = "".join("<p>1 2 <a href='/x'>more</a></p>" for _ in range(10_000))
    pager = "<div><a href='a_1.html'>1</a> <span>2</span> <a href='a_3.html'>3</a></div>"
    page = f"<html><body><div>{items}</div>{pager}</body></html>"
    article, seconds = _timed_parse(page)
    assert seconds < SLOW
    assert article.page == 2
    assert (
        "page 2 of a multi-page article; the other pages are not in this dump" in article.warnings
    )


def test_number_lines_in_nested_blocks() -> None:
    # Each nested block's number line scanned every link below it again (1,000 levels
    # over 40,000 links: minutes); a real pager inside still counts, its link a number.
    nested = "<div>1 2 <a href='/x'>more</a>" * 1_000
    links = "<p><a href='/y'>link</a></p>" * 40_000
    page = f"<html><body>{nested}{links}{'</div>' * 1_000}</body></html>"
    article, seconds = _timed_parse(page)
    assert seconds < SLOW
    assert article.page is None  # no link is a number: no pager
    pager = "<div>1 <a href='a_2.html' class='x'>2</a> <a href='a_3.html'>3</a></div>"
    article, seconds = _timed_parse(page.replace("</body>", f"{pager}</body>"))
    assert seconds < SLOW
    assert article.page == 1


def test_long_byline_line_without_spaces() -> None:
    # The handle pattern ran before the length check and was quadratic on a line
    # with no spaces (40,000 characters: 8 s; this one: minutes).
    article, seconds = _timed_parse(f"By {'x' * 500_000}\n\n{PARAGRAPH}\n")
    assert seconds < SLOW
    assert article.authors == ()
    assert PARAGRAPH in _texts(article)


@pytest.mark.parametrize(
    "flood",
    [
        # Unclosed start tags: the tag pattern read to the end of the page from each
        # (20,000: 43 s; 60,000: some 6 minutes).
        "<a x" * 60_000,
        # Stray close tags: each searched the whole stack of open elements (with
        # 8,000 open: some 90 s).
        "</x>" * 300_000,
    ],
    ids=["unclosed-tags", "stray-close-tags"],
)
def test_flood_after_deep_nesting(flood: str) -> None:
    # Deeper than libxml2's 2048 levels, so the page is flattened and read again.
    page = f"<html><body>{'<div>' * 8000}<p>{PARAGRAPH}</p>{flood}"
    article, seconds = _timed_parse(page)
    assert seconds < SLOW
    assert PARAGRAPH in _texts(article)


@pytest.mark.parametrize(
    "form",
    [
        "data-a{i}='v{i}' ",
        'data-a{i}="<b>{i}</b>" ',  # markup in values: "<" and ">" do not end the tag
        'data-a{i}="v{i}"',  # no space after a quoted value
        "data-a{i}=<x{i} ",  # "<" in an unquoted value
    ],
    ids=["quoted", "markup-in-values", "no-spaces", "unquoted-lt"],
)
def test_element_with_100000_attributes(form: str) -> None:
    # libxml2 walks an element's attribute list to add each one: quadratic (more than
    # 20 s; minutes here). Elements keep their first 256 attributes.
    crowd = "".join(form.format(i=i) for i in range(100_000))
    page = (
        f"<html><body><article><h1>A title for a story about farmers</h1>"
        f"<p id='lead' {crowd}>{PARAGRAPH}</p><p>{PARAGRAPH} Again.</p></article></body></html>"
    )
    article, seconds = _timed_parse(page)
    assert seconds < SLOW
    assert _texts(article) == [PARAGRAPH, f"{PARAGRAPH} Again."]
    root = parse_tree(page)
    lead = root.find(".//p")
    assert lead.get("id") == "lead"
    assert lead.get("data-a254") is not None and lead.get("data-a255") is None


@pytest.mark.parametrize(
    ("before", "tag", "form"),
    [
        ("", "div", "a{i} "),  # a name of several letters, attributes without values
        ('<!-- <p a=" -->', "p", "b{i} "),  # a quote in a comment hides nothing
        ("<script>var s = '</script>", "p", "c{i}=1 "),  # nor one in a script's text
        ("<textarea>a < b c d</textarea>", "section", "d{i} "),
    ],
    ids=["long-name", "after-comment", "after-script", "after-textarea"],
)
def test_crowded_tag_after_markup_that_is_text(before: str, tag: str, form: str) -> None:
    # Each of these crowded tags was left whole (quadratic in libxml2: 100,000
    # attributes take about a minute): the tag name backtracked to a shorter one, or a
    # quote in a comment or a script's text was read as opening an attribute value.
    crowd = "".join(form.format(i=i) for i in range(100_000))
    page = (
        f"<html><body><article><h1>A title for a story about farmers</h1>{before}"
        f"<{tag} id='lead' {crowd}><p>{PARAGRAPH}</p></{tag}></article></body></html>"
    )
    article, seconds = _timed_parse(page)
    assert seconds < SLOW
    assert PARAGRAPH in _texts(article)
    lead = parse_tree(page).find(".//*[@id='lead']")
    assert lead.tag == tag and len(lead.attrib) == 256


def test_markup_in_a_script_or_comment_is_not_trimmed() -> None:
    # A minified script's "<" comparisons read as a tag with hundreds of attributes;
    # trimming them could cut the script's text, and the page after it.
    code = "if(a<b " + " ".join(f"c{i}" for i in range(400)) + ") {x = '>';}"
    page = f"<html><body><script>{code}</script><!-- {code} --><p>{PARAGRAPH}</p></body></html>"
    root = parse_tree(page)
    assert root.find(".//script").text == code
    assert _texts(newsparse.parse(page)) == [PARAGRAPH]


def test_many_never_visible_elements_between_words() -> None:
    # Each dropped element's tail joins the text before it; joined one by one, the
    # paragraph's growing text was copied for each (200,000: well over a minute).
    words = "<script>x()</script>word " * 200_000
    page = (
        f"<html><body><article><h1>A title for a story about farmers</h1><p>{PARAGRAPH}</p>"
        f"<p>{words}</p></article></body></html>"
    )
    article, seconds = _timed_parse(page)
    assert seconds < SLOW
    assert _texts(article) == [PARAGRAPH, " ".join(["word"] * 200_000)]


def test_text_with_many_dates() -> None:
    # Each date found was tested against every one found before it (20,000 dates: 8 s;
    # 60,000: over a minute). Rules files hand find_dates whole elements' text.
    days = [f"2024-01-{i % 28 + 1:02d}" for i in range(60_000)]
    start = time.perf_counter()
    found = list(find_dates(" and ".join(days)))
    assert time.perf_counter() - start < SLOW
    assert [f.value for f in found] == [dt.date.fromisoformat(d) for d in days]
