"""Furniture rules chosen by a line's first two characters (newsparse._fields.furniture)."""

from __future__ import annotations

import re

import pytest

from newsparse._fields import furniture


def _rules(*patterns: str) -> tuple[furniture.Rule, ...]:
    return tuple((f"t.rule{k}", re.compile(p)) for k, p in enumerate(patterns))


def test_two_characters_rule_out_a_button_the_first_allows() -> None:
    test = furniture._head_test(r"(?i)^(?:share|tweet|top|x|e-?mail)\W*$")
    assert test is not None
    for start in ("Sh", "SH", "Tw", "to", "x", "x!", "Em", "e-"):
        assert test.match(start), start
    for start in ("Th", "St", "Ex", "s", ""):
        assert not test.match(start), start


def test_a_head_that_may_go_on_unknown_is_not_cut_short() -> None:
    # "a" alone then "b", or "a" and any character: "axb" opens with "ax".
    test = furniture._head_test(r"(?:a|a.)b")
    assert test is not None
    assert re.match(r"(?:a|a.)b", "axb")
    assert test.match("ax") and test.match("ab")
    assert not test.match("bx")


@pytest.mark.parametrize(
    "pattern",
    [".*?cookie", "(?:ab)?", r"(a)?\1b", r".share", ""],
)
def test_starts_the_reader_cannot_bound_keep_the_rule_for_every_line(pattern: str) -> None:
    assert furniture._head_test(pattern) is None


def test_too_many_heads_fall_back_to_the_first_character() -> None:
    letters = "abcdefghijklmnopqrstuvwxyz"
    pattern = "(?:" + "|".join(a + b + "z" for a in letters for b in letters[::-1]) + ")"
    test = furniture._head_test(pattern)
    assert test is not None
    assert test.match("q") and not test.match("1")


def test_optional_and_repeated_parts_open_as_the_regex_does() -> None:
    pattern = r"^(?:\d+ comments?|(?:read )?more)$"
    test = furniture._head_test(pattern)
    assert test is not None
    for line in ("12 comments", "1 comment", "read more", "more"):
        assert re.match(pattern, line) and test.match(line[:2]), line
    assert not test.match("ma") and not test.match("rx")


def test_the_matcher_answers_as_the_whole_alternation() -> None:
    rules = _rules(
        r"(?i)^(?:share|tweet|x)\W*$",
        r"(?i)^(?:[^.?!:]{2,40}\?\s+)?(?:sign up|subscribe)\b.{0,100}$",
        r"^\d{5,}$",
        r"(?i)^kelvin$",
    )
    combined, names, _ = furniture.combine(rules)
    match = furniture.matcher(rules)
    lines = [
        "Share", "SHARE!", "X", "x", "Xi Jinping said", "The share price", "Tweet this",
        "Want more? Subscribe now", "Sign up today", "123456", "1234", "\u212aelvin",
        "\u017fhare", "Th", "", "S",
    ]  # fmt: skip
    for line in lines:
        m = combined.match(line)
        assert match(line) == (names[m.lastgroup or ""] if m else None), line
    assert match("\u017fhare") == "t.rule0"  # the long s folds to "s" in the regex engine


def test_a_line_opening_outside_ascii_is_chosen_by_its_first_character() -> None:
    rules = _rules(r"(?i)^éditorial$", r"^中文版$", r"^x$", r"(?i)^ex\w+$")
    match = furniture.matcher(rules)
    assert match("Éditorial") == "t.rule0"
    assert match("中文版") == "t.rule1"
    assert match("中国") is None
    assert match("x") == "t.rule2"
    assert match("Exé") == "t.rule3"  # two characters still ASCII
    assert match("E") is None
