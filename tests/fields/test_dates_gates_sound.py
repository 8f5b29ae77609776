"""Each date pattern's gate passes every text the pattern matches, and the patterns
scanned from their gate's match find what a scan from the start finds (issue 15)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._fields import dates
from newsparse._fields.dates import date_line, find_dates
from regex_parser import CODES as _CODES
from regex_parser import PARSER as _PARSER

# Date forms of every pattern, with what a line may hold around them.
PIECES = (
    "2025", "1999", "2568", "11", "3", "03", "25", "12", "19", "7", ".", ". ", "/", "-", " ",
    ", ", ":", "14:05", "4:00 PM", "9h05", "EST", "GMT+8", "年", "月", "日", "년", "월", "일",
    "November", "Nov.", "march", "MAYIS", "März", "de", "noviembre", "ноября", "listopada",
    "พ.ย.", "tháng", "TH", "năm", "m.", "gada", "d.", "novembrī", "lapkričio", "Jan", "th",
    "st", "Updated", "Mon,", "(月)", "T", "Z", "at", "By JaneDoe", "|", "x", "İ", "ı",
)  # fmt: skip
LINES = st.lists(st.sampled_from(PIECES), min_size=1, max_size=10).map("".join)


def check_gates(text: str) -> None:
    for index, (pattern, gate) in enumerate(zip(dates._PATTERNS, dates._GATES, strict=True)):
        first = pattern.search(text)
        if first is None or gate is None:
            continue
        opened = gate(text)
        assert opened, (index, text)
        if index in dates._FROM_GATE:
            assert isinstance(opened, re.Match) and opened.start() <= first.start(), (index, text)


@settings(max_examples=1500, deadline=None)
@given(text=LINES)
def test_no_gate_turns_a_matching_text_away(text: str) -> None:
    check_gates(text)


@pytest.mark.parametrize(
    "text",
    [
        "2025-10-29 23:38 GMT+8",
        "2025年11月3日 14:05",
        "By Jane DoeJanuary 14, 202620 Mins Read",
        "Photo 3 | 12 de marzo de 2024",
        "x1 noviembre 2025 and 3 de noviembre de 2025",
        "21-Jan-2019",
        "2025. november 3. 14:05",
        "ngày 3 tháng 11 năm 2025",
        "NGÀY 3 THÁNG 11 NĂM 2025",
        "3. 11. 2025",
        "10-30-2025",
        "11/13/19 at 4:00 PM EST",
        "2025 m. lapkričio 3 d.",
        "2025. gada 3. novembrī",
        "18 พ.ย. 2562 15:04 น.",
    ],
)
def test_gates_pass_each_form(text: str) -> None:
    check_gates(text)
    assert list(find_dates(text, day_first=True))


def test_scan_from_the_gate_keeps_the_first_date() -> None:
    # The month-name pattern's scan starts where its gate first matched: a date
    # right there, and one after a word that only looks like a month, are both read.
    text = "Marchx 3, 2025 | March 3, 2025, Junio 4 2025"
    assert [m.value for m in find_dates(text)] == [dt.date(2025, 3, 3), dt.date(2025, 6, 4)]
    line = "12 de marzo de 2024"
    found = date_line(line)
    assert found is not None and (found.value, found.start) == (dt.date(2024, 3, 12), 0)


def test_the_day_must_not_follow_a_digit_or_a_dot() -> None:
    # (the gate of ``30 October 2025`` checks what precedes the day after its first digit)
    assert list(find_dates("1.3 October 2025")) == []
    assert [m.value for m in find_dates("1 3 October 2025")] == [dt.date(2025, 10, 3)]


def first_letters(items: object) -> set[str]:
    """The characters a match of a parsed pattern can open with (literals only: any
    other opening raises, so that a new kind of weekday pattern gets looked at)."""
    c = _CODES
    for op, av in items:  # type: ignore[attr-defined]
        if op is c.AT:
            continue
        if op is c.LITERAL:
            return {chr(av)}
        if op is c.SUBPATTERN:
            return first_letters(av[3])
        if op is c.BRANCH:
            return set().union(*(first_letters(alt) for alt in av[1]))
        raise AssertionError(f"a weekday pattern opens with {op}")
    raise AssertionError("an empty weekday pattern")


def test_weekday_names_open_with_a_letter() -> None:
    # _strip_prefix tries the weekday names only on a rest that opens with a letter.
    firsts = first_letters(_PARSER.parse(dates._WEEKDAY.pattern))
    assert firsts and all(f.isalpha() for f in firsts)
    opens = re.compile("(?i)[" + "".join(re.escape(f) for f in sorted(firsts)) + "]")
    assert [hex(i) for i in range(0x110000) if not chr(i).isalpha() and opens.match(chr(i))] == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Montag, 3. November 2025", dt.date(2025, 11, 3)),
        ("Posted on Mon, November 3, 2025", dt.date(2025, 11, 3)),
        ("Publié le lundi 3 novembre 2025", dt.date(2025, 11, 3)),
        ("Di., 04.11.2025", dt.date(2025, 11, 4)),
        ("2025.11.03", dt.date(2025, 11, 3)),
    ],
)
def test_weekdays_before_the_date_are_read(line: str, expected: dt.date) -> None:
    found = date_line(line)
    assert found is not None and found.value == expected
