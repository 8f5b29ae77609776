"""A line is matched only against the furniture rules its first character allows
(issue 15): the same rule wins as when every rule is tried in turn."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._fields import furniture
from newsparse._fields.furniture_words import Words


def _rules(*patterns: str) -> tuple[furniture.Rule, ...]:
    return tuple((f"t.rule{k}", re.compile(p)) for k, p in enumerate(patterns))


def _every_rule_in_turn(rules: tuple[furniture.Rule, ...], text: str) -> str | None:
    """What the matcher answered before: the whole alternation, tried at the line's start."""
    combined, names, _ = furniture.combine(rules)
    m = combined.match(text)
    return names[m.lastgroup or ""] if m else None


def test_a_rule_is_tried_only_on_lines_it_can_open() -> None:
    test = furniture._first_test("(?i:share|tweet)")
    assert test is not None
    assert [bool(test.match(c)) for c in "sStTx("] == [True, True, True, True, False, False]
    # A start the reader cannot bound keeps the rule for every line.
    assert furniture._first_test(".*?cookie") is None
    assert furniture._first_test("(?:ab)?") is None  # an empty match
    assert furniture._first_test(r"(a)?\1b") is None  # a back reference first


def test_the_first_rule_in_order_still_wins() -> None:
    rules = _rules(r"^\d+ comments$", r"(?i)^share\W*$", r"(?i)^s\w+$", r"^\d+$")
    match = furniture.matcher(rules)
    assert match("Share") == "t.rule1"
    assert match("SHARE!") == "t.rule1"
    assert match("Subscribe") == "t.rule2"
    assert match("12 comments") == "t.rule0"
    assert match("12") == "t.rule3"
    assert match("Tweet") is None


def test_case_folding_is_the_regex_engines() -> None:
    # re matches the Kelvin sign to "k" and the long s to "s" without case: so does the
    # choice by first character.
    rules = _rules(r"(?i)^kelvin$", r"(?i)^share$")
    assert rules[0][1].match("\u212aelvin") is not None
    assert rules[1][1].match("\u017fhare") is not None
    match = furniture.matcher(rules)
    assert match("\u212aelvin") == "t.rule0"
    assert match("\u017fhare") == "t.rule1"


def test_starts_that_may_be_empty_or_zero_width() -> None:
    rules = _rules(
        r"^(?=\d)\d{5,}$",  # a look-ahead, then the digits
        r"^\(?\s*follow\b.*$",  # an optional bracket, optional spaces
        r"^\d*x$",  # digits or none before the x
        r"^[^a-z]+$",  # a negated class
        r"(?i)\bsponsored\b",  # a search: any line may hold it
    )
    match = furniture.matcher(rules)
    assert match("123456") == "t.rule0"
    assert match("( follow us") == "t.rule1"
    assert match("follow") == "t.rule1"
    assert match("x") == "t.rule2"
    assert match("12x") == "t.rule2"
    assert match("ABC") == "t.rule3"
    assert match("this post is Sponsored") == "t.rule4"
    assert match("abc") is None
    assert match("") is None


_LINES = st.text(alphabet=st.sampled_from("Ss hHaArRe(1:©kK\u212a\u017fwWtT.-"), max_size=12)


@pytest.mark.parametrize("rules", [furniture.LINE, furniture.TAIL], ids=["line", "tail"])
@given(text=_LINES)
def test_the_built_in_rules_answer_as_before(rules: tuple[furniture.Rule, ...], text: str) -> None:
    # (Rules of words are tried apart, as rules with keywords are.)
    plain = tuple(r for r in rules if not (len(r) > 2 and r[2]) and not isinstance(r[1], Words))
    assert furniture.matcher(plain)(text) == _every_rule_in_turn(plain, text)
    for line in (text, text.title(), "Share" + text, "Related " + text):
        assert furniture.matcher(plain)(line) == _every_rule_in_turn(plain, line)


def test_equal_rules_given_anew_share_what_was_read_of_them() -> None:
    # Reading each pattern's first characters costs milliseconds: not once per tuple.
    parts, names, _ = furniture._prepare(tuple(furniture.LINE))
    again, again_names, _ = furniture._prepare(tuple(list(furniture.LINE)))
    first = furniture._by_first_char(parts, tuple(names.values()))
    assert furniture._by_first_char(again, tuple(again_names.values())) is first
    assert furniture.matcher(tuple(list(furniture.LINE)))("Share") == "furniture.share"
