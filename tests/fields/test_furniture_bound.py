"""Rules that open by bounding the line's length skip longer lines unread (issue 15),
and match every line within the bound as before."""

from __future__ import annotations

import re

from newsparse._fields import furniture


def _rules(pattern: str, flags: int = 0) -> tuple[furniture.Rule, ...]:
    return (("furniture.test-bound", re.compile(pattern, flags), ("cookie",)),)


def test_a_line_within_the_bound_matches() -> None:
    rules = _rules(r"(?i)^(?=.{0,20}$).*\bcookies?\b")
    match = furniture.matcher(rules)
    assert match("We use cookies.") == "furniture.test-bound"
    assert match("x" * 13 + " cookie") == "furniture.test-bound"  # 20 characters
    # ``$`` matches before a final newline: 21 characters, the last a newline.
    assert match("x" * 13 + " cookie\n") == "furniture.test-bound"


def test_a_longer_line_is_skipped_as_its_pattern_would() -> None:
    rules = _rules(r"(?i)^(?=.{0,20}$).*\bcookies?\b")
    match = furniture.matcher(rules)
    line = "x" * 14 + " cookie"  # 21 characters
    assert rules[0][1].search(line) is None
    assert match(line) is None
    assert match("We use cookies. " * 10) is None


def test_a_multiline_pattern_has_no_bound() -> None:
    # With MULTILINE, ``^`` and ``$`` hold at every line of a longer text.
    rules = _rules(r"^(?=.{0,20}$).*\bcookies?\b", re.MULTILINE)
    text = "a long first line of the text\nWe use cookies."
    assert rules[0][1].search(text) is not None
    assert furniture.matcher(rules)(text) == "furniture.test-bound"


def test_rules_without_a_bound_read_long_lines() -> None:
    rules = _rules(r"(?i)\bcookie policy\b")
    line = "word " * 200 + "see our cookie policy"
    assert furniture.matcher(rules)(line) == "furniture.test-bound"
