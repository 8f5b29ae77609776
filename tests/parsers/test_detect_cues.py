"""Detection cues: the fast paths find what a plain regex search of the span finds."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import Document
from newsparse.parsers._base import _after_newline, _cue_hits, _mark, _search
from newsparse.parsers.chinadaily import ChinaDailyParser

PAGE_IDS = re.compile(r"(?m)^\d{7,}(?: \d{7,})+$")


def test_line_start_pattern_is_searched_by_its_newline() -> None:
    nl = _after_newline(PAGE_IDS)
    assert nl is not None and nl.pattern == r"(?m)\n\d{7,}(?: \d{7,})+$"
    assert _after_newline(re.compile(r"\d{7,}")) is None  # no anchor: searched as it is


def test_line_start_at_the_span_start() -> None:
    text = "Story\n1234567 7654321\nmore"
    at = text.index("1234567")
    assert _search(PAGE_IDS, text, at, len(text))  # after a newline outside the span
    assert _search(PAGE_IDS, text, 0, len(text))
    assert not _search(PAGE_IDS, text, at + 1, len(text))  # mid-line: no line start
    assert not _search(PAGE_IDS, text, 0, at + 10)  # endpos cuts the line: no line end
    assert _search(PAGE_IDS, "1234567 7654321", 0, 15)  # the text's first line


def test_alternation_after_the_anchor_keeps_its_meaning() -> None:
    rx = re.compile(r"(?m)^ab|cd")
    for text in ("xcd", "cd", "x\nab", "ab", "xab"):
        for start in range(len(text) + 1):
            assert _search(rx, text, start, len(text)) == (rx.search(text, start) is not None)


@given(
    st.text(alphabet="12345678 \nx٣", max_size=60),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=60),
)
@example(text="111\n\n", start=4, stop=0)  # a span ending before it starts: no match
def test_line_start_search_is_the_regex_search(text: str, start: int, stop: int) -> None:
    for rx in (PAGE_IDS, re.compile(r"(?m)^$"), re.compile(r"(?m)^(?<=\n)1")):
        assert _search(rx, text, start, stop) == (rx.search(text, start, stop) is not None)


def test_a_literal_is_first_looked_for_by_its_punctuation() -> None:
    assert _mark("(Cover") == "("
    assert _mark("| Updated:") == "|"
    assert _mark("km to Beijing") == ""  # letters only: looked for as it is
    assert _mark(">") == ""  # one character already


def _hits_in_lines(rx: re.Pattern[str], literal: str, text: str, start: int, stop: int) -> bool:
    """Does ``rx`` occur in a line of the span holding the literal (the line cut to the span)?"""
    line_start = start
    for line in text[start:stop].split("\n"):
        line_end = line_start + len(line)
        if literal in line and rx.search(text, line_start, line_end):
            return True
        line_start = line_end + 1
    return False


@example("b (ab\na > -", 0, 40)  # each cue hits
@example("b (ab\na > -", 1, 12)  # the span cuts a line
@example("(-(a\n-ab-", 0, 40)  # the literal's punctuation alone, then the literal
@settings(max_examples=300)
@given(
    st.text(alphabet="ab(- >\n", max_size=40),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=40),
)
def test_cue_with_a_literal_is_searched_in_the_lines_holding_it(
    text: str, start: int, stop: int
) -> None:
    for literal, rx in (
        ("(a", re.compile(r"\(ab?$")),
        (" >", re.compile(r"(?m)^a+ > ")),
        ("ab", re.compile(r"b-")),
    ):
        stop = max(stop, start)
        expected = _hits_in_lines(rx, literal, text, start, stop)
        assert _cue_hits((rx, 1.0, literal), text, start, stop) == expected


def test_cue_with_a_literal_hits_its_lines() -> None:
    cue = (re.compile(r"\(ab?$"), 1.0, "(a")
    assert _cue_hits(cue, "b (ab\nx", 0, 7)
    assert _cue_hits(cue, "(x\nb (a", 0, 7)  # past the literal's punctuation alone
    assert not _cue_hits(cue, "b (ax\nx", 0, 7)
    assert _cue_hits(cue, "b (ab\nx", 0, 4)  # the span ends the line: "$" there
    assert not _cue_hits(cue, "b (ab\nx", 0, 3)  # the span cuts the literal
    assert not _cue_hits(cue, "b -ab\nx", 0, 7)


def test_chinadaily_page_ids_cue_scores() -> None:
    cue_weight = 0.3
    ids = "1234567 2345678 3456789"
    parser = ChinaDailyParser()
    assert parser.detect(Document.from_text(f"{ids}\nStory text.")) == cue_weight
    assert parser.detect(Document.from_text(f"Story text.\n{ids}\nMore.")) == cue_weight
    assert parser.detect(Document.from_text(f"Story text.\n{ids}")) == cue_weight
    assert parser.detect(Document.from_text(f"Story text. {ids}\nMore.")) == 0.0
    assert parser.detect(Document.from_text("Story text.\n1234567\nMore.")) == 0.0
    # Far from the top and the bottom of a long dump: not read.
    filler = "A line of the story.\n" * 400
    assert parser.detect(Document.from_text(f"{filler}{ids}\n{filler}")) == 0.0


def _counting_parser(weights: tuple[float, ...], url_weight: float = 0.6) -> tuple[Any, list[int]]:
    """A parser with one cue per weight, each found in the text; and the cues searched."""
    from newsparse.parsers._base import ProfileParser

    searched: list[int] = []

    class Cue:
        def __init__(self, k: int) -> None:
            self.k = k

        def search(self, text: str, *span: int) -> bool:
            searched.append(self.k)
            return True

        pattern = "cue"

    class Counting(ProfileParser):
        name = "counting"
        cues = tuple((Cue(k), w) for k, w in enumerate(weights))  # type: ignore[misc]

    Counting.url_weight = url_weight
    return Counting(), searched


def test_a_text_score_stops_at_one() -> None:
    doc = Document.from_text("A dump\n\nof two paragraphs.")
    parser, searched = _counting_parser((0.6, 0.4, 0.3, 0.2))
    assert parser.detect(doc) == 1.0
    assert searched == [0, 1]  # the sum is 1: the last two are not looked for


def test_a_negative_weight_left_is_looked_for() -> None:
    doc = Document.from_text("A dump\n\nof two paragraphs.")
    parser, searched = _counting_parser((0.6, 0.4, 0.3, -0.5))
    assert parser.detect(doc) == 0.8
    assert searched == [0, 1, 2, 3]
    # (a negative URL weight may take off the text's score too: all cues count)
    parser, searched = _counting_parser((0.6, 0.4, 0.3), url_weight=-0.5)
    assert searched == [] and parser.detect(doc) == 1.0 and searched == [0, 1, 2]
