"""The HTML reader's fast paths give what the plain readings give (issue 15)."""

from __future__ import annotations

import time

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsparse._engine.html import (
    HIDDEN,
    _trim_attributes,
    document_from_html,
    parse_tree,
)

_CROWDED = "<div " + " ".join(f"a{i}" for i in range(300)) + ">"
_CUT = "<div " + " ".join(f"a{i}" for i in range(256))

# Pieces of a page: text, end tags, plain and other start tags, comments, raw text,
# each read as written; the crowded tag is the only one cut.
_PIECES = st.sampled_from(
    [
        "Rivers rose.",
        " ",
        "a < b",
        "</p>",
        "</div>after the div",
        '<p class="lead">',
        "<br>",
        "<img src='x.jpg' alt=\"\">",
        '<a href="/x" title="a > b">',
        "<!-- a comment <div a b> -->",
        "<script>if (a<b) { x = '<div c d>'; }</script>",
        "< not a tag",
        _CROWDED,
    ]
)


@given(st.lists(_PIECES, max_size=12))
def test_trim_cuts_crowded_tags_only_whatever_comes_before_them(pieces: list[str]) -> None:
    # The text after a tag is read in the tag's own piece: a crowded tag after it, or
    # after an end tag and its text, is still found and cut.
    page = "".join(pieces)
    expected = "".join(_CUT + ">" if p == _CROWDED else p for p in pieces)
    trimmed = _trim_attributes(page)
    assert trimmed == expected
    if _CROWDED not in pieces:
        assert trimmed is page


def test_trim_stays_linear_with_many_plain_tags_and_crowded_ones() -> None:
    # 20,000 plain tags, each with text after it, then a tag of 100,000 attributes:
    # read once (a second or so at most), the crowded tag cut to its first 256.
    plain = '<span class="x">word</span> ' * 20_000
    crowded = "<div " + " ".join(f"a{i}" for i in range(100_000)) + ">tail"
    page = f"<html><body>{plain}{crowded}</body></html>"
    start = time.process_time()
    trimmed = _trim_attributes(page)
    assert time.process_time() - start < 5
    assert trimmed.startswith(f"<html><body>{plain}<div a0 a1 ")
    assert trimmed.endswith(" a255>tail</body></html>")
    div = parse_tree(page).find(".//div")
    assert len(div.attrib) == 256


def test_walk_reads_only_the_attributes_it_needs() -> None:
    # Names, values and flags come from the attributes the walk reads (class, id,
    # style, hidden, itemprop, data-author*), whatever other attributes sit beside them.
    html = (
        '<html><head><meta itemprop="headline" content="Rivers rise" data-x="1">'
        '<link rel="canonical" href="https://example.org/a" class="canon" id="">'
        "</head><body>"
        '<div href="/x" class="story" data-y="2" id="main">'
        '<p class="lead" srcset="a.jpg 1x, b.jpg 2x">Rivers rose on Tuesday.</p>'
        '<p style="display: none" id="later">Hidden copy.</p>'
        '<p hidden class="">Also hidden.</p>'
        '<span itemprop="author" data-author="Ana Lima">Ana Lima</span>'
        "</div></body></html>"
    )
    page = document_from_html(html).page
    assert page is not None
    assert page.names == "\ncanon\nstory\nmain\nlead\nlater\n"
    assert [(h.text, bool(h.flags & HIDDEN)) for h in page.lines] == [
        ("Rivers rose on Tuesday.", False),
        ("Hidden copy.", True),
        ("Also hidden.", True),
        ("Ana Lima", False),
    ]
    doc = document_from_html(html)
    assert [line.hint for line in doc.lines] == ["lead", "#later", "", "story #main"]
    assert page.data_authors is True
    assert sorted(page.meta.itemprops) == ["author", "headline"]
    assert page.meta.canonical == "https://example.org/a"


def test_h1_lines_are_the_h1_lines_of_any_range() -> None:
    # The walk's list of <h1> lines gives what a scan of the lines gives, for every
    # range (one in a nav, one hidden, two in the article, none in others).
    html = (
        "<html><body><nav><h1>Site</h1><a href='/'>Home</a></nav>"
        "<h1 style='display:none'>Old headline</h1>"
        "<article><h1>Rivers rise</h1><p>Rivers rose on Tuesday.</p>"
        "<h2>More</h2><h1>Schools close</h1><p>Schools were closed.</p></article>"
        "</body></html>"
    )
    page = document_from_html(html).page
    assert page is not None
    assert page.h1 == [0, 2, 3, 6]
    scanned = attrs.evolve(page, h1=None)
    n = len(page.lines)
    for lo in range(-2, n + 2):
        for hi in range(0, n + 3):
            expected = [h for h in page.lines[max(0, lo) : hi] if h.tag == "h1"]
            assert page.h1_lines(lo, hi) == expected
            assert scanned.h1_lines(lo, hi) == expected
