"""Month names and date labels as trees of prefixes match as their flat alternations do."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._fields import dates
from newsparse._fields.dates import date_line, find_dates

ALL_NAMES = sorted({**dates._MONTHS, **dates._DAY_FIRST_MONTHS})
NAMES = sorted(dates._MONTHS)


def flat(names: list[str]) -> re.Pattern[str]:
    """The obvious alternation: every name, the longest first."""
    return re.compile(
        "(?i)(?:" + "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True)) + ")"
    )


def tree(names: list[str]) -> re.Pattern[str]:
    return re.compile("(?i)(?:" + dates._month_alternation(names) + ")")


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int] | None]:
    """Where the pattern matches from each place of ``text`` (the first way it can)."""
    out: list[tuple[int, int] | None] = []
    for at in range(len(text) + 1):
        m = pattern.match(text, at)
        out.append(m.span() if m else None)
    return out


@pytest.mark.parametrize("names", [ALL_NAMES, NAMES], ids=["any", "month-first"])
def test_tree_matches_each_name_in_each_case(names: list[str]) -> None:
    a, b = flat(names), tree(names)
    for name in names:
        for form in (name, name.upper(), name.title(), name + "x", name[:-1], " " + name):
            assert spans(a, form) == spans(b, form), form


def test_tree_keeps_the_longest_name_first() -> None:
    pattern = tree(["mar", "marzo", "mart", "marts"])
    assert pattern.match("marts 2025").group() == "marts"
    assert pattern.match("MARZO").group() == "MARZO"
    assert pattern.match("martes").group() == "mart"
    assert pattern.match("marx").group() == "mar"
    assert pattern.match("ma") is None


def test_letters_that_match_each_other_share_a_branch() -> None:
    # Case-blind, ``i`` and ``ı`` match each other: the longer name must still come first.
    pattern = tree(["mayis", "mayısxx"])
    assert pattern.match("MAYISXX").group() == "MAYISXX"
    assert pattern.match("mayıs").group() == "mayıs"


# Text made of the letters of the month names (and what separates them), where the
# names are most often almost matched.
LETTERS = "".join(sorted({c for n in ALL_NAMES for c in n}))
TEXT = st.text(alphabet=LETTERS + LETTERS.upper() + " .-İıſ", max_size=30)
FLAT, TREE = flat(ALL_NAMES), tree(ALL_NAMES)


@settings(max_examples=300, deadline=None)
@given(text=TEXT, pieces=st.lists(st.sampled_from(ALL_NAMES), max_size=3))
def test_tree_and_flat_alternation_agree_everywhere(text: str, pieces: list[str]) -> None:
    line = " ".join([text, *pieces, text[::-1]])
    assert spans(FLAT, line) == spans(TREE, line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3 MAYIS 2025", dt.date(2025, 5, 3)),
        ("3 mayis 2025", dt.date(2025, 5, 3)),
        ("12 de marzo de 2024", dt.date(2024, 3, 12)),
        ("2025. november 3.", dt.date(2025, 11, 3)),
        ("3 listopada 2025", dt.date(2025, 11, 3)),
        ("3. listopada 2025.", dt.date(2025, 10, 3)),
        ("Nov. 19, 2019", dt.date(2019, 11, 19)),
        ("21-Jan-2019", dt.date(2019, 1, 21)),
        ("03 Ноябрь 2025", dt.date(2025, 11, 3)),
        ("3 تشرين الثاني 2025", dt.date(2025, 11, 3)),
        ("3 मार्च 2025", dt.date(2025, 3, 3)),
    ],
)
def test_month_names_are_read(line: str, expected: dt.date) -> None:
    found = date_line(line)
    assert found is not None and found.value == expected
    assert [m.value for m in find_dates(line)] == [expected]


LABELS = [dates._UPDATED_WORDS, dates._PUBLISHED_WORDS]


@pytest.mark.parametrize("words", LABELS, ids=["updated", "published"])
def test_label_tree_matches_what_the_flat_alternation_matches(words: tuple[str, ...]) -> None:
    a = re.compile("(?i)(?:" + dates._alternation(words) + ")")
    b = re.compile("(?i)(?:" + dates._label_alternation(words) + ")")
    for word in words:
        for form in (word, word.upper(), word.title(), word.replace(" ", "  \t"), word + ":"):
            for text in (form, form[:-1], "x" + form, form + " on 3"):
                assert spans(a, text) == spans(b, text), text


LABEL_TEXT = st.lists(
    st.sampled_from([*dates._UPDATED_WORDS, *dates._PUBLISHED_WORDS, " ", "\u00a0", "d", "x"]),
    max_size=4,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(text=LABEL_TEXT)
def test_label_trees_agree_with_the_flat_ones_everywhere(text: str) -> None:
    for words in LABELS:
        a = re.compile("(?i)(?:" + dates._alternation(words) + ")")
        b = re.compile("(?i)(?:" + dates._label_alternation(words) + ")")
        assert spans(a, text) == spans(b, text)


@pytest.mark.parametrize(
    ("line", "expected", "updated"),
    [
        ("Last  updated: 3 November 2025", dt.date(2025, 11, 3), True),
        ("LAST UPDATE 2025-11-03", dt.date(2025, 11, 3), True),
        ("Published on November 3, 2025", dt.date(2025, 11, 3), False),
        ("Dernière mise à jour le 03/11/2025", dt.date(2025, 11, 3), True),
        ("Publié le 3 novembre 2025", dt.date(2025, 11, 3), False),
        ("(re)published 2025.11.03", dt.date(2025, 11, 3), False),
    ],
)
def test_labelled_date_lines(line: str, expected: dt.date, updated: bool) -> None:
    found = date_line(line)
    assert found is not None and (found.value, found.updated) == (expected, updated)
